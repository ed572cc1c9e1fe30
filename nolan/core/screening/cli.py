"""The pure core of ``nolan screen``: JSON Lines in, one JSON line out per input line.

Output stays line-aligned with input: line N of the output answers line N of the input.
A line that cannot be screened (bad JSON, a missing ``text``, a naive ``posted_at`` ...)
gets ``{"id": ..., "error": {"line": N, "code": ..., "message": ...}}`` in its place, the
same message goes to standard error, the other lines are still screened, and the exit
status is 1; that includes a line longer than ``MAX_LINE_CHARS`` (``too-large``, read no
further than the limit) or nested too deep (``too-deep``). A bad ``--code`` or context file
stops before reading any post (status 2).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from nolan.core import boundedjson
from nolan.core.codes import CodeDataError, UnknownCode, load_code
from nolan.core.screening.citations import ScreeningDataError
from nolan.core.screening.engine import Screener
from nolan.core.screening.jsonio import (
    MAX_CONTEXT_CHARS,
    MAX_LINE_CHARS,
    InputError,
    parse_context,
    parse_post,
    result_to_json,
)
from nolan.core.screening.model import Context

EXIT_OK, EXIT_BAD_LINES, EXIT_USAGE = 0, 1, 2
# One encoder for every output line: ``json.dumps`` with an option builds a new one per call.
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's options (the management command adds them to Django's parser)."""
    parser.add_argument("--code", required=True, help="council slug, e.g. welwyn-hatfield")
    parser.add_argument(
        "--context",
        type=Path,
        help="JSON file with pending_matters, exempt_items, officers, elections and meetings",
    )


def load_context(path: Path | None) -> Context:
    if path is None:
        return Context()
    try:
        with path.open(encoding="utf-8") as file:
            raw = boundedjson.loads(file.read(MAX_CONTEXT_CHARS + 1), MAX_CONTEXT_CHARS)
    except OSError as e:
        raise InputError("context-unreadable", f"{path}: {e.strerror}") from None
    except boundedjson.JSONRefused as e:
        raise InputError(f"context-{e.code}", f"{path}: {e}") from None
    except json.JSONDecodeError as e:
        raise InputError(
            "context-invalid-json", f"{path}: invalid JSON at line {e.lineno}: {e.msg}"
        ) from None
    try:
        return parse_context(raw)
    except InputError as e:
        raise InputError(e.code, f"{path}: {e}") from None


def _screen_line(screener: Screener, line: str) -> tuple[dict[str, Any], InputError | None]:
    post_id = None
    try:
        raw = boundedjson.loads(line.rstrip("\n"), MAX_LINE_CHARS)
        if isinstance(raw, dict):
            post_id = raw.get("id")
        post_id, post = parse_post(raw)
    except json.JSONDecodeError as e:
        return {}, InputError("invalid-json", f"invalid JSON: {e.msg} (column {e.colno})")
    except boundedjson.JSONRefused as e:
        return {}, InputError(e.code, f"refused: {e}")
    except InputError as e:
        return {"id": post_id}, e
    return result_to_json(post_id, screener.screen(post)), None


def _lines(stdin: TextIO) -> Iterator[str]:
    """The lines of ``stdin``, each cut one character past ``MAX_LINE_CHARS`` (and the rest of
    it skipped), so that one enormous line is refused without being held in memory."""
    while line := stdin.readline(MAX_LINE_CHARS + 1):
        if len(line) > MAX_LINE_CHARS and not line.endswith("\n"):
            rest = line
            while rest and not rest.endswith("\n"):
                rest = stdin.readline(MAX_LINE_CHARS)
        yield line


def run(code: str, context_path: Path | None, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    """Screen every line of ``stdin``; the exit status as described above."""
    try:
        screener = Screener(load_code(code), load_context(context_path))
    except (UnknownCode, CodeDataError, ScreeningDataError, InputError) as e:
        stderr.write(f"nolan screen: {e}\n")
        return EXIT_USAGE
    failed = False
    for number, line in enumerate(_lines(stdin), start=1):
        out, error = (
            _screen_line(screener, line)
            if line.strip()
            else ({}, InputError("empty-line", "empty line"))
        )
        if error is not None:
            failed = True
            stderr.write(f"nolan screen: line {number}: {error}\n")
            out = {
                "id": out.get("id"),
                "error": {"line": number, "code": error.code, "message": f"line {number}: {error}"},
            }
        stdout.write(_ENCODE(out) + "\n")
    return EXIT_BAD_LINES if failed else EXIT_OK
