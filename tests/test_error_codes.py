"""One vocabulary of stable error codes across the apps (issue 11): every code a service,
reader or form gives is kebab-case, and no fault goes by two spellings (``unknown-field`` and
``unknown_field``, ``end-before-start`` and ``ends-before-start``, ``reason-required`` and
``reasons-required``). Codes are read from the source, so a new spelling fails here first."""

import ast
import re
from collections import defaultdict
from pathlib import Path

import nolan

SOURCE = Path(nolan.__file__).parent
CODE = re.compile(r"[a-z][a-z0-9_-]*")
KEBAB = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# Calls that give a stable code: errors and refusals take it first (or as ``code=``); an
# agenda row's ``RowError(row, field, code, message)`` and its ``fail(field, code, message)``
# later.
RAISERS = ("Error", "Refused", "Failed", "_file_refused", "fail")
POSITION = {"RowError": 2, "fail": 1}


def _name(call: ast.Call) -> str:
    return getattr(call.func, "id", None) or getattr(call.func, "attr", "")


def codes() -> dict[str, set[str]]:
    """Every code in the source, with where it is given."""
    found: dict[str, set[str]] = defaultdict(set)
    for path in SOURCE.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if not isinstance(node, ast.Call) or not _name(node).endswith(RAISERS):
                continue
            at = POSITION.get(_name(node), 0)
            given = node.args[at : at + 1] + [k.value for k in node.keywords if k.arg == "code"]
            for arg in given:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    if CODE.fullmatch(arg.value):
                        found[arg.value].add(f"{path.relative_to(SOURCE)}:{node.lineno}")
    return found


def _spelling(code: str) -> str:
    """A code with the differences that do not change its meaning taken out."""
    return "-".join(word.removesuffix("s") for word in re.split(r"[-_]", code))


def test_codes_are_read_from_every_app():
    found = codes()
    assert {"not-allowed", "too-long", "unknown-field", "end-before-start"} <= set(found)
    assert len(found) > 80


def test_every_code_is_kebab_case():
    assert {c: sorted(w) for c, w in codes().items() if not KEBAB.fullmatch(c)} == {}


def test_no_fault_goes_by_two_spellings():
    by_spelling = defaultdict(list)
    for code in codes():
        by_spelling[_spelling(code)].append(code)
    assert [sorted(c) for c in by_spelling.values() if len(c) > 1] == []


# Codes retired because another code already named the same fault, each with the code that
# fault now goes by (issue 11).
RETIRED = {
    "required": "missing-field",
    "invalid-csv": "unreadable",
    "not-text": "unreadable",
    "missing-reasons": "reason-required",
    "invalid": "invalid-value",
    "member-not-of-council": "other-council",
    "panel-other-council": "other-council",
}


def test_no_fault_goes_by_a_retired_code():
    found = codes()
    assert {old: sorted(found[old]) for old in RETIRED if old in found} == {}
    assert set(RETIRED.values()) <= set(found)


# Errors of the pure core that are ValueError by design: plain-data readers and rules that
# know nothing of requests; each app turns them into its own refusal where it calls them
# (``GiftRuleError`` into ``RegisterError``, ``JSONRefused`` into an import's refusal).
CORE_VALUE_ERRORS = {
    "core/boundedjson.py:JSONRefused",
    "core/deadlines.py:DeadlineError",
    "core/gifts.py:GiftRuleError",
    "core/screening/jsonio.py:InputError",
}


def test_every_error_with_a_code_is_a_refused():
    """One error type: an exception class that keeps a code of its own, rather than taking
    ``Refused``'s, stands apart from the family (as the spreadsheet, agenda, two-factor and
    Modern.gov errors did before issue 11)."""
    own_code = set()
    for path in SOURCE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if not isinstance(node, ast.ClassDef) or not any(
                getattr(base, "id", getattr(base, "attr", "")).endswith(("Error", "Exception"))
                for base in node.bases
            ):
                continue
            if any(
                isinstance(target, ast.Attribute)
                and target.attr == "code"
                and getattr(target.value, "id", "") == "self"
                for target in ast.walk(node)
            ):
                own_code.add(f"{path.relative_to(SOURCE)}:{node.name}")
    assert own_code == {"core/errors.py:Refused", *CORE_VALUE_ERRORS}
