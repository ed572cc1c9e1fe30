"""The one write path for the registers: every page, admin action, import and command calls these.

Each function checks who is acting (the member, their clerk or a Monitoring Officer; code
decisions only the Monitoring Officer), validates the input, runs in a transaction, locks
what it changes and records who did it on the row and in its history. Errors are
``RegisterError`` with a stable ``code`` and the ``field`` at fault.

Rules: code para 9 and Appendix B paras 1-4 (interests, sensitive interests), code para 10
(gifts), Localism Act 2011 s.32 (sensitive interests withheld). Deadlines come from the
council's code via ``nolan.registers.rules``.
"""

from collections.abc import Callable
from datetime import date, datetime
from typing import TypeVar

from django.db import IntegrityError, transaction
from django.utils import timezone

from nolan.core import deadlines
from nolan.core.dates import long_date
from nolan.core.errors import Refused
from nolan.core.gifts import GiftFacts, GiftRuleError, charity_number, company_number
from nolan.councils.models import Member, Term
from nolan.councils.services import stamp
from nolan.history import Action
from nolan.limits import too_long
from nolan.registers import rules
from nolan.registers.models import Gift, InterestEntry, RegisterConfirmation, Sensitivity

TYPED_FIELDS = (
    "employer",
    "position",
    "land_address",
    "land_description",
    "counterparty",
    "securities_body",
    "securities_test_met",
    "body_name",
    "details",
)

# How errors name each input to a person: the form's labels, never the column names
# (issue 11). Each reads after "Give" and, capitalised, as the subject of a sentence.
FIELD_NAMES = {
    "employer": "the employer, firm or business",
    "position": "the role, office or trade",
    "land_address": "the land's address",
    "land_description": "a description of the land",
    "counterparty": "who the contract is with",
    "securities_body": "the body whose securities are held",
    "body_name": "the name of the body",
    "details": "the other details",
    "start": "the date the interest started",
    "end": "the date the interest ended",
    "became_aware": "the date you became aware of it",
    "reasons": "the reasons",
    "sensitivity_reasons": "the reasons",
    "sensitivity_decision": "the reasons",
    "donor_name": "who offered it",
    "donor_company_number": "the company number",
    "donor_charity_number": "the charity number",
    "description": "what the gift or hospitality was",
    "occasion": "the occasion",
    "received_on": "the date it was received or offered",
    "review_on": "the review date",
    "text": "your text",
    "query_text": "your query",
    "query_answer": "your answer",
}


def field_name(field: str, capital: bool = False) -> str:
    """``field`` as the pages name it to a person ("the land's address")."""
    name = FIELD_NAMES.get(field, field.replace("_", " "))
    return name[:1].upper() + name[1:] if capital else name


def became_aware_name(own: bool) -> str:
    """The awareness date as the form names it: to the member, "the date you became aware of
    it"; to an officer or clerk acting for them, "the date the member became aware of it"."""
    return field_name("became_aware") if own else "the date the member became aware of it"


class RegisterError(Refused):
    """A register entry, gift or sensitivity decision that the rules refuse."""


def _fits(model, values: dict, names: dict[str, str] | None = None) -> None:
    """Refuse text longer than its column holds; ``names`` maps a column to the input's name."""
    found = too_long(model, values)
    if found:
        column, limit = found
        field = (names or {}).get(column, column)
        raise RegisterError(
            "too-long", f"{field_name(column, True)} must be {limit:,} characters or fewer", field
        )


def _require_actor(by, member: Member) -> None:
    if not rules.can_act_for(by, member):
        raise RegisterError("not-allowed", f"You may not change {member}'s register")


def _require_officer(by, member: Member) -> None:
    if not rules.is_officer_for(by, member.council):
        raise RegisterError(
            "not-allowed", f"Only {member.council}'s Monitoring Officer may do this"
        )


def _own(member: Member, by) -> bool:
    """Whether ``by`` is the member themself, to whom a refusal says "you"."""
    return by is not None and member.user_id is not None and member.user_id == by.pk


def _today(today: date | None) -> date:
    return today or timezone.localdate()


