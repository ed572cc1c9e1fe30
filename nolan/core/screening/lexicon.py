"""The shared lexicon (lexicon.yaml), loaded once and matched against a post's tokens.

Classes, not phrases: each entry belongs to a class of target (a protected group with its
characteristic, a party, an officer role ...), of thing said (insult, violence, hatred ...)
or of manner (negation, reporting, condemnation ...). Matching is by token, so line breaks,
spacing and case never matter, and a plural or possessive matches its word.

Undisguising needs to know which words are ordinary English, so that "idiom" is never read
as "idiot": that list is pyspellchecker's English word-frequency dictionary (MIT licence),
read from the installed package, never downloaded.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

LEXICON_FILE = Path(__file__).with_name("lexicon.yaml")
# A word seen this often in the English frequency list is ordinary, not a disguise.
_KNOWN_FREQUENCY = 60
_COMMON_FREQUENCY = 3000  # pieces a run-together word may be split into
_FUNCTION_WORDS = frozenset(
    """i me my we us our you your he him his she her they them their it its a an the all
    any every some no not is are was were be been being am do does did to of in on at for
    from by with and or but so if as go back send home get out off up should must will
    shall can could would these those this that there here who what why how what's""".split()
)


@dataclass(frozen=True, slots=True)
class Mention:
    """A lexicon entry found in a post: tokens ``first`` to ``last`` inclusive."""

    section: str  # targets | said | modes
    cls: str  # e.g. "group", "violence", "negator"
    sub: str  # the group's characteristic, or the homonym's word; "" otherwise
    first: int
    last: int
    entry: str


Entry = tuple[tuple[str, ...], str, str, str]  # words, section, class, sub


def _entries(section: str, cls: str, spec: Any) -> Iterator[tuple[str, str, str, str]]:
    if isinstance(spec, list):
        for entry in spec:
            yield section, cls, "", str(entry)
        return
    if "entries" in spec:
        for entry in spec["entries"]:
            yield section, cls, "", str(entry)
        return
    for sub, inner in spec.items():
        for entry in inner["entries"] if isinstance(inner, dict) else inner:
            yield section, cls, sub, str(entry)


def _words_of(entry: str) -> tuple[str, ...]:
    """An entry as tokens: "half-caste" is "half caste" (tokens split at hyphens)."""
    return tuple(w.replace("’", "'") for w in re.split(r"[\s\-]+", entry.lower()) if w)


def stems(word: str) -> tuple[str, ...]:
    """The word and what it may be a plural or possessive of."""
    forms = [word]
    if word.endswith("'s"):
        word = word[:-2]
        forms.append(word)
    if word.endswith("s'"):
        word = word[:-1]
        forms.append(word)
    if len(word) > 3 and word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if len(word) > 3 and word.endswith("es"):
        forms.append(word[:-2])
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        forms.append(word[:-1])
    return tuple(forms)


def _squeeze(word: str) -> str:
    """Runs of one letter as one letter ("stuuupid", "stupid" -> "stupid")."""
    return re.sub(r"(.)\1+", r"\1", word)


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@cache
def _english() -> dict[str, int]:
    path = resources.files("spellchecker").joinpath("resources/en.json.gz")
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        frequencies: dict[str, int] = json.load(text)
    return frequencies


