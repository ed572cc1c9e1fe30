"""What a spreadsheet makes of Nolan's CSV files: cells it would run as formulas, made inert
before any CSV or sheet export, and the row numbers it shows, by which imports name rows.

The registers are public and their text is typed by councillors: a donor named
``=HYPERLINK("https://evil.example", "Click")`` or ``+cmd|' /C calc'!A0`` would run as a
formula when someone opens ``gifts.csv`` in Excel or LibreOffice. OWASP's advice on CSV
injection: a cell starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a
single quote in front, which spreadsheets show as text and do not evaluate. Only text is
touched; numbers (money is integer pence) and booleans are written as they are, so a
number stays a number. JSON exports are not spreadsheets and keep the text unchanged.

A person correcting an imported file opens it in a spreadsheet, which shows the heading row
as row 1, so an import names a row as the spreadsheet numbers it (``csv_row_numbers``): the
register spreadsheets and a meeting's agenda alike (issue 11).
"""

from __future__ import annotations

import csv
import io

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert_cell(value: object) -> object:
    """``value`` as it is safe to write into a spreadsheet cell."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_row_numbers(text: str) -> list[int]:
    """The row a spreadsheet shows each record of a CSV file under its heading row in (the
    heading is row 1): an empty line, which CSV readers leave out, is a row of its own, and
    a record whose cell holds a line break is one row."""
    records = csv.reader(io.StringIO(text))
    return [number for number, record in enumerate(records, start=1) if number > 1 and record]
