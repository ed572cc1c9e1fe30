"""The forms a registered name may take in an agenda: its aliases, the runs of its words,
its short forms, the one word that leads it.

The register holds a body's name as the member wrote it ("Royal British Legion, Welling
Branch", "Tesco Stores Ltd", "Mr and Mrs P Sandhu"); the agenda holds it as the clerk did
("Royal British Legion", "Tesco", "Mr P Sandhu"). Each form here is one a Monitoring Officer would
still read as that body; they are worked out once per interest (``names.Names.of``).
"""

from __future__ import annotations

import re

from nolan.core.matching.places import PlaceNames
from nolan.core.matching.vocabulary import (
    BODIES,
    CONNECTORS,
    GENERIC,
    ROADS,
    STREET_TYPES,
    STREETS,
    SYNONYMS,
    TITLES,
    distinctive,
    singular,
)
from nolan.core.matching.words import PARENTHESISED, SPACED_DASH, name_core, tokens

# Words that, ending a run of a name's words, make it a place: "Nuxley village" is where
# "Nuxley Village Bakery" is, not the bakery.
_LOCALITIES = {"village", "hamlet"}
# A school's governing body, registered by its office: "Governing Body of Hurst Primary
# School" governs the school the item names.
_GOVERNORS = re.compile(
    r"^\s*(?:the\s+)?(?:governing\s+(?:body|board)|board\s+of\s+governors|governors)"
    r"\s+(?:of|for|at)\s+(.+)$",
    re.IGNORECASE,
)
# "J Smith t/a Smith's Plumbing": each side of it is a name of the one body.
TRADING_AS = re.compile(r"\b(?:t/a|trading as)\b", re.IGNORECASE)
# A church's dedication to a saint with an epithet: "St John the Evangelist", "St Mary the
# Virgin".
_DEDICATION = re.compile(r"\s*((?:St\.?|Saint)\s+[A-Z][a-z]+)\s+the\s+[A-Z]")
# Words that open a bracketed alias of a name: "(formerly ...)", "(now ...)".
_ALIAS_WORDS = {"formerly", "previously", "now", "known", "as", "aka", "also"}
# The kinds of body an item calls one by with its first word alone: "Onslow School" for
# "Onslow St Audrey's School", "Ferrers Trust" for "Ferrers Almshouse Trust".
_KIND_AFTER_FIRST = BODIES | {"school", "college", "academy"}
# A name's leading word alone is a name ("Tesco") only if this long, or written in capitals.
MIN_LONE = 5


def _alias(words: tuple[str, ...]) -> tuple[str, ...]:
    """A bracketed alias without the words that say it is one: "formerly Writtle University
    College" names "Writtle University College"."""
    while words and words[0] in _ALIAS_WORDS:
        words = words[1:]
    return words