class Lexicon:
    """Every entry of lexicon.yaml, indexed by its first word."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.homonyms: dict[str, frozenset[str]] = {
            word: frozenset(str(c).lower() for c in contexts)
            for word, contexts in data["modes"].pop("homonym").items()
        }
        self.index: dict[str, list[Entry]] = {}
        vocabulary: set[str] = set()
        signal: set[str] = set()  # words of hostile classes and protected groups
        fuzzy_words: set[str] = set()
        for section in ("targets", "said", "modes"):
            for cls, spec in data[section].items():
                fuzzy = _is_fuzzy(spec)
                for _, _, sub, entry in _entries(section, cls, spec):
                    words = _words_of(entry)
                    if not words:
                        continue
                    self.index.setdefault(words[0], []).append((words, section, cls, sub))
                    vocabulary.update(w for w in words if w != "*")
                    if section == "said" or cls == "group":
                        signal.update(w for w in words if w not in _FUNCTION_WORDS)
                    if fuzzy and len(words) == 1 and len(words[0]) >= 5:
                        fuzzy_words.add(words[0])
        for entries in self.index.values():
            entries.sort(key=lambda e: -len(e[0]))  # longest phrase first
        english = _english()
        self.vocabulary = frozenset(vocabulary)
        self.signal = frozenset(signal)
        self.known = frozenset(w for w, n in english.items() if n >= _KNOWN_FREQUENCY)
        self.english = frozenset(english)  # any dictionary word is itself, not a disguise
        self.pieces = (
            frozenset(w for w, n in english.items() if n >= _COMMON_FREQUENCY and len(w) > 2)
            | self.vocabulary
            | _FUNCTION_WORDS
        )
        self.squeezed = {_squeeze(w): w for w in fuzzy_words}
        self.near: dict[str, str] = {}
        for word in sorted(fuzzy_words):
            for variant in _deletes(word):
                self.near.setdefault(variant, word)

    def undisguise(self, word: str) -> list[str]:
        """The word as written, or what it disguises (see normalise.py)."""
        if word in self.vocabulary or word in self.english or not word.isalpha():
            return [word]
        squeezed = _squeeze(word)
        if squeezed in self.squeezed:
            return [self.squeezed[squeezed]]
        for form in stems(word) if len(word) >= 5 else ():
            for variant in (form, *sorted(_deletes(form))):
                if variant in self.near:
                    return [self.near[variant]]
                if variant in self.vocabulary and len(variant) >= 5:
                    return [variant]
        if len(word) >= 7:
            split = self._split(word)
            if split:
                return split
        return [word]

    def _split(self, word: str) -> list[str] | None:
        """A run-together word as at most four known words, one of them the lexicon's."""
        best: list[list[str] | None] = [None] * (len(word) + 1)
        best[0] = []
        for end in range(1, len(word) + 1):
            for start in range(max(0, end - 15), end):
                head = best[start]
                piece = word[start:end]
                if head is None or len(head) >= 4:
                    continue
                if piece in self.pieces or (len(piece) == 1 and piece in "ia"):
                    candidate = [*head, piece]
                    current = best[end]
                    if current is None or len(candidate) < len(current):
                        best[end] = candidate
        found = best[len(word)]
        if found and len(found) > 1 and any(p in self.signal for p in found):
            return found
        return None

    def find(self, words: Sequence[str]) -> list[Mention]:
        """Every entry that matches ``words`` (normalised tokens), longest at each place."""
        found: list[Mention] = []
        for i, word in enumerate(words):
            seen: set[tuple[str, str]] = set()
            for form in stems(word):
                for entry, section, cls, sub in self.index.get(form, ()):
                    if (section, cls) in seen:
                        continue
                    last = _match(entry, words, i)
                    if last is not None:
                        seen.add((section, cls))
                        found.append(Mention(section, cls, sub, i, last, " ".join(entry)))
        return found


def _match(entry: tuple[str, ...], words: Sequence[str], i: int) -> int | None:
    if i + len(entry) > len(words):
        return None
    for offset, want in enumerate(entry[1:], start=1):
        got = words[i + offset]
        if want != "*" and want != got and want not in stems(got):
            return None
    return i + len(entry) - 1


def _is_fuzzy(spec: Any) -> bool:
    if isinstance(spec, dict):
        if spec.get("fuzzy"):
            return True
        return any(isinstance(v, dict) and v.get("fuzzy") for v in spec.values())
    return False


@cache
def lexicon() -> Lexicon:
    """The lexicon, built once per process."""
    return Lexicon(yaml.safe_load(LEXICON_FILE.read_text(encoding="utf-8")))
