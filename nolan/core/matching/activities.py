"""A body named by what it runs and where, not by its name: "Awards £6,000 to the charity
that runs the weekly food larder in the church hall on Peartree Lane" for the member's
"Peartree Community Larder", whose details say it "runs the weekly food larder from the
church hall on Peartree Lane".

A grant or a lease is often written to "the charity running ..." without naming it. Both
must be there: the activity, two words or more ("food larder", "youth club"), and the
place's name, written with capitals ("Peartree Lane", "Slade Green Road"); and the item
must speak of someone running it. Another larder, or a larder on another street, is
another body's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nolan.core.matching.text import ItemText
from nolan.core.matching.words import squash, tokens

# "runs the weekly food larder from the church hall on Peartree Lane": what, then where.
_RUNS = re.compile(
    r"\b(?:runs|operates|manages|organises|organizes|hosts)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?P<what>[a-z][a-z'’ -]*?)\s+(?:from|in|at|on)\s+(?P<where>[^.;:(,]+)"
)
# A name written with capitals in the place: "Peartree Lane" of "the church hall on
# Peartree Lane".
_NAMED = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
# The item speaks of someone running it: "the charity that runs", "the group running".
_RUNNING = frozenset(
    tokens("runs running run operates operating operator manages managing organiser hosts")
)
_WHAT = 2  # words of the activity, at least: "café" alone is anyone's


@dataclass(frozen=True)
class Activity:
    """What the body runs, and the named place it runs it in."""

    what: tuple[str, ...]
    where: tuple[tuple[str, ...], ...]

    @classmethod
    def of(cls, details: str) -> list[Activity]:
        found = []
        for match in _RUNS.finditer(details):
            what = tokens(match["what"])
            where = tuple(tokens(name) for name in _NAMED.findall(match["where"]))
            if len(what) >= _WHAT and where:
                found.append(cls(what, where))
        return found

    def in_(self, text: ItemText) -> bool:
        return (
            bool(_RUNNING & text.words)
            and text.has(self.what)
            and all(text.has(name) for name in self.where)
        )

    def keys(self) -> set[tuple[str, object]]:
        return {("phrase", squash(self.what))}
