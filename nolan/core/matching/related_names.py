"""Bodies an item names otherwise than the register does: a sister company, the full name
behind a trading name, a firm by its first word (issue 11, blind set 8).

The register holds the name the member knows ("Greene King Pub Partners", who gave the
hospitality; "Essex Cricket", whose box it was; "Cory Riverside Energy", the employer); the
agenda holds the name on the licence or the application ("premises licence holder Greene
King Retailing Ltd", "Essex County Cricket Club", "Cory's application"). The matcher's other
name rules (``names``) treat a name that goes on with another distinctive word
as another body, rightly for "Rotary Club of Chelmsford Mildmay" and "... Rivermead"; these
four rules are the cases where a Monitoring Officer would still ask:

- two companies whose names share their first two distinctive words are one group's
  ("Greene King Retailing Ltd" and "Greene King Pub Partners"): one shared word is not
  enough ("Anchor Housing" is not "Anchor Motors");
- a group or holding company's subsidiary is named with the group's first distinctive word
  and its own trade ("Ocado Retail Ltd" of "Ocado Group plc");
- the registered name with words saying what kind of place it is from inserted is the body
  it trades for ("Essex County Cricket Club" for "Essex Cricket");
- a firm's first distinctive word written as an owner ("Cory's application") in an item
  that also has another distinctive word of its name ("Riverside Energy Park").

Plain data in and out: words are the matcher's tokens, and ``strong`` its test of a
distinctive word that is not a place's name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable

from nolan.core.matching.vocabulary import FORMS, KINDS, STEM

# Legal forms that end a company's name (the matcher's tokens write "Limited" as "ltd").
_COMPANY_FORMS = {"ltd", "plc", "llp"}
# The words that end a group's or holding company's name (as the matcher's tokens write
# them): the company that owns others.
GROUP_WORDS = {"group", "holding"}
# The most words between a group's name and the company's legal form: "Greene King
# Retailing Ltd", "Greene King Brewing and Retailing Ltd".
_MAX_BETWEEN = 3
# Words that say what kind of place a body's place is, or whose it is, inserted in its full
# name: "Essex County Cricket Club", "Bexley Borough Community Youth Theatre".
_PLACE_KINDS = {"county", "city", "borough", "district", "town", "parish", "community"}
# Titles that make an owner a person: "Mr Cory's objection".
_TITLES = {"mr", "mrs", "ms", "miss", "dr", "cllr", "councillor", "sir", "dame", "lord", "lady"}

Strong = Callable[[str], bool]


def sister_company(
    name: tuple[str, ...], sequences: Iterable[tuple[str, ...]], strong: Strong
) -> bool:
    """Whether the item names a company led by the registered name's first two words, both
    distinctive: "Greene King Retailing Ltd" for "Greene King Pub Partners"."""
    if len(name) < 3 or not (strong(name[0]) and strong(name[1])):
        return False
    group = name[:2]
    for words in sequences:
        for i in range(len(words) - 2):
            if words[i : i + 2] == group:
                after = words[i + 2 : i + 3 + _MAX_BETWEEN]
                if any(w in _COMPANY_FORMS for w in after[1:]):
                    return True
    return False


def group_company(
    name: tuple[str, ...], sequences: Iterable[tuple[str, ...]], strong: Strong
) -> bool:
    """Whether the item names a company led by a group or holding company's first word,
    distinctive, with a word of its own before its legal form: "Ocado Retail Ltd" for
    "Ocado Group plc", "Quorvex Energy Ltd" for "Quorvex Environmental Holdings Ltd". A
    group names its subsidiaries with its own first word and their trade; a company that
    is no group ("Anchor Motors Ltd") shares its first word with other firms by chance, and
    so does one in another trade than the group's name gives ("Verulam Housing Co-operative
    Ltd" is not of "Verulam Homes Group plc"). A group named after a place or a trade is
    led by its whole name, its word for a group too ("Danbury Group Homes Ltd" of "Danbury
    Group Ltd"): "Erith Builders (Slade Green) LLP" need not be "Erith Builders Group
    Ltd"'s."""
    if len(name) < 2 or name[-1] not in GROUP_WORDS:
        return False
    lead = name[:1] if strong(name[0]) else name
    trades = {w[:STEM] for w in name if w in KINDS - FORMS}
    for words in sequences:
        for i in range(len(words) - len(lead)):
            if words[i : i + len(lead)] == lead:
                after = words[i + len(lead) : i + len(lead) + 1 + _MAX_BETWEEN]
                other_trade = trades and after[0] in KINDS - FORMS and after[0][:STEM] not in trades
                if not other_trade and any(w in _COMPANY_FORMS for w in after[1:]):
                    return True
    return False


def with_kind_inserted(
    name: tuple[str, ...],
    sequences: Iterable[tuple[str, ...]],
    capitalised: Collection[str],
    strong: Strong,
    whole: bool = False,
) -> bool:
    """Whether the item has the registered name with one or two words saying what kind of
    place it is from inserted, all written with capitals and perhaps ending in a kind of
    body: "Essex County Cricket Club" for "Essex Cricket", "Howlands Community Hub" for
    "Howlands Hub CIC", whose whole name is evidence (``whole``) though no word of it is; or
    with one word of any kind after a distinctive first word, as a family firm adds a second
    name: "Gascoyne Cecil Estates" for "Gascoyne Estates"."""
    if len(name) < 2 or not (whole or any(map(strong, name))):
        return False
    for words in sequences:
        for i, word in enumerate(words):
            if word != name[0]:
                continue
            j, k, inserted = i + 1, 1, 0
            while k < len(name) and j < len(words):
                if words[j] == name[k]:
                    k += 1
                elif (words[j] in _PLACE_KINDS or strong(name[0]) and j == i + 1) and inserted < 2:
                    inserted += 1
                else:
                    break
                j += 1
            if k == len(name) and inserted and set(words[i:j]) <= set(capitalised):
                return True
    return False


def possessive(name: tuple[str, ...], raw: str, words: Collection[str], strong: Strong) -> bool:
    """Whether the item writes the registered name's first word, distinctive, as an owner
    ("Cory's application") and has another distinctive word of the name: "Riverside
    Energy Park" and "Cory's" for "Cory Riverside Energy". The owner alone may be a
    person ("Mr Cory's objection")."""
    if len(name) < 2 or not strong(name[0]) or not any(strong(w) and w in words for w in name[1:]):
        return False
    owner = re.compile(rf"(\w*)\.?\s*\b({re.escape(name[0])})['’]s\b", re.IGNORECASE)
    return any(
        m.group(2)[0].isupper() and m.group(1).lower() not in _TITLES for m in owner.finditer(raw)
    )
