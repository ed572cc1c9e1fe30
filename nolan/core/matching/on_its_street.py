"""A school, church, library or surgery called by its kind and the street it stands on.

A council writes a school by what it is and where ("the boys' secondary school on Hurst
Road", "the Hurst Road boys' school") rather than by its name, Hurstmere School. Where the
member registered the body with its street alone, no house number ("Hurst Road, Sidcup"),
an item that names that street and the body's kind in one clause names the body: a street
holds one school, church or library more often than two. A street alone is not evidence
(every item on it would ask), nor the kind alone (every school).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from nolan.core.matching.addresses import street_phrases
from nolan.core.matching.text import ItemText
from nolan.core.matching.vocabulary import STREET_TYPES
from nolan.core.matching.words import tokens

# Kinds of building a street rarely has two of, as a body's name ends in them; "Church
# Road" and "School Lane" are streets, so the kind counts outside the street's own words.
_KINDS = frozenset({"school", "academy", "college", "church", "library", "surgery", "museum"})


@dataclass(frozen=True)
class OnItsStreet:
    """A kind of building the member's body's name ends in, and the street it stands on."""

    kind: str
    street: tuple[str, ...]

    @classmethod
    def of(cls, names: Iterable[str], addresses: Iterable[str]) -> Iterator[OnItsStreet]:
        """Each name ending in a kind of ``_KINDS``, with each registered street that has no
        house number on its line or the lines before it ("Church Cottage, 14 Church Road" is
        a house)."""
        kinds = {words[-1] for name in names if (words := tokens(name)) and words[-1] in _KINDS}
        for address in addresses:
            lines = [tokens(line) for line in address.split(",")]
            for street in street_phrases(address):
                at = next((i for i, line in enumerate(lines) if _holds(line, street)), None)
                numbered = at is None or any(
                    w[:1].isdigit() for line in lines[: at + 1] for w in line
                )
                if len(street) >= 2 and street[-1] in STREET_TYPES and not numbered:
                    yield from (cls(kind, street) for kind in kinds)

    def in_(self, text: ItemText) -> bool:
        """Whether one clause of the item has both the street and the kind, outside the
        street's words."""
        n = len(self.street)
        for words in text.clauses:
            at = [i for i in range(len(words) - n + 1) if words[i : i + n] == self.street]
            inside = {j for i in at for j in range(i, i + n)}
            if at and any(w == self.kind and j not in inside for j, w in enumerate(words)):
                return True
        return False

    def keys(self) -> set[tuple[str, object]]:
        """Index keys (``_Needles.keys``)."""
        return {("word", self.kind)}


def _holds(words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(words[i : i + n] == phrase for i in range(len(words) - n + 1))
