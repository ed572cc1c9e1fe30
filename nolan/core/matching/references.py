"""Postcodes, Ordnance Survey grid references and parcel and title numbers.

Each names land exactly, whatever the words around it say, so they are read apart from the
words (``tokens`` leaves postcodes out) and compared as numbers.
"""

from __future__ import annotations

import re

# A full postcode in any spacing or case: "AL8 6AE", "al86ae".
POSTCODE = re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9])([A-Z]{2})\b", re.IGNORECASE)
# A grid reference: a 100 km square's letters, then an easting and a northing.
_GRID = re.compile(r"\b([HNOST][A-HJ-Z])\s?([0-9]{2,5})\s?([0-9]{2,5})\b")
# A field's Ordnance Survey parcel number ("OS parcel 4521", "field no. 0034", "field OS
# 7650") or a title's at the Land Registry ("title EX123456", "land registered under
# EX123456"): numbers of one piece of land.
# An allocation lists several ("parcels OS 7650 and OS 8052", "fields 0034, 0035"): each is
# one (``_MORE_PARCELS``).
_PARCEL = re.compile(
    r"\b(parcel|field|enclosure|title|registered\s+under)s?\s+(?:no\.?\s*|number\s+)?(?:OS\s+)?"
    r"([A-Z]{0,3}[0-9]{3,7})\b((?:\s*(?:,|and|&)\s*(?:OS\s+)?[A-Z]{0,3}[0-9]{3,7}\b)*)",
    re.IGNORECASE,
)
# A Land Registry title number has two or three letters before its digits ("HD412876"),
# where an OS parcel's is bare digits: an item that calls the member's title a "parcel"
# ("parcel HD412876") still means the title, so the number's shape, not the word before it,
# says which it is.
_TITLE = re.compile(r"[A-Z]{2,3}[0-9]{4,6}", re.IGNORECASE)
_MORE_PARCELS = re.compile(r"(?:,|and|&)\s*(?:OS\s+)?([A-Z]{0,3}[0-9]{3,7})\b", re.IGNORECASE)


def grid_references(text: str) -> set[tuple[str, int, int]]:
    """Every Ordnance Survey grid reference in ``text`` ("TL 742 046", "TL742046"), as its
    100 km square and the easting and northing in metres within it."""
    return {
        (square.upper(), int(east.ljust(5, "0")), int(north.ljust(5, "0")))
        for square, east, north in _GRID.findall(text)
        if len(east) == len(north)
    }


def parcels(text: str) -> set[tuple[str, str]]:
    """Every parcel or title number in ``text``: ("parcel", "4521") for "OS parcel 4521",
    ("title", "EX123456") for "title no. EX123456"; a field's number is a parcel's, and each
    of a list is one: "parcels OS 7650 and OS 8052"."""
    return {
        (
            "title" if kind.lower() == "title" or _TITLE.fullmatch(number) else "parcel",
            number.upper().lstrip("0"),
        )
        for kind, first, more in _PARCEL.findall(text)
        for number in (first, *_MORE_PARCELS.findall(more))
    }


# A contract's, a licence's or an application's reference: letters or digits in at least
# three parts joined by slashes, one of them a number ("WH/FL/2019/07", "6/2025/0211/MAJ",
# "LIC/2026/031"). It names one matter exactly, as a postcode names one place.
_REFERENCE = re.compile(r"(?<![\w/])[A-Z0-9]{1,8}(?:/[A-Z0-9]{1,8}){2,}(?![\w/])", re.IGNORECASE)


# A local plan's site allocation, after the word that says so: "site HS24 (WeG4)", "sites
# SA18, SA21 and SA27", "allocation Hat1". Only there, and two letters at least: a code
# alone may be a road ("A12") or a use class ("site B2").
_SITE_CODE = r"[A-Za-z]{2,4}[0-9]{1,3}[a-z]?"
_ONE_SITE = rf"{_SITE_CODE}(?:\s*\({_SITE_CODE}\))?"
_ALLOCATED = re.compile(
    rf"\b(?:sites?|allocations?)\s+({_ONE_SITE}(?:\s*(?:,\s*and|,|and|&|/)\s*{_ONE_SITE})*)(?!\w)",
    re.IGNORECASE,
)


# An allocation named in words and numbered ("Strategic Growth Site 2"): its code is the
# words' initials and the number ("SGS2"), which the plan and its agendas use for it.
_NAMED_ALLOCATION = re.compile(r"\b((?:[A-Z][a-z]+\s+){1,4}(?:Site|Allocation))\s+([0-9]{1,3})\b")
# A site's code written alone, as an item that speaks of sites lists those it is about
# ("the schedule of sites ..., including BrP4 (about 120 homes)"): it begins with a
# capital, and counts only where an entry gave the same code as a site's (a postcode's
# district, "AL10", is no entry's site). In an item about no sites a code may be a road's
# ("HS24 speed camera review"); a masterplan is a site's.
_BARE_SITE = re.compile(r"(?<![\w/])[A-Z][A-Za-z]{1,3}[0-9]{1,3}[a-z]?(?![\w/])")
_OF_SITES = re.compile(r"\b(?:sites?|allocations?|local\s+plan|masterplans?)\b", re.IGNORECASE)


def case_references(text: str) -> set[str]:
    """Every reference number in ``text`` with a digit in it, in capitals: dates written
    with slashes ("14/03/2025") are no reference, as each of their parts is a number. A
    local plan's site allocations are references too ("site SA21"): each names one piece
    of land."""
    found = {
        ref.upper()
        for ref in _REFERENCE.findall(text)
        if any(c.isdigit() for c in ref) and not all(part.isdigit() for part in ref.split("/"))
    }
    return found | {
        f"SITE {code.upper()}"
        for codes in _ALLOCATED.findall(text)
        for code in re.findall(_SITE_CODE, codes)
    }


def named_allocations(text: str) -> set[str]:
    """The codes of the allocations an entry names in words ("Strategic Growth Site 2" is
    "SITE SGS2"). Only an entry's: an item's code must be written as one, as initials of
    other words collide ("Bridge Road Site 1" and "Broadwater Road Site 1")."""
    return {
        "SITE " + "".join(w[0] for w in words.split()).upper() + number
        for words, number in _NAMED_ALLOCATION.findall(text)
    }


def site_codes(text: str) -> set[str]:
    """Every site code an item about sites writes, with the word "site" before it or not
    (``_BARE_SITE``), as ``case_references`` writes an entry's."""
    if _OF_SITES.search(text) is None:
        return set()
    return {f"SITE {code.upper()}" for code in _BARE_SITE.findall(text)}


def postcodes(text: str) -> set[str]:
    """Every UK postcode in ``text``, as "AL8 6AE" whatever its spacing or case."""
    return {f"{out.upper()} {digit}{unit.upper()}" for out, digit, unit in POSTCODE.findall(text)}
