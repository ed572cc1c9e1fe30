"""The one shape of a refusal: a stable machine code, a sentence for people, the input at fault.

Every app's service errors (``CouncilsError``, ``RegisterError``, ``MeetingsError``,
``ScreeningError``) are ``Refused``, so tests assert on ``code`` the same way everywhere
and ``nolan.forms.refuse_on_form`` puts any of them on a form. Codes are kebab-case
(``unknown-field``, ``end-before-start``, ``reason-required``) and keep their meaning
across apps: the same fault has the same code wherever it is found.
"""

from __future__ import annotations


class Refused(Exception):
    """A request the rules refuse; ``code`` is stable, ``field`` names the input at fault."""

    def __init__(self, code: str, message: str, field: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field
