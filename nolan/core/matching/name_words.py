"""One word of a name in an item: when it still names the body, and when another thing.

Agendas often call a body by its one strong word ("Tesco", "GMB", "contract with
Brightwave"), the weakest evidence the matcher takes: the same word leads other bodies'
names ("Unite Students"), streets ("Marston Road"), places and people ("Mr T Murphy").
These rules read the words around it, as a Monitoring Officer would, to tell which.
"""

from __future__ import annotations

import re

from nolan.core.matching.places import PlaceNames
from nolan.core.matching.text import ItemText
from nolan.core.matching.vocabulary import (
    COMPANIES,
    CONNECTORS,
    DEALINGS,
    FORMS,
    KINDS,
    NOT_COMPANIES,
    PLACE_WORDS,
    STEM,
    STREET_TYPES,
    TITLES,
)
from nolan.core.matching.words import undoubled

# Words before a party to a dealing: "grant to ...", "contract with ...".
_PARTY = {"to", "with", "from", "by"}
# Words before a street written without its kind: "the market on Stonehills".
_ON = {"on", "along"}
# Words after a body's short form that make it the subject of what the item says it does
# ("Greenway will supply and water 140 baskets"): a party to the dealing as much as "with".
_ACTS = {"will", "would", "shall", "has", "have", "had", "is", "was", "propose", "proposes"}
_ACTS |= {"supply", "supplies", "provide", "provides", "deliver", "delivers", "seek", "seeks"}
# Words before a firm's short form that give the part it plays in the item's dealing
# ("contractor Greenway missed two targets"): a party, as after "with".
_ROLES = {"contractor", "subcontractor", "supplier", "operator", "provider", "consultant"}
_ROLES |= {"developer", "applicant", "tenant", "lessee", "licensee", "bidder", "tenderer"}
# A call-off is a contract let under a framework ("extend the call-off with BexTech").
_CALL_OFF = ("call", "off")
# A body's people after its name say whose they are, not another trade: "Unite members".
_PEOPLE = {"member"}


def standing_alone(short: tuple[str, ...], text: ItemText) -> bool:
    """Whether the item deals with a body by its short form, written with capitals as a
    party's name ("grants ... GBP 4,000 to Digswell Arts for studio open days" for
    "Digswell Arts Trust"; "contract with Brightwave to add ..." for "Brightwave Digital
    Ltd", a company by its leading word) and each time ending there: "Digswell Arts Festival" or
    "Digswell Arts and Crafts Fair" go on to another name, and "Broomfield Arts open
    days", dealing with no one, are anyone's. The subject of what the item says it does
    ("Brightwave will supply ...", ``_ACTS``) is a party as much as "with Brightwave", as
    is the firm after the part it plays ("contractor Brightwave", ``_ROLES``), and a
    call-off is a contract."""
    if not set(short) <= text.capitalised | CONNECTORS or not (
        DEALINGS & text.words or text.has(_CALL_OFF)
    ):
        return False
    endings = [after[:1] for after in text.after(short, in_clause=True)]
    party = any(b[-1:] and b[-1] in _PARTY | _ROLES for b in text.before(short))
    if not party and not any(e and e[0] in _ACTS for e in endings):
        return False
    return bool(endings) and all(
        not e or e[0] not in text.capitalised and e[0] != "and" for e in endings
    )


def plural_in(word: str, name: tuple[str, ...], text: ItemText, places: PlaceNames) -> bool:
    """A partnership by its first word, a surname, made plural as firms of solicitors,
    surveyors and accountants are called ("Pendlefords" for "Pendleford Marsh LLP"),
    written with a capital and standing alone: not going on with another word written
    with a capital ("Pendlefords Farm", "Pendlefords Lane"), nor after "the", a title
    or an initial (a family or a person), nor the place the item is about."""
    raw = text.raw
    if not re.search(rf"\b{re.escape(word.capitalize())}s\b", raw) or text.ordinary(word):
        return False
    if _used_as_place(word, text, places):
        return False
    going_on = (text.capitalised - CONNECTORS) | PLACE_WORDS
    return any(
        not (after[:1] and after[0] in going_on)
        and before[-1:] != ("the",)
        and leaves(name, before, after, text, places)
        for before, after in text.around(word)
    )


def _used_as_place(word: str, text: ItemText, places: PlaceNames) -> bool:
    """Whether the item writes a name's word, somewhere, as the place or street it is
    about: the end of a place's name ("Great Baddow"), after "on" or "along" as a
    street is ("the street market on Stonehills"), or before a street's kind ("Baddow
    Road"). Its bare uses elsewhere in the item are then that place too: "Stonehills
    Property Group" is not "Stonehills - outdoor market licence"."""
    for before, after in text.around(undoubled(word)):
        if before[-1:] and before[-1] in _ON:
            return True
        if any(
            (*before[i:], w) in places.whole
            for i in range(len(before))
            for w in {word, undoubled(word)}
        ):
            return True
        if after[:1] and after[0] in STREET_TYPES:
            return True
    return False


