"""A listed group's trading brands: "Premier Inn" is Whitbread's, "Screwfix" Kingfisher's.

A member with shares in a listed group registers the group ("Whitbread PLC"), while an
agenda names the shop, hotel or pub by the brand it trades under ("40-bedroom extension,
Premier Inn, Comet Way"): the group owns the business, so the item touches the
shareholding (seed 000 Appendix B, Table 1, "securities" of a body with a place of
business in the area). The brands are general knowledge of who owns what, not a council's,
so they are kept here, for the best-known groups whose brands trade under other names than
the group's; a brand is matched only where the item writes each of its words with a
capital ("One Stop", not "a one-stop shop").
"""

from __future__ import annotations

from dataclasses import dataclass

from nolan.core.matching.text import ItemText
from nolan.core.matching.vocabulary import CONNECTORS
from nolan.core.matching.words import MAX_PHRASE, name_core, squash, tokens

# Each group, as registered without its legal form, and the brands it trades under.
_GROUPS = {
    "Tesco": ("Tesco Express", "Tesco Extra", "One Stop", "Booker"),
    "J Sainsbury": ("Sainsbury's", "Argos", "Habitat"),
    "Kingfisher": ("B&Q", "Screwfix"),
    "Whitbread": ("Premier Inn", "Beefeater", "Brewers Fayre", "Bar + Block"),
    "Mitchells & Butlers": (
        "Harvester",
        "Toby Carvery",
        "Miller & Carter",
        "All Bar One",
        "Browns Brasserie",
        "Vintage Inns",
        "Nicholson's",
        "O'Neill's",
        "Ember Inns",
        "Sizzling Pubs",
        "Stonehouse Pizza & Carvery",
    ),
    "Frasers": ("Sports Direct", "House of Fraser", "Evans Cycles", "Flannels"),
    "Associated British Foods": ("Primark", "Twinings", "Kingsmill", "British Sugar"),
    "Pets at Home": ("Vets4Pets", "Companion Care"),
    "Travis Perkins": ("Toolstation", "Keyline"),
    "Persimmon": ("Charles Church",),
    "Barratt Redrow": ("Barratt Homes", "David Wilson Homes", "Redrow Homes"),
    "Vistry": ("Bovis Homes", "Linden Homes", "Countryside Partnerships"),
    "Bellway": ("Ashberry Homes",),
    "Lloyds Banking": ("Lloyds Bank", "Halifax", "Bank of Scotland", "Scottish Widows"),
    "NatWest": ("Royal Bank of Scotland", "Coutts", "Ulster Bank"),
    "BT": ("Openreach", "EE", "Plusnet"),
    "Centrica": ("British Gas",),
    "FirstGroup": ("First Bus", "Great Western Railway"),
    "JD Sports Fashion": ("Blacks", "Millets", "Footpatrol"),
    "B&M European Value Retail": ("B&M Bargains", "Heron Foods"),
    "Fuller Smith & Turner": ("Fuller's",),
}


# Words after a group's name that say only that it is one: "Frasers Group plc".
_GROUP_WORDS = {"group", "holding"}


def _core(name: str) -> tuple[str, ...]:
    """A group's name without its legal form or the words saying it is a group."""
    words = name_core(tokens(name))
    while len(words) > 1 and words[-1] in _GROUP_WORDS:
        words = words[:-1]
    return words


_BRANDS = {
    _core(group): tuple(tokens(brand) for brand in brands) for group, brands in _GROUPS.items()
}


@dataclass(frozen=True)
class Brands:
    """The brands of the listed group an entry names, as ``tokens`` writes them."""

    brands: tuple[tuple[str, ...], ...]

    @classmethod
    def of(cls, names: tuple[str, ...]) -> Brands | None:
        """The brands of the group one of ``names`` is ("Whitbread PLC"), or None."""
        found = tuple(brand for name in names for brand in _BRANDS.get(_core(name), ()))
        return cls(found) if found else None

    def in_(self, text: ItemText) -> bool:
        """Whether the item names one of the brands, each word with a capital."""
        written = text.capitalised | text.in_capitals
        return any(
            text.has(brand) and all(w in written for w in brand if w not in CONNECTORS)
            for brand in self.brands
        )

    def keys(self) -> set[tuple[str, object]]:
        """Index keys (``_Needles.keys``) of the brands."""
        return {
            ("phrase", squash(brand)) if len(brand) <= MAX_PHRASE else ("word", brand[0])
            for brand in self.brands
        }
