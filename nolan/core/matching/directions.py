"""Land described by where it lies from a named place: "the field south of Galleywood
Common", "adjoining the western boundary of Hylands Park".

Such land has no address of its own that an agenda would give, and the item names only the
place beside it; an item about that place is anyone's matter who lives near it, so the
place alone is no evidence. What makes it the land's is the side: the item works on the
place's edge or boundary on the side the land lies ("a gate through the western boundary
hedge"), or moves the boundary that way ("extends the reserve southwards to take in the
adjoining field"). Another side, the same side without its edge ("the east car park"), and
a town or village named as the place (its edge is many people's) are not the land's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nolan.core.matching.places import PlaceNames
from nolan.core.matching.text import ItemText
from nolan.core.matching.words import name_core, tokens

_DIRECTION = r"((?i:north|south|east|west))"
# The place the land lies beside, written with capitals: "Hylands Park".
_PLACE = r"(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
_BESIDE = (
    re.compile(rf"\b{_DIRECTION}(?i:ern)?\s+(?i:boundary|side|edge)\s+of\s+{_PLACE}"),
    re.compile(rf"\b{_DIRECTION}\s+of\s+{_PLACE}"),
)
# Words that say the item works on a place's edge or takes in what adjoins it.
_EDGE = re.compile(r"\b(?:boundary|boundaries|edge|adjoining|adjoins|adjacent|border)\b", re.I)
_SENTENCE = re.compile(r"(?<=[.;:])\s+|\s[-–—]\s")


@dataclass(frozen=True)
class Beside:
    """A named place the land lies beside, and on which side of it."""

    place: tuple[str, ...]
    direction: str

    @classmethod
    def of(cls, addresses: tuple[str, ...], places: PlaceNames) -> list[Beside]:
        """Each named place an address says the land lies beside (the module's docstring);
        a town or village is not one."""
        found = []
        for address in addresses:
            for pattern in _BESIDE:
                for direction, place in pattern.findall(address):
                    words = name_core(tokens(place))
                    if words and words not in places.whole and places.evidence(words):
                        beside = cls(place=words, direction=direction.lower())
                        if beside not in found:
                            found.append(beside)
        return found

    def in_(self, text: ItemText) -> bool:
        """Whether the item names the place and works on its edge on the land's side."""
        if not text.has(self.place):
            return False
        side = re.compile(rf"\b{self.direction}(?:ern|wards?|erly)\b", re.I)
        return any(
            side.search(sentence) and _EDGE.search(sentence)
            for part in (text.item.title, text.item.description)
            for sentence in _SENTENCE.split(part)
        )

    def keys(self) -> set[tuple[str, object]]:
        """Index keys (``_Needles.keys``): the item names the place."""
        return {("word", w) for w in self.place}