def _registered(row: InterestEntry | Gift | RegisterConfirmation, by, action: Action, today):
    """Stamp a new row with when it was made, who made it and why. Made now, or, for an entry
    given its own day (the demo's, registered during the members' terms), that day at the
    current time of day: its ``registered_at`` and its first history row then agree, so the
    register "as it stood on" a day lists it from that day on (issue 11). Complaints record
    their steps the same way (``complaints.services._moment``)."""
    stamp(row, by, action)
    now = timezone.localtime()
    if today is None:
        return now
    at: datetime = now.replace(year=today.year, month=today.month, day=today.day)
    row._history_date = at
    return at


def _current_term(member: Member, today: date) -> Term:
    term = rules.term_on(member, today)
    if term is None:
        raise RegisterError("no-term", f"{member} has no term of office on {long_date(today)}")
    return term


def _not_future(value: date | None, today: date, field: str, called: str = "") -> None:
    """Refuse a date still to come, naming it as ``called`` or as the pages name ``field``."""
    if value is not None and value > today:
        called = called or field_name(field)
        raise RegisterError(
            "future-date", f"{called[:1].upper()}{called[1:]} must be today or in the past", field
        )


def _collect(*checks: Callable[[], object]) -> list[RegisterError]:
    """What each of ``checks`` refuses, in order: the checks are independent, so a row of a
    spreadsheet hears of every fault at once, and a form of the first."""
    found = []
    for check in checks:
        try:
            check()
        except RegisterError as error:
            found.append(error)
    return found


def category_named(member: Member, written: str) -> str:
    """The category ``written`` names in the member's council's code: by its key (``land``)
    or by its name as the pages show it ("Land and property", or as the member reads it of
    their own), with case and spacing ignored; what names none is returned as written, for
    the services to refuse."""
    wanted = " ".join(written.split()).casefold()
    for category in member.council.code.interest_categories:
        names = (category.key, category.subject, category.own_subject)
        if wanted in {" ".join(name.split()).casefold() for name in names}:
            return category.key
    return written


def _check_fields(member: Member, category: str, fields: dict) -> None:
    unknown = set(fields) - set(TYPED_FIELDS)
    if unknown:
        raise RegisterError("unknown-field", f"Unknown field(s): {', '.join(sorted(unknown))}")
    _fits(InterestEntry, fields)
    code = member.council.code
    known = {c.key: c for c in code.interest_categories}
    if category not in known:
        names = ", ".join(f"“{c.subject}”" for c in code.interest_categories)
        raise RegisterError(
            "unknown-category",
            f"“{category}” is not a kind of interest in {member.council}'s code. "
            f"Choose one of {names}",
            "category",
        )
    # What each category needs is the code's (``InterestCategory.requires``).
    group = known[category].unmet(fields)
    if group is not None:
        raise RegisterError(
            "missing-field",
            f"Give {' or '.join(field_name(name) for name in group)}",
            group[0],
        )
    if category == "securities":
        if fields.get("securities_test_met") is None:
            raise RegisterError(
                "securities-test-unanswered",
                "Say whether the holding exceeds the code's value or share-capital test",
                "securities_test_met",
            )
        if fields["securities_test_met"] is False:
            raise RegisterError(
                "securities-below-test",
                "A holding below the code's test is not a disclosable pecuniary interest",
                "securities_test_met",
            )


def _check_dates(start: date | None, end: date | None, term: Term, today: date) -> None:
    _not_future(start, today, "start")
    _not_future(end, today, "end")
    if start and end and end < start:
        raise RegisterError(
            "end-before-start",
            f"{field_name('end', True)} must be the same as or after {long_date(start)}, "
            "when it started",
            "end",
        )
    if end and end < term.start:
        raise RegisterError(
            "before-term", "An interest that ended before the term began is not registrable", "end"
        )


Row = TypeVar("Row", InterestEntry, Gift)


def _submitted(model, member: Member, by, token: str) -> InterestEntry | Gift | None:
    """The entry ``by`` already registered from this form submission (``submission_token``).

    A client that retries a POST after a dropped connection sends the same one-time token,
    and gets back what the first POST registered instead of registering it twice.
    """
    if not token:
        return None
    if len(token) > model._meta.get_field("submission_token").max_length:
        raise RegisterError(
            "invalid-submission-token", "This form is not one Nolan made: open the form again"
        )
    earlier = model.objects.filter(registered_by=by, submission_token=token).first()
    if earlier is not None and earlier.member_id != member.pk:
        raise RegisterError(
            "submission-reused", "This form was used for another member: open the form again"
        )
    return earlier


