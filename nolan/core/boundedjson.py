"""JSON from outside Nolan, parsed only when it is small and shallow enough to be data.

Python's ``json`` parser recurses once per level of nesting, so a line of a hundred
thousand ``[`` raises ``RecursionError``: that crashed ``nolan screen`` half-way through a
batch, made ``nolan declare`` exit 1 with a traceback, and gave ``POST /api/screen/`` a 500
(issue 8). Nolan's inputs (a post, a context file, situations for the advisor, an agenda)
nest four levels at most, so anything deeper than ``MAX_DEPTH`` is refused before it is
parsed, and anything longer than its caller's limit is refused unread. Both refusals carry
stable codes, ``too-deep`` and ``too-large``, which each caller reports in its own
documented way.
"""

from __future__ import annotations

import json
from typing import Any

MAX_DEPTH = 32


class JSONRefused(ValueError):
    """Input refused before parsing; ``code`` is ``too-deep`` or ``too-large``."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def deeper_than(text: str, limit: int) -> bool:
    """Whether arrays and objects in ``text`` nest more than ``limit`` levels.

    Brackets inside strings do not count. Text with no more than ``limit`` opening brackets
    in all cannot be too deep, which settles ordinary input without scanning it.
    """
    if text.count("[") + text.count("{") <= limit:
        return False
    depth = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > limit:
                return True
        elif char in "]}":
            depth -= 1
    return False


def loads(text: str, max_chars: int) -> Any:
    """``json.loads(text)`` for text of at most ``max_chars`` nested at most ``MAX_DEPTH``.

    Raises ``JSONRefused`` for input over either limit and ``json.JSONDecodeError`` for
    text that is not JSON.
    """
    if len(text) > max_chars:
        raise JSONRefused("too-large", f"longer than {max_chars:,} characters")
    if deeper_than(text, MAX_DEPTH):
        raise JSONRefused("too-deep", f"nested more than {MAX_DEPTH} levels deep")
    return json.loads(text)
