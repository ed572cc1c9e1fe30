"""House and unit numbers: which numbers of a street or site an address or an item means.

A street holds hundreds of households: an item about "2-10 Bourne Road" is not the matter
of the member at number 21, though both name the street and share its postcode, and
"Garage 14" is not "14 Tennyson Road". Agendas give numbers as ranges, lists, sides of the
street, "from ... to" runs and the numbers a stretch lies between; each is read here as one
``Numbers``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from nolan.core.matching.vocabulary import STEM, singular
from nolan.core.matching.words import tokens

# What an address says between its words: a range's dash or "to" ("2-10", "Nos. 40 to
# 80"), a comma, a bracket, the end of a clause.
_MARKS = re.compile(
    r"(?P<range>(?<=\d)(?:\s*[-–]\s*|\s+to\s+)(?=\d))|(?P<open>[(\[])|(?P<close>[)\]])"
    r"|(?P<comma>,)|(?P<end>[;:]|\s[-–—]\s)"
)
_MARK = {"range": "-", "open": "(", "close": ")", "comma": ",", "end": "|"}
# A run written as the numbers it lies between: "closing the street between nos. 30 and 60"
# is 30 to 60, where "nos. 30 and 60" alone is two houses.
_BETWEEN = re.compile(
    r"\b(between\s+(?:(?:nos?|numbers?)\.?\s+)?[1-9][0-9]{0,2}[a-z]?)\s+and\s+(?=[1-9])",
    re.IGNORECASE,
)
# Homes given by their numbers ("homes numbered 41 to 77"), not lamp columns or bus routes.
_HOMES_NUMBERED = re.compile(
    r"\b(?:homes|houses|properties|flats|dwellings)\s+numbered\b", re.IGNORECASE
)
# A house or unit number: not a reference's ("24/00702/FUL") nor a year.
HOUSE_NUMBER = re.compile(r"[1-9][0-9]{0,2}[a-z]?")
# Words that open a bracket of a street's house numbers: "Maltese Road (nos. 1-19 odd)".
NUMBER_WORDS = {"no", "nos", "number"}
# House numbers this far apart are still neighbours: five houses either side, the numbers on
# one side of a street going up in twos ("41 Upton Road" for the member's 31). The labelled
# pairs put the line between 8 (asked about) and 10 (near misses); a miss costs more.
_NEIGHBOURS = 10
# A unit's label: its number is the unit's own, not a house's ("Garage 14", "Units 8-10").
UNITS = {singular(w) for w in ("unit", "garage", "pitch", "plot", "stall", "shop", "bay")}
UNITS |= {singular(w) for w in ("units", "garages", "pitches", "plots", "stalls", "shops")}
UNITS |= {"kiosk", "room", "bays", "block", "blocks"}


def pieces_of(text: str) -> list[str]:
    """``tokens`` of ``text`` with the marks that say which number goes with which words:
    "-" inside a range ("2-10"), "," and brackets, "|" where a clause ends."""
    text = _HOMES_NUMBERED.sub("nos", _BETWEEN.sub(r"\1 to ", text))
    pieces: list[str] = []
    start = 0
    for mark in _MARKS.finditer(text):
        pieces.extend(tokens(text[start : mark.start()]))
        pieces.append(_MARK[str(mark.lastgroup)])
        start = mark.end()
    return [*pieces, *tokens(text[start:])]


@dataclass(frozen=True)
class Numbers:
    """The numbers an address gives its property: a house's ("19", "47-49" for a building
    over two) or a unit's ("Garage 14", "Units 8-10")."""

    unit: bool
    low: str
    high: str
    # "odd" or "even" where the address says which side of the street it means.
    side: str = ""

    def near(self, other: Numbers, neighbours: int = 0) -> bool:
        """Houses that are one, or neighbours (``_NEIGHBOURS``) on the same side of the
        street: "96-118 Broadway (even numbers only)" is not the member's 113 across the
        road, nor "rear of 1-23 Wyncham Avenue (odd)" their garage behind 2-24."""
        if self.across(other) or other.across(self):
            return False
        apart = neighbours or _NEIGHBOURS
        low, high = _house(self.low), _house(self.high)
        return _house(other.low) - apart <= high and low <= _house(other.high) + apart

    def across(self, other: Numbers) -> bool:
        """Whether these numbers say which side of the street they mean and ``other``'s are
        all on the other side."""
        if not self.side:
            return False
        odd = self.side == "odd"
        return all((_house(n) % 2 == 1) != odd for n in (other.low, other.high))

    def overlaps(self, other: Numbers) -> bool:
        """Units that are one: "Unit 21" is not "Unit 12", "Unit A" not "bay 2", "Plot 17a"
        not "Plot 17b". A range of numbers holds the lettered units between its ends, as an
        allotment's plot split in two keeps its number: "plots 15 to 22" hold "Plot 17b"."""
        ends = (self.low, self.high, other.low, other.high)
        if all(n.isdigit() for n in ends):
            return int(other.low) <= int(self.high) and int(self.low) <= int(other.high)
        ranged = self.low != self.high or other.low != other.high
        if not ranged or not all(HOUSE_NUMBER.fullmatch(n) for n in ends):
            return self.low == other.low
        return _house(other.low) <= _house(self.high) and _house(self.low) <= _house(other.high)


