"""Initials: those an item may call a registered name by, and those it defines for its own
words.

Bodies are called by their initials ("RBL", "HPFT", "WGC Town Centre Partnership") as often
as by their names; but a few letters stand for many names, so initials count only when
long enough or beside a distinctive word, and not where the item spells them out as other
words ("tapered polystyrene slabs (TPS)").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from nolan.core.matching.vocabulary import CONNECTORS, GENERIC, distinctive, singular
from nolan.core.matching.words import MAX_PHRASE, tokens

# A word written in capitals in a registered name is an acronym ("GMB", "UNISON").
CAPITALS = re.compile(r"\b[A-Z]{2,}\b")
# Initials joined by "&", as an item writes a brand: "M&S", "B&Q", "BD&W" (read "ms", "bq",
# "bdw": ``tokens``).
AMPERSAND_INITIALS = re.compile(r"\b[A-Z]{1,3}&[A-Z]{1,3}\b")
# Initials of every run of an item's words are compared with acronyms a member registered;
# two-letter initials of arbitrary word pairs would flag nearly every item.
MIN_PHRASE_ACRONYM = 3


def initials_of(words: Sequence[str]) -> str:
    """The first letters of a name's words, its small words and numbers left out: "rbl" for
    "royal british legion"; "" for fewer than two letters."""
    letters = [w[0] for w in words if w not in CONNECTORS and not w.isdigit()]
    return "".join(letters) if len(letters) >= 2 else ""


def words_in_capitals(names: Iterable[str]) -> set[str]:
    """The words written in capitals in registered names: acronyms such as "GMB"."""
    found = {tokens(word)[0] for name in names for word in CAPITALS.findall(name)}
    return found - GENERIC


def spelled_out(name: str) -> str:
    """The letters of a name written wholly in initials, "swfrfc" for "SWF RFC": an item
    that writes it out ("South Woodham Ferrers Rugby Football Club") has them as its
    words' initials."""
    if not name.isupper():
        return ""
    words = re.findall(r"[A-Za-z]+", name)
    if len(words) >= 2 and all(CAPITALS.fullmatch(w) for w in words):
        return "".join(words).lower()
    return ""


def name_acronyms(words: tuple[str, ...]) -> set[str]:
    """A name's initials, without and with its small words: "uh" and "uoh" for "University
    of Hertfordshire"; an NHS trust's also without "NHS" and "University", as trusts write
    them: "HPFT" for "Hertfordshire Partnership University NHS Foundation Trust"."""
    found = {initials_of(words), "".join(w[0] for w in words if not w.isdigit())}
    if "nhs" in words:
        found.add(initials_of([w for w in words if w not in {"nhs", "university"}]))
    # As a word of the item, "HFRS" reads as a plural.
    return {form for a in found if len(a) >= 2 for form in (a, singular(a))}


def initialled(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The name with one or two runs of two or more of its words written as their initials,
    three or more letters in all or beside a distinctive word, the rest as they are: "wgc
    town center partnership" for "Welwyn Garden City Town Centre Partnership", "nhlv nh
    trust" for "North Herts & Lea Valley NHS Trust", "mse nh ft" for "Mid and South Essex
    NHS Foundation Trust", "greyfriars gm" for "Greyfriars Grounds Maintenance"."""
    runs = [
        (i, j, initials)
        for i in range(len(words))
        for j in range(i + 2, len(words) + 1)
        if words[i] not in CONNECTORS
        and words[j - 1] not in CONNECTORS
        and j - i < len(words)
        and len(initials := initials_of(words[i:j])) >= 2
    ]
    variants = [
        (*words[:i], form, *words[j:])
        for i, j, initials in runs
        if len(initials) >= MIN_PHRASE_ACRONYM
        or any(distinctive(w) for w in (*words[:i], *words[j:]))
        or len([w for w in words[j:] if w not in CONNECTORS]) >= 2
        # As a word of the item, "AODS" reads as a plural.
        for form in {initials, singular(initials)}
    ]
    if len(words) <= MAX_PHRASE:
        variants += [
            (*words[:i], first, *words[j:k], second, *words[m:])
            for i, j, first in runs
            for k, m, second in runs
            if j <= k and len(first + second) >= MIN_PHRASE_ACRONYM + 1
        ]
    return variants


# Roman numerals keep all their letters in initials: "QEII" for "Queen Elizabeth II".
_NUMERALS = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii"}


def leading_initials(words: tuple[str, ...]) -> list[tuple[str, tuple[str, ...]]]:
    """A property's name with two or more of its leading words written as their initials,
    three letters or more, the rest as they are: ("kgv", ("kgv", "playing", "field")) for
    "King George V Playing Fields", "QEII Hospital" for "Queen Elizabeth II Hospital".
    A clerk shortens the person or saint a site is named after, not the word saying what
    kind of site it is."""
    found = []
    for j in range(2, len(words)):
        lead = words[:j]
        if CONNECTORS & {lead[0], lead[-1]} or any(w.isdigit() for w in lead):
            continue
        letters = "".join(w if w in _NUMERALS else w[0] for w in lead if w not in CONNECTORS)
        if len(letters) >= MIN_PHRASE_ACRONYM:
            found.append((letters, (letters, *words[j:])))
    return found


# An acronym in brackets after the words it stands for: "tapered polystyrene slabs (TPS)".
DEFINED = re.compile(r"((?:[\w'’-]+\s+){1,8})\(([A-Z][A-Z&]{1,7})\)")
# And the words in brackets after it: "HAS (Housing Advice Service) restructure".
DEFINED_AFTER = re.compile(r"\b([A-Z][A-Z&]{1,7})\s+\(([\w'’-]+(?:\s+[\w'’-]+){0,7})\s*\)")


def spelled_by(acronym: str, words: Sequence[str]) -> tuple[str, ...]:
    """The fewest last ``words`` that spell ``acronym`` out, as an acronym is defined in
    text: each word not a small one gives its first letter and perhaps more of its letters
    in order ("tapered polystyrene slabs" for "tps"); () if none does."""
    letters = acronym.replace("&", "")
    for n in range(1, min(len(words), len(letters) + 3) + 1):
        tail = words[-n:]
        content = [w for w in tail if w not in CONNECTORS]
        if tail[0] not in CONNECTORS and content and _spells(letters, content):
            return tuple(tail)
    return ()


def _spells(letters: str, words: Sequence[str]) -> bool:
    """Whether ``words`` spell ``letters``: each word's first letter the next one, then
    perhaps more of its letters in order."""
    if not words:
        return not letters
    word = words[0]
    if not letters or word[0] != letters[0]:
        return False
    i, taken = 1, [1]
    for ch in word[1:]:
        if i < len(letters) and ch == letters[i]:
            i += 1
            taken.append(i)
    return any(_spells(letters[k:], words[1:]) for k in taken)
