"""A body written as its office holder: a lease "to the Chief Constable of Essex" is to
Essex Police.

The law makes some officers their body's legal person: a chief constable holds the
force's property and signs its leases and contracts, as a chief fire officer acts for the
fire and rescue service. Clerks then write the office where a member writes the body, and
name the place that says which force. A member of "Essex Police" or "Essex County Fire and
Rescue Service" is asked about an item naming that office "of" the body's own place (the
name's words before its kind); not another place's office holder, nor another kind of
office ("the Chief Executive of Essex County Council" is not the police).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nolan.core.matching.text import ItemText
from nolan.core.matching.words import name_core, tokens

# Each office, and the words (as ``tokens`` writes them) that end its body's name; the
# words before them are the place that says which body.
_OFFICES = (
    (r"chief\s+constable", ({"police"}, {"constabulary"}, {"police", "service"})),
    (r"chief\s+fire\s+officer", ({"fire", "and", "rescue", "service"}, {"fire", "service"})),
)
_OF = r"\s+of\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"


@dataclass(frozen=True)
class OfficeHolder:
    """The office that stands for one of the entry's bodies, and the place that says which."""

    office: re.Pattern[str]
    place: tuple[str, ...]

    @classmethod
    def of(cls, names: tuple[str, ...]) -> list[OfficeHolder]:
        """Each of the entry's names that ends in a kind of body an office stands for."""
        found = []
        for name in names:
            words = name_core(tokens(name))
            for office, kinds in _OFFICES:
                for kind in kinds:
                    place = _before_kind(words, kind)
                    if place:
                        found.append(cls(re.compile(f"(?i:{office}){_OF}"), place))
        return found

    def in_(self, text: ItemText) -> bool:
        """Whether the item names the office of exactly the body's place."""
        return any(
            name_core(tokens(run)) == self.place
            for part in (text.item.title, text.item.description)
            for run in self.office.findall(part)
        )

    def keys(self) -> set[tuple[str, object]]:
        """Index keys (``_Needles.keys``): the item names the place."""
        return {("word", self.place[0])}


def _before_kind(words: tuple[str, ...], kind: set[str]) -> tuple[str, ...]:
    """The words before a name's ending of ``kind``'s words ("essex" of "essex police"),
    leaving out "county" ("Essex County Fire and Rescue Service"); none if it ends
    otherwise."""
    end = len(words) - len(kind)
    if end < 1 or set(words[end:]) != kind:
        return ()
    place = words[:end]
    return place[:-1] if len(place) > 1 and place[-1] == "county" else place