def bracketed_side(pieces: Sequence[str]) -> str:
    """The side of the street a bracket says it means, up to its end: "odd" in "(nos. 1-19
    odd)" and "(odd)", "even" in "(even numbers only)"."""
    for piece in pieces:
        if piece == ")":
            break
        if piece in {"odd", "even"}:
            return piece
    return ""


def _house(number: str) -> int:
    """A house number without its letter: 59A is next to 61."""
    return int(number.rstrip("abcdefghijklmnopqrstuvwxyz"))


def range_at(pieces: Sequence[str], i: int) -> tuple[str, str, int] | None:
    """The number or range starting at ``pieces[i]``, and where it ends; a unit's may be a
    letter ("Unit A")."""
    if i >= len(pieces) or not (
        HOUSE_NUMBER.fullmatch(pieces[i])
        or len(pieces[i]) == 1
        and pieces[i].isalnum()
        and i
        and pieces[i - 1] in UNITS
    ):
        return None
    if (
        pieces[i + 1 : i + 2] == ["-"]
        and i + 2 < len(pieces)
        and HOUSE_NUMBER.fullmatch(pieces[i + 2])
    ):
        return pieces[i], pieces[i + 2], i + 3
    return pieces[i], pieces[i], i + 1


def units_at(
    pieces: Sequence[str], labels: frozenset[str] | set[str] = UNITS
) -> Iterator[tuple[str, Numbers]]:
    """Each unit's label and number or range in ``pieces``: ("pitch", 15-30) for "pitches
    15-30", ("pitch", 3) for "market pitch 3", each of a list ("units 2, 6 and 9"); with
    ``labels``, units of those kinds ("flat")."""
    for i, piece in enumerate(pieces[:-1]):
        if piece not in labels:
            continue
        # "Garage No. 14" is garage 14.
        j = i + 2 if pieces[i + 1] in NUMBER_WORDS else i + 1
        if (at := range_at(pieces, j)) and (j == i + 1 or HOUSE_NUMBER.fullmatch(pieces[j])):
            yield piece[:STEM], Numbers(True, at[0], at[1])
            for listed in _listed_after(pieces, at[2]):
                yield piece[:STEM], Numbers(True, listed[0], listed[1])