def _save_once(row: InterestEntry | Gift) -> InterestEntry | Gift:
    """Save a new entry, unless a repeat of its form submission, racing it, saved first."""
    if not row.submission_token:
        row.save()
        return row
    try:
        with transaction.atomic():
            row.save()
    except IntegrityError:
        earlier = (
            type(row)
            .objects.filter(registered_by=row.registered_by, submission_token=row.submission_token)
            .first()
        )
        if earlier is None:
            raise
        return earlier
    return row


def _register_once(
    model: type[Row],
    member: Member,
    by,
    action: Action,
    submission_token: str,
    today: date | None,
    build: Callable[[date], Row],
) -> Row:
    """An interest and a gift are registered behind the same guard and saved the same way, so a
    change to who may register, to a repeated form submission or to the day a row is stamped
    with holds for both. ``build`` makes the unsaved row for the day it is registered, raising
    the first fault in its values; a ``today`` given (the demo's) is also the day stamped."""
    _require_actor(by, member)
    if earlier := _submitted(model, member, by, submission_token):
        return earlier
    row = build(_today(today))
    row.registered_at = _registered(row, by, action, today)
    return _save_once(row)


def _interest_problems(
    member: Member,
    category: str,
    whose: str,
    start: date | None,
    became_aware: date | None,
    fields: dict,
    today: date,
    own: bool,
) -> list[RegisterError]:
    """Every fault in an interest's values; ``own`` when the member enters it, so that a
    refusal names their awareness date as their form does."""

    def check_whose() -> None:
        if whose not in InterestEntry.Whose.values:
            raise RegisterError("unknown-whose", "Whose interest: write member or partner", "whose")

    return _collect(
        lambda: _current_term(member, today),
        check_whose,
        lambda: _check_fields(member, category, fields),
        # The start's own check (``_check_dates`` with no end): not in the future.
        lambda: _not_future(start, today, "start"),
        lambda: _not_future(became_aware, today, "became_aware", became_aware_name(own)),
    )


def interest_problems(
    member: Member,
    by,
    *,
    category: str,
    whose: str = InterestEntry.Whose.MEMBER,
    start: date | None = None,
    became_aware: date | None = None,
    today: date | None = None,
    **fields,
) -> list[RegisterError]:
    """Every fault ``register_interest`` would find in these values, each with its field,
    where it refuses the first: a spreadsheet row is corrected once, not fault by fault
    (issue 11). Reads only; refused, as registering is, to anyone who may not act for
    ``member``."""
    _require_actor(by, member)
    return _interest_problems(
        member, category, whose, start, became_aware, fields, _today(today), _own(member, by)
    )


@transaction.atomic
def register_interest(
    member: Member,
    by,
    *,
    category: str,
    whose: str = InterestEntry.Whose.MEMBER,
    start: date | None = None,
    became_aware: date | None = None,
    today: date | None = None,
    submission_token: str = "",
    **fields,
) -> InterestEntry:
    """Add an interest to ``member``'s register (Appendix B paras 1 and 2).

    The same ``submission_token`` again returns the interest it registered (``_submitted``).
    """

    def build(today: date) -> InterestEntry:
        if problems := _interest_problems(
            member, category, whose, start, became_aware, fields, today, _own(member, by)
        ):
            raise problems[0]
        term = _current_term(member, today)
        # Without an awareness date, an interest is taken to be known from its start.
        due = rules.interest_due(member, term, became_aware or start or today)
        return InterestEntry(
            member=member,
            category=category,
            whose=whose,
            start=start,
            became_aware=became_aware,
            due_on=due,
            registered_late=today > due,
            registered_by=by,
            submission_token=submission_token,
            **fields,
        )

    return _register_once(
        InterestEntry, member, by, Action.REGISTER_INTEREST, submission_token, today, build
    )


