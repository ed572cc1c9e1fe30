"""A name's word written joined or apart, where reading the words respells them.

``squash`` already takes "Watersports" for "Water Sports": the two words run together are
the one word. But ``tokens`` respells some words it reads alone, a plural's "s" dropped
and a street or park word shortened ("Sherrards Park" is read "sherrard pk"), and then the
two no longer run together into the one word ("sherrardspark"). Clerks and members split
and join a place's or a body's word as they please ("Sherrardspark Wood", "Sherrards Park
Wood"), so an item is also read with each such pair of words joined and each such word
split, as the other side may have written it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nolan.core.matching.vocabulary import SYNONYMS
from nolan.core.matching.words import MAX_PHRASE, squash, tokens

# Two words side by side, each with a capital as a name's are: the pair an item may have
# split.
_PAIR = re.compile(r"(?=\b([A-Z][a-z]{2,})\s+([A-Z][a-z]{2,})\b)")
# A word with a capital, long enough to be two joined.
_LONG = re.compile(r"\b[A-Z][a-z]{6,}\b")
# A place's compass word run into the rest of its name, in any case: "northcray",
# "SouthWoodham" (the reading shortens "North" to "n", so the squashed words differ).
_COMPASS_JOINED = re.compile(r"\b(north|south|east|west)([a-z]{3,})\b", re.IGNORECASE)
# Words as written, for the phrase around a pair.
_WRITTEN = re.compile(r"\S+")
# The shortest part of a split or joined word: "St" and "Co" are never a name's half.
_MIN_PART = 3


def respelt(part: str) -> Iterator[tuple[str, ...]]:
    """The item's words around each pair written apart that reads otherwise joined ("...
    sherrardspark wood management" for "Sherrards Park Wood management"), and around each
    word written joined that reads otherwise apart ("sherrard pk wood" for "Sherrardspark
    Wood", "n cray" for "northcray"): up to a phrase's length each side, so every phrase
    through it is there."""
    for pair in _PAIR.finditer(part):
        first, second = pair.group(1), pair.group(2)
        joined = tokens(first + second)
        if squash(joined) != squash(tokens(f"{first} {second}")):
            start = pair.start(1)
            yield _around(part, start, start + len(first) + 1 + len(second), joined)
    for word in _COMPASS_JOINED.finditer(part):
        yield _around(part, word.start(), word.end(), tokens(f"{word.group(1)} {word.group(2)}"))
    for word in _LONG.finditer(part):
        written = word.group(0)
        for i in _splits(written.lower()):
            apart = tokens(f"{written[:i]} {written[i:]}")
            if squash(apart) != squash(tokens(written)):
                yield _around(part, word.start(), word.end(), apart)


def _splits(word: str) -> Iterator[int]:
    """Where a joined word may be two that read otherwise apart: after an "s" that reads as
    a plural's, or before a word that reads shortened ("park", "street")."""
    for i in range(_MIN_PART, len(word) - _MIN_PART + 1):
        if word[i - 1] == "s" or word[i:] in SYNONYMS:
            yield i


def _around(part: str, start: int, end: int, middle: tuple[str, ...]) -> tuple[str, ...]:
    """``middle`` with the words written before and after it, a phrase's length each side."""
    before = " ".join(_WRITTEN.findall(part[:start])[-(MAX_PHRASE - 1) :])
    after = " ".join(_WRITTEN.findall(part[end:])[: MAX_PHRASE - 1])
    return (*tokens(before)[-(MAX_PHRASE - 1) :], *middle, *tokens(after)[: MAX_PHRASE - 1])
