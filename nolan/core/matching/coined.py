"""A name's coined word, that an item calls the body by alone: the ``acronym`` reason.

Bodies go by a word they coined, written in capitals or with figures as no ordinary word is
("CHESS" of "CHESS Homeless", "e2v" of "Teledyne e2v", "CVS" of "Chelmsford CVS"), and a
report calls them by it alone ("the CHESS night shelter", "Clean room extension, e2v
site"). The word counts where the item writes it as the name does, its capitals or
figures kept ("a chess club" is the game), and where it opens or closes the name (a word
in the middle, "MOT" of "Sidcup MOT Centre", or one listed after "&", "MOT" of "Bexley
Tyres & MOT Ltd", says what the body does). An acronym that follows only a place
("Chelmsford CVS": the town's council for voluntary service) counts written out too, with
capitals ("grant to the Council for Voluntary Service"): the council's reports call its
own area's body so. Not where a place other than the name's comes just before it
("Braintree CVS" is another town's), nor where a capitalised word of another name comes
just before or after it in its clause ("Dartford Home Hospice Service", "GMB Scaffolding
Ltd" is not the union).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from nolan.core.matching.initials import initials_of
from nolan.core.matching.places import PlaceNames
from nolan.core.matching.text import ItemText
from nolan.core.matching.vocabulary import (
    BODIES,
    CONNECTORS,
    GENERIC,
    LEGAL_SUFFIXES,
    PARTS,
    distinctive,
)
from nolan.core.matching.words import CLAUSE, PARENTHESISED, tokens

# A word as written: "CHESS", "e2v", "St", "&".
_WRITTEN = re.compile(r"[A-Za-z0-9&'’]+")
_POSSESSIVE = re.compile(r"['’]s$")
# A coined word: three or more capitals, or letters and figures mixed ("e2v", "O2"), but
# not an ordinal ("1st") that numbers one of several like bodies.
_COINED = re.compile(r"[A-Z]{3,}|(?=[A-Za-z0-9]*[0-9])(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{2,}")
_ORDINAL = re.compile(r"[0-9]+(?:st|nd|rd|th)", re.IGNORECASE)
# The words before an occurrence that may hold a place ("Braintree CVS", "Welwyn Garden
# City BID").
_BEFORE = 3


@dataclass(frozen=True)
class Coined:
    """A coined word of a registered name, as written, with the place the name leads or
    ends with if the rest is only the word (``place``)."""

    written: str
    name: frozenset[str]
    place: tuple[str, ...]

    @classmethod
    def of(cls, names: Iterable[str], places: PlaceNames) -> Iterator[Coined]:
        """The coined word opening or closing each name of two or more words."""
        for name in names:
            # A bracketed qualifier is not the name's end: "Teledyne e2v (UK) Ltd".
            written = _WRITTEN.findall(PARENTHESISED.sub(" ", name))
            while written and tokens(written[-1])[:1] in {(s,) for s in LEGAL_SUFFIXES}:
                written.pop()
            if len(written) < 2:
                continue
            ends = ((written[0], written[1:], written[1]), (written[-1], written[:-1], written[-2]))
            for word, rest, beside in ends:
                if (
                    _COINED.fullmatch(word)
                    and beside.lower() not in {"&", "and"}
                    and not _ORDINAL.fullmatch(word)
                    and tokens(word)
                    and tokens(word)[0] not in GENERIC
                ):
                    other = tokens(" ".join(rest))
                    yield cls(
                        written=word,
                        name=frozenset(tokens(name)),
                        place=other if other in places.whole else (),
                    )

    def in_(self, text: ItemText, places: PlaceNames) -> bool:
        """Whether the item calls the body by the word (the module's docstring)."""
        for part in (text.item.title, text.item.description):
            for clause in CLAUSE.split(part):
                if self._in_clause(_WRITTEN.findall(clause), places):
                    return True
        return False

    def _in_clause(self, written: list[str], places: PlaceNames) -> bool:
        """Whether one clause of the item calls the body by the word."""
        for i, word in enumerate(written):
            if word == self.written and self._alone(written, i, i + 1, places):
                return True
            if self.place and self._written_out(written, i, places):
                return True
        return False

    def keys(self) -> set[tuple[str, object]]:
        """Index keys (``_Needles.keys``): the word, or the initials of its words written
        out (``ItemText.acronyms``)."""
        return {("word", tokens(self.written)[0])}

    def _written_out(self, written: list[str], i: int, places: PlaceNames) -> bool:
        """Whether an acronym is written out from ``written[i]`` on, each word with a
        capital, its initials with or without the small words its own."""
        acronym = self.written.lower()
        if not self.written.isupper() or not written[i][:1].isupper():
            return False
        for j in range(i + 2, min(len(written), i + len(acronym) + 3) + 1):
            window = written[i:j]
            if not all(w[:1].isupper() or w.lower() in CONNECTORS for w in window):
                break
            words = tokens(" ".join(window))
            initials = {initials_of(words), "".join(w[0] for w in words)}
            if window[-1].lower() not in CONNECTORS and acronym in initials:
                return self._alone(written, i, j, places)
        return False

    def _alone(self, written: list[str], i: int, j: int, places: PlaceNames) -> bool:
        """Whether ``written[i:j]`` stands for the body in its clause: no other place just
        before it, and no capitalised word of another name just before or after it."""
        before = tokens(" ".join(written[max(0, i - _BEFORE) : i]))
        place = places.ending(before)
        if place and place != self.place:
            return False
        return not any(
            self._another_name(w) for w in (*written[max(0, i - 1) : i], *written[j : j + 1])
        )

    def _another_name(self, word: str) -> bool:
        """Whether a word beside the coined one is another name's: a distinctive word with a
        capital that is not the registered name's ("Dartford Home Hospice Service", "KITES
        Aviation")."""
        found = tokens(word)
        return (
            word[:1].isupper()
            and bool(found)
            and distinctive(found[0])
            and found[0] not in self.name
            and (found[0],) != self.place
        )


def coined_alone(names: Iterable[str]) -> frozenset[str]:
    """The names, as written, where each registered name is one coined word in capitals
    ("CHESS"); empty otherwise (``another_bodys``)."""
    written = [n.strip() for n in names if n.strip()]
    if written and all(re.fullmatch(r"[A-Z]{3,}", n) for n in written):
        return frozenset(written)
    return frozenset()


def another_bodys(words: frozenset[str], text: ItemText) -> bool:
    """Whether the item uses a coined name (``coined_alone``) only as a word of another
    body's name, without its capitals, before a word for a body ("Chelmsford Chess Club" is
    the game's club, not CHESS the charity). Written in capitals, alone ("agreement with
    Unison"), after its place ("Bexley Mind") or spelled out, it may be the body."""
    lowered = {w.lower() for w in words}
    seen = False
    for part in (text.item.title, text.item.description):
        written = [_POSSESSIVE.sub("", w) for w in _WRITTEN.findall(part)]
        for i, word in enumerate(written):
            if word.lower() not in lowered:
                continue
            after = set(tokens(" ".join(written[i + 1 : i + 2])))
            # In capitals, or a part of the body ("the Bexley Unison branch"), it is the body;
            # so it may be anywhere but before a word for another body.
            if word in words or after & PARTS or not after & BODIES:
                return False
            seen = True
    return seen
