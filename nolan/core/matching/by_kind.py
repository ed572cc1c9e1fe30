"""A body called by the kind of body it is, with the rest of its name elsewhere in the item.

A clerk writes a club, trust or friends group as what it is and where, not by its full
name: "awards include £6,000 to the rowing club based at Erith Riverside Gardens" for the
"Erith Riverside Rowing Club", "Stanborough Park - volunteer agreement with the Friends
group" for the "Friends of Stanborough Park". An item that calls a body "the" and the kind
that ends its name, with a capital ("the Trust", "the Friends") or after the name's own
words for what it does ("the rowing club"), and that names the rest of the body's name (its
place, the site it looks after), names the body; so does "the club" in lower case where the
item has every other word of the name, one of them distinctive ("the bowls green ... to the
club" at "Great Baddow Recreation Ground" for "Great Baddow Bowls Club"; not "the trust's
hall" on "church street" for the "Church Street Trust"). Not the kind alone, nor the place
alone: every trustee is not asked about every trust, nor every club member about every item
on their park; and not where the item names another body of that kind ("Erith Rowing Club",
"the Friends of Franks Park"). A town or parish council is called so too ("transfer of
Hatfield market to the town council"), but only with its own kind word: "the Council" is
the clerk's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nolan.core.matching.places import PlaceNames
from nolan.core.matching.text import ItemText
from nolan.core.matching.vocabulary import BODIES, CONNECTORS
from nolan.core.matching.words import name_core, tokens

# The kinds that end a body's name and that a clerk calls it by: "the Club", "the Trust",
# "the town council".
_KINDS = BODIES - {"union"} | {"council"}
# Kinds a clerk calls another body by alone: "the Council" is the clerk's own council, so
# a town or parish council is called by its own kind word too ("the town council").
_ONLY_WITH_OWN_WORD = {"council"}
# The words a kind is written with, for finding it in an item: "soc" is "Society".
_WRITTEN = {"soc": "society", "assoc": "association"}
# At most this many of the name's words before the kind: "the riverside rowing club".
_BEFORE = 2


@dataclass(frozen=True)
class ByKind:
    """A registered body's kind ("club", or "friend" for friends of a place), the words
    before the kind in its name ("erith riverside rowing"), and the rest of its name."""

    kind: str
    before: tuple[str, ...]
    friends: bool
    # Whether a word before the kind is distinctive ("bowls" of "Great Baddow Bowls Club"),
    # for "the club" in lower case: "Church Street Trust" has only words anyone's.
    distinctive: bool = False

    @classmethod
    def of(cls, names: tuple[str, ...], places: PlaceNames) -> list[ByKind]:
        """Each of the entry's names that ends in a kind of body, or is friends of a place,
        with words of its own before or after it."""
        found = []
        for name in names:
            words = name_core(tokens(name))
            if words[:2] == ("friend", "of") and (rest := _without_the(words[2:])):
                found.append(cls("friend", rest, friends=True))
            elif len(words) > 1 and words[-1] in _KINDS and not set(words[:-1]) <= CONNECTORS:
                strong = any(places.strong(w) for w in words[:-1])
                found.append(cls(words[-1], words[:-1], friends=False, distinctive=strong))
        return [body for body in found if places.evidence(body.before) or len(body.before) > 1]

    def called_in(self, text: ItemText) -> bool:
        """Whether the item calls this body by its kind and names the rest of its name (the
        module's docstring)."""
        raw = text.raw
        if self._another_named(raw):
            return False
        written = _WRITTEN.get(self.kind, self.kind)
        if self.friends:
            return bool(re.search(r"\b[Tt]he\s+Friends\b", raw)) and text.has(self.before)
        for said in re.finditer(
            rf"\b[Tt]he\s+((?:[A-Za-z]+\s+){{0,{_BEFORE}}}?)({written}|{written.capitalize()})s?\b",
            raw,
        ):
            own = tokens(said.group(1))
            if own and self.before[-len(own) :] != own:
                continue
            if not own and self.kind in _ONLY_WITH_OWN_WORD:
                continue
            # "the club" in lower case is any club, unless the item has every other word of
            # the name too, one of them distinctive, its place and what it does: "the bowls
            # green ... to the club that plays there" at "Great Baddow Recreation Ground"
            # for "Great Baddow Bowls Club".
            if not own and not said.group(2)[0].isupper():
                if self.distinctive and all(w in text.words for w in self.before):
                    return True
                continue
            rest = self.before[: len(self.before) - len(own)]
            if rest and text.has(rest):
                return True
        return False

    def _another_named(self, raw: str) -> bool:
        """Whether the item writes with capitals another body of this kind: "Erith Rowing
        Club" for "Erith Riverside Rowing Club", "Friends of Franks Park"."""
        if self.friends:
            pattern = r"\bFriends\s+of\s+((?:the\s+)?(?:[A-Z][\w'’-]*\s*)+)"
            return any(
                _without_the(name_core(tokens(run))) != self.before
                for run in re.findall(pattern, raw)
            )
        written = _WRITTEN.get(self.kind, self.kind).capitalize()
        for run in re.findall(rf"((?:[A-Z][\w'’-]*\s+(?:(?:and|of|&|for)\s+)*)+){written}\b", raw):
            before = _without_the(name_core(tokens(run)))
            if before and self.before[-len(before) :] != before:
                return True
        return False

    def keys(self) -> set[tuple[str, object]]:
        """Index keys (``_Needles.keys``): the item calls the body by its kind."""
        return {("word", self.kind)}


def _without_the(words: tuple[str, ...]) -> tuple[str, ...]:
    return words[1:] if words[:1] == ("the",) else words
