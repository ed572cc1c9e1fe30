"""Django's output formats for en-gb, as ``nolan.core.dates`` writes dates and times: a date
"1 December 2026", a moment "1 December 2026 at 7:30pm" (``P``: see ``nolan.locale_formats``).
Input formats are Django's own for en_GB."""

DATE_FORMAT = "j F Y"
TIME_FORMAT = "P"
DATETIME_FORMAT = r"j F Y \a\t P"
SHORT_DATE_FORMAT = DATE_FORMAT
SHORT_DATETIME_FORMAT = DATETIME_FORMAT
