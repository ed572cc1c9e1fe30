"""The rule table (rules.yaml): target x what is said x how -> category and severity.

Loaded and checked once: every class must exist in the lexicon, every aim, mode and
category must be known, and ids must be unique; a broken row stops start-up with a
``ScreeningDataError`` naming it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from nolan.core.screening.citations import ScreeningDataError
from nolan.core.screening.hit import Hit
from nolan.core.screening.lexicon import Lexicon, lexicon, load_yaml
from nolan.core.screening.model import Category, Severity
from nolan.core.screening.normalise import Token
from nolan.core.screening.reading import Said
from nolan.core.screening.targets import Aim, Target

RULES_FILE = Path(__file__).with_name("rules.yaml")
MODES = frozenset(
    """own_voice negated denied quoted reported condemned question hypothetical hedged wished
    first_person others_feeling others_subject next_to_target said_of_people open_mind by_thing
    praised name_calling consented refused imprinted happened own_funds declared published
    hyperbole not_meant about_another reason_denied""".split()
)
DEFAULT_EXCLUDES = frozenset({"negated", "quoted", "reported", "condemned"})
NONE = "none"


@dataclass(frozen=True)
class Row:
    id: str
    said: frozenset[str]
    aims: frozenset[str]
    named: bool
    needs: frozenset[str]
    excludes: frozenset[str]
    near: bool
    with_: frozenset[str]
    only: frozenset[str]
    # Groups by these characteristics are not what the row is about (``crime.group``:
    # pensioners are named as the victims of a scam far more often than as its authors).
    not_groups: frozenset[str]
    categories: tuple[Category, ...]
    severity: Severity
    explanation: str
    suggestion: str

    def target(self, said: Said) -> Target | None | bool:
        """The target this row fires on, True for a row that needs none, else None."""
        if NONE in self.aims:
            return True
        candidates = said.near if self.near else said.candidates
        for t in candidates:
            if t.aim is Aim.GROUP and t.sub in self.not_groups:
                continue
            if t.aim.value in self.aims and (t.named or not self.named):
                return t
        return None

    def fires(self, said: Said) -> bool:
        m = said.mention
        if m.cls not in self.said or (self.only and m.entry not in self.only):
            return False
        if not self.needs <= said.modes or self.excludes & said.modes:
            return False
        if not self.with_ <= said.alongside:
            return False
        return self.target(said) is not None


def _row(raw: dict[str, Any], known_said: frozenset[str]) -> Row:
    where = f"{RULES_FILE.name}: rule {raw.get('id', '?')}"
    try:
        said = frozenset(raw["said"])
        aims = frozenset(raw["aim"])
        needs = frozenset(raw.get("needs", ()))
        excludes = frozenset(raw.get("excludes", DEFAULT_EXCLUDES))
        categories = tuple(Category(c) for c in raw["category"])
        severity = Severity(raw["severity"])
    except (KeyError, ValueError, TypeError) as error:
        raise ScreeningDataError(f"{where}: {error}") from error
    problems = [
        *(f"unknown class {c!r}" for c in (said | set(raw.get("with", ()))) - known_said),
        *(f"unknown aim {a!r}" for a in aims - {a.value for a in Aim} - {NONE}),
        *(f"unknown mode {x!r}" for x in (needs | excludes) - MODES),
    ]
    if problems:
        raise ScreeningDataError(f"{where}: {'; '.join(problems)}")
    return Row(
        id=str(raw["id"]),
        said=said,
        aims=aims,
        named=bool(raw.get("named", False)),
        needs=needs,
        excludes=excludes,
        near=bool(raw.get("near", False)),
        with_=frozenset(raw.get("with", ())),
        only=frozenset(raw.get("only", ())),
        not_groups=frozenset(raw.get("not_groups", ())),
        categories=categories,
        severity=severity,
        explanation=str(raw["explanation"]),
        suggestion=str(raw["suggestion"]),
    )


def _said_classes_of(words: Lexicon) -> frozenset[str]:
    """The classes of the lexicon's ``said`` section: what a row may fire on. Listed once
    for all the rows, not once per row (that was a fifth of ``nolan screen``'s start-up)."""
    return frozenset(
        cls
        for entries in words.index.values()
        for (_, section, cls, _) in entries
        if section == "said"
    )


@cache
def rows() -> tuple[Row, ...]:
    # The C loader when PyYAML has it, as for the lexicon: the pure-Python one took a
    # quarter of a second of start-up.
    data = load_yaml(RULES_FILE)
    known_said = _said_classes_of(lexicon())
    built = tuple(_row(raw, known_said) for raw in data)
    ids = [r.id for r in built]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ScreeningDataError(f"{RULES_FILE.name}: duplicate rule id(s) {duplicates}")
    return built


@cache
def said_classes() -> frozenset[str]:
    """The lexicon classes some row fires on."""
    return frozenset(rows_by_class())


@cache
def classes_by_category() -> dict[Category, frozenset[str]]:
    """The lexicon classes the rows of each category fire on."""
    found: dict[Category, set[str]] = {}
    for row in rows():
        for category in row.categories:
            found.setdefault(category, set()).update(row.said)
    return {category: frozenset(classes) for category, classes in found.items()}


@cache
def rows_by_class() -> dict[str, tuple[Row, ...]]:
    by_class: dict[str, list[Row]] = {}
    for row in rows():
        for cls in row.said:
            by_class.setdefault(cls, []).append(row)
    return {cls: tuple(found) for cls, found in by_class.items()}


def apply(said: Sequence[Said], toks: Sequence[Token]) -> list[Hit]:
    """One hit per row and sentence (or officer), spanning all the words the row fired
    on there ("go back ... where he came from")."""
    spans: dict[tuple[str, object], tuple[Row, int, int]] = {}
    for s in said:
        for row in rows_by_class().get(s.mention.cls, ()):
            if not row.fires(s):
                continue
            target = row.target(s)
            first, last = s.mention.first, s.mention.last
            if isinstance(target, Target) and target.aim is Aim.OFFICER:
                # Name the officer: the finding is about them (WH protocol 7.3(d)).
                first, last = min(first, target.first), max(last, target.last)
            # One finding per rule and officer, or per rule and sentence.
            who = target.sub if isinstance(target, Target) and target.sub else None
            key = (row.id, who or toks[s.mention.first].sentence)
            if key in spans:
                _, was_first, was_last = spans[key]
                first, last = min(first, was_first), max(last, was_last)
            spans[key] = (row, first, last)
    return [
        Hit(
            category,
            row.severity,
            toks[first].start,
            toks[last].end,
            row.id,
            row.explanation,
            row.suggestion,
        )
        for row, first, last in spans.values()
        for category in row.categories
    ]
