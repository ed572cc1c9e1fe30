"""A company called by the part it plays, beside the words of its name that say where or
what: "Request by the developer of Beaulieu Park" for "Beaulieu Park Developments LLP",
"Application by the golf course's owning company" beside "Sidcup golf course" for "Sidcup
Golf Holdings Ltd".

A clerk names the applicant or the owner by its role when the item is about the site the
company is named for. Only a company's name that ends in the word for that role
(developments, holdings), only where the rest of its name is two words or more and the
item has them, and, where the rest is only a place, only the role "of" that place: every
developer is not asked about every development in Great Baddow.
"""

from __future__ import annotations

from collections.abc import Iterable

from nolan.core.matching.places import PlaceNames
from nolan.core.matching.text import ItemText
from nolan.core.matching.vocabulary import COMPANIES
from nolan.core.matching.words import name_core, tokens

# The last word of a company's name, and what a clerk calls it by for that role. Not
# "Properties" or "Estates": a property company named for a street ("Bond Street Properties")
# owns land in many towns that have one.
_ROLES = {
    "development": frozenset({("developer",)}),
    "holding": frozenset({("owning", "co"), ("freeholder",)}),
}
_REST = 2  # words of the name besides its role, at least


def described(
    names: Iterable[str], places: PlaceNames
) -> tuple[tuple[tuple[str, ...], frozenset[tuple[str, ...]]], ...]:
    """Each company's name without its role word, with the words for that role: where the
    rest is only a place ("Beaulieu Park Developments"), the role must be of that place
    ("the developer of Beaulieu Park"), as "the developer, Bellway, ... in Great Baddow" is
    not Great Baddow Developments."""
    found = []
    for name in names:
        words = tokens(name)
        core = name_core(words)
        if COMPANIES & set(words) and core[-1:] and core[-1] in _ROLES and len(core) > _REST:
            rest, roles = core[:-1], _ROLES[core[-1]]
            if rest in places.within:
                roles = frozenset((*role, "of", *rest) for role in roles)
            found.append((rest, roles))
    return tuple(found)


def described_in(rest: tuple[str, ...], roles: frozenset[tuple[str, ...]], text: ItemText) -> bool:
    """Whether the item has the rest of the name and calls a party by its role."""
    return text.has(rest) and any(text.has(role) for role in roles)
