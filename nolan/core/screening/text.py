"""Small text helpers for the rules that look for formats rather than meanings
(confidentiality, personal data, campaigning, capacity): sentences with offsets, word
alternations and pre-filtered patterns. Every pattern is compiled once, at import.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

FLAGS = re.IGNORECASE


def words(items: Iterable[str]) -> str:
    """An alternation of phrases (longest first), each matched on word boundaries."""
    ordered = sorted(set(items), key=len, reverse=True)
    return r"(?:" + "|".join(ordered) + r")"


class Gated:
    """A pattern that runs only when the post contains one of its needles.

    Every match of the pattern contains at least one needle (a lowercase substring).
    Checking ``in`` on the lowercased post is far cheaper than running a long
    case-insensitive alternation, and most posts contain none of a rule's needles.
    """

    def __init__(self, pattern: re.Pattern[str], *needles: str) -> None:
        self.pattern = pattern
        self.needles = tuple(n.lower() for n in needles)

    def possible(self, lowered: str) -> bool:
        return any(map(lowered.__contains__, self.needles))  # map: no generator per post

    def search(self, text: str, lowered: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.possible(lowered) else None

    def finditer(self, text: str, lowered: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.possible(lowered) else iter(())


# A point between digits ("£6.8m", "2.5%") is a decimal point, not a full stop.
_SENTENCE = re.compile(r"(?:[^.!?\n]|(?<=\d)\.(?=\d))+(?:[.!?]+|$)", re.MULTILINE)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def sentences(text: str) -> tuple[Sentence, ...]:
    """The sentences of ``text`` with their offsets (newlines end a sentence too)."""
    return tuple(
        Sentence(m.start(), m.end(), m.group())
        for m in _SENTENCE.finditer(text)
        if m.group().strip()
    )


def sentence_at(sents: tuple[Sentence, ...], pos: int) -> Sentence:
    for s in sents:
        if s.start <= pos < s.end:
            return s
    return Sentence(0, 0, "")