def _listed_after(pieces: Sequence[str], i: int) -> list[tuple[str, str, int]]:
    """The other numbers of a list that a unit's first begins ("units 2, 6 and 9"): only a
    list closed by "and", for a comma alone may lead on to the street's numbers ("Unit 4,
    1-10 Dorset Avenue")."""
    listed: list[tuple[str, str, int]] = []
    while pieces[i : i + 1] in ([","], ["and"]):
        closing = pieces[i] == "and" or pieces[i + 1 : i + 2] == ["and"]
        j = i + 1 + (pieces[i] == "," and closing)
        if not (j < len(pieces) and HOUSE_NUMBER.fullmatch(pieces[j])):
            break
        if not (at := range_at(pieces, j)):
            break
        listed.append(at)
        if closing:
            return listed
        i = at[2]
    return []


def other_units(held: Iterable[tuple[str, Numbers]], texts: Iterable[Sequence[str]]) -> bool:
    """Whether the item numbers units of the kinds held (units, garages, blocks, plots) and
    none is one held: "Widford Industrial Estate - letting of Unit 16" is not the member's
    Unit 6 there, nor "demolition of Garage Block D" their garage in Block B, wherever in
    the item the numbers stand."""
    held = list(held)
    labels = {label for label, _ in held}
    theirs = [
        (label, numbers)
        for pieces in texts
        for label, numbers in units_at(pieces)
        if label in labels
    ]
    return bool(theirs) and not any(
        label == ours and mine.overlaps(numbers) for label, numbers in theirs for ours, mine in held
    )


def units_then(pieces: Sequence[str]) -> Iterator[tuple[str, Numbers, tuple[str, ...]]]:
    """Each unit's label and number in ``pieces`` with the words after it, a comma between
    or none, up to the next mark: ("unit", 4, (hollybush,)) for "Unit 4, Hollybush, Welwyn
    Garden City" and for "Unit 4 Hollybush"."""
    for i, piece in enumerate(pieces[:-1]):
        if piece not in UNITS:
            continue
        j = i + 2 if pieces[i + 1] in NUMBER_WORDS else i + 1
        if (at := range_at(pieces, j)) and (j == i + 1 or HOUSE_NUMBER.fullmatch(pieces[j])):
            k = at[2] + 1 if pieces[at[2] : at[2] + 1] == [","] else at[2]
            end = k
            while end < len(pieces) and pieces[end] not in _MARK.values():
                end += 1
            yield piece[:STEM], Numbers(True, at[0], at[1]), tuple(pieces[k:end])


# Words after a street that say where along it, before the numbers they give: "Brampton
# Road outside Nos. 120-200".
_AT_NUMBERS = {"outside", "at", "opposite", "fronting", "between", "near", "by", "adjoining"}
_AT_NUMBERS |= {"adjacent", "beside", "behind", "rear", "of", "to", "the"}
# How far a street's "from ... to No. 39" may run, in pieces, within its clause.
_FROM_TO = 12
# A range from a house to the street's end: "from No. 39 to its junction with ...".
_END_OF_STREET = "999"


# How far back, in pieces, a side of the street may be said before its range: "on the
# even-numbered side of Upper Wickham Lane between nos. 2 and 30".
_SIDE_BEFORE = 8


def side_before(pieces: Sequence[str], start: int) -> str:
    """The side of the street the words just before a range say it means: "odd" in "the
    odd-numbered houses 11 to 35", "even" in "even numbers 2-60"."""
    for piece in reversed(pieces[max(0, start - _SIDE_BEFORE) : start]):
        if piece in {"|", ",", ")"}:
            break
        if piece in {"odd", "even"}:
            return piece
    return ""


def from_to(pieces: Sequence[str], start: int, at: tuple[str, str, int]) -> tuple[str, str, int]:
    """The number at ``pieces[start]`` with where a "from ... to" before it starts: "from the
    Bellegrove Road junction (No. 1) to No. 19 Hook Lane" is 1 to 19, and "from the
    junction to No. 19" the street's first houses, 1 to 19."""
    k = start - 1
    while k >= 0 and pieces[k] in NUMBER_WORDS:
        k -= 1
    if k < 1 or pieces[k] != "to":
        return at
    for j in range(k - 1, max(-1, k - _FROM_TO), -1):
        if pieces[j] in {"|", ","}:
            break
        if HOUSE_NUMBER.fullmatch(pieces[j]) and set(pieces[j + 1 : k]) <= {")"}:
            low, high = sorted((pieces[j], at[1]), key=_house)
            return low, high, at[2]
        if pieces[j] == "from":
            return "1", at[1], at[2]
    return at


