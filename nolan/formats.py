"""The template filters that write every date and time a page or e-mail shows (issue 11).

Registered as a template builtin (``settings.TEMPLATES``), so every template writes
``{{ gift.received_on|long_date }}`` ("1 December 2026"), ``{{ run.started|date_time }}``
("1 December 2026 at 7:30pm") or ``{{ meeting.starts|time_of_day }}`` ("7:30pm") without
loading anything, and none picks a format of its own: the format is
``nolan.core.dates``'s. Nothing (None, "") stays nothing, so ``|default:"Never"`` still
works. A value that is not a date is shown as it is rather than breaking the page.
"""

import datetime as dt

from django import template

from nolan.core import dates

register = template.Library()


@register.filter
def long_date(value):
    """A date, or a moment's day in the UK: 1 December 2026."""
    return dates.long_date(value) if isinstance(value, dt.date) else _as_is(value)


@register.filter
def date_time(value):
    """A moment in UK time: 1 December 2026 at 7:30pm (a bare date: its day alone)."""
    if isinstance(value, dt.datetime):
        return dates.date_time(value)
    return long_date(value)


@register.filter
def time_of_day(value):
    """A moment's UK time, or a time: 7:30pm, 10am, midday."""
    if isinstance(value, (dt.datetime, dt.time)):
        return dates.time_of_day(value)
    return _as_is(value)


def _as_is(value):
    return "" if value is None else value
