"""A body named by what it runs and where, not by its name: "Awards £6,000 to the charity
that runs the weekly food larder in the church hall on Peartree Lane" for the member's
"Peartree Community Larder", whose details say it "runs the weekly food larder from the
church hall on Peartree Lane".

A grant or a lease is often written to "the charity running ..." without naming it. All
must be there: the activity, two words or more ("food larder", "youth club"), with a word
of running just before it ("runs the", "running a"), and each name written with capitals
in the place after it ("Peartree Lane", "Slade Green Road", "Tile Kiln"), but a town's or
a village's, which is anyone's ("a youth club in Hatfield"). Another larder, or a larder on
another street, is another body's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nolan.core.matching.places import PlaceNames
from nolan.core.matching.text import ItemText
from nolan.core.matching.words import squash, tokens

# "runs the weekly food larder from the church hall on Peartree Lane": what, then where.
_RUNS_WHAT = re.compile(
    r"\b(?i:runs|run|running|operates|manages|organises|organizes|hosts)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?P<what>[a-z][a-z'’ -]*?)\s+(?:from|in|at|on)\s+"
    r"(?P<where>[^.;:(,]+)"
)
# A name written with capitals in the place: "Peartree Lane" of "the church hall on
# Peartree Lane".
_NAMED = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
# Words of running just before the activity in the item: "the charity that runs the ...".
_RUNNING = frozenset(
    tokens("runs running run operates operating manages managing organises organising hosts")
)
_WHAT = 2  # words of the activity, at least: "café" alone is anyone's
_BEFORE = 2  # words between running and the activity, at most: "runs the weekly"


@dataclass(frozen=True)
class Activity:
    """What the body runs, and the named place it runs it in."""

    what: tuple[str, ...]
    where: tuple[tuple[str, ...], ...]

    @classmethod
    def of(cls, details: str, places: PlaceNames) -> list[Activity]:
        found = []
        for match in _RUNS_WHAT.finditer(details):
            what = tokens(match["what"])
            where = tuple(
                named
                for name in _NAMED.findall(match["where"])
                if (named := tokens(name)) and named not in places.settlements([named])
            )
            if len(what) >= _WHAT and where:
                found.append(cls(what, where))
        return found

    def in_(self, text: ItemText) -> bool:
        return all(text.has(name) for name in self.where) and any(
            seq[i : i + len(self.what)] == self.what
            and _RUNNING & set(seq[max(0, i - _BEFORE - 1) : i])
            for seq in text.sequences
            for i in range(len(seq) - len(self.what) + 1)
        )

    def keys(self) -> set[tuple[str, object]]:
        return {("phrase", squash(self.what))}
