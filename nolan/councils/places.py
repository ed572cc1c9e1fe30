"""The place names of each council's area, from ``places.yaml`` beside this module.

A town, village, ward or county name says where a matter is, not whose interest it touches:
"Hatfield Cycles Ltd" and "Disposal of land at Town Centre North, Hatfield" share only the
town (issue 11). The meeting prompts hand these names to the matcher
(``nolan.core.matching.match``), which does not count them as evidence on their own. Plain
Python and YAML, no Django, so the scoring script can read them too.
"""

from functools import cache
from pathlib import Path

import yaml

PLACES = Path(__file__).with_name("places.yaml")


@cache
def _all() -> dict[str, tuple[str, ...]]:
    with PLACES.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return {slug: tuple(entry["names"]) for slug, entry in data.items()}


def place_names(council_slug: str) -> tuple[str, ...]:
    """The place names of ``council_slug``'s area (its own name among them); none if unknown."""
    return _all().get(council_slug, ())