def lone_in(word: str, name: tuple[str, ...], text: ItemText, places: PlaceNames) -> bool:
    """A name's leading strong word, or a one-word name, unless each time the item
    writes it into another name or a person's (``leaves``), or the item writes it as
    the place it is about (``_used_as_place``), as a plan's subject (``_opens_a_title``)
    or as a pub's sign (``_names_a_pub``)."""
    around = list(text.around(undoubled(word)))
    tails = [(b, a) for b, a in around if _tail_of_another(name, b, text, places)]
    if tails:
        around = [(b, a) for b, a in around if (b, a) not in tails and b[-1:] != ("the",)]
    return (
        not text.ordinary(word)
        and not _used_as_place(word, text, places)
        and not _opens_a_title(word, text)
        and not _names_a_pub(name, around, text)
        and any(leaves(name, before, after, text, places) for before, after in around)
    )


# Words that say an item is about a pub: its sign is a name of its own.
_PUBS = {"pub", "inn", "tavern"}


def _names_a_pub(
    name: tuple[str, ...], around: list[tuple[tuple[str, ...], tuple[str, ...]]], text: ItemText
) -> bool:
    """Whether, in an item about a pub, each time the item has the name's leading word it
    is a pub's sign: after "The" ("The Crown public house") or closing a sign joined by
    "and" ("The Rose and Crown"), and not going on with the name's next word. Pubs are
    named for a few old signs (Crown, Anchor, Plough) that firms are named for too, and
    "Crown Estates Ltd" is not the pub. A pub's own name ("The Crown, Erith") or a pub
    firm's ("Anchor Inns Ltd") may be that pub."""
    if len(name) < 2 or _PUBS & set(name) or not around:
        return False
    if not (_PUBS & text.words or text.has(("public", "house"))):
        return False
    return all(
        after[:1] != name[1:2]
        and (
            before[-1:] == ("the",)
            or before[-1:] == ("and",)
            and before[-2:-1] != ()
            and before[-2] in text.capitalised
        )
        for before, after in around
    )


# The last word of a council document's title: "Green Spaces Strategy", "Action Plan".
_DOCUMENTS = {"strategy", "plan", "framework", "policy", "charter"}


def _opens_a_title(word: str, text: ItemText) -> bool:
    """Whether each time the item has the word it opens a strategy's or plan's title, joined
    by "and" to the title's other words, all written with capitals ("Countryside and Green
    Spaces Strategy"): the title's subject, as "Countryside Strategy" would be another
    name (``leaves``), not the firm the word leads."""
    found = [(words, i) for words in text.sequences for i, w in enumerate(words) if w == word]
    return bool(found) and all(
        words[i + 1 : i + 2] == ("and",)
        and any(
            words[j] in _DOCUMENTS and all(w in text.capitalised for w in words[i + 2 : j])
            for j in range(i + 2, min(len(words), i + 7))
        )
        for words, i in found
    )


def _tail_of_another(
    name: tuple[str, ...], before: tuple[str, ...], text: ItemText, places: PlaceNames
) -> bool:
    """Whether a name's leading word ends another name in the item, a strong word with a
    capital the name lacks before it: "Chelmer and Blackwater Navigation" is not
    "Navigation Solutions Ltd", and "the Navigation" after it is that waterway too."""
    return (
        bool(before)
        and before[-1] not in name
        and before[-1] in text.capitalised
        and places.strong(before[-1])
    )


def leaves(
    name: tuple[str, ...],
    before: tuple[str, ...],
    after: tuple[str, ...],
    text: ItemText,
    places: PlaceNames,
) -> bool:
    """Whether the words around a name's leading word leave it that name. Not where the
    word after makes it a street or a place ("Marston Road", "Campus West"), another
    trade than the registered name's ("Anchor Housing" for "Anchor Motors"; "Builders"
    is "Building", so "MacAllister Builders" is "McAllister Building Contractors";
    "Orbit Group" names no trade, so "Orbit Housing" is it) or another name, being a
    strong word the name lacks, written with a capital ("Unite Students" is not "Unite
    the Union", "GMB Scaffolding" not "GMB"; "UNISON representatives" is UNISON);
    where a title or an initial the name lacks comes before it ("Mr T Murphy" for
    "Murphy Groundworks"); nor where a name that says it is a union, society, club or
    charity is written into a company's ("The UNITE Group plc"). Its members after it
    ("Unite members") are its own, not another trade's."""
    following = after[0] if after else ""
    trades = {w for w in name if w in KINDS} - FORMS
    street = following in PLACE_WORDS
    trade = bool(trades) and following in KINDS - FORMS - _PEOPLE
    name_word = following in text.capitalised and places.strong(following)
    if (street or trade or name_word) and following[:STEM] not in {w[:STEM] for w in name}:
        return False
    if TITLES & set(before) or (
        before and len(before[-1]) == 1 and before[-1] != "a" and before[-1] not in name
    ):
        return False
    return not (NOT_COMPANIES & set(name) and COMPANIES & set(after))
