"""Which of a council's own paragraphs each screening finding rests on.

Paragraph numbers are data (GUIDE.md section 2, "codes are data"): each council keeps a
``screening.yaml`` beside its code in ``nolan/core/codes/data/<slug>/``. The LGA model's
file lists code paragraphs; a council that adopts the model ``extends`` it and adds its
own protocol paragraphs, so Welwyn Hatfield cites its Social Media Protocol 7.3(d) and
Bexley its Golden Rules.

A finding cites its category's paragraphs (``categories``), which must therefore fit every
finding of the category, and the paragraphs given to its rule (``rules``, keyed by the
finding's stable rule id) for what only that rule touches: council publicity featuring
candidates in the pre-election period is an election finding that also rests on council
resources (code 7.2, WH protocol 3.2(j)), which a missing imprint does not touch, and a
threat is a "malicious" post (WH protocol 3.2(g)) where a rude word is not (issue 11).
A council's file adds to the file it extends; nothing it inherits can be taken away.

Every key is checked against the council's code, and every rule id against the rules the
engine knows, when loaded; a bad file raises ``ScreeningDataError`` naming it.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from nolan.core.codes import Code, UnknownProvision, data_dir
from nolan.core.screening.model import Category, Paragraph

FILE = "screening.yaml"
_TOP_LEVEL = frozenset({"extends", "categories", "rules", "shared"})


class ScreeningDataError(ValueError):
    """A council's screening.yaml is malformed or names a paragraph its code lacks."""


@dataclass(frozen=True)
class Layer:
    """One screening.yaml's provision keys: per category, per rule, and for sharing."""

    slug: str
    categories: Mapping[str, tuple[str, ...]]
    rules: Mapping[str, tuple[str, ...]]
    shared: tuple[str, ...]

    @property
    def file(self) -> str:
        """How problems name this file: the slug says whose it is."""
        return f"{self.slug}/{FILE}"

    def places(self) -> list[tuple[str, tuple[str, ...]]]:
        """Each list of keys in the file, with where it is written."""
        return [
            *((f"categories.{name}", keys) for name, keys in self.categories.items()),
            *((f"rules.{rule}", keys) for rule, keys in self.rules.items()),
            ("shared", self.shared),
        ]


@dataclass(frozen=True)
class Citations:
    """A council's paragraphs for each category and rule, and for shared content."""

    slug: str
    by_category: Mapping[Category, tuple[Paragraph, ...]]
    by_rule: Mapping[str, tuple[Paragraph, ...]]
    shared: tuple[Paragraph, ...]

    order: Mapping[str, int]  # each provision key's place in the code, code before protocol

    def for_finding(self, category: Category, rule: str) -> tuple[Paragraph, ...]:
        """What a finding of ``rule`` in ``category`` cites, in the order the code has them."""
        found = dict.fromkeys(self.by_category[category] + self.by_rule.get(rule, ()))
        return tuple(sorted(found, key=lambda p: self.order[p.key]))


def _read(slug: str) -> tuple[Path, dict[str, Any]]:
    path = data_dir(slug) / FILE
    if not path.exists():
        raise ScreeningDataError(f"{slug}: no {FILE} in {path.parent}")
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(raw, dict):
        raise ScreeningDataError(f"{path}: expected a mapping at the top level")
    unknown = set(raw) - _TOP_LEVEL
    if unknown:
        raise ScreeningDataError(f"{path}: unknown keys {sorted(unknown)}")
    return path, raw


def _key_list(path: Path, where: str, value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(k, str) for k in value):
        raise ScreeningDataError(f"{path}: {where} must be a list of provision keys")
    return tuple(dict.fromkeys(value))


def _mapping(path: Path, raw: dict[str, Any], name: str) -> dict[str, tuple[str, ...]]:
    value = raw.get(name) or {}
    if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
        raise ScreeningDataError(f"{path}: {name} must be a mapping")
    return {key: _key_list(path, f"{name}.{key}", keys) for key, keys in value.items()}


@cache
def layers(slug: str) -> tuple[Layer, ...]:
    """The screening files council ``slug`` cites from, the base it extends first."""
    path, raw = _read(slug)
    categories = _mapping(path, raw, "categories")
    unknown = set(categories) - {c.value for c in Category}
    if unknown:
        raise ScreeningDataError(f"{path}: unknown categories {sorted(unknown)}")
    base = layers(str(raw["extends"])) if raw.get("extends") else ()
    own = Layer(
        slug=slug,
        categories=categories,
        rules=_mapping(path, raw, "rules"),
        shared=_key_list(path, "shared", raw.get("shared")),
    )
    return (*base, own)


def resolve(code: Code, found: tuple[Layer, ...], known_rules: Set[str]) -> Citations:
    """Turn provision keys into the council's own paragraphs.

    Every category needs a paragraph in some layer, and every rule a file names must be
    one the engine knows (``known_rules``): a misspelt id would otherwise never be cited.
    """

    def paragraphs(layer: Layer, where: str, keys: tuple[str, ...]) -> tuple[Paragraph, ...]:
        out = []
        for key in keys:
            try:
                provision = code.provision(key)
            except UnknownProvision:
                raise ScreeningDataError(
                    f"{layer.file} {where}: {key!r} is not a provision of {code.slug}'s code"
                ) from None
            out.append(Paragraph(key=key, citation=code.cite(key), anchor=provision.anchor))
        return tuple(out)

    by_category: dict[Category, tuple[Paragraph, ...]] = {c: () for c in Category}
    by_rule: dict[str, tuple[Paragraph, ...]] = {}
    shared: tuple[Paragraph, ...] = ()
    for layer in found:
        unknown = sorted(set(layer.rules) - known_rules)
        if unknown:
            raise ScreeningDataError(f"{layer.file}: no rule has the id {unknown[0]!r}")
        for name, keys in layer.categories.items():
            by_category[Category(name)] += paragraphs(layer, f"categories.{name}", keys)
        for rule, keys in layer.rules.items():
            by_rule[rule] = by_rule.get(rule, ()) + paragraphs(layer, f"rules.{rule}", keys)
        shared += paragraphs(layer, "shared", layer.shared)
    for category, cited in by_category.items():
        if not cited:
            raise ScreeningDataError(
                f"{code.slug}/{FILE}: category {category.value!r} cites no paragraph"
            )
    return Citations(
        code.slug,
        {c: tuple(dict.fromkeys(p)) for c, p in by_category.items()},
        {r: tuple(dict.fromkeys(p)) for r, p in by_rule.items()},
        tuple(dict.fromkeys(shared)),
        {p.key: i for i, p in enumerate(code.provisions)},
    )