def _locked(row: Row) -> Row:
    """The interest or gift again, locked for this transaction, with its member and council."""
    return type(row).objects.select_for_update().select_related("member__council").get(pk=row.pk)


@transaction.atomic
def change_interest(
    entry: InterestEntry,
    by,
    *,
    became_aware: date | None = None,
    today: date | None = None,
    **changes,
) -> InterestEntry:
    """Correct or update an entry; the earlier version stays in its history (Appendix B para 2)."""
    entry = _locked(entry)
    _require_actor(by, entry.member)
    today = _today(today)
    term = _current_term(entry.member, today)
    if entry.end is not None:
        raise RegisterError("already-ended", "An ended interest cannot be changed")
    allowed = {*TYPED_FIELDS, "start", "whose"}
    if set(changes) - allowed:
        raise RegisterError(
            "unknown-field", f"unknown field(s): {', '.join(set(changes) - allowed)}"
        )
    for name, value in changes.items():
        setattr(entry, name, value)
    _check_fields(entry.member, entry.category, {f: getattr(entry, f) for f in TYPED_FIELDS})
    _check_dates(entry.start, None, term, today)
    _not_future(became_aware, today, "became_aware", became_aware_name(_own(entry.member, by)))
    entry.became_aware = became_aware or today
    entry.due_on = rules.interest_due(entry.member, term, entry.became_aware)
    entry.registered_late = today > entry.due_on
    stamp(entry, by, Action.CHANGE_INTEREST)
    entry.save()
    return entry


@transaction.atomic
def end_interest(
    entry: InterestEntry, by, *, end: date, today: date | None = None
) -> InterestEntry:
    """Record that an interest has ceased; it stays in the register's history."""
    entry = _locked(entry)
    _require_actor(by, entry.member)
    today = _today(today)
    if entry.end is not None:
        raise RegisterError("already-ended", "This interest has already ended")
    _check_dates(entry.start, end, _current_term(entry.member, today), today)
    entry.end = end
    stamp(entry, by, Action.END_INTEREST)
    entry.save(update_fields=["end"])
    return entry


@transaction.atomic
def recompute_due_dates(member: Member, by) -> list[InterestEntry]:
    """Bring stored deadlines into line after a term or the council's code changed.

    Each entry's deadline runs from the term in force when the member became aware of it
    (Appendix B paras 1-2); whether it was late compares that with when it was registered.
    Returns the entries whose deadline or lateness changed, each saved with its history.
    """
    changed = []
    for entry in member.interests.select_for_update():
        registered = timezone.localdate(entry.registered_at)
        # As register_interest: without an awareness date, known from its start.
        aware = entry.became_aware or entry.start or registered
        term = rules.term_on(member, registered) or rules.term_on(member, aware)
        if term is None:
            continue
        due = rules.interest_due(member, term, aware)
        late = registered > due
        if (due, late) != (entry.due_on, entry.registered_late):
            entry.due_on, entry.registered_late = due, late
            stamp(entry, by, Action.RECOMPUTE_DUE_DATES)
            entry.save(update_fields=["due_on", "registered_late"])
            changed.append(entry)
    return changed


@transaction.atomic
def request_sensitive(entry: InterestEntry, by, *, reasons: str) -> InterestEntry:
    """Ask the Monitoring Officer to withhold an interest (Appendix B para 4; s.32)."""
    entry = _locked(entry)
    _require_actor(by, entry.member)
    if not reasons.strip():
        raise RegisterError(
            "reason-required", "Give the reasons the interest is sensitive", "reasons"
        )
    _fits(
        InterestEntry, {"sensitivity_reasons": reasons.strip()}, {"sensitivity_reasons": "reasons"}
    )
    if entry.sensitivity in (Sensitivity.REQUESTED, Sensitivity.AGREED):
        raise RegisterError(
            "already-requested",
            "This interest is already withheld, or waiting for the Monitoring Officer's decision",
        )
    entry.sensitivity = Sensitivity.REQUESTED
    entry.sensitivity_reasons = reasons.strip()
    stamp(entry, by, Action.REQUEST_SENSITIVE)
    entry.save(update_fields=["sensitivity", "sensitivity_reasons"])
    return entry


