"""Premises a member's company rents, named in the entry's details, and the items that deal
with them (issue 11, blind set 8).

A corporate tenancy (Localism Act 2011 s.30; the 2012 Regulations' Table 1, "any tenancy
where (to the member's knowledge) the landlord is the relevant authority and the tenant is a
body in which the relevant person has a beneficial interest") is registered in the member's
words: "the company rents the boathouse in Central Park, Chelmsford, from the council". The
item that sells, rebuilds, re-lets or reviews the rent of those premises names them in the
council's words: "demolition of the lakeside boathouse ... in Central Park", "units 1-10
Thames Road" for "Unit 6 on the council's Thames Road industrial estate". Neither the
company's name nor a full address is in the item, so the premises are matched as a
Monitoring Officer would read them: the same kind of premises (the head word of what is
rented: boathouse, store, hall, suite, café, or a unit whose number the item's range
includes) at the same named site (a name with capitals from the details, not the post town
that ends them), in an item that deals with property (a lease, rent, sale, demolition,
rebuilding). Each of the three alone is anyone's: every park has a café, every item about
Central Park is not about its boathouse, and a boathouse named in a sports strategy is not
being let.

Words are read with the matcher's ``tokens``, and a site is told from a town with the
council's place names, so the rule reads an entry as the rest of the matcher does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass

from nolan.core.matching.words import tokens

# What the entry's details say the company holds: "rents the boathouse in Central Park".
_HOLDS = re.compile(
    r"\b(?:rents|leases|occupies|tenant\s+of\s+the\s+council\s+(?:at|in|on)|tenant\s+of"
    r"|lease\s+of|rent|lease)\s+"
    r"(.+?)(?=\s+from\s+the\s+council\b|\s+as\s+an?\b|\.(?:\s|$)|;|$)",
    re.IGNORECASE,
)
# Premises said to be the body's: "a club whose ground and pavilion are at Digswell Park" is
# read as occupying them.
_WHOSE = re.compile(r"\bwhose\s+([^.;]+?)\s+(?:is|are)\s+(at|in|on)\b", re.IGNORECASE)
# A name with capitals in the details: the site ("Central Park", "Thames Road").
_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")
# Where what is rented ends and where it is begins: "the boathouse | in Central Park".
_WHERE = {"in", "at", "on", "within", "of"}
# Words before a unit's number ("Unit 6", "Bay 3"), singular as the matcher's tokens are.
_UNITS = {"unit", "bay", "pitch", "stall", "kiosk", "garage", "plot", "suite", "room"}
# Words that name a structure, not what it is for: "the café building" is let as "the café",
# so the word before is the kind (blind set 9). Singular, as the matcher's tokens are.
_STRUCTURES = {"building", "premise", "block"}
# Words before what is rented that say nothing of which it is.
_LEADING = {"the", "a", "an", "former", "council", "councils"}
# Street types, as the matcher's tokens write them ("Road" is "rd", "Crescent" "cre"): a
# street is a site only named whole, not by its first word ("Birchwood" of "Birchwood
# Avenue") nor without a place that leads it ("Riverside Road" of "Erith Riverside Road").
_STREET_TYPES = {"rd", "st", "ave", "ln", "cl", "dr", "ct", "cre", "pl", "ter", "sq", "way"}
# "Gardens" is left out: as often a park ("Erith Riverside Gardens") as a street.
_STREET_TYPES |= {"walk", "hill", "row", "grove", "rise"}
# Words that say the item deals with property, not only mentions it (singular, as the
# matcher's tokens are): a letting, a rent, a sale, a surrender, a demolition or rebuilding.
_PROPERTY_DEALINGS = frozenset(
    {
        "rent",
        "lease",
        "let",
        "letting",
        "relet",
        "reletting",
        "tenancy",
        "tenant",
        "sale",
        "sell",
        "disposal",
        "dispose",
        "freehold",
        "leasehold",
        "surrender",
        "demolition",
        "demolish",
        "rebuild",
        "rebuilding",
        "redevelopment",
        "redevelop",
        "relocate",
        "relocating",
        "relocation",
    }
)


@dataclass(frozen=True)
class Premises:
    """What the company rents: the head word of its kind ("boathouse", "unit"), a unit's
    number where it has one, and the names of the site it is at, each a tuple of words."""

    kind: str
    number: str
    sites: tuple[tuple[str, ...], ...]

    def touched(
        self,
        words: Collection[str],
        has: Callable[[tuple[str, ...]], bool],
        units: Iterable[tuple[str, int, int]],
    ) -> bool:
        """Whether an item with these ``words``, phrases (``has``) and numbered units
        (label, perhaps cut to its first letters, low, high) deals with the premises: it
        deals with property, names the site, and names the kind of premises, a unit's number
        inside the range it gives ("units 1-12 Burrowfield" for Unit 5) or no number of that
        kind at all."""
        if not (_PROPERTY_DEALINGS & set(words) and any(map(has, self.sites))):
            return False
        numbered = [(low, high) for label, low, high in units if self.kind.startswith(label)]
        if self.number and numbered:
            return any(low <= int(self.number) <= high for low, high in numbered)
        return self.kind in words


def premises_held(details: str, places: Collection[tuple[str, ...]]) -> list[Premises]:
    """The premises an entry's details say its company rents, leases or occupies.

    ``places`` are the council's place names. A line of the details that is only a place
    says which town, not which site: "Chelmsford" in "the boathouse in Central Park,
    Chelmsford". A site led by a place is also named by the rest ("Riverside Gardens" of
    "Erith Riverside Gardens"), and a place and one word ("Stanborough Park") by the place
    alone, as items name the site ("Stanborough Lakes").
    """
    found = []
    for clause in _HOLDS.findall(_WHOSE.sub(r"occupies \1 \2", details)):
        if _house_numbered(tokens(clause)):
            continue
        what = _what(tokens(clause.split(",")[0]))
        if not what:
            continue
        kind, number = what
        sites = _sites(clause, places)
        if sites:
            found.append(Premises(kind, number, tuple(sites)))
    return found


def _house_numbered(words: tuple[str, ...]) -> bool:
    """Whether premises are given a house number ("the council's shop at 44 Kingsdown
    Road"): such an address is matched as one, with the matcher's checks of which numbers
    an item means (``entries.registered_interest``), not here. A unit's number is not a house's."""
    return any(w.isdigit() and (i == 0 or words[i - 1] not in _UNITS) for i, w in enumerate(words))


def _what(words: tuple[str, ...]) -> tuple[str, str] | None:
    """The head word of what is rented and its number: ("boathouse", "") for "the
    boathouse in Central Park", ("unit", "6") for "Unit 6 on the council's ...", ("café",
    "") for "the café building" (``_STRUCTURES``)."""
    end = next((i for i, w in enumerate(words) if w in _WHERE), len(words))
    head = [w for w in words[:end] if w not in _LEADING]
    number = ""
    if head and head[-1].isdigit():
        number = head.pop()
    if not head or head[-1].isdigit():
        return None
    if len(head) > 1 and head[-1] in _STRUCTURES and not head[-2].isdigit():
        return head[-2], number
    return head[-1], number


def _sites(clause: str, places: Collection[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The names with capitals in the clause that say where, each also as items shorten it;
    not the word before a unit's number ("Unit"), nor a line that is only a place
    ("Chelmsford", "Welwyn Garden City AL7 4SR")."""
    sites: set[tuple[str, ...]] = set()
    for line in clause.split(","):
        if tokens(line) in places:
            continue
        for run in _CAPITALISED_RUN.findall(line):
            words = tokens(run)
            while words[:1] == ("the",):
                words = words[1:]
            if not words or len(words) == 1 and words[0] in _LEADING:
                continue
            if re.match(r"\s*(?:unit|units)\s*$", run, re.IGNORECASE):
                continue
            sites.add(words)
            lead = next((words[:n] for n in range(len(words), 0, -1) if words[:n] in places), ())
            rest = words[len(lead) :]
            if lead and rest and rest[-1] not in _STREET_TYPES:
                sites.add(rest if len(rest) > 1 else lead)
    return sorted(sites)
