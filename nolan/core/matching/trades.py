"""A trade the council licenses, that the member works in: "Self-employed hackney carriage
driver", "licensed scrap metal dealer", a street trading consent, a pavement licence, a
licensed HMO, a market stall's tenancy, a premises licence to sell alcohol.

Such an entry often names no body at all, and the items that touch it name none either:
the council sets the trade's table of fares, its licence fees and its policy for every
driver or dealer at once ("Hackney carriage table of fares 2026"). Those decide the
member's own earnings far more than a resident's, so a member whose details say they
work in the trade (a driver, proprietor, operator, dealer or licensee in it) is asked about
an item that names the trade with its fares, fees, tariff, charges, policy or conditions.
One operator's licence reviewed (a rival's) is no such item, nor a room's "private hire"
tariff, nor an item about the trade for a member who only had a gift from a firm in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nolan.core.matching.text import ItemText

# Each licensed trade: how an entry's details and how an item write it, and the index
# words (as ``tokens`` writes them) an item about it holds.
_TAXI = (
    r"hackney\s+carriages?|private[\s-]+hire|taxis?|minicabs?|cabs?",
    r"hackney\s+carriages?|private[\s-]+hire\s+(?:drivers?|vehicles?|operators?|licen[cs]\w*"
    r"|trade)|taxis?",
    ("hackney", "taxi", "hire"),
)
_TRADES = (
    _TAXI,
    (r"scrap\s+metal", r"scrap\s+metal", ("scrap",)),
    (r"skin\s+piercing|tattoo\w*", r"skin\s+piercing|tattoo\w*", ("skin", "tattoo", "tattooing")),
)
# Trades whose entry says by its own words that the member holds the licence or tenancy (a
# consent, a pavement licence, an HMO as its landlord or licensee, a stall's tenancy): no word
# of working in it is needed, and a tenant of an HMO or a driving licence is no holder.
_HELD = (
    (
        r"street\s+trading\s+(?:consent|licen[cs]e|pitch)",
        r"street\s+trading",
        ("trading",),
    ),
    (r"pavement\s+licen[cs]e", r"pavement\s+licen[cs]\w*", ("pavement",)),
    (
        r"(?:landlord\s+of|licen[cs]e\s+to\s+operate)\s+(?:an?\s+)?(?:licensed\s+)?"
        r"(?:houses?\s+in\s+multiple\s+occupation|HMOs?)|HMO\s+(?:landlord|licen[cs]e)"
        r"|holds?\s+an?\s+HMO",
        r"houses?\s+in\s+multiple\s+occupation|HMOs?",
        ("hmo", "hmos", "multiple"),
    ),
    (
        r"stall\s+(?:tenancy|holder)|tenancy\s+of\s+a\s+(?:market\s+)?stall|market\s+stallholder",
        r"stall\s+rents?|stallholders?|market\s+traders?|permanent\s+traders?",
        ("stall", "stallholder", "stallholders", "traders"),
    ),
    # A premises licence to sell alcohol: the late night levy and the licensing policy bind
    # every holder ("Premises licence holder at The Woodman, licensed until 01:00").
    (
        r"premises\s+licen[cs]e\s+(?:holder|for)|holds?\s+the\s+premises\s+licen[cs]e"
        r"|holding\s+the\s+premises\s+licen[cs]e|designated\s+premises\s+supervisor",
        r"late\s+night\s+levy|licensing\s+polic(?:y|ies)|cumulative\s+impact",
        ("levy", "licensing", "cumulative"),
    ),
)
# What says the member works in the trade, beside its name in the details.
_WORKS_IN = re.compile(
    r"\b(?:drivers?|proprietors?|operators?|dealers?|collectors?|licensee|licensed|tattooists?"
    r"|practitioners?|self[\s-]employed|holds?)\b",
    re.IGNORECASE,
)
# What says the item sets the whole trade's terms.
_TERMS = re.compile(
    r"\b(?:fares?|fees?|tariffs?|charges|polic(?:y|ies)|conditions?|rents?|levy|byelaws?"
    r"|bye-laws?|training|requirements?)\b",
    re.IGNORECASE,
)
# What says the item leaves the trade's terms as they are.
_UNCHANGED = re.compile(r"\bno\s+change\s+to\b|\bunchanged\b|\bnot\s+affected\b", re.IGNORECASE)


@dataclass(frozen=True)
class Trade:
    """A licensed trade the member works in: how an item writes it, and its index words."""

    written: re.Pattern[str]
    keys_: tuple[str, ...]

    @classmethod
    def of(cls, details: str) -> list[Trade]:
        """Each licensed trade the details name with what says the member works in it."""
        works_in = bool(_WORKS_IN.search(details))
        return [
            cls(re.compile(rf"\b(?:{item})\b", re.IGNORECASE), keys)
            for trades, needed in ((_TRADES, True), (_HELD, False))
            if works_in or not needed
            for entry, item, keys in trades
            if re.search(rf"\b(?:{entry})\b", details, re.IGNORECASE)
        ]

    def in_(self, text: ItemText) -> bool:
        """Whether the item names the trade and its fares, fees or policy together, and does
        not say they are left as they are ("no change to local fees or conditions")."""
        raw = text.raw
        return bool(self.written.search(raw) and _TERMS.search(raw) and not _UNCHANGED.search(raw))

    def keys(self) -> set[tuple[str, object]]:
        """Index keys (``_Needles.keys``): the item names the trade."""
        return {("word", w) for w in self.keys_}