@transaction.atomic
def decide_sensitive(
    entry: InterestEntry,
    by,
    *,
    agree: bool,
    reasons: str,
    review_on: date | None = None,
    today: date | None = None,
) -> InterestEntry:
    """The Monitoring Officer agrees or refuses a request, or reviews an agreed one."""
    entry = _locked(entry)
    _require_officer(by, entry.member)
    today = _today(today)
    if entry.sensitivity not in (Sensitivity.REQUESTED, Sensitivity.AGREED):
        raise RegisterError("no-sensitive-request", "There is no request to decide")
    if not reasons.strip():
        raise RegisterError("reason-required", "Give the reasons for the decision", "reasons")
    _fits(
        InterestEntry,
        {"sensitivity_decision": reasons.strip()},
        {"sensitivity_decision": "reasons"},
    )
    if agree and review_on is None:
        raise RegisterError(
            "review-date-required",
            "Enter the review date: an agreed sensitive interest is reviewed",
            "review_on",
        )
    if agree and review_on is not None and review_on <= today:
        raise RegisterError(
            "review-date-required", "The review date must be in the future", "review_on"
        )
    entry.sensitivity = Sensitivity.AGREED if agree else Sensitivity.REFUSED
    entry.sensitivity_decision = reasons.strip()
    entry.sensitivity_review_on = review_on if agree else None
    stamp(entry, by, Action.DECIDE_SENSITIVE)
    entry.save(update_fields=["sensitivity", "sensitivity_decision", "sensitivity_review_on"])
    return entry


def _gift_problems(
    member: Member,
    donor_name: str,
    donor_kind: str,
    description: str,
    value_pence: int,
    received_on: date | None,
    accepted: bool,
    occasion: str,
    donor_company_number: str,
    donor_charity_number: str,
    today: date,
    own: bool,
) -> list[RegisterError]:
    """Every fault in a gift's values; ``own`` when the member enters it, so that a refusal
    speaks to them ("You did not hold office") rather than of them."""

    def check_kind() -> None:
        if donor_kind not in Gift.DonorKind.values:
            raise RegisterError(
                "unknown-donor-kind", "Who gave it: write person or organisation", "donor_kind"
            )

    def check_description() -> None:
        if not description.strip():
            raise RegisterError(
                "missing-field", "Say what the gift or hospitality was", "description"
            )

    def check_value_and_donor() -> None:
        if not isinstance(value_pence, int) or isinstance(value_pence, bool):
            raise RegisterError(
                "invalid-value", "The value must be a whole number of pence", "value_pence"
            )
        try:
            GiftFacts(
                donor_name,
                value_pence,
                received_on,
                accepted,
                _donor_number(donor_company_number, donor_charity_number),
            )
        except GiftRuleError as error:
            value_codes = ("negative-value", "value-too-large")
            field = "value_pence" if error.code in value_codes else "donor_name"
            raise RegisterError(error.code, str(error), field) from None

    def check_lengths() -> None:
        _fits(
            Gift,
            {
                "donor_name": donor_name.strip(),
                "donor_company_number": donor_company_number.strip(),
                "donor_charity_number": donor_charity_number.strip(),
                "description": description.strip(),
                "occasion": occasion.strip(),
            },
        )

    def check_received() -> None:
        if received_on is None:
            raise RegisterError(
                "missing-field", "Say when the gift or hospitality was received", "received_on"
            )
        _not_future(received_on, today, "received_on")
        if rules.term_on(member, received_on) is None:
            who = "You" if own else member.name
            raise RegisterError(
                "before-term",
                f"{who} did not hold office on {long_date(received_on)}, when the gift was "
                "received",
                "received_on",
            )

    def check_number(field: str, written: str) -> Callable[[], None]:
        def check() -> None:
            read, example = DONOR_NUMBERS[field]
            if written.strip() and read(written) is None:
                raise RegisterError("bad-donor-number", example, field)

        return check

    return _collect(
        check_kind,
        check_description,
        check_value_and_donor,
        check_lengths,
        check_number("donor_company_number", donor_company_number),
        check_number("donor_charity_number", donor_charity_number),
        check_received,
    )


