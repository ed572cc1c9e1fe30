"""A body named by what it runs and where, not by its name: "Awards £6,000 to the charity
that runs the weekly food larder in the church hall on Peartree Lane" for the member's
"Peartree Community Larder", whose details say it "runs the weekly food larder from the
church hall on Peartree Lane".

A grant or a lease is often written to "the charity running ..." without naming it. All
must be there: the activity, two words or more ("food larder", "youth club"), with a word
of running just before it ("runs the", "running a"), and each name written with capitals
in the place after it ("Peartree Lane", "Slade Green Road", "Tile Kiln"), but a town's or
a village's, which is anyone's ("a youth club in Hatfield"). Another larder, or a larder on
another street, is another body's. An activity named with its place ("the Northumberland
Heath food bank", "Hall Place and Gardens") is enough where the item too says it is run by
the body it deals with ("the trust that runs Hall Place and Gardens", "the current operator
of the Central Park boat hire").
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
# What the body runs, named with its place ("runs the Northumberland Heath food bank from
# St Paul's church hall", "to run the Central Park boat hire", "runs Hall Place and Gardens
# for the council"): the whole of it, up to where or for whom.
_RUNS_NAMED = re.compile(
    r"\b(?i:runs|run|running|operates|operator\s+of|manages)\s+(?:the\s+)?"
    r"(?P<what>[A-Z][^.;:(,]*?)(?=\s+(?:from|for|in|at|on|under|with|since)\b|[.;:(,]|$)"
)
# A club's home, what it plays from or has and where ("plays from the cricket pavilion in
# Danson Park", "has the boathouse on the north lake at Stanborough Park"): an item about
# that facility there is its matter, though it names no club.
_HOME = re.compile(
    r"\b(?:plays|play|playing|based|trains|meets)\s+(?:from|at|in)\s+(?:the\s+)?"
    r"(?P<what>[a-z][a-z'’ -]*?)\s+(?:in|at|on)\s+(?P<where>[^.;:(,]+)"
    r"|\bhas\s+the\s+(?P<has>[a-z][a-z'’-]*)\s+(?:in|at|on)\s+(?P<at>[^.;:(,]+)"
)
# A name written with capitals in the place: "Peartree Lane" of "the church hall on
# Peartree Lane".
_NAMED = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
# Words of running just before the activity in the item: "the charity that runs the ...".
_RUNNING = frozenset(
    tokens(
        "runs running run operates operating operator manages managing organises organising hosts"
    )
)
_WHAT = 2  # words of the activity, at least: "café" alone is anyone's
_BEFORE = 2  # words between running and the activity, at most: "runs the weekly", "operator of the"


_ARTICLES = frozenset({"the", "a", "an"})


def _named_places(where: str, places: PlaceNames) -> tuple[tuple[str, ...], ...]:
    """The names written with capitals in ``where``, but a town's or a village's."""
    return tuple(
        named
        for name in _NAMED.findall(where)
        if (named := tokens(name)) and named not in places.settlements([named])
    )


@dataclass(frozen=True)
class Activity:
    """What the body runs, and the named place it runs it in."""

    what: tuple[str, ...]
    where: tuple[tuple[str, ...], ...]
    # A club's home needs no word of running, but every word of where it is ("north lake").
    home: tuple[str, ...] | None = None

    @classmethod
    def of(cls, details: str, places: PlaceNames) -> list[Activity]:
        found = []
        for match in _RUNS_WHAT.finditer(details):
            what = tokens(match["what"])
            where = _named_places(match["where"], places)
            if len(what) >= _WHAT and where:
                found.append(cls(what, where))
        found += [
            cls(what, ())
            for match in _RUNS_NAMED.finditer(details)
            if len(what := tokens(match["what"])) >= _WHAT
        ]
        for match in _HOME.finditer(details):
            what = tokens(match["what"] or match["has"])
            at = match["where"] or match["at"]
            where = _named_places(at, places)
            home = tuple(w for w in tokens(_NAMED.sub(" ", at)) if w not in _ARTICLES)
            if what and where:
                found.append(cls(what, where, home))
        return found

    def in_(self, text: ItemText) -> bool:
        if not all(text.has(name) for name in self.where):
            return False
        if self.home is not None:
            return text.has(self.what) and all(w in text.words for w in self.home)
        return any(
            seq[i : i + len(self.what)] == self.what
            and _RUNNING & set(seq[max(0, i - _BEFORE - 1) : i])
            for seq in text.sequences
            for i in range(len(seq) - len(self.what) + 1)
        )

    def keys(self) -> set[tuple[str, object]]:
        return {("phrase", squash(self.what))}
