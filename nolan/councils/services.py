"""The one write path for councils, members, terms, committees, memberships and roles.

The back office, the demo and any import call these; nothing else writes those records.
Each function takes the acting user, checks that they act as Monitoring Officer (or
deputy) for every council the change touches, before and after it, validates the record,
runs in a transaction with the row locked, and records who made the change and why in
its history. Refusals are ``CouncilsError`` with a stable ``code``.

Why each check: an officer who could move a record to another council, or re-parent a
council, could make themselves another authority's Monitoring Officer (issue 8); a term's
dates start the 28-day registration clock (code Appendix B's registration paragraph), so
editing one must recompute the deadlines already stored on the member's register entries.
"""

from collections.abc import Iterable, Sequence

from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import models, transaction
from django.template.loader import render_to_string
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from nolan.core.errors import Refused
from nolan.councils.models import (
    CodeConfirmation,
    Committee,
    CommitteeMembership,
    Council,
    Member,
    Role,
    Term,
)
from nolan.councils.roles import OFFICER_KINDS, councils_for
from nolan.history import Action
from nolan.links import site_url

# Fields that change which authority a council answers to; only a superuser may set them,
# because a Monitoring Officer could otherwise take over another council.
COUNCIL_STRUCTURE = frozenset({"slug", "tier", "principal"})


class CouncilsError(Refused):
    """A change to councils, members, roles or code confirmations that the rules refuse."""


def require_officer(
    by,
    councils: Iterable[Council],
    kinds: Sequence[str] = OFFICER_KINDS,
    *,
    error: type[Refused] = CouncilsError,
) -> None:
    """Refuse (``not-allowed``, as ``error``) unless ``by`` holds one of ``kinds`` (by default
    Monitoring Officer or deputy) for every one of ``councils``, its own or a parish it acts
    for, as the pages' ``role_required`` asks. A system administrator may, as in the back
    office. Every app's services check who is acting through this one rule."""
    if by is not None and by.is_authenticated and by.is_superuser:
        return
    councils = list(councils)
    ids = {c.pk for c in councils}
    held = councils_for(by, kinds).filter(pk__in=ids) if by is not None else Council.objects.none()
    allowed = set(held.values_list("pk", flat=True))
    if ids - allowed:
        names = " and ".join(sorted({str(c) for c in councils if c.pk not in allowed}))
        raise error("not-allowed", f"you do not act for {names} in this")


def stamp(instance: models.Model, by, reason: str) -> None:
    """Who made the change and why, for the record's history (django-simple-history)."""
    instance._history_user = by
    instance._change_reason = reason


def save_scoped(
    by,
    obj: models.Model,
    *,
    council_of,
    fields: Sequence[str],
    reason: str,
    error: type[Refused] = CouncilsError,
) -> models.Model:
    """Validate and save ``obj`` (new, or changed in ``fields``) for an officer of its council.

    ``council_of(instance)`` says which council a record belongs to; it is asked of the
    stored row (locked) and of the changed one, so a record can neither be read from nor
    moved to a council ``by`` does not act for. ``fields`` may be a form's changed fields:
    only the model's own columns among them are saved (a form adds others, such as the
    reason). Named services call this; it is not a write path of its own, and it refuses as
    the calling app's ``error`` (``MeetingsError`` for a meeting), so callers catch one type.
    """
    if not reason.strip():
        raise error("reason-required", "say why you are making this change", "reason")
    touched = [council_of(obj)]
    if obj.pk is not None:
        stored = type(obj)._default_manager.select_for_update().get(pk=obj.pk)
        touched.append(council_of(stored))
    require_officer(by, touched, error=error)
    try:
        obj.full_clean()
    except ValidationError as invalid:
        field, messages = next(iter(invalid.message_dict.items()))
        raise error("invalid", "; ".join(messages), field) from invalid
    stamp(obj, by, reason.strip())
    columns = {f.name for f in obj._meta.concrete_fields}
    changed = [f for f in fields if f in columns]
    if obj.pk is None or obj._state.adding:
        obj.save()
    elif changed:
        obj.save(update_fields=changed)
    return obj