# How a donor's number is read (``nolan.core.gifts``), and what to write when it is not one.
DONOR_NUMBERS = {
    "donor_company_number": (
        company_number,
        "Enter the company number as Companies House gives it, like 01234567 or SC123456",
    ),
    "donor_charity_number": (
        charity_number,
        "Enter the charity number as the charity regulator gives it, like 1089464 or SC012345",
    ),
}


def _donor_number(company: str, charity: str) -> str:
    """The number a gift's donor is known by: the company number as Companies House writes
    it (what is stored), else the charity number as written."""
    return company_number(company) or company.strip() or charity_number(charity) or charity.strip()


def gift_problems(
    member: Member,
    by,
    *,
    donor_name: str,
    donor_kind: str,
    description: str,
    value_pence: int,
    received_on: date | None,
    accepted: bool = True,
    occasion: str = "",
    donor_company_number: str = "",
    donor_charity_number: str = "",
    today: date | None = None,
) -> list[RegisterError]:
    """Every fault ``register_gift`` would find in these values, each with its field, where
    it refuses the first (as ``interest_problems``). Reads only; refused to anyone who may
    not act for ``member``."""
    _require_actor(by, member)
    return _gift_problems(
        member,
        donor_name,
        donor_kind,
        description,
        value_pence,
        received_on,
        accepted,
        occasion,
        donor_company_number,
        donor_charity_number,
        _today(today),
        own=_own(member, by),
    )


@transaction.atomic
def register_gift(
    member: Member,
    by,
    *,
    donor_name: str,
    donor_kind: str,
    description: str,
    value_pence: int,
    received_on: date,
    accepted: bool = True,
    occasion: str = "",
    donor_company_number: str = "",
    donor_charity_number: str = "",
    today: date | None = None,
    submission_token: str = "",
) -> Gift:
    """Register a gift or hospitality, accepted or refused (code paras 10.2 and 10.3).

    The same ``submission_token`` again returns the gift it registered (``_submitted``).
    """

    def build(today: date) -> Gift:
        if problems := _gift_problems(
            member,
            donor_name,
            donor_kind,
            description,
            value_pence,
            received_on,
            accepted,
            occasion,
            donor_company_number,
            donor_charity_number,
            today,
            own=_own(member, by),
        ):
            raise problems[0]
        parameters = member.council.code.parameters
        due = deadlines.gift_due(parameters, received_on)
        entered = {
            "donor_name": donor_name,
            "donor_kind": donor_kind,
            "donor_company_number": donor_company_number,
            "donor_charity_number": donor_charity_number,
            "description": description,
            "occasion": occasion,
            "value_pence": value_pence,
            "received_on": received_on,
            "accepted": accepted,
        }
        gift = Gift(
            member=member,
            **_as_kept(entered),
            due_on=due,
            registered_late=today > due,
            registered_by=by,
            submission_token=submission_token,
        )
        gift.required = rules.assess_gift(gift, list(member.gifts.all())).required
        return gift

    return _register_once(Gift, member, by, Action.REGISTER_GIFT, submission_token, today, build)


# What a member may correct in a registered gift: everything they entered.
GIFT_FIELDS = (
    "donor_name",
    "donor_kind",
    "donor_company_number",
    "donor_charity_number",
    "description",
    "occasion",
    "value_pence",
    "received_on",
    "accepted",
)


def _as_kept(entered: dict) -> dict:
    """A gift's ``GIFT_FIELDS`` as a member entered them, as they are kept: text trimmed,
    company and charity numbers in their usual form; registering and correcting alike."""
    return {
        **entered,
        "donor_name": entered["donor_name"].strip(),
        "donor_company_number": company_number(entered["donor_company_number"]) or "",
        "donor_charity_number": charity_number(entered["donor_charity_number"]) or "",
        "description": entered["description"].strip(),
        "occasion": entered["occasion"].strip(),
    }


