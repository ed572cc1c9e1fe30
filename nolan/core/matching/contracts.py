"""A contract of the member's firm that an item extends or varies without naming the firm.

A register entry names the firm and, in its details, what it is contracted for ("contract
with the council for gully cleansing"); an agenda names the contract by its work and its lot
("12-month extension of the gully cleansing contract") because the holder is already known.
Extending or varying that contract is the firm's matter, so the details' words for the work
stand in for the firm's name there. The work alone is any contractor's: it is evidence only
where the item extends or varies a contract, names no other lot, and shares at least half of
the work's words, so another contract sharing a word or two ("leisure centre catering" for
"window cleaning at leisure centres") is not the firm's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nolan.core.matching.places import PlaceNames
from nolan.core.matching.text import ItemText
from nolan.core.matching.words import tokens

# What the details say a contract is for: "contract with the council for tree works in
# parks", up to the end of its clause (a date or term after a comma is not the work).
_CONTRACTED_FOR = re.compile(r"\bcontract\b[^.;,]*?\bfor\s+([^.;,]+)", re.IGNORECASE)
# A numbered lot: "Lot 3".
_LOT = re.compile(r"\blot\s+([0-9]+)\b", re.IGNORECASE)
# Words saying an item extends or varies a contract, as ``tokens`` writes them.
_VARIED = {"extension", "extend", "extended", "extending", "variation", "vary", "varied"}
# Words of any contract's description that say nothing of which work it is.
_ANY_CONTRACT = {"work", "service", "term", "wide", "contract", "supply", "provision"}
# At least this many of the work's words, and at least half of them, in the item.
_MIN_SHARED = 2


@dataclass(frozen=True)
class Contract:
    """The work a contract in an entry's details is for, and its lot if numbered."""

    work: frozenset[str]
    lot: str | None

    @classmethod
    def of(cls, details: str, places: PlaceNames) -> Contract | None:
        """The contract the details describe, or None where they describe none."""
        found = _CONTRACTED_FOR.search(details)
        if not found:
            return None
        subject = found.group(1)
        lot = _LOT.search(subject)
        work = frozenset(
            w
            for w in tokens(_LOT.sub(" ", subject))
            if places.strong(w) and w not in _ANY_CONTRACT and not w.isdigit()
        )
        if len(work) < _MIN_SHARED:
            return None
        return cls(work=work, lot=lot.group(1) if lot else None)

    def varied_in(self, text: ItemText) -> bool:
        """Whether the item extends or varies this contract (the module's docstring)."""
        if not _VARIED & text.words or not {"contract", "lot"} & text.words:
            return False
        raw = " ".join((text.item.title, text.item.description))
        lots = set(_LOT.findall(raw))
        if lots and self.lot not in lots:
            return False
        shared = len(self.work & text.words) + (self.lot in lots)
        return shared >= _MIN_SHARED and 2 * shared >= len(self.work) + (self.lot is not None)

    def keys(self) -> set[tuple[str, object]]:
        """Index keys (``_Needles.keys``): an item that varies the contract names its work."""
        return {("word", w) for w in self.work}
