"""Where the registers meet the pure rules: a member's code, term and deadlines.

The arithmetic lives in ``nolan.core.deadlines`` and ``nolan.core.gifts``; this module
only turns rows into the plain values those rules take, so that services, pages, the
reminder command and the Monitoring Officer's lists all ask the same questions.
"""

from dataclasses import dataclass
from datetime import date

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

from nolan.core import deadlines, gifts
from nolan.councils.models import Council, Member, Role, Term
from nolan.councils.roles import OFFICER_KINDS, councils_for
from nolan.registers.models import Gift, RegisterConfirmation

User = AbstractBaseUser | AnonymousUser


def term_on(member: Member, day: date) -> Term | None:
    """The member's term in force on ``day`` (the latest to have started)."""
    terms = [t for t in member.terms.all() if t.start <= day and (t.end is None or t.end >= day)]
    return max(terms, key=lambda t: t.start, default=None)


def term_start(member: Member, term: Term) -> deadlines.TermStart:
    first = not any(t.start < term.start for t in member.terms.all())
    return deadlines.TermStart(term.began, term.start, first)


def initial_registration_due(member: Member, term: Term) -> date | None:
    """The deadline to register interests after ``term`` began, per the council's Appendix B."""
    code = member.council.code
    return deadlines.registration_due(
        code.parameters, term_start(member, term), member.council.code_adopted
    )


def interest_due(member: Member, term: Term, became_aware: date) -> date:
    """The deadline for an interest the member became aware of on ``became_aware``.

    Interests held when the term began fall under the initial registration (Appendix B
    para 1); later ones, and changes, under the change period (para 2).
    """
    parameters = member.council.code.parameters
    initial = initial_registration_due(member, term)
    if initial is not None and became_aware <= term.start:
        return initial
    return deadlines.change_due(parameters, max(became_aware, term.start))


def gift_facts(gift: Gift) -> gifts.GiftFacts:
    return gifts.GiftFacts(
        donor_name=gift.donor_name,
        value_pence=gift.value_pence,
        received=gift.received_on,
        accepted=gift.accepted,
        donor_number=gift.donor_number,
    )


def assess_gift(gift: Gift, others: list[Gift] | None = None) -> gifts.Assessment:
    """The council's threshold rule and the same-donor warning for ``gift``."""
    if others is None:
        others = list(gift.member.gifts.exclude(pk=gift.pk))
    earlier = [gift_facts(g) for g in others if g.pk != gift.pk]
    return gifts.assess(gift_facts(gift), gift.member.council.code.parameters, earlier)


def can_act_for(user: User, member: Member) -> bool:
    """The member themself, their council's clerk, or a Monitoring Officer acting for it."""
    if not user.is_authenticated:
        return False
    if member.user_id is not None and member.user_id == user.pk:
        return True
    kinds = [Role.Kind.CLERK, *OFFICER_KINDS]
    return councils_for(user, kinds).filter(pk=member.council_id).exists()


def is_officer_for(user: User, council: Council) -> bool:
    return councils_for(user, OFFICER_KINDS).filter(pk=council.pk).exists()


@dataclass(frozen=True)
class Duty:
    """Something a member must do, with its deadline status (stable ``code``)."""

    code: str
    due: date
    state: deadlines.DeadlineStatus


def duties(member: Member, today: date) -> list[Duty]:
    """What the member must still do: the initial registration and the annual confirmation.

    Initial registration is done by any entry or nil return made since the term began;
    the annual confirmation falls due a year after the last confirmation, nil return or
    the initial registration's deadline, whichever is latest.
    """
    term = term_on(member, today)
    if term is None:
        return []
    result = []
    made = [c for c in member.confirmations.all() if c.made_at.date() >= term.start]
    entered = [e for e in member.interests.all() if e.registered_at.date() >= term.start]
    initial = initial_registration_due(member, term)
    registered = min(
        [c.made_at.date() for c in made if c.kind == RegisterConfirmation.Kind.NIL_RETURN]
        + [e.registered_at.date() for e in entered],
        default=None,
    )
    if initial is not None and registered is None:
        result.append(Duty("initial-registration", initial, deadlines.status(initial, today)))
    anchors = [c.made_at.date() for c in made] + ([initial] if initial else [])
    if registered is not None or made:
        annual = deadlines.annual_confirmation_due(max(anchors))
        result.append(Duty("annual-confirmation", annual, deadlines.status(annual, today)))
    return result
