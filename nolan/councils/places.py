"""The place names of each council's area, from ``places.yaml`` beside this module.

A town, village, ward or county name says where a matter is, not whose interest it touches:
"Hatfield Cycles Ltd" and "Disposal of land at Town Centre North, Hatfield" share only the
town (issue 11). And a town or village says which street is meant: "Main Road, Great Leighs"
is not the member's "Main Road, Broomfield". The meeting prompts hand these names to the
matcher (``nolan.core.matching.matcher.match``) as ``Place``, each with the towns or villages it
lies in. Plain Python and YAML, no Django, so the scoring script can read them too.
"""

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from nolan.core.matching.places import Place

PLACES = Path(__file__).with_name("places.yaml")


@cache
def _all() -> dict[str, tuple[Place, ...]]:
    with PLACES.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return {slug: _places(entry) for slug, entry in data.items()}


def _places(entry: dict[str, Any]) -> tuple[Place, ...]:
    """The area's names (lying in no one settlement), each settlement (lying in itself), each
    part of one (lying in every settlement it is listed under) and each post town (serving
    the settlements listed under it)."""
    lies_in: dict[str, list[str]] = {}
    for settlement, parts in entry["settlements"].items():
        lies_in.setdefault(settlement, []).append(settlement)
        for part in parts:
            lies_in.setdefault(part, []).append(settlement)
    serves = entry.get("post towns", {})
    for town in serves:
        lies_in.setdefault(town, [])
    return (
        *(Place(name) for name in entry["area"]),
        *(Place(name, lies_in[name], serves.get(name, ())) for name in lies_in),
    )


def place_names(council_slug: str) -> tuple[Place, ...]:
    """The place names of ``council_slug``'s area (its own name among them); none if unknown."""
    return _all().get(council_slug, ())
