"""The one amendment shape of the code data, and the one way it is read and checked.

A council that adopted a model describes only its differences from it, in the same words
for every file beside its code (``code.yaml``, ``declarations.yaml``, ``screening.yaml``):
``base`` names the model's folder, and ``amendments`` lists, in order,

- ``{op: replace, key, ...fields}``: the given fields (at least one) replace the base
  entry's;
- ``{op: delete, key}``: the base entry is dropped;
- ``{op: insert, key, ...fields}``: a new entry with every field an entry needs, placed
  after the entry ``after`` where order matters (the paragraphs of a code) and at the end
  otherwise (the rules and citations, which are keyed by name: ``amend_keyed``).

Every file is checked, when read, against its JSON Schema (Draft 2020-12) in the data
folder: ``code.schema.json``, ``protocol.schema.json``, ``declarations.schema.json``,
``screening.schema.json``. Each schema checks every field an amendment gives, so what a
valid amendment makes of a valid base is valid too and is not checked again. A problem is
a ``CodeDataError`` naming the file (``<slug>/<file>``) and the place in it, in one
notation (``amendments[2].key``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from nolan.core.codes.errors import CodeDataError

Raw = dict[str, Any]
DATA_ROOT = Path(__file__).parent / "data"
# safe_load semantics, in C when libyaml is present (start-up time matters to the CLI).
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def amend(
    items: Sequence[Mapping[str, Any]],
    amendments: Sequence[Mapping[str, Any]],
    where: str,
    list_name: str = "amendments",
) -> list[Raw]:
    """``items`` (each with a ``key``) with ``amendments`` applied in order."""
    result = [dict(item) for item in items]
    for index, amendment in enumerate(amendments):
        path = f"{list_name}[{index}]"
        op, key = amendment["op"], amendment["key"]
        fields = {k: v for k, v in amendment.items() if k not in ("op", "after")}
        position = next((i for i, item in enumerate(result) if item["key"] == key), None)
        if op == "insert":
            if position is not None:
                raise CodeDataError(where, f"{path}.key", f"{key!r} is already in the base")
            if "after" not in amendment:
                result.append(fields)
                continue
            anchor = amendment["after"]
            after = next((i for i, item in enumerate(result) if item["key"] == anchor), None)
            if after is None:
                raise CodeDataError(where, f"{path}.after", f"the base has no {anchor!r}")
            result.insert(after + 1, fields)
        elif position is None:
            raise CodeDataError(where, f"{path}.key", f"the base has no {key!r}")
        elif op == "delete":
            del result[position]
        else:
            result[position] = {**result[position], **fields}
    return result


def amend_keyed(
    entries: Mapping[str, Mapping[str, Any]],
    amendments: Sequence[Mapping[str, Any]],
    where: str,
) -> dict[str, Raw]:
    """``amend`` for entries keyed by name, whose order does not matter."""
    amended = amend([{"key": key, **fields} for key, fields in entries.items()], amendments, where)
    return {item.pop("key"): item for item in amended}


def read(file: Path, schema: str) -> Raw:
    """The YAML ``file``, checked against ``schema`` (a file in the data folder)."""
    where = f"{file.parent.name}/{file.name}"
    try:
        with file.open(encoding="utf-8") as handle:
            raw: Raw = yaml.load(handle, Loader=_YAML_LOADER)  # noqa: S506 - a safe loader
    except FileNotFoundError:
        raise CodeDataError(where, "", "file is missing") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        place = f"line {mark.line + 1}" if mark else ""
        raise CodeDataError(where, place, f"not valid YAML: {error}") from error
    invalid = best_match(_validator(schema).iter_errors(raw))
    if invalid is not None:
        raise CodeDataError(where, path(invalid.absolute_path), invalid.message)
    return raw


def path(parts: Iterable[str | int]) -> str:
    """``["amendments", 2, "key"]`` as ``amendments[2].key``."""
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


@cache
def _validator(schema_name: str) -> Draft202012Validator:
    schema = json.loads((DATA_ROOT / schema_name).read_text(encoding="utf-8"))
    return Draft202012Validator(schema)
