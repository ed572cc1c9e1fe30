"""A body called by its place and the initials in its name, the words between dropped.

A company set up for one place's scheme takes the place, a word of its own and the
scheme's initials as its name ("Sidcup Partners BID Ltd", "Erith Riverside CIC"), but the
council calls it by the place and the initials alone ("Sidcup BID renewal ballot"), as
everyone in the town does. Initials alone are any place's scheme, and the place alone says
only where a matter is, so both count only together, the initials written in capitals
right after the place.
"""

from __future__ import annotations

from dataclasses import dataclass

from nolan.core.matching.initials import CAPITALS
from nolan.core.matching.places import PlaceNames
from nolan.core.matching.text import ItemText
from nolan.core.matching.words import MAX_PHRASE, name_core, squash, tokens


@dataclass(frozen=True)
class PlaceInitials:
    """The name's place and the initials in it: ("sidcup", "bid")."""

    short: tuple[str, ...]
    initials: str

    @classmethod
    def of(cls, names: tuple[str, ...], places: PlaceNames) -> list[PlaceInitials]:
        """Each name that opens with a place and ends, after a word of its own, with a word
        in capitals: the scheme's initials, which say what the body is. Initials inside
        the name qualify it ("NHS" of "Essex Partnership University NHS Foundation
        Trust"), and every trust of the county shares them."""
        found = []
        for name in names:
            words = name_core(tokens(name))
            place = next(
                (words[:n] for n in range(len(words) - 1, 0, -1) if words[:n] in places.whole),
                (),
            )
            for written in CAPITALS.findall(name):
                initials = tokens(written)[0]
                if place and len(words) > len(place) + 1 and words[-1] == initials:
                    found.append(cls((*place, initials), initials))
        return found

    def in_(self, text: ItemText) -> bool:
        """The place followed by the initials in capitals (the module's docstring)."""
        return self.initials in text.in_capitals and text.has(self.short)

    def keys(self) -> set[tuple[str, object]]:
        """Index keys (``_Needles.keys``): the item has the place and the initials."""
        if len(self.short) <= MAX_PHRASE:
            return {("phrase", squash(self.short))}
        return {("word", w) for w in self.short}
