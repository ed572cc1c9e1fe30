"""A parish or town council's own neighbourhood plan: "Writtle Neighbourhood Plan" for a
member of Writtle Parish Council.

Where a parish or town council exists, the law makes it the qualifying body that prepares
its parish's neighbourhood plan, so the plan's area, examination and referendum are the
parish council's own matter, and items write them under the parish's name alone ("the plan
prepared by the parish"). A member of the parish council is asked about an item that
names a neighbourhood plan after exactly the parish's name: not another parish's, nor that
of a longer place beginning with it ("Welwyn Garden City" is not the parish of Welwyn),
and not for a body that only shares the parish's name (its village society, a firm).

So is a community governance review of the parish (its boundary, its warding, its number
of councillors): the district council decides what the parish council is, and the item
names the parish ("Springfield parish boundary with Chelmer Village"), as exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nolan.core.matching.text import ItemText
from nolan.core.matching.words import name_core, tokens

# The words that end a parish or town council's name, as ``tokens`` writes them.
_COUNCILS = {("parish", "council"), ("town", "council"), ("parish", "meeting")}
# A plan named after a place written with capitals: "Northaw & Cuffley Neighbourhood Plan".
_PLAN = re.compile(
    r"((?:[A-Z][\w'’-]*\s+(?:(?:and|&)\s+)?)+)(?i:neighbourhood\s+(?:development\s+)?plan)\b"
)

# A community governance review, and the parish it reviews by name, with capitals.
_GOVERNANCE = re.compile(r"community\s+governance\s+review|parish\s+boundar|warding", re.I)
_PLACE = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:and|&)\s+)?)*[A-Z][\w'’-]*)")


@dataclass(frozen=True)
class Parish:
    """A parish or town council the member belongs to: its parish's name's words."""

    place: tuple[str, ...]

    @classmethod
    def of(cls, names: tuple[str, ...]) -> list[Parish]:
        """Each of the entry's names that is a parish or town council's."""
        found = []
        for name in names:
            words = name_core(tokens(name))
            if len(words) > 2 and words[-2:] in _COUNCILS:
                found.append(cls(place=words[:-2]))
        return found

    def in_(self, text: ItemText) -> bool:
        """Whether the item names a neighbourhood plan after exactly the parish, or reviews
        the governance of a parish it names exactly."""
        parts = (text.item.title, text.item.description)
        return any(
            name_core(tokens(run)) == self.place for part in parts for run in _PLAN.findall(part)
        ) or (
            any(_GOVERNANCE.search(part) for part in parts)
            and any(tokens(run) == self.place for part in parts for run in _PLACE.findall(part))
        )

    def keys(self) -> set[tuple[str, object]]:
        """Index keys (``_Needles.keys``): the item names the parish."""
        return {("word", self.place[0])}
