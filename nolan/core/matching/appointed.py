"""A body the council appoints the member to, called by its kind: "the Panel", "the Trust".

The council deals with the bodies it appoints members to (it funds them, leases to them,
hears its representatives' reports), and its clerks, having named such a body once in the
council's own papers, write it as "the Trust" or "the Panel" with the place or work that
says which. A member the council appointed is asked about an item that calls a body by the
kind that ends its name, with the definite article, where the item also writes with a
capital a word of the name ("Erith Pier - agreement with the Trust" for the "Erith Riverside
Trust") or names what the details say the body runs ("the charitable trust that runs the
house at Hall Place"). A body named after a site or thing in strong words only is asked
about an item that names that thing, each word with a capital, with or without its kind:
"Crossness Pumping Station - match funding for Beam Engine restoration" for the "Crossness
Engines Trust" (not a name with a place's word, "Erith Riverside Trust": every item on the
riverside would ask). Not where the item names a body of that kind that is not the
member's ("the Thames Rowing Trust"), and not for a body the member joined of their own
accord: the kind alone is too common to ask every trustee about every trust (but see
``by_kind``, where the item also names the rest of the body's name).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nolan.core.matching.entries import NAMED
from nolan.core.matching.places import PlaceNames
from nolan.core.matching.text import ItemText
from nolan.core.matching.vocabulary import CONNECTORS, distinctive
from nolan.core.matching.words import RUNS, name_core, tokens

# What says the council put the member on the body.
_APPOINTED = re.compile(
    r"\bcouncil[-\s](?:appointed|nominated)\b"
    r"|\b(?:appointed|nominated)\s+by\s+the\s+council\b"
    r"|\bcouncil['’]s\s+(?:representative|nominee|appointee)\b"
    r"|\brepresent(?:s|ing)?\s+the\s+council\b",
    re.IGNORECASE,
)
# The kinds of body a council appoints to, that end its name.
_KINDS = {"trust", "panel", "board", "partnership", "forum", "committee", "authority"}
_KINDS |= {"commission", "consortium", "foundation", "charity"}


@dataclass(frozen=True)
class Appointed:
    """A body the council appointed the member to: its name's words and its kind."""

    name: tuple[str, ...]
    kind: str
    runs: tuple[tuple[str, ...], ...]
    # What the body is named after, where every word of it is strong: "crossness" and
    # "engine" of the "Crossness Engines Trust", not "Erith Riverside" (a place's word).
    named_after: frozenset[str] = frozenset()

    @classmethod
    def of(cls, names: tuple[str, ...], details: str, places: PlaceNames) -> list[Appointed]:
        """Each of the entry's names ending in a kind of body, where the details say the
        council appointed the member (none otherwise)."""
        if not _APPOINTED.search(details):
            return []
        runs = tuple(
            words
            for found in RUNS.findall(details)
            if NAMED.fullmatch(found) and (words := tokens(found))
        )
        found = []
        for name in names:
            written = re.findall(r"[A-Za-z]+", name)
            words = name_core(tokens(name))
            if written and words and words[-1] in _KINDS and written[-1].lower() == words[-1]:
                after = frozenset(w for w in words[:-1] if w not in CONNECTORS)
                strong = len(after) > 1 and all(places.strong(w) for w in after)
                found.append(
                    cls(
                        name=words,
                        kind=written[-1].lower(),
                        runs=runs,
                        named_after=after if strong else frozenset(),
                    )
                )
        return found

    def called_in(self, text: ItemText) -> bool:
        """Whether the item calls this body by its kind (the module's docstring)."""
        raw = text.raw
        kind = f"(?:{self.kind}|{self.kind.capitalize()})"
        for run in re.findall(rf"((?:[A-Z][\w'’-]*\s+(?:(?:and|of|&|for)\s+)*)+){kind}\b", raw):
            before = name_core(tokens(run))
            if before and self.name[-len(before) - 1 : -1] != before:
                return False
        # What the body is named after, every word of it with a capital, is its matter:
        # "Crossness Pumping Station - Beam Engine Restoration" for the "Crossness Engines
        # Trust".
        if self.named_after and self.named_after <= text.capitalised:
            return True
        if not re.search(rf"\b[Tt]he\s+(?:[a-z]+\s+)?{kind}\b", raw):
            return False
        ties = {w for w in self.name[:-1] if w not in CONNECTORS and distinctive(w)}
        return bool(ties & text.capitalised) or any(text.has(words) for words in self.runs)

    def keys(self) -> set[tuple[str, object]]:
        """Index keys (``_Needles.keys``): the item calls the body by its kind, or names
        what the body is named after."""
        return {("word", self.kind), *(("word", w) for w in self.named_after)}
