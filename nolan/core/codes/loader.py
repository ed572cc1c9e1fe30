"""Load a council's code and protocol from YAML, validate it, and apply amendments.

Each council lives in ``data/<slug>/``: ``code.yaml`` (checked against
``data/code.schema.json``) and, if the council has one, ``protocol.yaml`` (checked against
``data/protocol.schema.json``). The LGA Model Code 2020 (``lga-2020``) is stored in full;
a council that adopted it names it as ``base`` and lists its ``amendments`` in the shape
every data file shares (``amend``): ``replace`` a paragraph's fields (``text``,
``number``, ``kind``, ``title``, ``section``, ``appendix``), ``delete`` it, or ``insert``
a new one ``after`` another; and it overrides any ``parameters`` it changes.
``category_amendments`` do the same for the Table 1 and Table 2 interest categories, and
``table_amendments`` for what each table prints around them (``interest_tables``: title,
introduction, column headings, notes).
Protocols are each council's own document and are never amendments. Money is written in
pounds and exposed as integer pence.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from nolan.core.codes.amend import DATA_ROOT, Raw, amend, read
from nolan.core.codes.errors import CodeDataError, UnknownCode
from nolan.core.codes.model import (
    Assumption,
    Code,
    Document,
    InterestCategory,
    InterestTable,
    Kind,
    Parameters,
    Provenance,
    Provision,
    Source,
)


@cache
def available_codes() -> tuple[str, ...]:
    """The slugs of every code in the data folder, sorted."""
    return tuple(sorted(p.parent.name for p in DATA_ROOT.glob("*/code.yaml")))


def data_dir(slug: str) -> Path:
    """The folder holding this council's data; other parts keep their YAML beside ours."""
    if slug not in available_codes():
        raise UnknownCode(slug, available_codes())
    return DATA_ROOT / slug


@cache
def load_code(slug: str) -> Code:
    """The effective code of conduct and protocol of the council ``slug`` (cached)."""
    folder = data_dir(slug)
    raw = _effective(slug)
    provisions = [_provision(p, Document.CODE) for p in raw["provisions"]]
    protocol_title = ""
    protocol_file = folder / "protocol.yaml"
    if protocol_file.exists():
        protocol = read(protocol_file, "protocol.schema.json")
        protocol_title = protocol["title"]
        provisions += [_provision(p, Document.PROTOCOL) for p in protocol["provisions"]]
    _check_unique((p.key for p in provisions), f"{slug}/code.yaml and protocol.yaml")
    params = raw["parameters"]
    return Code(
        slug=slug,
        title=raw["title"],
        council=raw["council"],
        base=raw.get("base"),
        protocol_title=protocol_title,
        parameters=Parameters(
            gift_threshold_pence=_pence(params["gift_threshold_pounds"]),
            gift_registration_days=params["gift_registration_days"],
            interest_registration_days=params["interest_registration_days"],
            change_notification_days=params["change_notification_days"],
            registration_triggers=tuple(params["registration_triggers"]),
            securities_nominal_value_pence=_pence(params["securities_nominal_value_pounds"]),
            securities_share_fraction=(
                params["securities_share_fraction"][0],
                params["securities_share_fraction"][1],
            ),
        ),
        provisions=tuple(provisions),
        interest_categories=tuple(
            InterestCategory(
                key=c["key"],
                table=c["table"],
                subject=c["subject"],
                description=c["description"],
                provision_key=c["provision_key"],
                own_subject=c.get("own_subject", c["subject"]),
                requires=tuple(tuple(group) for group in c.get("requires", ())),
            )
            for c in raw["interest_categories"]
        ),
        interest_tables=tuple(
            InterestTable(
                key=t["key"],
                number=int(t["key"].removeprefix("table-")),
                title=t["title"],
                introduction=t.get("introduction", ""),
                subject_heading=t.get("subject_heading", ""),
                description_heading=t.get("description_heading", ""),
                notes=tuple(t.get("notes", ())),
            )
            for t in raw["interest_tables"]
        ),
        provenance=Provenance(
            source=raw["source"],
            version=raw.get("version", ""),
            url=raw.get("url", ""),
            adopted=_date(raw.get("adopted"), slug),
            assumptions=tuple(
                Assumption(about=a["about"], value=a["value"], reason=a["reason"])
                for a in raw.get("assumptions", ())
            ),
            sources=tuple(
                Source(
                    title=s["title"],
                    compared=s["compared"],
                    url=s.get("url", ""),
                    date=s.get("date", ""),
                )
                for s in raw.get("sources", ())
            ),
        ),
        notes=tuple(raw.get("notes", ())),
    )


@cache
def _effective(slug: str) -> Raw:
    """The code file of ``slug`` with its amendments applied to its base, as plain data."""
    file = data_dir(slug) / "code.yaml"
    raw = read(file, "code.schema.json")
    where = f"{slug}/code.yaml"
    if raw["slug"] != slug:
        raise CodeDataError(where, "slug", f"says {raw['slug']!r} but the folder is {slug!r}")
    if "base" not in raw:
        _check_unique((p["key"] for p in raw["provisions"]), where)
        return raw
    if raw["base"] not in available_codes():
        raise CodeDataError(where, "base", f"no code {raw['base']!r} to amend")
    base = _effective(raw["base"])
    effective = dict(raw)
    effective["provisions"] = amend(base["provisions"], raw["amendments"], where)
    effective["interest_categories"] = amend(
        base["interest_categories"],
        raw.get("category_amendments", []),
        where,
        "category_amendments",
    )
    effective["interest_tables"] = amend(
        base["interest_tables"], raw.get("table_amendments", []), where, "table_amendments"
    )
    effective["parameters"] = {**base["parameters"], **raw.get("parameters", {})}
    _check_unique((p["key"] for p in effective["provisions"]), where)
    return effective


def _check_unique(keys: Iterable[str], where: str) -> None:
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            raise CodeDataError(where, "provisions", f"key {key!r} is used twice")
        seen.add(key)


def _provision(raw: Mapping[str, Any], document: Document) -> Provision:
    return Provision(
        key=raw["key"],
        document=document,
        number=raw["number"],
        section=raw["section"],
        kind=Kind(raw["kind"]),
        text=raw["text"],
        title=raw.get("title", ""),
        appendix=raw.get("appendix", ""),
    )


def _date(value: str | None, slug: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CodeDataError(f"{slug}/code.yaml", "adopted", f"{value!r} is not a date") from None


def _pence(pounds: float) -> int:
    return int(Decimal(str(pounds)) * 100)
