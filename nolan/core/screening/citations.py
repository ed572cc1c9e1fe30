"""Which of a council's own paragraphs each screening category rests on.

Paragraph numbers are data (GUIDE.md section 2, "codes are data"): each council keeps a
``screening.yaml`` beside its code in ``nolan/core/codes/data/<slug>/``. The LGA model's
file lists code paragraphs; a council that adopts the model ``extends`` it and adds its
own protocol paragraphs, so Welwyn Hatfield cites its Social Media Protocol 7.3(d) and
Bexley its Golden Rules. Every key is checked against the council's code when loaded,
and a bad file raises ``ScreeningDataError`` naming the file and what is wrong.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from nolan.core.codes import Code, UnknownProvision, data_dir, load_code
from nolan.core.screening.model import Category, Paragraph

FILE = "screening.yaml"
_TOP_LEVEL = frozenset({"extends", "categories", "shared"})


class ScreeningDataError(ValueError):
    """A council's screening.yaml is malformed or names a paragraph its code lacks."""


@dataclass(frozen=True)
class Citations:
    """The council's paragraphs for each category, and for shared content."""

    slug: str
    by_category: Mapping[Category, tuple[Paragraph, ...]]
    shared: tuple[Paragraph, ...]

    def for_category(self, category: Category) -> tuple[Paragraph, ...]:
        return self.by_category[category]


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


def _key_list(path: Path, where: str, value: Any) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(k, str) for k in value):
        raise ScreeningDataError(f"{path}: {where} must be a list of provision keys")
    return list(value)


@cache
def category_keys(slug: str) -> tuple[dict[str, list[str]], list[str]]:
    """The provision keys per category and for sharing, with ``extends`` applied."""
    path, raw = _read(slug)
    categories = raw.get("categories") or {}
    if not isinstance(categories, dict):
        raise ScreeningDataError(f"{path}: categories must be a mapping")
    unknown = set(categories) - {c.value for c in Category}
    if unknown:
        raise ScreeningDataError(f"{path}: unknown categories {sorted(unknown)}")
    if raw.get("extends"):
        base, base_shared = category_keys(str(raw["extends"]))
        keys = {name: list(found) for name, found in base.items()}
        shared = list(base_shared)
    else:
        keys = {c.value: [] for c in Category}
        shared = []
    for name, value in categories.items():
        keys[name] += [
            k for k in _key_list(path, f"categories.{name}", value) if k not in keys[name]
        ]
    shared += [k for k in _key_list(path, "shared", raw.get("shared")) if k not in shared]
    return keys, shared


def resolve(code: Code, keys: Mapping[str, list[str]], shared: list[str]) -> Citations:
    """Turn provision keys into the council's own paragraphs; every category needs one."""
    where = f"{code.slug}/{FILE}"

    def paragraphs(found: list[str]) -> tuple[Paragraph, ...]:
        out = []
        for key in found:
            try:
                provision = code.provision(key)
            except UnknownProvision:
                raise ScreeningDataError(
                    f"{where}: {key!r} is not a provision of {code.slug}'s code"
                ) from None
            out.append(Paragraph(key=key, citation=code.cite(key), anchor=provision.anchor))
        return tuple(out)

    by_category = {}
    for category in Category:
        found = paragraphs(keys.get(category.value, []))
        if not found:
            raise ScreeningDataError(f"{where}: category {category.value!r} cites no paragraph")
        by_category[category] = found
    return Citations(code.slug, by_category, paragraphs(shared))


@cache
def citations_for(slug: str) -> Citations:
    """The validated citations of council ``slug`` (cached; the data does not change)."""
    keys, shared = category_keys(slug)
    return resolve(load_code(slug), keys, shared)