@transaction.atomic
def save_council(by, council: Council, *, fields: Sequence[str], reason: str) -> Council:
    """Change a council's details; its place in the tiers is a superuser's alone."""
    structural = COUNCIL_STRUCTURE & set(fields) or (council.pk is None and {"tier"})
    if structural and not by.is_superuser:
        raise CouncilsError(
            "superuser-only",
            "only a system administrator may add a council or change its tier or principal",
            sorted(structural)[0],
        )
    saved = save_scoped(by, council, council_of=lambda c: c, fields=fields, reason=reason)
    if {"code_adopted", "code_slug"} & set(fields):
        _recompute_due_dates(Member.objects.filter(council=council), by)
    return saved


@transaction.atomic
def save_member(by, member: Member, *, fields: Sequence[str], reason: str) -> Member:
    """Add a member or change their details; members are never deleted (terms end)."""
    return save_scoped(
        by,
        member,
        council_of=lambda m: m.council,
        fields=fields,
        reason=reason,
    )


@transaction.atomic
def save_term(by, term: Term, *, fields: Sequence[str], reason: str) -> Term:
    """Add or correct a term of office; the member's stored deadlines follow it."""
    saved = save_scoped(
        by,
        term,
        council_of=lambda t: t.member.council,
        fields=fields,
        reason=reason,
    )
    _recompute_due_dates(Member.objects.filter(pk=term.member_id), by)
    return saved


# Committees only a principal council has: a cabinet (executive arrangements, Local
# Government Act 2000 Part 1A) and a licensing committee (a licensing authority's, Licensing
# Act 2003 s.6). A parish council has neither.
PRINCIPAL_ONLY = {
    Committee.Kind.CABINET: "cabinet",
    Committee.Kind.LICENSING: "licensing committee",
}


@transaction.atomic
def save_committee(by, committee: Committee, *, fields: Sequence[str], reason: str) -> Committee:
    """Add or change a committee; a parish council's cannot be a cabinet or licensing one."""
    if committee.kind in PRINCIPAL_ONLY and committee.council.tier == Council.Tier.PARISH:
        raise CouncilsError(
            "not-a-parish-committee",
            f"A parish council has no {PRINCIPAL_ONLY[committee.kind]}: choose another kind",
            "kind",
        )
    return save_scoped(
        by,
        committee,
        council_of=lambda c: c.council,
        fields=fields,
        reason=reason,
    )


@transaction.atomic
def save_membership(
    by, membership: CommitteeMembership, *, fields: Sequence[str], reason: str
) -> CommitteeMembership:
    """A member's seat on a committee of their own council."""
    if membership.committee.council_id != membership.member.council_id:
        raise CouncilsError(
            "other-council", "a member can sit only on their own council's committees", "committee"
        )
    return save_scoped(
        by,
        membership,
        council_of=lambda m: m.committee.council,
        fields=fields,
        reason=reason,
    )


@transaction.atomic
def grant_role(by, role: Role, *, reason: str) -> Role:
    """Give a user a role at a council the acting officer acts for."""
    if role.pk is not None:
        raise CouncilsError("roles-are-granted", "revoke a role and grant a new one instead")
    return save_scoped(by, role, council_of=lambda r: r.council, fields=(), reason=reason)


@transaction.atomic
def revoke_role(by, role: Role, *, reason: str) -> None:
    """Take a role away; its history keeps who held it, who revoked it and why."""
    role = Role.objects.select_for_update().select_related("council").get(pk=role.pk)
    if not reason.strip():
        raise CouncilsError("reason-required", "say why you are revoking this role", "reason")
    require_officer(by, [role.council])
    stamp(role, by, reason.strip())
    role.delete()


