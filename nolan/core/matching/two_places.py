"""A body named for two places joined by "and", called by one of them.

A charity or club that serves two neighbouring places takes both into its name ("Erith and
Belvedere Food Bank", "Welling and Blackfen Bowls Club"), but a clerk shortens it to the
first place, or the second, with what it is, and names the other place apart ("£12,000 to
the Erith food bank for its Belvedere distribution point"). The shortened name alone may be
another body of that one place, so it counts only where the item also names the place it
leaves out.
"""

from __future__ import annotations

from dataclasses import dataclass

from nolan.core.matching.places import PlaceNames
from nolan.core.matching.text import ItemText
from nolan.core.matching.vocabulary import CONNECTORS
from nolan.core.matching.words import MAX_PHRASE, name_core, squash, tokens


@dataclass(frozen=True)
class TwoPlaces:
    """The name shortened to one of its places ("erith food bank") and the place it leaves
    out ("belvedere")."""

    short: tuple[str, ...]
    other: tuple[str, ...]

    @classmethod
    def of(cls, names: tuple[str, ...], places: PlaceNames) -> list[TwoPlaces]:
        """Both shortenings of each name that opens with two places joined by "and" and goes
        on with words of its own."""
        found = []
        for name in names:
            words = name_core(tokens(name))
            if "and" not in words:
                continue
            i = words.index("and")
            first = words[:i]
            for j in range(len(words), i + 1, -1):
                second, rest = words[i + 1 : j], words[j:]
                if first in places.whole and second in places.whole and set(rest) - CONNECTORS:
                    found += [cls((*first, *rest), second), cls((*second, *rest), first)]
                    break
        return found

    def in_(self, text: ItemText) -> bool:
        """The shortened name with the place it leaves out (the module's docstring)."""
        return text.has(self.short) and text.has(self.other)

    def keys(self) -> set[tuple[str, object]]:
        """Index keys (``_Needles.keys``): the item has the shortened name."""
        if len(self.short) <= MAX_PHRASE:
            return {("phrase", squash(self.short))}
        return {("word", w) for w in self.short}