def numbers_after(pieces: Sequence[str], i: int) -> Numbers | None:
    """The house numbers a street's name is followed by: "Brampton Road outside Nos.
    120-200", "Wellfield Road from its junction with St Albans Road East to No. 39" (1 to
    39), "from No. 3 to No. 39", "from No. 39 to the end" (39 onwards). A bare number after
    a street may be anything ("Hook Lane at 3pm"), so the numbers are named as numbers or
    come in a "from ... to"."""
    j = i
    while j < len(pieces) and j < i + 3 and pieces[j] in _AT_NUMBERS:
        j += 1
    if (
        j > i
        and pieces[j : j + 1]
        and pieces[j] in NUMBER_WORDS
        and (at := range_at(pieces, j + 1))
    ):
        return Numbers(
            False, at[0], at[1], bracketed_side(pieces[at[2] :]) or side_before(pieces, j)
        )
    if pieces[i : i + 1] != ["from"]:
        return None
    clause = []
    for piece in pieces[i + 1 : i + 1 + _FROM_TO]:
        if piece in {"|", ","}:
            break
        clause.append(piece)
    if "to" not in clause:
        return None
    to = clause.index("to")

    def number(part: Sequence[str]) -> str | None:
        k = 0
        while k < len(part) and part[k] in NUMBER_WORDS:
            k += 1
        return part[k] if k and k < len(part) and HOUSE_NUMBER.fullmatch(part[k]) else None

    low, high = number(clause[:to]), number(clause[to + 1 :])
    if low is None and high is None:
        return None
    low, high = sorted((low or "1", high or _END_OF_STREET), key=_house)
    return Numbers(False, low, high)


# What joins the numbers of a list of houses: "1, 3 and 5 Kingswood Avenue".
_LISTED = {",", "and", "&"}


def listed(
    pieces: Sequence[str], start: int, at: tuple[str, str, int], unit: bool, side: str
) -> Numbers:
    """The number or range at ``pieces[start]`` with the numbers listed before it: "1, 3
    and 5 Kingswood Avenue" is 1 to 5. A list of two or more houses all odd or all even
    says its side of the street, as "(odd)" does: those houses are across the road from the
    member's 14, which the list's 5 is otherwise near enough to be a neighbour of."""
    numbers = [at[0], at[1]]
    while start >= 2 and pieces[start - 1] in _LISTED and HOUSE_NUMBER.fullmatch(pieces[start - 2]):
        start -= 2
        numbers.append(pieces[start])
    if len(numbers) == 2:
        return Numbers(unit, at[0], at[1], side)
    houses = sorted(numbers, key=_house)
    parities = {_house(n) % 2 for n in numbers}
    if not side and len(parities) == 1:
        side = "odd" if parities == {1} else "even"
    return Numbers(unit, houses[0], houses[-1], side)


def own_numbers(address: str, streets: Sequence[tuple[str, ...]]) -> list[Numbers]:
    """The member's property's numbers in a registered address: each unit's ("Garage 14")
    and each house number or range before a street ("19 Duke Street", "rear of 15-27
    Mayplace Road East"); not a flat's ("Flat 3"), nor a number in words ("12-month
    licence")."""
    pieces = pieces_of(address)
    found = []
    i = 0
    while i < len(pieces):
        if (at := range_at(pieces, i)) is None:
            i += 1
            continue
        low, high, end = at
        unit = i > 0 and pieces[i - 1] in UNITS
        if unit or any(tuple(pieces[end : end + len(s)]) == s for s in streets):
            found.append(Numbers(unit, low, high))
        i = end
    return found
