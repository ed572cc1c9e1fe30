"""Dates and times as a person reads them, in one format everywhere (issue 11).

Pages, e-mails, minutes, PDFs and error messages wrote dates five ways ("1 Dec 2026",
"01 December 2026", "1 December 2026, 19:30", "1 December 2026, 7:30pm", "01/12/2026");
a reader should meet one. The GOV.UK style guide's: a date is "1 December 2026" (no
leading zero, the month in full), a time "7:30pm" or "10am" (no ":00"), "midday" and
"midnight" rather than 12pm and 12am; a moment is "1 December 2026 at 7:30pm". Times are
read in UK time, whatever zone the database gave. Machine formats (CSV, JSON, API, the
``?on=`` of a link, Modern.gov's parameters) keep ISO 8601 and do not come here.

Plain Python, so the core (a screening finding's meeting, a Modern.gov plan's line) and
Django's templates (``nolan.formats``, the ``long_date``, ``date_time`` and ``time_of_day``
filters) say it alike. Month names are spelt here, not read from the system's locale.
"""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

UK = ZoneInfo("Europe/London")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def uk_time(moment: datetime) -> datetime:
    """``moment`` in UK time; a time without a zone is taken to be UK time already."""
    return moment.astimezone(UK) if moment.utcoffset() is not None else moment


def long_date(day: date | datetime) -> str:
    """1 December 2026 (a moment by its day in the UK)."""
    if isinstance(day, datetime):
        day = uk_time(day)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def time_of_day(moment: datetime | time) -> str:
    """7:30pm, 10am, midday or midnight (a moment by its UK time)."""
    if isinstance(moment, datetime):
        moment = uk_time(moment).time()
    if moment.minute == 0 and moment.hour in (0, 12):
        return "midnight" if moment.hour == 0 else "midday"
    hour = moment.hour % 12 or 12
    minutes = f":{moment.minute:02d}" if moment.minute else ""
    return f"{hour}{minutes}{'am' if moment.hour < 12 else 'pm'}"


def date_time(moment: datetime) -> str:
    """1 December 2026 at 7:30pm."""
    return f"{long_date(moment)} at {time_of_day(moment)}"