def untitled(name: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """A person's name without the titles before it, and those titles: "Mr and Mrs P
    Sandhu", who gave a gift together, are "P Sandhu", Mr or Mrs. ((), ...) if it has none."""
    first = name.split(maxsplit=1)[:1]
    if not first or first[0].lower().rstrip(".") not in TITLES:
        return (), frozenset()
    words = name_core(tokens(name))
    start = 0
    while start < len(words) and words[start] in TITLES | {"and"}:
        start += 1
    if not start or words[0] not in TITLES or len(words) - start < 2:
        return (), frozenset()
    return words[start:], frozenset(words[:start]) - {"and"}


def name_and_aliases(name: str) -> list[tuple[str, ...]]:
    """A name and its aliases: one in brackets ("Hertfordshire Partnership (HPFT)", "ARU
    Writtle (formerly Writtle University College)"), the part before a comma ("Royal
    British Legion, Writtle Branch") or a spaced dash ("Peabody Trust – Thamesmead
    Regeneration Board"), a church by its saint ("St John's Church" of "St John the
    Evangelist"), each side of "trading as" ("J Smith t/a Smith's Plumbing"), the school a
    governing body governs
    (``_governed``), and a pub's sign (``pub_sign``)."""
    # Not a bracketed qualifier of only generic words: "(UK)" of "Teledyne e2v (UK) Ltd".
    aliases = [
        _alias(words)
        for alias in PARENTHESISED.findall(name)
        if not set(words := tokens(alias)) <= GENERIC
    ]
    aliases += [tokens(alias) for alias in TRADING_AS.split(name)[1:]]
    bare = TRADING_AS.split(PARENTHESISED.sub(" ", name))[0]
    if "," in bare:
        aliases.append(tokens(bare.split(",")[0]))
    # A dash between spaces parts a body from its part: "Peabody Trust – Thamesmead
    # Regeneration Board" is a board of the Peabody Trust, whose matters are its own.
    if len(parts := SPACED_DASH.split(bare)) > 1:
        aliases.append(tokens(parts[0]))
    aliases += _governed(bare)
    aliases += [sign] if (sign := pub_sign(bare)) else []
    # A church is called by its saint without the saint's epithet: "St John's Church" of
    # "St John the Evangelist, Sidcup", led by the place after the comma, which the item
    # must name too, as a place-led name's (``after_place``): St John's elsewhere is another.
    if dedication := _DEDICATION.match(bare):
        place = tokens(bare.split(",", 1)[1]) if "," in bare else ()
        aliases.append((*place, *tokens(dedication.group(1)), "church"))
    aliases += _nhs_status(tokens(bare))
    return [name_core(words) for words in [tokens(bare), *aliases] if name_core(words)]


def _nhs_status(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """An NHS trust under the name its status adds a word to: "East and North Hertfordshire
    NHS Trust" became "East and North Hertfordshire Teaching NHS Trust", and trusts become
    "University" or "Foundation" trusts, while registers keep the name a member first wrote.
    """
    if words[-2:] != ("nhs", "trust"):
        return []
    head = words[:-2]
    return [(*head, status, "nhs", "trust") for status in ("teaching", "university")] + [
        (*head, "nhs", "foundation", "trust")
    ]


# Words after a pub's sign that say what kind of premises it is, not which: "The Red Lion
# public house", "The Crown PH".
_PUB_KINDS = (("public", "house"), ("ph",), ("pub",))


def pub_sign(name: str) -> tuple[str, ...]:
    """A pub's sign without the words that say it is a pub: (red, lion) of "The Red Lion
    public house", as a licensing item names it; () if the name does not end in them."""
    words = name_core(tokens(name))
    for kind in _PUB_KINDS:
        if len(words) > len(kind) + 1 and words[-len(kind) :] == kind:
            return words[: -len(kind)]
    return ()


def _governed(name: str) -> list[tuple[str, ...]]:
    """The school a governing body governs: "Hurst Primary School" for "Governing Body of
    Hurst Primary School", "The Boswells School" for "Governing Board of The Boswells
    School". A governor is asked about the school's matters, and items name the school, not
    its board."""
    governed = _GOVERNORS.match(name)
    return [tokens(governed.group(1))] if governed else []


def after_place(
    words: tuple[str, ...], places: PlaceNames
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A name led by a place, split into the place and the rest, if the rest is two or more
    words with a strong one: "Heritage Trust, Welwyn Garden City" names "Welwyn Garden
    City Heritage Trust" when both parts are in the item; "Welling Lawn Tennis Club" is
    not "Blendon Lawn Tennis Club"."""
    cut = next((n for n in range(len(words) - 2, 0, -1) if words[:n] in places.whole), None)
    if cut is None or not places.evidence(words[cut:]):
        return None
    return words[:cut], words[cut:]


def without_place(words: tuple[str, ...], places: PlaceNames) -> list[tuple[str, ...]]:
    """A name without the place that ends it, if two words remain not all generic: "Age
    UK" for "Age UK Bexley", "Home Start" for "Home-Start Chelmsford" (a national body's
    local branch). Not the place that leads one: "Lawn Tennis Club" is not "Welling Lawn
    Tennis Club"."""
    for cut in range(1, len(words) - 1):
        rest = words[:-cut]
        if (
            words[-cut:] in places.whole
            and rest not in places.within
            and not all(w in GENERIC for w in rest)
        ):
            return [rest]
    return []


# Words that end a company's name to say how it is owned, not what it is: "Erith Builders
# Group Ltd" trades as "Erith Builders".
_CORPORATE = {singular(w) for w in ("group", "holdings", "uk", "intl")}


def without_corporate(words: tuple[str, ...]) -> tuple[str, ...]:
    """A company's name without the corporate words that end it, if two or more words
    remain: "erith builder" of "erith builder group"; () if it has none."""
    core = words
    while core and core[-1] in _CORPORATE:
        core = core[:-1]
    return core if core != words and len(core) >= 2 else ()


def is_partnership(words: tuple[str, ...]) -> bool:
    """Whether a name's words say it is a partnership: "... LLP", "... & Partners", "...
    & Co" ("... and co" as tokens), "... Partnership"."""
    forms = {"llp", "lp", "partner", "partnership"}
    return bool(forms & set(words)) or words[-2:] == ("and", "co")


def run_start(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name from its first distinctive word on, if two or more words remain."""
    start = next((i for i, w in enumerate(words) if distinctive(w)), None)
    return words[start:] if start is not None and len(words) - start >= 2 else ()


# Trade words that end a firm's name and that items leave out when they deal with it:
# "contract with Peartree IT" for "Peartree IT Solutions Ltd", "fees payable to Pryor & Lane"
# for "Pryor & Lane Architects LLP".
_TRADES = {singular(w) for w in ("solutions", "services", "systems", "consulting", "consultants")}
_TRADES |= {singular(w) for w in ("architects", "solicitors", "surveyors", "accountants")}
_TRADES = {SYNONYMS.get(w, w) for w in _TRADES}


def short_form(words: tuple[str, ...], places: PlaceNames) -> tuple[str, ...]:
    """A body's name without the kind of body or trade it ends with ("Digswell Arts" of
    "Digswell Arts Trust", "Peartree IT" of "Peartree IT Solutions"), if two or more words
    remain that name it (``PlaceNames.whole_name``)."""
    short = words[:-1]
    while short and short[-1] in CONNECTORS:
        short = short[:-1]
    if words[-1] in BODIES | _TRADES and len(short) >= 2 and places.whole_name(short):
        return short
    return ()


def run_variants(words: tuple[str, ...], places: PlaceNames) -> list[tuple[str, ...]]:
    """Two or more words of a name in order from its first distinctive word, one of them
    perhaps left out before a strong word ("Kowalski Decorators" for "A & J Kowalski
    Decorators", "Stanborough Watersports" for "Stanborough Lakes Watersports", but not
    "Fairford Builders" for "Fairford Ivyholt Builders"); and a place-and-trade name's trade
    at its place ("Pharmacy at Beaulieu", "Beaulieu Pharmacy" for "Beaulieu Park Pharmacy"),
    but not a place's word inside a longer place the name holds that lies in another town
    ("Welwyn" of "Welwyn Garden City");
    and a body's first word with the kind of body that ends it, the words between left out
    ("Onslow School" for "Onslow St Audrey's School"), where the first word is strong.
    Each holds a strong word, lies inside no place name ("Hatfield Community" does not) and
    ends in no street ("Beehive Lane" is the street "Beehive Lane Veterinary Centre" is
    named after) nor in a word that makes it a place ("Nuxley village" is where "Nuxley
    Village Bakery" trades, the village's matters anyone's there) nor in a small word ("Unite
    the" is the one word "Unite")."""
    variants: set[tuple[str, ...]] = set()
    if run := run_start(words):
        for length in range(2, len(run) + 1):
            prefix = run[:length]
            variants.add(prefix)
            if places.strong(prefix[-1]):
                variants.update(prefix[:k] + prefix[k + 1 :] for k in range(1, length - 1))
        if len(run) >= 3 and run[-1] in _KIND_AFTER_FIRST and places.strong(run[0]):
            variants.add((run[0], run[-1]))
    strong = [w for w in words if places.strong(w)]
    # A place's word inside a longer place the name holds, lying in another town, is that
    # town's: "Welwyn Cricket Club" is the village's club, not "Welwyn Garden City Cricket
    # Club" ("Beaulieu" and "Beaulieu Park" both lie in Chelmsford).
    named = places.named([words])
    towns = [
        w
        for w in words
        if (w,) in places.whole
        and all(
            place == (w,) or places.lies_in[place] & places.lies_in[(w,)]
            for place in named
            if w in place
        )
    ]
    if len(strong) == 1:
        for town in towns:
            variants.update({(town, strong[0]), (strong[0], "at", town)})
    return [
        v
        for v in variants
        if len(v) >= 2 and places.evidence(v) and v[-1] not in STREETS | _LOCALITIES | CONNECTORS
    ]


def initial_first(words: tuple[str, ...]) -> tuple[str, ...]:
    """A person's name with the first name as its initial: "t ravenscroft hale" for "Tobias
    Ravenscroft-Hale" ("Applicant: T. Ravenscroft-Hale"). A name of two or three plain
    words, none saying what kind of body it is. Matched with the initial a word of its own:
    run together, "C College" for "Chelmsford College" would be any "College"."""
    if 2 <= len(words) <= 3 and all(w.isalpha() and w not in GENERIC for w in words):
        return (words[0][0], *words[1:])
    return ()


def lone_word(words: tuple[str, ...], places: PlaceNames, capitals: set[str]) -> str:
    """The one strong word of a name that leads it, the rest only saying what kind of body
    it is or which part ("Tesco" in "Tesco Stores Ltd", "UNISON" in "UNISON Eastern
    Region"): enough alone, if five letters or more, or written in capitals ("GMB"), and
    not a street word. Only initials may come before it ("J Sainsbury"): "Garage" in "Lodge
    Lane Garage Services" is a trade, not the name. A name with two strong words ("Khan
    Pharmacy") needs two (``run_variants``); one led by a place ("Moulsham Lodge Scout
    Group") is not named by its trade word."""
    strong = [w for w in words if places.strong(w) or w in capitals and (w,) not in places.whole]
    lead = next((w for w in words if w not in CONNECTORS and len(w) > 1 or w in capitals), "")
    if strong != [lead] or lead in STREET_TYPES | ROADS:
        return ""
    # A firm named after its street ("Station Road Motors"): the street's name is not it.
    if lead != words[-1] and words[words.index(lead) + 1] in STREET_TYPES:
        return ""
    # A firm named after a place of two words or more ("Crook Log Developments"): the
    # place's first word is the place, not the firm.
    if places.leading(words[words.index(lead) :]):
        return ""
    return lead if len(lead) >= MIN_LONE or lead in capitals else ""
