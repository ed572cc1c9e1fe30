"""Where the registers meet the pure rules: a member's code, term and deadlines.

The rules live in ``nolan.core.duties`` (registration duties, built on
``nolan.core.deadlines``) and ``nolan.core.gifts``; this module only turns rows into the
plain values those rules take, so that services, pages, the reminder command and the
Monitoring Officer's lists all ask the same questions.
"""

from datetime import date

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

from nolan.core import duties as duties_rules
from nolan.core import gifts
from nolan.councils.models import Council, Member, Role, Term
from nolan.councils.roles import OFFICER_KINDS, councils_for
from nolan.registers.models import Gift, RegisterConfirmation

User = AbstractBaseUser | AnonymousUser


def _term(term: Term) -> duties_rules.Term:
    return duties_rules.Term(term.began, term.start, term.end)


def _terms(member: Member) -> list[duties_rules.Term]:
    return [_term(t) for t in member.terms.all()]


def term_on(member: Member, day: date) -> Term | None:
    """The member's term in force on ``day`` (the latest to have started)."""
    terms = list(member.terms.all())
    plain = [_term(t) for t in terms]
    found = duties_rules.term_on(plain, day)
    return None if found is None else terms[plain.index(found)]


def initial_registration_due(member: Member, term: Term) -> date | None:
    """The deadline to register interests after ``term`` began, per the council's Appendix B."""
    council = member.council
    return duties_rules.initial_registration_due(
        council.code.parameters, council.code_adopted, _terms(member), _term(term)
    )


def interest_due(member: Member, term: Term, became_aware: date) -> date:
    """The deadline for an interest the member became aware of on ``became_aware``."""
    council = member.council
    return duties_rules.interest_due(
        council.code.parameters, council.code_adopted, _terms(member), _term(term), became_aware
    )


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


def assess_gift_in_any_window(gift: Gift, others: list[Gift] | None = None) -> gifts.Assessment:
    """As ``assess_gift``, with the same-donor warning on every gift of a set that adds up to
    the threshold, the earlier ones included (``nolan.core.gifts.assess_in_any_window``): the
    Monitoring Officer reviews each of them, and a member may register an earlier one last."""
    if others is None:
        others = list(gift.member.gifts.exclude(pk=gift.pk))
    rest = [gift_facts(g) for g in others if g.pk != gift.pk]
    return gifts.assess_in_any_window(gift_facts(gift), gift.member.council.code.parameters, rest)


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


def duties(member: Member, today: date) -> list[duties_rules.Duty]:
    """What the member must still do (``nolan.core.duties.duties``) on ``today``."""
    record = duties_rules.Record(
        terms=_terms(member),
        confirmations=[
            (c.made_at.date(), c.kind == RegisterConfirmation.Kind.NIL_RETURN)
            for c in member.confirmations.all()
        ],
        registered=[e.registered_at.date() for e in member.interests.all()],
    )
    council = member.council
    return duties_rules.duties(council.code.parameters, council.code_adopted, record, today)
