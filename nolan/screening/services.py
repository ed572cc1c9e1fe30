"""Screening a draft for a signed-in user, and keeping a check when they ask.

Who may screen (issue 5): councillors for their own council; Monitoring Officers and
deputies for each council they act for (their own and its parishes, ``councils_for``).
The council's own code and context decide every finding, so a Welwyn Hatfield councillor
is answered with Welwyn Hatfield's paragraphs and a Bexley councillor with Bexley's.
Drafts are never stored unless the user asks (``keep_check``), and a kept check is deleted
by the person who kept it alone (``delete_check``): no officer reads or removes a
councillor's drafts. Both record who acted and what they did in the check's history.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.db.models import QuerySet

from nolan.core.errors import Refused
from nolan.core.screening.engine import screen
from nolan.core.screening.jsonio import result_to_json
from nolan.core.screening.model import Post, Result
from nolan.councils.models import Council, Member, Role
from nolan.councils.roles import councils_for
from nolan.councils.services import save_scoped, stamp
from nolan.history import Action
from nolan.screening.context import context_for
from nolan.screening.models import Election, Officer, ScreeningCheck

SCREENERS = (Role.Kind.COUNCILLOR, Role.Kind.MONITORING_OFFICER, Role.Kind.DEPUTY)


class ScreeningError(Refused):
    """A screening request refused; the message says what to do."""


def screening_councils(user) -> QuerySet[Council]:
    """The councils whose code ``user`` may screen posts against, principal authorities
    first (``councils_for``), so that an officer's default is their own borough's code."""
    return councils_for(user, SCREENERS)


def council_for(user, slug: str | None = None) -> Council:
    """The council named by ``slug``, or by default the user's own council as a member."""
    allowed = screening_councils(user)
    if slug:
        council = allowed.filter(slug=slug).first()
        if council is None:
            raise ScreeningError(
                "council-not-allowed",
                "You do not act for that council, so you may not check posts against its code.",
                "council",
            )
        return council
    member = Member.objects.filter(user=user, council__in=allowed).select_related("council")
    own = member.first()
    if own is not None:
        return own.council
    council = allowed.first()
    if council is None:
        raise ScreeningError("no-council", "You do not act for any council.")
    return council


def check_post(council: Council, post: Post, now: dt.datetime | None = None) -> Result:
    """Screen ``post`` against ``council``'s own code and context, with the meetings sitting
    when it is posted."""
    return screen(post, council.code, context_for(council, now, post.posted_at))


@transaction.atomic
def keep_check(user, council: Council, text: str, result: Result) -> ScreeningCheck:
    """Keep a check the user asked to keep, visible to them alone."""
    check = ScreeningCheck(
        user=user, council=council, text=text, result=result_to_json(None, result)
    )
    stamp(check, user, Action.KEEP_CHECK)
    check.save()
    return check


@transaction.atomic
def delete_check(by, check: ScreeningCheck) -> None:
    """Delete a kept check for the person who kept it, and for no one else.

    Refused (``not-your-check``) to anyone else, a system administrator or the council's
    Monitoring Officer included: a councillor's drafts are theirs (issue 5). The history
    keeps who deleted it and when, without the draft.
    """
    check = ScreeningCheck.objects.select_for_update().filter(pk=check.pk).first()
    if check is None:
        raise ScreeningError("not-found", "This check has already been deleted.")
    if by is None or not by.is_authenticated or check.user_id != by.pk:
        raise ScreeningError("not-your-check", "You may delete only the checks you kept.")
    stamp(check, by, Action.DELETE_CHECK)
    check.delete()


@transaction.atomic
def save_officer(by, officer: Officer, *, fields, reason: str) -> Officer:
    """An officer whom posts are checked against, kept by their council's Monitoring Officer."""
    return save_scoped(by, officer, council_of=lambda o: o.council, fields=fields, reason=reason)


@transaction.atomic
def save_election(by, election: Election, *, fields, reason: str) -> Election:
    """A poll and its pre-election period, kept by the council's Monitoring Officer."""
    return save_scoped(by, election, council_of=lambda e: e.council, fields=fields, reason=reason)
