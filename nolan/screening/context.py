"""The screening context of a council, filled from Nolan's own records.

The engine (``nolan.core.screening.model.Context``, issue 5) wants pending planning and
licensing matters, exempt items, officers, elections and meetings. Officers and elections
come from this app's models; matters, exempt items and meetings from the meetings app:

- a pending matter is a planning or licensing item on the agenda of a meeting still to
  come (Welwyn Hatfield protocol 4.1, seed 000 Appendix E: do not appear to have made up
  your mind "on an issue that is due to be formally decided"); its reference is the
  application number in its title or description when there is one;
- an exempt item is any item with a Schedule 12A paragraph, past or future, because
  exempt information stays confidential after the meeting (code 4.1). The meetings model
  has no keywords field, so an item's keywords are the organisations it names (for a
  disposal, the bidders) and the sums of money in its description, the parts of an
  exempt report that are not in the public agenda title;
- a meeting is one of the council's meetings sitting when the post is sent (``posted_at``),
  from its start to its recorded end, or for three hours when no end is recorded
  (``nolan.meetings.models.Meeting.closes``: the Modern.gov feed gives only a start), for
  the engine's ``meeting.posted_during`` rule (Bexley Social Media Policy 5, Welwyn
  Hatfield protocol 3.1(i)). Only those meetings are passed: a post has one time, and the
  engine asks only whether a meeting covers it.
"""

from __future__ import annotations

import datetime as dt
import re

from django.utils import timezone

from nolan.core.screening.model import (
    Context,
    Election,
    ExemptItem,
    MatterKind,
    Meeting,
    Officer,
    PendingMatter,
)
from nolan.councils.models import Council
from nolan.meetings.models import AgendaItem, lines
from nolan.meetings.models import Meeting as NolanMeeting
from nolan.screening import models

# The agenda item kinds the engine knows as quasi-judicial matters (same values).
_MATTER_KINDS = (AgendaItem.Kind.PLANNING, AgendaItem.Kind.LICENSING)
# Planning and licensing references: "6/2026/0412/FULL", "24/01234/FUL", "LN/2026/017".
_REFERENCE = re.compile(r"\b[A-Z0-9]{1,4}/\d{2,5}/\d{2,6}(?:/[A-Z]{2,6})?\b")
_SUM = re.compile(r"£\s?\d[\d,]*(?:\.\d+)?\s?(?:k|m|bn|million|billion)?\b", re.IGNORECASE)


def _reference(item: AgendaItem) -> str:
    found = _REFERENCE.search(item.title) or _REFERENCE.search(item.description)
    return found.group() if found else item.title


def _keywords(item: AgendaItem, council: Council) -> tuple[str, ...]:
    organisations = [o for o in lines(item.organisations) if o.lower() != council.name.lower()]
    sums = [m.group().strip() for m in _SUM.finditer(item.description)]
    return tuple(dict.fromkeys(organisations + sums))


def _sitting(council: Council, posted_at: dt.datetime | None) -> tuple[Meeting, ...]:
    """The council's meetings sitting at ``posted_at``, in the engine's shape and local time."""
    if posted_at is None:
        return ()
    found = (
        NolanMeeting.objects.for_council(council)
        .sitting_at(posted_at)
        .select_related("committee")
        .order_by("starts")
    )
    return tuple(
        Meeting(
            title=m.committee.name,
            starts=timezone.localtime(m.starts),
            ends=timezone.localtime(m.closes),
        )
        for m in found
    )


def context_for(
    council: Council, now: dt.datetime | None = None, posted_at: dt.datetime | None = None
) -> Context:
    """Everything Nolan knows about ``council`` that the engine should screen against a post
    sent at ``posted_at`` (no meetings when the post has no time)."""
    now = now or timezone.now()
    items = AgendaItem.objects.filter(meeting__committee__council=council).select_related("meeting")
    pending = tuple(
        PendingMatter(
            ref=_reference(item),
            title=item.title,
            kind=MatterKind(item.kind),
            decision_date=timezone.localdate(item.meeting.starts),
        )
        for item in items.filter(kind__in=_MATTER_KINDS, meeting__starts__gte=now)
    )
    exempt = tuple(
        ExemptItem(title=item.title, keywords=_keywords(item, council))
        for item in items.filter(exempt_paragraph__isnull=False)
    )
    officers = tuple(
        Officer(name=o.name, role=o.role) for o in models.Officer.objects.filter(council=council)
    )
    elections = tuple(
        Election(poll_date=e.poll_date, pre_election_from=e.pre_election_from)
        for e in models.Election.objects.filter(council=council)
    )
    return Context(
        pending_matters=pending,
        exempt_items=exempt,
        officers=officers,
        elections=elections,
        meetings=_sitting(council, posted_at),
    )