@transaction.atomic
def give_member_account(by, member: Member, *, username: str, email: str):
    """Give ``member``, who has no account, one: a councillor's role at their council and
    nothing else (not the back office, no other council). The officer never sets or sees a
    password: a one-use link is e-mailed to ``email`` for the member to choose their own
    (Django's password reset link, which works until the password is set). Only their
    council's Monitoring Officer or deputy may, as for any other role (``require_officer``).
    """
    member = Member.objects.select_for_update().select_related("council").get(pk=member.pk)
    require_officer(by, [member.council])
    if member.user_id is not None:
        raise CouncilsError("has-account", f"{member.name} already has an account")
    User = get_user_model()
    username, email = username.strip(), email.strip()
    if not username:
        raise CouncilsError("missing-field", "Enter a username", "username")
    try:
        User._meta.get_field("username").run_validators(username)
    except ValidationError:
        raise CouncilsError(
            "bad-username",
            "A username can have letters, numbers and . @ + - _ only, and no spaces",
            "username",
        ) from None
    if User.objects.filter(username__iexact=username).exists():
        raise CouncilsError(
            "username-taken", "Someone already has that username: choose another", "username"
        )
    try:
        validate_email(email)
    except ValidationError:
        raise CouncilsError(
            "bad-email", "Enter an email address like name@example.com", "email"
        ) from None
    user = User(username=username, email=email, first_name=member.name[:150])
    user.set_unusable_password()
    user.save()
    member.user = user
    changed = ["user"]
    if not member.email:
        member.email = email
        changed.append("email")
    stamp(member, by, Action.GIVE_ACCOUNT)
    member.save(update_fields=changed)
    role = Role(user=user, council=member.council, kind=Role.Kind.COUNCILLOR)
    stamp(role, by, Action.GIVE_ACCOUNT)
    role.save()
    transaction.on_commit(lambda: _send_account_link(user, member))
    return user


def _send_account_link(user, member: Member) -> None:
    """The e-mail with the link to choose a password, sent once the account is saved."""
    link = site_url(
        "password_reset_confirm",
        urlsafe_base64_encode(force_bytes(user.pk)),
        default_token_generator.make_token(user),
    )
    context = {"user": user, "member": member, "council": member.council, "link": link}
    send_mail(
        f"Your account for {member.council.name}'s register of interests",
        render_to_string("councils/email/account_given.txt", context),
        None,
        [user.email],
    )


@transaction.atomic
def confirm_assumption(by, confirmation: CodeConfirmation, *, reason: str) -> CodeConfirmation:
    """The Monitoring Officer confirms what the council's code data assumes about ``about``.

    ``confirmation`` names the council and ``about``; the value confirmed is the one the
    data assumes now. Refused unless the code assumes ``about``, assumes a value for it (an
    adoption date the data says is not known has none) and that value is not already
    confirmed. A wrong or missing value is not confirmed: the code data is corrected.
    """
    if confirmation.pk is not None:
        raise CouncilsError("confirmations-are-final", "a confirmation cannot be changed")
    council = Council.objects.select_for_update().get(pk=confirmation.council_id)
    require_officer(by, [council])
    if not reason.strip():
        raise CouncilsError("reason-required", "say why you are confirming this", "reason")
    assumption = council.code.provenance.assumption(confirmation.about)
    if assumption is None:
        raise CouncilsError(
            "not-assumed", f"{council.name}'s code data assumes nothing about this", "about"
        )
    if assumption.unknown:
        raise CouncilsError(
            "nothing-to-confirm",
            f"Nolan does not know the {assumption.label.lower()}, so there is nothing to confirm:"
            " the code's data is corrected once it is known",
            "about",
        )
    if council.confirmations.filter(about=assumption.about, value=assumption.value).exists():
        raise CouncilsError("already-confirmed", "this has already been confirmed", "about")
    confirmation.value = assumption.value
    confirmation.reason = reason.strip()
    confirmation.confirmed_by = by
    try:
        confirmation.full_clean()
    except ValidationError as error:
        field, messages = next(iter(error.message_dict.items()))
        raise CouncilsError("invalid-value", "; ".join(messages), field) from error
    stamp(confirmation, by, confirmation.reason)
    confirmation.save()
    return confirmation


def _recompute_due_dates(members: Iterable[Member], by) -> None:
    from nolan.registers.services import recompute_due_dates

    for member in members:
        recompute_due_dates(member, by)
