"""A registered address as the matcher reads it: its streets and property names, the side
of a street it is on, its units and its sites.

An address's later lines (the town, the county) would match every item in the town, and a
house number alone matches nothing; the street or property name says which property it is,
so that is what is read from each line, once per interest.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from nolan.core.matching.house_numbers import HOUSE_NUMBER, pieces_of
from nolan.core.matching.places import PlaceNames
from nolan.core.matching.vocabulary import COMPASS, COMPASS_WORDS, STREET_TYPES
from nolan.core.matching.words import PARENTHESISED, tokens

# Words that open an address line without naming the place: "Land at", "Flat 3", "Unit 2".
ADDRESS_PREFIXES = {"land", "at", "rear", "of", "adjacent", "to", "former", "flat", "unit"}
ADDRESS_PREFIXES |= {"apartment", "suite", "plot", "part", "shop", "kiosk", "floor", "basement"}
ADDRESS_PREFIXES |= {"known", "as", "off", "maisonette", "cafe"}
# Words that say which floor ("Upper floor flat", "First floor, 3 Mill Lane"): a prefix only
# before another, where "Upper" before a street's name is part of it ("Upper Wickham Lane").
_FLOORS = {"ground", "first", "second", "upper", "lower", "1st", "2nd", "3rd"}


def street_phrases(address: str) -> list[tuple[str, ...]]:
    """The street or property names in an address, without house numbers.

    Each comma-separated line up to the first street is kept, a street line ending at its
    (last) street type and any compass word after it ("Bridge Road East"): "Land at Home
    Farm, 3 Mill Lane shops, Welwyn" gives (home farm) and (mill ln). A flat's block whose
    name ends in a street word is no street: "Flat 3, Godfrey's Court, 12-18 Moulsham
    Street" gives (godfrey ct) and (moulsham st). A house number inside
    a line ends a house name and starts the street: "Rose Cottage 3 The Green" gives (rose
    cottage) and (the green). One word before a number is a unit's label ("Garage 14",
    "Stall 14"), not a property's name (``unit_labels``). Lines after the street (the
    town, the county) would match every item in the town, so they are left to the postcode
    sector.
    """
    phrases = []
    lines = list(_line_parts(address))
    block = flat_building(address)
    for i, parts in enumerate(lines):
        street = None
        for n, words in enumerate(parts):
            while words and (
                words[0] in ADDRESS_PREFIXES
                or words[0] in _FLOORS
                and bool((ADDRESS_PREFIXES | _FLOORS) & set(words[1:2]))
            ):
                words.pop(0)
            street = max((i for i, w in enumerate(words) if i and w in STREET_TYPES), default=None)
            if street is not None:
                end = street + 2 if tuple(words[street + 1 : street + 2]) in COMPASS else street + 1
                words = words[:end]
                # "Field west of Travellers Lane", "garage block rear of Moors Walk": the
                # land's description ends where the street's name begins.
                along = max((i for i in range(1, street) if words[i] in _ALONG), default=None)
                if along is not None and street - along >= 2:
                    words = words[along + 1 :]
            if (
                words
                and not (len(words) == 1 and n + 1 < len(parts))
                and not _part_of_site(words, i, lines)
            ):
                phrases.append(tuple(words))
            if street is not None:
                break
        # A flat's block ending in a street word ("Flat 3, Godfrey's Court, 12-18 Moulsham
        # Street") is the building, not the street: the numbered street after it is read too.
        if street is not None and not (
            phrases and phrases[-1] == block and i + 1 < len(lines) and not lines[i + 1][0]
        ):
            break
    return phrases


# Buildings that a site holds one of each, named by the site in the next line: "Pavilion,
# Admirals Park" is Admirals Park's pavilion, and "bowls pavilion in Central Park" is another.
_PARTS_OF_SITES = {"pavilion", "clubhouse", "boathouse"}


def _part_of_site(words: list[str], line: int, lines: list[list[list[str]]]) -> bool:
    """Whether a line is only one of a site's buildings (``_PARTS_OF_SITES``), the site
    named in the line after it (by a word, not only a postcode's)."""
    return (
        len(words) == 1
        and words[0] in _PARTS_OF_SITES
        and line + 1 < len(lines)
        and any(w.isalpha() for part in lines[line + 1] for w in part)
    )


# Words that, inside a line describing land, say where it lies from the street named after
# them: "field west of Travellers Lane", "block behind Moors Walk", "paddock off Mill Road".
_ALONG = {"of", "off", "behind", "opposite", "adjoining", "beside", "fronting", "near", "on"}


def has_number_before(address: str, phrase: tuple[str, ...]) -> bool:
    """Whether a house number comes before ``phrase`` in an address: "5 Haldens"."""
    pieces = pieces_of(address)
    n = len(phrase)
    return any(
        tuple(pieces[i : i + n]) == phrase and i and HOUSE_NUMBER.fullmatch(pieces[i - 1])
        for i in range(len(pieces) - n + 1)
    )


def street_sides(address: str) -> dict[tuple[str, ...], str]:
    """The side of a street that land lies on, where its address says it: "w" for (traveller
    ln) in "Field west of Travellers Lane" or "Field on the west side of Travellers Lane"."""
    sides = {}
    for parts in _line_parts(address):
        for words in parts:
            for i in range(len(words) - 3):  # a compass point with a street after it
                of = i + 2 if words[i + 1] == "side" else i + 1
                if side := side_before(words[: of + 1]):
                    street = street_phrases(" ".join(words[of + 1 :]))
                    if street and street[0][-1] in STREET_TYPES:
                        sides[street[0]] = side
    return sides


def side_before(words: Sequence[str]) -> str | None:
    """The compass point that ``words`` end with as "west of" or "west side of": "w"."""
    if list(words[-1:]) != ["of"]:
        return None
    rest = words[:-2] if list(words[-2:-1]) == ["side"] else words[:-1]
    return rest[-1] if rest and rest[-1] in COMPASS_WORDS else None


# A classified road's number: "A1000", "B158" (a capital, then up to four digits).
_ROAD_NUMBER = re.compile(r"\b[AB][1-9][0-9]{0,3}\b")


def road_numbers(address: str) -> list[tuple[str, ...]]:
    """The classified roads an address names by number, each as a street's name: (a1000,)
    for "Land east of Great North Road (A1000)". Short numbers ("A1") are left out: they
    run the length of the country."""
    return [(number.lower(),) for number in _ROAD_NUMBER.findall(address) if len(number) >= 4]


def _line_parts(address: str) -> Iterator[list[list[str]]]:
    """Each comma-separated line of an address, cut at its numbers into lists of words. A
    bracket is a note on the property, not part of its name: "Danbury Common (north
    compartment)" is "Danbury Common", "(TL 742 046)" no line of its own."""
    for line in PARENTHESISED.sub(" ", address).split(","):
        parts: list[list[str]] = [[]]
        for word in tokens(line):
            if word[0].isdigit():
                parts.append([])
            else:
                parts[-1].append(word)
        yield parts


def unit_labels(address: str) -> set[str]:
    """The one word before a number that labels a unit: "garage" in "Garage 14"."""
    return {
        words[0]
        for parts in _line_parts(address)
        for words in parts[:-1]
        if len(words) == 1 and words[0] not in ADDRESS_PREFIXES
    }


def named_sites(address: str, places: PlaceNames) -> Iterator[tuple[str, ...]]:
    """The lines of an address, without numbers, that name a site by more than its place:
    "Bexleyheath Broadway market", "Chelmsford indoor market"; not "Bexleyheath"."""
    for line in PARENTHESISED.sub(" ", address).split(","):
        words = tokens(line)
        if words and not any(w[0].isdigit() for w in words) and words not in places.within:
            yield words


def streets_of(address: str) -> list[tuple[str, ...]]:
    """Every street an address names, each as its words before a street type, not only the
    first (``street_phrases``): (hollybush, ln) as well as (garage, ct) in "garage court
    rear of 20-48 Hollybush Lane"."""
    found = []
    for parts in _line_parts(address):
        for words in parts:
            start = 0
            for i, word in enumerate(words):
                if word in ADDRESS_PREFIXES | _ALONG:
                    start = i + 1
                elif i > start and word in STREET_TYPES:
                    found.append(tuple(words[start : i + 1]))
                    start = i + 1
    return found


# The words a block of flats' name ends in: "Kestrel House", "Riverview Court".
BUILDINGS = {"house", "ct", "block", "tower", "mansion", "lodge", "point", "height"}
# Words that open a flat's line: "Flat 9", "Apartment 3".
FLATS = {"flat", "apartment", "maisonette"}


# A block the entry's words name as the member's by its own name, with a flat in it ("flat 3
# in The Old Chapel, 17 Baddow Road") or called so ("the former Woolworths building, now
# called Clocktower Chambers"); its name ends in a word for a block, not for a house or a
# site, which other streets have too ("Rose Cottage", "The Old Police Station").
_NAMED_BLOCK = re.compile(
    r"\b(?:(?:flat|apartment)\s+\d+[a-z]?\s+(?:in|at)|now\s+called|known\s+(?:locally\s+)?as)"
    r"\s+((?:The\s+)?(?:[A-Z][\w'’-]*\s+)+(?:Chambers|House|Court|Lodge|Tower|Mill|Maltings"
    r"|Granary|Chapel|Buildings|Mansions|Plaza|Heights|Works|Wharf|Apartments))\b"
)


def named_blocks(address: str) -> list[tuple[str, ...]]:
    """The blocks an address line or a land's description names as the member's
    (``_NAMED_BLOCK``), without a leading "the"."""
    found = [tokens(name) for name in _NAMED_BLOCK.findall(address)]
    return [w[1:] if w[:1] == ("the",) else w for w in found]


def flat_building(address: str) -> tuple[str, ...]:
    """The block a flat is in, where the address opens with the flat's number and the
    block's name follows, ending in a word for a building: (kestrel, house) for "Flat 9,
    Kestrel House, Lesney Park Estate"; () otherwise."""
    lines = [tokens(line) for line in PARENTHESISED.sub(" ", address).split(",")]
    first = lines[0] if lines else ()
    if len(first) < 2 or first[0] not in FLATS or not first[1][0].isdigit():
        return ()
    rest = first[2:] or (lines[1] if len(lines) > 1 else ())
    if len(rest) >= 2 and rest[-1] in BUILDINGS and not rest[0][0].isdigit():
        return rest
    return ()
