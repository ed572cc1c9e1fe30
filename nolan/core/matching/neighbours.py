"""Land whose entry says, in its own words, what it lies next to: "the side wall adjoins the
council depot yard at the Crook Log junction", "the property adjoins the entrance to the
Five Arches part of the meadows".

An agenda names that place in its own words too ("Sale of the Crook Log depot"), never the
member's address, so neither the street nor a name would find it. Only a place with a name
of its own is evidence: "a goods yard", "the fire station" or "the health centre" is one of
many in a borough, and an item about another one is not the member's neighbour's. So the
item must have a word the entry writes with a capital ("Crook", "Arches"; not a town or
village of the council's, which says where, not which, nor a word as common as "Family"),
and, in the same clause, a word of the place not written with a capital that is more than a
kind of place ("depot" of "the council depot yard", not "park" or "bus"), or else a name
from the member's own address; "next to the Salvation Army hall" is not the Army's
Christmas appeal. An item that writes the name with one of the council's places after its
comma that the member's entry does not name ("Tesco Extra, Bexleyheath" for a house in
Welling, "St Mary's church hall, Great Baddow") is about another branch, church or pub of
the name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nolan.core.matching.places import PlaceNames
from nolan.core.matching.text import ItemText
from nolan.core.matching.vocabulary import CONNECTORS, GENERIC, STREET_TYPES, distinctive
from nolan.core.matching.words import tokens

_NEXT_TO = re.compile(
    r"\b(?:adjoins|adjoining|adjacent to|next to|beside|backs on ?to|backing on ?to|faces|facing"
    r"|opposite|overlooks|overlooking|borders|bordering|abuts|abutting|alongside)\s+([^.;,()]+)",
    re.I,
)
_NAMED = re.compile(r"\b[A-Z][\w'’-]*")
# Words of where a place lies, or of how land is held, that do not say which place it is.
_NOT_WHICH = (
    CONNECTORS
    | STREET_TYPES
    | frozenset(
        "its their my our his her other side part end former old disused existing new council "
        "rear front back wall garden house property home boundary southern northern eastern "
        "western freehold leasehold owned held let rented owner occupier between".split()
    )
)
# Kinds of place, each next to thousands of homes: "the Kelvin bus depot" is not touched by
# a bus stop on Kelvin Grove, nor "the Hylands Park car park" by the park's car park charges.
_KINDS_OF_PLACE = GENERIC | frozenset(
    "park car bus green field yard station site land school church library shop centre hall "
    "ground line river common wood".split()
)
_SHORTEST = 3
_PLACED = re.compile(r"\s*((?:[A-Z][\w'’-]*\s?){1,3})")  # "Tesco Extra, Bexleyheath"


@dataclass(frozen=True)
class Neighbour:
    """A named place the land lies next to: its names, its other words, and the names of the
    member's own address."""

    names: frozenset[str]
    words: frozenset[str]
    address: frozenset[str]
    home: frozenset[str]  # every word of the member's entry
    places: frozenset[tuple[str, ...]]  # the council's

    @classmethod
    def of(cls, addresses: tuple[str, ...], places: PlaceNames) -> list[Neighbour]:
        described = [a for a in addresses if _NEXT_TO.search(a)]
        own = frozenset(
            w
            for address in addresses
            if address not in described
            for w in _names(address) & _unplaced(address, places)
            if w not in _NOT_WHICH
        )
        home = frozenset(w for a in addresses for w in tokens(a))
        found = []
        for address in described:
            for phrase in _NEXT_TO.findall(address):
                if any(c.isdigit() for c in phrase):
                    continue  # "beside 2 Yarnton Way" is an address, for ``land`` to read
                unplaced = _unplaced(phrase, places)
                names = (_names(phrase) & unplaced) - _NOT_WHICH
                words = {w for w in unplaced if len(w) >= _SHORTEST} - _NOT_WHICH - names
                if names:
                    found.append(
                        cls(
                            frozenset(names),
                            frozenset(words - _KINDS_OF_PLACE),
                            own,
                            home,
                            places.whole,
                        )
                    )
        return found

    def in_(self, text: ItemText) -> bool:
        """Whether the item names the place (the module's docstring)."""
        named = self.names & text.words
        if not any(map(distinctive, named)) or self._placed_elsewhere(text):
            return False
        return bool(self.address & text.words) or any(
            self.names & set(clause) and self.words & set(clause) for clause in text.clauses
        )

    def _placed_elsewhere(self, text: ItemText) -> bool:
        """The item writes the name, then after a comma one of the council's places that the
        entry does not name."""
        for part in (text.item.title, text.item.description):
            clauses = part.split(",")
            for clause, after in zip(clauses, clauses[1:], strict=False):
                place = _PLACED.match(after)
                if (
                    place
                    and self.names & set(tokens(clause))
                    and tokens(place.group(1)) in self.places
                    and not set(tokens(place.group(1))) <= self.home
                ):
                    return True
        return False

    def keys(self) -> set[tuple[str, object]]:
        """Index keys (``_Needles.keys``): the item has one of the place's names."""
        return {("word", w) for w in self.names}


def _names(text: str) -> set[str]:
    """The words written with a capital: "Five Arches", "Coopers Green"."""
    return {
        w
        for word in _NAMED.findall(text)
        for w in tokens(word)
        if len(w) >= _SHORTEST and not any(c.isdigit() for c in w)
    }


def _unplaced(text: str, places: PlaceNames) -> set[str]:
    """The words of ``text`` but those of the council's places it names ("Welwyn Garden
    City"): "hall" is a word of the place, though "Brocket Hall" is a place."""
    words = tokens(text)
    named = {
        i
        for place in places.whole
        for start in range(len(words) - len(place) + 1)
        if words[start : start + len(place)] == place
        for i in range(start, start + len(place))
    }
    return {w for i, w in enumerate(words) if i not in named}
