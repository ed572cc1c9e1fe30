"""A council's place names: where a matter is, never on their own whose interest it touches.

Every item names places of the council's area, and so do most registered names ("Welwyn
Garden City Heritage Trust"), so a place's words are no evidence of an interest (issue 11).
But where a place lies says whether an item's "Main Road" is the member's: places in
different towns or villages are different places, and a post town named alone may be any
village it serves. ``nolan.councils.places`` gives each council's names as ``Place``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from nolan.core.matching.initials import MIN_PHRASE_ACRONYM, initials_of
from nolan.core.matching.vocabulary import (
    COMPASS_WORDS,
    CONNECTORS,
    LEGAL_SUFFIXES,
    MIN_DISTINCTIVE,
    STREET_TYPES,
    distinctive,
)
from nolan.core.matching.words import tokens


class Place(str):
    """A place name of a council's area, with the towns or villages it lies in.

    A plain string is a place name too; it, and a ``Place`` lying in none (the council's own
    name, its county), says only that a matter is in the area. A town or village lies in
    itself; a ward or neighbourhood in the towns or villages it covers. Two places lying in
    no common town or village are different places: "Main Road, Great Leighs" is not the
    member's "Main Road, Broomfield". A post town ``serves`` the villages whose addresses
    end in its name: named without any of them, it may mean any ("195 Galleywood Road,
    Chelmsford" may be next door to "201 Galleywood Road, Great Baddow"). A ``str``, so a
    list of them passes wherever place names do (``nolan.councils.places``).
    """

    settlements: tuple[str, ...]
    serves: tuple[str, ...]

    def __new__(
        cls, name: str, settlements: Iterable[str] = (), serves: Iterable[str] = ()
    ) -> Place:
        place = super().__new__(cls, name)
        place.settlements = tuple(settlements)
        place.serves = tuple(serves)
        return place


# What makes a council's own name a name of the council.
_COUNCIL = {"council", "borough"}
# Words of a council's name besides its place: "Chelmsford City Council".
_COUNCIL_KINDS = {"city", "district", "town", "of", "the"}
# Words of an item that put a matter in a town's centre, not a village its post town serves.
_CENTRES = [("town", "center"), ("city", "center")]


@dataclass(frozen=True)
class PlaceNames:
    """A council's place names (``match``'s ``places``): where a matter is, not whose it is.

    A phrase lying wholly inside a place name ("welwyn garden", "hatfield") is no evidence,
    and a one-word place ("Sidcup") is no distinctive word. ``within`` holds every run of
    words of every place name; ``whole`` the place names themselves; ``lies_in`` the towns
    or villages each lies in (``Place``).
    """

    whole: frozenset[tuple[str, ...]] = frozenset()
    within: frozenset[tuple[str, ...]] = frozenset()
    lies_in: dict[tuple[str, ...], frozenset[tuple[str, ...]]] = field(default_factory=dict)
    serves: dict[tuple[str, ...], frozenset[tuple[str, ...]]] = field(default_factory=dict)
    longest: int = 0
    initials: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, names: Iterable[str]) -> PlaceNames:
        lies_in: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
        serves: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
        for name in names:
            if words := tokens(name):
                settlements = getattr(name, "settlements", ())
                lies_in.setdefault(words, set()).update(tokens(s) for s in settlements)
                if served := getattr(name, "serves", ()):
                    serves.setdefault(words, set()).update(tokens(s) for s in served)
        whole = set(lies_in)
        within = {w[i:j] for w in whole for i in range(len(w)) for j in range(i + 1, len(w) + 1)}
        return cls(
            frozenset(whole),
            frozenset(within),
            {words: frozenset(s) for words, s in lies_in.items()},
            {words: frozenset(s) for words, s in serves.items()},
            max(map(len, whole), default=0),
            {a: w for w in sorted(whole) if len(a := initials_of(w)) >= MIN_PHRASE_ACRONYM},
        )

    def written_out(self, words: tuple[str, ...]) -> list[tuple[str, ...]]:
        """The name with a place's initials written out: "welwyn garden city rugby football
        club" for "WGC Rugby Football Club"."""
        return [
            (*words[:i], *self.initials[w], *words[i + 1 :])
            for i, w in enumerate(words)
            if w in self.initials
        ]

    def ending(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """The place that ``words`` end with, the longest if several; () if none."""
        return next(
            (
                words[-n:]
                for n in range(min(len(words), self.longest), 0, -1)
                if words[-n:] in self.whole
            ),
            (),
        )

    def leading(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """The place that ``words`` start with, the longest if several; () if none."""
        return next(
            (
                words[:n]
                for n in range(min(len(words), self.longest), 0, -1)
                if words[:n] in self.whole
            ),
            (),
        )

    def is_county_council(self, words: tuple[str, ...]) -> bool:
        """Whether a name is the county council's of the area ("Essex County Council")."""
        rest = tuple(w for w in words if w not in {"county", "council", "of", "the"})
        return {"county", "council"} <= set(words) and rest in self.whole

    def is_council(self, words: tuple[str, ...]) -> bool:
        """Whether a name is the council's own ("Welwyn Hatfield Borough Council")."""
        return words in self.whole and not self.lies_in[words] and bool(_COUNCIL & set(words))

    def council_s_own(self, place: tuple[str, ...]) -> bool:
        """Whether the council is named after this place ("Chelmsford" of "Chelmsford City
        Council"): its items call the town's sites without the town's name."""
        return any(
            tuple(w for w in words if w not in _COUNCIL | _COUNCIL_KINDS) == place
            for words in self.whole
            if self.is_council(words)
        )

    def strong(self, word: str) -> bool:
        """A distinctive word that is not itself the name of a place."""
        return distinctive(word) and (word,) not in self.whole

    def work_word(self, word: str) -> bool:
        """A word that may say what work a contract is for: a generic word ("housing
        repairs") may, a place or a connecting word may not."""
        return word not in CONNECTORS and (word,) not in self.whole

    def evidence(self, words: tuple[str, ...]) -> bool:
        """A phrase that says whose it is: not inside a place name, with a strong word."""
        return words not in self.within and any(self.strong(w) for w in words)

    def whole_name(self, words: tuple[str, ...]) -> bool:
        """A whole registered name is evidence with a strong word, or with two or more words
        not all generic: "Lemsford Mill Holdings" (a place, then generic words) is one firm,
        where "The Coach House" and "Bexley Council" are anyone's."""
        if words in self.within:
            return False
        if len(words) == 1:
            return len(words[0]) < MIN_DISTINCTIVE or self.strong(words[0])
        return self.evidence(words) or any(distinctive(w) for w in words)

    def led_by_part(self, words: tuple[str, ...]) -> bool:
        """Whether a name of no distinctive word opens with two or more words of a place's
        name ("Garden City" of "Welwyn Garden City") and goes on with a word of its own:
        "Garden City Cars" is one firm, as "Hatfield Cycles" is, though each of its words
        alone is anyone's and the place alone says only where a matter is."""
        return not any(distinctive(w) for w in words) and any(
            self._of_a_settlement(words[:n]) and set(words[n:]) - CONNECTORS - LEGAL_SUFFIXES
            for n in range(2, len(words))
        )

    def _of_a_settlement(self, run: tuple[str, ...]) -> bool:
        """Whether a run of words, opening and closing with a word of its own (not "and",
        nor a compass point), lies inside the name of a town, village or part of one: not
        the council's own name ("Borough Council"), which lies in none."""
        return (
            run in self.within
            and run[0] not in CONNECTORS | COMPASS_WORDS
            and run[-1] not in CONNECTORS | COMPASS_WORDS
            and any(
                self.lies_in[place] and run in _runs(place)
                for place in self.whole
                if len(place) > len(run) or place == run
            )
        )

    def settlements(
        self, sequences: Iterable[tuple[str, ...]], *, postal: bool = False
    ) -> set[tuple[str, ...]]:
        """The towns and villages the places named in ``sequences`` lie in. Post towns
        alone may mean any village they serve, except in a ``postal`` address (a member's
        registered one), which names its village before the post town ("Broomfield,
        Chelmsford"): "2 Broomfield Road, Chelmsford" is in the town, not in Broomfield,
        and "341 Baddow Road, Great Baddow, Chelmsford" in the village, not the town; nor
        where the matter is in the town's centre ("city-centre car park")."""
        sequences = list(sequences)
        named = self.named(sequences)
        found = {s for place in named for s in self.lies_in[place]}
        if found and postal:
            return found - self._post_towns_of(named, found)
        if named <= set(self.serves) | {p for p in named if not self.lies_in[p]} and not any(
            centre in self._pairs(words) for words in sequences for centre in _CENTRES
        ):
            found |= {s for place in named for s in self.serves.get(place, ())}
        return found

    def _post_towns_of(
        self, named: set[tuple[str, ...]], found: set[tuple[str, ...]]
    ) -> set[tuple[str, ...]]:
        """The towns of the post towns in a postal address that also names a village they
        serve: "Chelmsford" in "Great Baddow, Chelmsford"."""
        return {
            s
            for place in named
            if self.serves.get(place, frozenset()) & found
            for s in self.lies_in[place]
        }

    @staticmethod
    def _pairs(words: tuple[str, ...]) -> set[tuple[str, ...]]:
        """Every pair of adjacent words: where the item says "town centre"."""
        return set(zip(words, words[1:], strict=False))

    def parts(self, sequences: Iterable[tuple[str, ...]]) -> set[tuple[str, ...]]:
        """The places named in ``sequences`` that lie inside a town or village ("Haldens")."""
        return {p for p in self.named(sequences) if self.lies_in[p] and p not in self.lies_in[p]}

    def named(self, sequences: Iterable[tuple[str, ...]]) -> set[tuple[str, ...]]:
        """The places named in ``sequences``.

        Only the longest place at each point counts ("Welwyn Garden City", not "Welwyn"),
        and not one that names a street ("Bexley Road", "Handside Lane"): a street named
        after a place may be anywhere.
        """
        named: set[tuple[str, ...]] = set()
        for words in sequences:
            i = 0
            while i < len(words):
                end = next(
                    (
                        j
                        for j in range(min(len(words), i + self.longest), i, -1)
                        if words[i:j] in self.whole
                    ),
                    None,
                )
                if end is None:
                    i += 1
                    continue
                if end == len(words) or words[end] not in STREET_TYPES:
                    named.add(words[i:end])
                i = end
        return named


def _runs(words: tuple[str, ...]) -> set[tuple[str, ...]]:
    """Every run of one or more adjacent words of ``words``."""
    return {words[i:j] for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
