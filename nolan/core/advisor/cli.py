"""``nolan declare``: situations as JSON on standard input, advice as JSON on standard out.

Kept here, free of Django, so it is tested directly; the management command
``nolan/meetings/management/commands/declare.py`` only passes it the code slug and the
input text. Input: one situation object or a list of them (keys in ``parse_situation``).
Output: one advice object or a list in the same order. Bad input: a message naming the
key (and the list index) on standard error, nothing on standard output, exit code 2; input
longer than ``MAX_INPUT_CHARS`` or nested too deep is bad input too (``nolan.core.boundedjson``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from nolan.core import boundedjson
from nolan.core.advisor.engine import advise
from nolan.core.advisor.situation import Advice, BadSituation, Situation, parse_situation
from nolan.core.codes import UnknownCode, load_code

BAD_INPUT = 2
# Thousands of situations, each a line or two of JSON: far more than any meeting needs.
MAX_INPUT_CHARS = 1_000_000


@dataclass(frozen=True)
class Result:
    stdout: str
    stderr: str
    exit_code: int


def advice_as_json(advice: Advice) -> dict[str, Any]:
    """The advice with the issue's keys, plus ``outcome``, ``ambiguities`` and
    ``record_in_decision``."""
    return {
        "declare": advice.declare,
        "disclose_nature": advice.disclose_nature,
        "may_speak": advice.may_speak,
        "may_vote": advice.may_vote,
        "may_remain": advice.may_remain,
        "notify_monitoring_officer": advice.notify_monitoring_officer,
        "record_in_decision": advice.record_in_decision,
        "paragraphs": list(advice.paragraphs),
        "explanation": advice.explanation,
        "ambiguous": advice.ambiguous,
        "ambiguities": [str(a) for a in advice.ambiguities],
        "outcome": str(advice.outcome),
    }


def _bad(message: str) -> Result:
    return Result(stdout="", stderr=f"nolan declare: {message}\n", exit_code=BAD_INPUT)


def run(code_slug: str, stdin: str) -> Result:
    """Advise on every situation in ``stdin`` under the code ``code_slug``."""
    try:
        code = load_code(code_slug)
    except UnknownCode as exc:
        return _bad(str(exc))
    try:
        data = boundedjson.loads(stdin, MAX_INPUT_CHARS)
    except json.JSONDecodeError as exc:
        return _bad(f"standard input is not valid JSON: {exc}")
    except boundedjson.JSONRefused as exc:
        return _bad(f"standard input refused ({exc.code}): {exc}")
    items = data if isinstance(data, list) else [data]
    situations: list[Situation] = []
    for index, item in enumerate(items):
        try:
            situations.append(parse_situation(item))
        except BadSituation as exc:
            where = f"situation at index {index}: " if isinstance(data, list) else ""
            return _bad(f"{where}{exc}")
    answers = [advice_as_json(advise(code, situation)) for situation in situations]
    output = answers if isinstance(data, list) else answers[0]
    return Result(stdout=json.dumps(output, indent=2) + "\n", stderr="", exit_code=0)
