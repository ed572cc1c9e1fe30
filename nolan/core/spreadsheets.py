"""Cells that a spreadsheet would run as formulas, made inert before any CSV or sheet export.

The registers are public and their text is typed by councillors: a donor named
``=HYPERLINK("https://evil.example", "Click")`` or ``+cmd|' /C calc'!A0`` would run as a
formula when someone opens ``gifts.csv`` in Excel or LibreOffice. OWASP's advice on CSV
injection: a cell starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a
single quote in front, which spreadsheets show as text and do not evaluate. Only text is
touched; numbers (money is integer pence) and booleans are written as they are, so a
number stays a number. JSON exports are not spreadsheets and keep the text unchanged.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert_cell(value: object) -> object:
    """``value`` as it is safe to write into a spreadsheet cell."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
