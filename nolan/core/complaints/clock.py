"""Each complaint stage's working-day clock, stopped while the case is suspended.

Working days are ``nolan.core.deadlines``' (weekends and England's bank holidays from the
``holidays`` package). Each council sets its own timescales (best practice 10 asks them to
publish them); ``Timescales()`` holds Nolan's defaults, each explained below.

A pause (a police referral, or the Monitoring Officer waiting for information) stops every
clock: a working day inside a pause does not count, and while a pause is open no due date
can be known.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import cache

from nolan.core.deadlines import DeadlineError, is_working_day


class Stage(StrEnum):
    """The steps with a deadline, each counted from the day its stage began."""

    ACKNOWLEDGE = "acknowledge"
    NOTIFY_MEMBER = "notify-member"
    ASSESS = "assess"
    INVESTIGATE = "investigate"
    COMMENT_ON_DRAFT = "comment-on-draft"
    HEAR = "hear"
    DECISION_NOTICE = "decision-notice"


@dataclass(frozen=True)
class Timescales:
    """Working days allowed for each step; the defaults are Nolan's, each council sets its own.

    - acknowledge 5 and notify_member 10: the issue's "typical defaults", and the periods most
      English arrangements modelled on the LGA's publish (from receipt).
    - assess 20 (from receipt): four working weeks, time for the member's comments (due
      within notify_member) and the Independent Person's view before the decision.
    - investigate 60 (appointment to draft report): about three months, the span councils
      commonly publish for an investigation.
    - comment_on_draft 10: two working weeks for each party to answer the draft report.
    - hear 30 (final report to hearing): time to convene a sub-committee with notice.
    - decision_notice 5 (hearing to notice sent and published): best practice 9 asks for
      publication "as soon as possible".
    """

    acknowledge: int = 5
    notify_member: int = 10
    assess: int = 20
    investigate: int = 60
    comment_on_draft: int = 10
    hear: int = 30
    decision_notice: int = 5

    def __post_init__(self) -> None:
        for stage in Stage:
            days = self.days(stage)
            if not 1 <= days <= 250:
                raise DeadlineError(
                    "timescale-out-of-range",
                    f"{stage.value} must be between 1 and 250 working days, not {days}",
                )

    def days(self, stage: Stage) -> int:
        days: int = getattr(self, stage.value.replace("-", "_"))
        return days


def out_of_order(timescales: Timescales) -> tuple[Stage, str] | None:
    """The first step whose timescale contradicts the one before it, with why, or None.

    Acknowledging, telling the member and deciding the assessment are all counted from
    receipt, in the order the workflow takes them: the member is told only once the
    complaint is acknowledged, and the decision waits for their comments. A council that
    gave 30 working days to acknowledge and 10 to tell the member would publish a timetable
    no case can keep. (Checked when the arrangements are saved, not on reading them, so a
    row saved before the check still reads.)
    """
    acknowledge, notify, assess = (
        timescales.acknowledge,
        timescales.notify_member,
        timescales.assess,
    )
    if notify < acknowledge:
        return Stage.NOTIFY_MEMBER, (
            f"Telling the member must take {acknowledge} working days or more: the member is "
            f"told after the complaint is acknowledged, which may take {acknowledge}"
        )
    if assess <= notify:
        return Stage.ASSESS, (
            f"The initial assessment must take more than {notify} working days: the member "
            f"is told within {notify}, and needs time to comment before the decision"
        )
    return None


@dataclass(frozen=True)
class Pause:
    """A suspension from ``start`` to ``end`` inclusive; ``end`` None while it lasts."""

    start: date
    end: date | None = None


def _paused(day: date, pauses: Iterable[Pause]) -> bool:
    return any(p.start <= day and (p.end is None or day <= p.end) for p in pauses)


def _counts(day: date, pauses: tuple[Pause, ...]) -> bool:
    return is_working_day(day) and not _paused(day, pauses)


def due_date(start: date, days: int, pauses: Iterable[Pause] = ()) -> date | None:
    """``days`` counting working days after ``start``; None while a pause is still open."""
    held = tuple(pauses)
    if any(p.end is None for p in held):
        return None
    day = start
    while days:
        day += timedelta(days=1)
        if _counts(day, held):
            days -= 1
    return day


@cache
def _running_totals(year: int) -> tuple[int, ...]:
    """For each day of ``year``, the working days from 1 January up to and including it."""
    totals = []
    count = 0
    day = date(year, 1, 1)
    while day.year == year:
        count += is_working_day(day)
        totals.append(count)
        day += timedelta(days=1)
    return tuple(totals)


def _working_days_to(day: date, since_year: int) -> int:
    """Working days from 1 January ``since_year`` up to and including ``day``."""
    earlier = sum(_running_totals(year)[-1] for year in range(since_year, day.year))
    return earlier + _running_totals(day.year)[day.timetuple().tm_yday - 1]


def _working_days_between(start: date, end: date) -> int:
    """Working days after ``start`` up to and including ``end``; from running totals per year,
    because a dashboard asks this of every open case and a day-by-day count is too slow."""
    if end <= start:
        return 0
    return _working_days_to(end, start.year) - _working_days_to(start, start.year)


def counted_days(start: date, end: date, pauses: Iterable[Pause] = ()) -> int:
    """Counting working days after ``start`` up to and including ``end`` (0 if end is earlier).

    Pauses never overlap (the machine refuses a pause while one is open), so each one's
    working days inside the span are taken off in turn.
    """
    total = _working_days_between(start, end)
    for pause in pauses:
        first = max(pause.start - timedelta(days=1), start)
        last = min(pause.end or end, end)
        total -= _working_days_between(first, last)
    return total


def case_age(received: date, today: date, pauses: Iterable[Pause] = ()) -> int:
    """How many working days the case has run, suspended days left out."""
    return counted_days(received, today, pauses)


@dataclass(frozen=True)
class StageClock:
    stage: Stage
    due: date | None
    overdue: bool
    days_left: int | None

    @property
    def code(self) -> str:
        if self.due is None:
            return "stopped"
        return "overdue" if self.overdue else "due"


def stage_clock(
    stage: Stage,
    began: date,
    today: date,
    timescales: Timescales,
    pauses: Iterable[Pause] = (),
) -> StageClock:
    """Where an unfinished step stands: its due date, whether it is overdue, days left."""
    held = tuple(pauses)
    due = due_date(began, timescales.days(stage), held)
    if due is None:
        return StageClock(stage, None, False, None)
    if today > due:
        return StageClock(stage, due, True, -counted_days(due, today, held))
    return StageClock(stage, due, False, counted_days(today, due, held))