@transaction.atomic
def change_gift(gift: Gift, by, *, today: date | None = None, **changes) -> Gift:
    """Correct a registered gift; the earlier version stays in its history, as an interest's
    does (``change_interest``). Nothing on a published register is deleted, so a mistyped
    gift is corrected, never withdrawn.

    Its deadline runs again from the corrected date received, and whether it was late
    compares that with when it was first registered: a correction is not a late
    registration. A gift the Monitoring Officer had accepted goes back for review, since
    what they accepted has changed.
    """
    gift = _locked(gift)
    _require_actor(by, gift.member)
    unknown = set(changes) - set(GIFT_FIELDS)
    if unknown:
        raise RegisterError("unknown-field", f"Unknown field(s): {', '.join(sorted(unknown))}")
    values = {name: changes.get(name, getattr(gift, name)) for name in GIFT_FIELDS}
    member = gift.member
    if problems := _gift_problems(member, **values, today=_today(today), own=_own(member, by)):
        raise problems[0]
    for name, value in _as_kept(values).items():
        setattr(gift, name, value)
    gift.due_on = deadlines.gift_due(member.council.code.parameters, gift.received_on)
    gift.registered_late = timezone.localdate(gift.registered_at) > gift.due_on
    gift.required = rules.assess_gift(gift, list(member.gifts.exclude(pk=gift.pk))).required
    if gift.review == Gift.Review.ACCEPTED:
        gift.review = Gift.Review.PENDING
    stamp(gift, by, Action.CHANGE_GIFT)
    gift.save(update_fields=[*GIFT_FIELDS, "due_on", "registered_late", "required", "review"])
    return gift


@transaction.atomic
def query_gift(gift: Gift, by, *, text: str) -> Gift:
    """The Monitoring Officer queries an entry with the member."""
    gift = _locked(gift)
    _require_officer(by, gift.member)
    if not text.strip():
        raise RegisterError("missing-query", "Say what you are asking the member", "text")
    _fits(Gift, {"query_text": text.strip()}, {"query_text": "text"})
    gift.review = Gift.Review.QUERIED
    gift.query_text = text.strip()
    stamp(gift, by, Action.QUERY_GIFT)
    gift.save(update_fields=["review", "query_text"])
    return gift


@transaction.atomic
def answer_gift_query(gift: Gift, by, *, text: str) -> Gift:
    """The member answers the Monitoring Officer's query; the entry goes back for review."""
    gift = _locked(gift)
    _require_actor(by, gift.member)
    if gift.review != Gift.Review.QUERIED:
        raise RegisterError("not-queried", "This gift has no open question to answer")
    if not text.strip():
        raise RegisterError("missing-answer", "Write your answer to the question", "text")
    _fits(Gift, {"query_answer": text.strip()}, {"query_answer": "text"})
    gift.review = Gift.Review.ANSWERED
    gift.query_answer = text.strip()
    stamp(gift, by, Action.ANSWER_GIFT_QUERY)
    gift.save(update_fields=["review", "query_answer"])
    return gift


@transaction.atomic
def accept_gift(gift: Gift, by) -> Gift:
    """The Monitoring Officer has reviewed the entry and has no query."""
    gift = _locked(gift)
    _require_officer(by, gift.member)
    gift.review = Gift.Review.ACCEPTED
    stamp(gift, by, Action.ACCEPT_GIFT)
    gift.save(update_fields=["review"])
    return gift


def _confirm(member: Member, by, kind: str, today: date | None) -> RegisterConfirmation:
    _require_actor(by, member)
    _current_term(member, _today(today))
    confirmation = RegisterConfirmation(member=member, kind=kind, made_by=by)
    confirmation.made_at = _registered(confirmation, by, Action(kind), today)
    confirmation.save()
    return confirmation


@transaction.atomic
def make_nil_return(member: Member, by, *, today: date | None = None) -> RegisterConfirmation:
    """The member has nothing to register; refused while they have current interests."""
    _require_actor(by, member)
    if member.interests.current(_today(today)).exists():
        raise RegisterError(
            "has-interests", "A member with current interests cannot make a nil return"
        )
    return _confirm(member, by, RegisterConfirmation.Kind.NIL_RETURN, today)


@transaction.atomic
def confirm_register(member: Member, by, *, today: date | None = None) -> RegisterConfirmation:
    """The member confirms their register is complete and up to date (once a year)."""
    return _confirm(member, by, RegisterConfirmation.Kind.ANNUAL, today)
