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

A date a person types in the GOV.UK date input's day, month and year boxes is read here too
(``date_fault``), and refused in the GOV.UK Design System's words for that input
(https://design-system.service.gov.uk/components/date-input/, "Error messages"), naming the
date as the page does; ``nolan.forms.DateField`` shows it on a page.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Sequence
from dataclasses import dataclass
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


# The GOV.UK date input's boxes, in order, as its error messages call them.
DATE_BOXES = ("day", "month", "year")
ALL_BOXES = (0, 1, 2)


@dataclass(frozen=True)
class DateFault:
    """What is wrong with the numbers typed in a date's boxes, in the GOV.UK Design System's
    words for the date input (``words``, with ``{called}`` for the date's name), and the boxes
    the guidance says to highlight: each one missing, or the one whose number cannot be right
    (the whole date when more than one cannot)."""

    code: str
    words: str
    boxes: tuple[int, ...]

    def message(self, called: str) -> str:
        words = self.words.format(called=called)
        return words[:1].upper() + words[1:]


NOT_A_REAL_DATE = DateFault("bad-date", "{called} must be a real date", ALL_BOXES)


def _number(part: str) -> int | None:
    # Only the digits 0 to 9, and few enough of them that int() reads them quickly.
    return int(part) if re.fullmatch("[0-9]{1,4}", part) else None


def date_fault(parts: Sequence[str]) -> DateFault | None:
    """The first thing wrong with a date typed as day, month and year, or None for a real
    date (or nothing typed at all, which the field's ``required`` decides)."""
    parts = [str(part or "").strip() for part in parts]
    if not any(parts):
        return None
    missing = tuple(i for i, part in enumerate(parts) if not part)
    if missing:
        said = " and ".join(DATE_BOXES[i] for i in missing)
        return DateFault("incomplete-date", f"{{called}} must include a {said}", missing)
    day, month, year = (_number(part) for part in parts)
    if day is None or month is None or year is None:
        unread = tuple(i for i, n in enumerate((day, month, year)) if n is None)
        return DateFault("bad-date", NOT_A_REAL_DATE.words, _whole(unread))
    if len(parts[2]) != 4:
        # "24" would be the year 24: the year is typed in full.
        return DateFault("bad-date", "the year in {called} must include 4 numbers", (2,))
    wrong = []
    if not 1 <= month <= 12:
        wrong.append(1)
    if year < 1:
        wrong.append(2)
    if not 1 <= day <= (monthrange(year, month)[1] if not wrong else 31):
        wrong.insert(0, 0)
    return DateFault("bad-date", NOT_A_REAL_DATE.words, _whole(tuple(wrong))) if wrong else None


def _whole(boxes: tuple[int, ...]) -> tuple[int, ...]:
    """One box at fault is highlighted alone; more than one, the whole date (GOV.UK)."""
    return boxes if len(boxes) == 1 else ALL_BOXES
