"""Django's own dates and times in Nolan's one format (issue 11, ``nolan.core.dates``).

Django writes a date or time itself wherever no filter of ours does: the back office's
change lists and read-only fields, a bare ``{{ value }}`` in a template. It takes the
format from the language's formats module before the settings, so with ``LANGUAGE_CODE``
"en-gb" Django's own ``en_GB`` formats won and ``DATE_FORMAT`` in the settings never
applied: the back office wrote "1 Dec 2026, 7:30 p.m.". ``FORMAT_MODULE_PATH`` points here,
and ``en_GB/formats.py`` comes first.

Django's format strings cannot say "7:30pm": its ``P`` (the 12-hour clock, minutes left off
on the hour) writes "7:30 p.m.", "10 a.m." and "noon". ``write_times_as_nolan_does`` makes
``P`` write the time as ``nolan.core.dates.time_of_day`` does ("7:30pm", "10am", "midday"),
so the formats module can stay format strings rather than code in each admin.
"""

import datetime as dt

from django.utils.dateformat import TimeFormat

from nolan.core import dates


def _time_of_day(formatter: TimeFormat) -> str:
    # The clock time Django was handed: it has already moved a moment into UK time
    # (template_localtime), and the date beside it in the same format is that day's.
    return dates.time_of_day(dt.time(formatter.data.hour, formatter.data.minute))


def write_times_as_nolan_does() -> None:
    """Make Django's ``P`` format write "7:30pm", "10am", "midday" and "midnight"."""
    TimeFormat.P = _time_of_day  # type: ignore[method-assign]
