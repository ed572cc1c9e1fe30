"""When a member's code of conduct training is due (code paragraph 8.1).

Code 8.1: "I undertake Code of Conduct training provided by my local authority." Each
council says in its arrangements how soon after taking office the first training is due
and how often it must be repeated; the member's latest attendance restarts the clock.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date

from nolan.core.deadlines import DeadlineStatus, status


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later; a day the month lacks becomes its last day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def training_due(
    term_start: date, attended: Iterable[date], *, within_months: int, every_months: int
) -> date:
    """The day by which the member must (next) attend training."""
    latest = max((d for d in attended if d >= term_start), default=None)
    if latest is None:
        return add_months(term_start, within_months)
    return add_months(latest, every_months)


def training_status(
    term_start: date,
    attended: Iterable[date],
    today: date,
    *,
    within_months: int,
    every_months: int,
) -> DeadlineStatus:
    """Whether the member's next training is still due or overdue as of ``today``."""
    due = training_due(term_start, attended, within_months=within_months, every_months=every_months)
    return status(due, today)
