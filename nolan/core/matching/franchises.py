"""Another franchisee of the member's brand: "Change of use to a gym by franchisee Widford
Fitness Ltd" is not the member's IronHouse Gym in Great Baddow, nor "a new canopy at the
Crayford centre, operated by franchisee Dartford Auto Centres Ltd" the member's Tyreline
Express in Sidcup.

A brand's outlets are run by different companies, and an item that names the one running
this outlet says whose matter it is. The brand's name in the item is then no evidence,
unless the franchisee it names may be the member's own (a word of the entry's names or
details is in its name: so "Town Centre Coffee Ltd" is not told apart from the member's
coffee franchise); an address or a ward still is. Blind set 25 of issue 11.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from nolan.core.matching.vocabulary import COMPANIES, LEGAL_SUFFIXES
from nolan.core.matching.words import tokens

_NAME = r"((?:[A-Z][\w&'’.-]*)(?:\s+[A-Z][\w&'’.-]*)*)"
_NAMED = re.compile(
    rf"\bfranchisee(?:\s+for\s+[^,.;]*?)?,?\s+{_NAME}"
    rf"|{_NAME},?\s+(?:the\s+)?(?:local\s+)?franchisee\b"
    rf"|\bfranchise\s+operated\s+by\s+{_NAME}"
)
# Words of a name that say what kind of company it is, not which.
_KIND = COMPANIES | LEGAL_SUFFIXES | {"the", "and"}


def franchisees(raw: str) -> list[frozenset[str]]:
    """The words of each franchisee the item names as running the outlet."""
    return [
        words
        for m in _NAMED.finditer(raw)
        for name in m.groups()
        if name and (words := frozenset(tokens(name)) - _KIND)
    ]


def own_words(names: Iterable[str], details: str) -> frozenset[str]:
    """The words of the entry's names and details that may name its own franchisee."""
    return frozenset(w for text in (*names, details) for w in tokens(text)) - _KIND


def another_franchisee(own: frozenset[str], named: list[frozenset[str]]) -> bool:
    """Whether the item names franchisees running the outlet (``ItemText.franchisees``) and
    none is the entry's (``own_words``)."""
    return bool(named) and not any(words & own for words in named)
