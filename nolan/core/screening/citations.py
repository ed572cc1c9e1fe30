"""Which of a council's own paragraphs each screening finding rests on.

Paragraph numbers are data (GUIDE.md section 2, "codes are data"): each council keeps a
``screening.yaml`` beside its code in ``nolan/core/codes/data/<slug>/``, in the shape of
``screening.schema.json`` and amended like every code data file (``nolan.core.codes.amend``).
The LGA model's file lists code paragraphs; a council that adopts the model names it as
``base`` and amends it with its own protocol paragraphs, so Welwyn Hatfield cites its
Social Media Protocol 7.3(d) and Bexley its Golden Rules.

A finding cites its category's entry, which must therefore fit every finding of the
category, and the entry of the rule that found it (keyed by its stable rule id) for what
only that rule touches: council publicity featuring candidates in the pre-election period
is an election finding that also rests on council resources (code 7.2, WH protocol
3.2(j)), which a missing imprint does not touch, and a threat is a "malicious" post (WH
protocol 3.2(g)) where a rude word is not (issue 11). The ``shared`` entry is added when
the post shares or likes someone else's.

Every key is checked against the council's code (a ``code`` key must be a paragraph of the
code of conduct, a ``protocol`` key one of the protocol), and every entry's name against
the categories and the rules the engine knows; a bad file raises ``ScreeningDataError``
(or ``CodeDataError`` when it is not in the shape of the schema) naming it.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from dataclasses import dataclass
from functools import cache
from typing import Any

from nolan.core.codes import Code, Document, UnknownProvision, available_codes, data_dir
from nolan.core.codes.amend import amend_keyed, read
from nolan.core.codes.errors import CodeDataError
from nolan.core.screening.model import Category, Paragraph

FILE = "screening.yaml"
SCHEMA = "screening.schema.json"
SHARED = "shared"
FIELDS = {"code": Document.CODE, "protocol": Document.PROTOCOL}


class ScreeningDataError(ValueError):
    """A council's screening.yaml is malformed or names a paragraph its code lacks."""


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


@cache
def entries(slug: str) -> dict[str, dict[str, tuple[str, ...]]]:
    """Council ``slug``'s citation entries, its base's with its amendments applied."""
    document = read(data_dir(slug) / FILE, SCHEMA)
    if "base" not in document:
        found: Mapping[str, Any] = document["citations"]
    else:
        if document["base"] not in available_codes():
            raise CodeDataError(f"{slug}/{FILE}", "base", f"no code {document['base']!r} to amend")
        found = amend_keyed(entries(document["base"]), document["amendments"], f"{slug}/{FILE}")
    return {
        what: {field: tuple(keys) for field, keys in fields.items()}
        for what, fields in found.items()
    }


@cache
def place_words(slug: str) -> frozenset[str]:
    """Council ``slug``'s ``place_words``: words of its area's place names that begin no
    person's name in a post (``targets``). Its own, never its base's: the LGA model has no
    area."""
    return frozenset(read(data_dir(slug) / FILE, SCHEMA).get("place_words", ()))


def unknown_names(found: Mapping[str, Any], known_rules: Set[str]) -> list[str]:
    """Entry names that are neither a category, ``shared``, nor a rule the engine knows."""
    known = {c.value for c in Category} | {SHARED} | set(known_rules)
    return sorted(set(found) - known)


def resolve(
    code: Code, found: Mapping[str, Mapping[str, tuple[str, ...]]], known_rules: Set[str]
) -> Citations:
    """Turn provision keys into the council's own paragraphs.

    Every category needs a paragraph, and every entry must name a category or a rule the
    engine knows (``known_rules``): a misspelt rule id would otherwise never be cited.
    """
    where = f"{code.slug}/{FILE}"
    unknown = unknown_names(found, known_rules)
    if unknown:
        raise ScreeningDataError(f"{where}: no category or rule is called {unknown[0]!r}")

    def paragraphs(what: str) -> tuple[Paragraph, ...]:
        out = []
        for field, document in FIELDS.items():
            for key in found.get(what, {}).get(field, ()):
                try:
                    provision = code.provision(key)
                except UnknownProvision:
                    provision = None
                if provision is None or provision.document is not document:
                    raise ScreeningDataError(
                        f"{where} citations.{what}.{field}: {key!r} is not a paragraph of "
                        f"{code.slug}'s {document.value}"
                    )
                out.append(Paragraph(key=key, citation=code.cite(key), anchor=provision.anchor))
        return tuple(out)

    by_category = {category: paragraphs(category.value) for category in Category}
    for category, cited in by_category.items():
        if not cited:
            raise ScreeningDataError(f"{where}: category {category.value!r} cites no paragraph")
    return Citations(
        code.slug,
        by_category,
        {what: paragraphs(what) for what in found if what in known_rules},
        paragraphs(SHARED),
        {p.key: i for i, p in enumerate(code.provisions)},
    )
