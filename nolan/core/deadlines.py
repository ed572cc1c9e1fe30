"""When a member must register, and whether they did so in time.

The periods come from each council's code, never from here: Appendix B's registration
paragraph (initial registration, ``Parameters.interest_registration_days``; Welwyn
Hatfield's paragraph 1, unnumbered in the updated LGA model and Bexley's code), the
paragraph after it (a new interest or a change, ``change_notification_days``; Welwyn
Hatfield's 2, Bexley's 1) and code paragraph 10.2 (a gift, ``gift_registration_days``).
``nolan check_codes`` checks each period against the council's own text. What starts the
initial clock is the code's own list of ``registration_triggers`` (seed 000 Appendix B
para 1: "within 28 days of this Code of Conduct being adopted ... or your election or
appointment to office (where that is later)"; seed 001 Appendix B: "within 28 days of
becoming a member or your re-election or re-appointment to office"). Localism Act 2011
s.30 sets the statutory 28 days.

The annual confirmation of the register is Nolan's practice (issue 3), not a code
period. Working days exclude weekends and England's bank holidays (``holidays`` package).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import cache

import holidays

from nolan.core.codes.model import Parameters


class Trigger(StrEnum):
    """Events a council's Appendix B may name as starting the registration clock.

    The same vocabulary as ``registration_triggers`` in ``codes/data/code.schema.json``;
    "membership" is Bexley's "becoming a member".
    """

    ADOPTION = "adoption"
    ELECTION = "election"
    RE_ELECTION = "re-election"
    APPOINTMENT = "appointment"
    RE_APPOINTMENT = "re-appointment"
    MEMBERSHIP = "membership"


class TermBegan(StrEnum):
    """How a term of office began (mirrors ``councils.Term.Began``)."""

    ELECTED = "elected"
    RE_ELECTED = "re-elected"
    CO_OPTED = "co-opted"
    APPOINTED = "appointed"


# Which code triggers each way of taking office satisfies. A first term makes the person a
# member; a later one is a re-election or re-appointment. Re-election is still an
# "election" in the LGA wording, which does not distinguish them; co-option is an
# appointment.
_FIRST_TERM = {
    TermBegan.ELECTED: {Trigger.ELECTION, Trigger.MEMBERSHIP},
    TermBegan.RE_ELECTED: {Trigger.ELECTION, Trigger.RE_ELECTION},
    TermBegan.CO_OPTED: {Trigger.APPOINTMENT, Trigger.MEMBERSHIP},
    TermBegan.APPOINTED: {Trigger.APPOINTMENT, Trigger.MEMBERSHIP},
}
_LATER_TERM = {
    TermBegan.ELECTED: {Trigger.ELECTION, Trigger.RE_ELECTION},
    TermBegan.RE_ELECTED: {Trigger.ELECTION, Trigger.RE_ELECTION},
    TermBegan.CO_OPTED: {Trigger.APPOINTMENT, Trigger.RE_APPOINTMENT},
    TermBegan.APPOINTED: {Trigger.APPOINTMENT, Trigger.RE_APPOINTMENT},
}


class DeadlineError(ValueError):
    """A trigger or term kind the rules do not know; ``code`` is stable."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class TermStart:
    """A term of office as the deadline rules need it."""

    began: str
    start: date
    first: bool = True


def code_triggers(parameters: Parameters) -> frozenset[Trigger]:
    """The council's triggers as known values; an unknown word in the code data is an error."""
    known = {t.value for t in Trigger}
    unknown = [t for t in parameters.registration_triggers if t not in known]
    if unknown:
        raise DeadlineError(
            "unknown-trigger",
            f"registration trigger(s) {', '.join(unknown)} not one of {', '.join(sorted(known))}",
        )
    return frozenset(Trigger(t) for t in parameters.registration_triggers)


def term_triggers(term: TermStart) -> frozenset[Trigger]:
    try:
        began = TermBegan(term.began)
    except ValueError:
        raise DeadlineError(
            "unknown-term-kind", f"term began {term.began!r} is not known"
        ) from None
    return frozenset((_FIRST_TERM if term.first else _LATER_TERM)[began])


def registration_clock_start(
    parameters: Parameters, term: TermStart, code_adopted: date | None = None
) -> date | None:
    """The day the initial-registration clock starts for ``term``, or None if it does not.

    When the code names adoption as a trigger, the clock starts on the later of the
    adoption and the term's start ("where that is later"); an adoption date that is not
    known is ignored.
    """
    triggers = code_triggers(parameters)
    if not triggers & term_triggers(term):
        return None
    if Trigger.ADOPTION in triggers and code_adopted is not None:
        return max(code_adopted, term.start)
    return term.start


def registration_due(
    parameters: Parameters, term: TermStart, code_adopted: date | None = None
) -> date | None:
    """The last day to register interests after ``term`` began; None if no duty arises."""
    start = registration_clock_start(parameters, term, code_adopted)
    if start is None:
        return None
    return start + timedelta(days=parameters.interest_registration_days)


def change_due(parameters: Parameters, became_aware: date) -> date:
    """The last day to notify a new interest or a change (``appendix-b.keep-up-to-date``)."""
    return became_aware + timedelta(days=parameters.change_notification_days)


def gift_due(parameters: Parameters, received: date) -> date:
    """The last day to register a gift or hospitality (code paragraph 10.2)."""
    return received + timedelta(days=parameters.gift_registration_days)


def annual_confirmation_due(last_confirmed: date) -> date:
    """A year after the last confirmation; 29 February rolls to 28 February."""
    try:
        return last_confirmed.replace(year=last_confirmed.year + 1)
    except ValueError:
        return last_confirmed.replace(year=last_confirmed.year + 1, day=28)


class Status(StrEnum):
    ON_TIME = "on-time"
    LATE = "late"
    DUE = "due"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class DeadlineStatus:
    status: Status
    due: date
    days_left: int

    @property
    def code(self) -> str:
        return self.status.value


def status(due: date, today: date, done_on: date | None = None) -> DeadlineStatus:
    """Where a duty stands: done on time, done late, still due, or overdue.

    The due day itself is in time ("within 28 days" includes the 28th day).
    """
    if done_on is not None:
        return DeadlineStatus(Status.ON_TIME if done_on <= due else Status.LATE, due, 0)
    left = (due - today).days
    return DeadlineStatus(Status.DUE if left >= 0 else Status.OVERDUE, due, left)


@cache
def _bank_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year))


def is_working_day(day: date) -> bool:
    """Monday to Friday and not a bank holiday in England."""
    return day.weekday() < 5 and day not in _bank_holidays(day.year)


def add_working_days(start: date, days: int) -> date:
    """The date ``days`` working days after ``start`` (``start`` itself does not count)."""
    if days < 0:
        raise DeadlineError("negative-days", f"cannot add {days} working days")
    day = start
    while days:
        day += timedelta(days=1)
        if is_working_day(day):
            days -= 1
    return day


def working_days_between(start: date, end: date) -> int:
    """Working days after ``start`` up to and including ``end`` (negative if end is earlier)."""
    if end < start:
        return -working_days_between(end, start)
    return sum(is_working_day(start + timedelta(days=n)) for n in range(1, (end - start).days + 1))
