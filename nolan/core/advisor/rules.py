"""A council's declaration rules: Appendix B's meeting paragraphs in structured form.

Each rule says, for one paragraph of the council's code (named by its stable provision
key, so its number and text come from ``code.yaml``), which interests it covers, when it
bites, and what it asks. The rules live beside the code in
``nolan/core/codes/data/<slug>/declarations.yaml``; a council adopting the LGA Model Code
2020 names ``base: lga-2020`` and lists only its ``amendments``, in the shape every code
data file shares (``nolan.core.codes.amend``): ``op: replace`` merges the given fields
over the base rule ``key``, ``op: delete`` drops a rule whose paragraph the council's code
does not have, and ``op: insert`` adds a rule of the council's own.

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

import jsonschema

from nolan.core.advisor.ambiguities import Ambiguity
from nolan.core.advisor.situation import Flag, Interest, Relation
from nolan.core.codes import data_dir
from nolan.core.codes.amend import amend, read, schema_error
from nolan.core.codes.errors import CodeDataError, UnknownProvision
from nolan.core.codes.model import Code

FILE_NAME = "declarations.yaml"


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


def _enum_list(enum: type[StrEnum]) -> dict[str, Any]:
    return {"type": "array", "items": {"enum": [m.value for m in enum]}, "uniqueItems": True}


_INTERESTS = _enum_list(Interest)
_RULE_PROPERTIES: dict[str, Any] = {
    "provision": {"type": "string", "pattern": r"^[a-z0-9-]+(\.[a-z0-9-]+)+$"},
    "covers": {
        "type": "object",
        "propertyNames": {"enum": [r.value for r in Relation]},
        "additionalProperties": _INTERESTS,
    },
    "unclear": {
        "type": "array",
        "items": {
            "type": "object",
            "properties": {
                "relation": {"enum": [r.value for r in Relation]},
                "interests": _INTERESTS,
                "ambiguity": {"enum": [a.value for a in Ambiguity]},
            },
            "required": ["relation", "interests", "ambiguity"],
            "additionalProperties": False,
        },
    },
    "when": _enum_list(Flag),
    "verb": {"enum": [v.value for v in Verb]},
    "participation": {"enum": [p.value for p in Participation]},
    "leave_room": {"type": "boolean"},
    "dispensation_lifts": {"type": "boolean"},
    "sensitive": {"enum": [s.value for s in Sensitive]},
    "notify_monitoring_officer": {"type": "boolean"},
    "record_in_decision": {"type": "boolean"},
    "ambiguities": _enum_list(Ambiguity),
}
_REQUIRED = ["provision", "covers", "verb", "participation", "leave_room", "dispensation_lifts"]

FILE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "rules": {
            "type": "object",
            "additionalProperties": {"type": "object"},
        },
        "base": {"type": "string"},
        "amendments": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "op": {"enum": ["replace", "delete", "insert"]},
                    "key": {"type": "string"},
                    **_RULE_PROPERTIES,
                },
                "required": ["op", "key"],
                "additionalProperties": False,
            },
        },
    },
    "if": {"required": ["base"]},
    "then": {"required": ["amendments"], "not": {"required": ["rules"]}},
    "else": {"required": ["rules"], "not": {"required": ["amendments"]}},
    "additionalProperties": False,
}
RULE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": _RULE_PROPERTIES,
    "required": _REQUIRED,
    "additionalProperties": False,
}


def _effective(slug: str) -> tuple[str, dict[str, dict[str, Any]]]:
    """The rule fields of ``slug`` (its base's with its amendments applied) and its file."""
    file = f"{slug}/{FILE_NAME}"
    document = read(data_dir(slug) / FILE_NAME, FILE_SCHEMA)
    if "base" not in document:
        return file, {key: dict(fields) for key, fields in document["rules"].items()}
    _, rules = _effective(document["base"])
    base = [{"key": key, **fields} for key, fields in rules.items()]
    amended = amend(base, document["amendments"], file)
    return file, {item.pop("key"): item for item in amended}


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
        error = jsonschema.exceptions.best_match(
            jsonschema.Draft202012Validator(RULE_SCHEMA).iter_errors(fields)
        )
        if error is not None:
            raise schema_error(file, error, f"rules.{key}")
        try:
            code.provision(fields["provision"])
        except UnknownProvision as exc:
            raise CodeDataError(file, f"rules.{key}.provision", str(exc)) from exc
        rules.append(_build(key, fields))
    return tuple(sorted(rules, key=lambda rule: order[rule.provision]))
