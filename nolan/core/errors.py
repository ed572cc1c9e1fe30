"""The one shape of a refusal: a stable machine code, a sentence for people, the input at fault.

Every app's service errors (``CouncilsError``, ``RegisterError``, ``MeetingsError``,
``ScreeningError``, ``ComplaintError``), the spreadsheet and agenda readers' errors, a
second factor's ``CodeRefused`` and the Modern.gov sync's ``FetchError``, ``FeedError`` and
``SyncFailed`` are ``Refused``, so tests assert on ``code`` the same way everywhere and
``nolan.forms.refuse_on_form`` puts any of them on a form. Codes are kebab-case
(``unknown-field``, ``end-before-start``, ``reason-required``) and keep their meaning
across apps: the same fault has the same code wherever it is found (``tests/test_error_codes.py``
reads them all from the source).

An import that is all or nothing (a council's register spreadsheet, a meeting's agenda) is
refused as a whole with every row's errors at once (``ImportRefused``), so a file is
corrected once and every import lists its errors the same way: "Row 3, column value: ...".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


class Refused(Exception):
    """A request the rules refuse; ``code`` is stable, ``field`` names the input at fault."""

    def __init__(self, code: str, message: str, field: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field


@dataclass(frozen=True)
class RowError:
    """One fault an import found: the ``row`` as the page tells the person their file is
    numbered (0 for the file as a whole), the ``column`` at fault as the file heads it (empty
    for the row as a whole), the stable ``code`` and a sentence (``message``)."""

    row: int
    column: str
    code: str
    message: str

    @property
    def where(self) -> str:
        """Where the error is: "Row 3, column value", "Row 3", or nothing for the whole file."""
        if not self.row:
            return ""
        return f"Row {self.row}, column {self.column}" if self.column else f"Row {self.row}"

    def __str__(self) -> str:
        """The error as a person reads it: where, then the sentence (never the code)."""
        sentence = self.message[:1].upper() + self.message[1:]
        return f"{self.where}: {sentence}" if self.where else sentence


class ImportRefused(Refused):
    """An import refused as a whole, so nothing was saved; ``errors`` lists every row's."""

    def __init__(self, errors: Iterable[RowError]) -> None:
        self.errors = tuple(errors)
        super().__init__("import-refused", "; ".join(str(error) for error in self.errors))
