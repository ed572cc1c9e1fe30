"""A council's declaration rules: Appendix B's meeting paragraphs in structured form.

Each rule says, for one paragraph of the council's code (named by its stable provision
key, so its number and text come from ``code.yaml``), which interests it covers, when it
bites, and what it asks. The rules live beside the code in
``nolan/core/codes/data/<slug>/declarations.yaml``; a council adopting the LGA Model Code
2020 names ``base: lga-2020`` and lists only its ``amendments``, in the shape every code
data file shares (``nolan.core.codes.amend``): ``op: replace`` merges the given fields
over the base rule ``key``, ``op: delete`` drops a rule whose paragraph the council's code
does not have, and ``op: insert`` adds a rule of the council's own, with every field a
rule needs. The file is checked on load against ``codes/data/declarations.schema.json``,
whose enums are the values of the ``StrEnum`` types below and in ``situation`` and
``ambiguities``.

A rule's fields:

- ``provision``: the provision key of the paragraph (must exist in the council's code).
- ``covers``: per relation (``directly_relates``, ``affects``) the interests the wording
  plainly covers.
- ``unclear``: interests the wording may or may not cover, each with the ambiguity code
  that explains why; the rule is applied to them cautiously and the advice is flagged.
- ``when``: situation facts that must all be true for the rule to bite (the two limbs of
  the "affects" test; being a Cabinet member taking an executive decision).
- ``verb``: ``declare``, ``disclose`` (the council's own word) or ``none``.
- ``participation``: ``none``, ``speak_if_public`` or ``full``; ``leave_room``; whether a
  dispensation (Localism Act 2011 s.33) lifts both.
- ``sensitive``: ``withhold_nature`` if the paragraph lets a sensitive interest's nature be
  withheld, ``not_stated`` if it is silent.
- ``notify_monitoring_officer``, ``record_in_decision``: the Cabinet-member and
  executive-decision duties (LGA 6 and 11, Bexley 5 and 10).
- ``ambiguities``: wording ambiguities that apply whenever the rule bites.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from nolan.core.advisor.ambiguities import Ambiguity
from nolan.core.advisor.situation import Flag, Interest, Relation
from nolan.core.codes import available_codes, data_dir
from nolan.core.codes.amend import amend_keyed, read
from nolan.core.codes.errors import CodeDataError, UnknownProvision
from nolan.core.codes.model import Code

FILE_NAME = "declarations.yaml"
SCHEMA = "declarations.schema.json"


class Verb(StrEnum):
    DECLARE = "declare"
    DISCLOSE = "disclose"
    NONE = "none"


class Participation(StrEnum):
    """How far the member may take part while the rule bites, from least to most."""

    NONE = "none"
    SPEAK_IF_PUBLIC = "speak_if_public"
    FULL = "full"


class Sensitive(StrEnum):
    WITHHOLD_NATURE = "withhold_nature"
    NOT_STATED = "not_stated"


@dataclass(frozen=True)
class Coverage:
    """Interests a rule may cover for one relation, and the ambiguity that makes it unsure."""

    relation: Relation
    interests: frozenset[Interest]
    ambiguity: Ambiguity


@dataclass(frozen=True)
class Rule:
    key: str
    provision: str
    covers: Mapping[Relation, frozenset[Interest]]
    unclear: tuple[Coverage, ...]
    when: tuple[Flag, ...]
    verb: Verb
    participation: Participation
    leave_room: bool
    dispensation_lifts: bool
    sensitive: Sensitive
    notify_monitoring_officer: bool
    record_in_decision: bool
    ambiguities: tuple[Ambiguity, ...]

    def coverage(self, interest: Interest, relation: Relation) -> tuple[bool, Ambiguity | None]:
        """Whether this rule covers the interest, and if only arguably, why it is unsure."""
        if interest in self.covers.get(relation, frozenset()):
            return True, None
        for maybe in self.unclear:
            if maybe.relation is relation and interest in maybe.interests:
                return True, maybe.ambiguity
        return False, None


def _effective(slug: str) -> tuple[str, dict[str, dict[str, Any]]]:
    """The rule fields of ``slug`` (its base's with its amendments applied) and its file.

    The schema checks each rule in a base, each field a ``replace`` gives and every field
    an ``insert`` needs, so the merged rules need no second check.
    """
    file = f"{slug}/{FILE_NAME}"
    document = read(data_dir(slug) / FILE_NAME, SCHEMA)
    if "base" not in document:
        return file, {key: dict(fields) for key, fields in document["rules"].items()}
    if document["base"] not in available_codes():
        raise CodeDataError(file, "base", f"no code {document['base']!r} to amend")
    _, rules = _effective(document["base"])
    return file, amend_keyed(rules, document["amendments"], file)


def _build(key: str, fields: Mapping[str, Any]) -> Rule:
    return Rule(
        key=key,
        provision=fields["provision"],
        covers={
            Relation(relation): frozenset(Interest(i) for i in interests)
            for relation, interests in fields["covers"].items()
        },
        unclear=tuple(
            Coverage(
                Relation(item["relation"]),
                frozenset(Interest(i) for i in item["interests"]),
                Ambiguity(item["ambiguity"]),
            )
            for item in fields.get("unclear", [])
        ),
        when=tuple(Flag(f) for f in fields.get("when", [])),
        verb=Verb(fields["verb"]),
        participation=Participation(fields["participation"]),
        leave_room=fields["leave_room"],
        dispensation_lifts=fields["dispensation_lifts"],
        sensitive=Sensitive(fields.get("sensitive", Sensitive.NOT_STATED)),
        notify_monitoring_officer=fields.get("notify_monitoring_officer", False),
        record_in_decision=fields.get("record_in_decision", False),
        ambiguities=tuple(Ambiguity(a) for a in fields.get("ambiguities", [])),
    )


def load_rules(code: Code) -> tuple[Rule, ...]:
    """The council's declaration rules in the order its paragraphs appear in its code.

    Raises ``CodeDataError`` naming the file and the rule when the data is malformed or
    refers to a provision the council's code does not have.
    """
    file, merged = _effective(code.slug)
    order = {provision.key: index for index, provision in enumerate(code.provisions)}
    rules = []
    for key, fields in merged.items():
        try:
            code.provision(fields["provision"])
        except UnknownProvision as exc:
            raise CodeDataError(file, f"rules.{key}.provision", str(exc)) from exc
        rules.append(_build(key, fields))
    return tuple(sorted(rules, key=lambda rule: order[rule.provision]))
