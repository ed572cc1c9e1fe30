"""Which agenda items may touch which registered interests: the "may I have to declare?" net.

A member with a Disclosable Pecuniary Interest in a matter at a meeting must declare it and
must not take part (Localism Act 2011 s.31; seed 000 Appendix B para 5, seed 001 Appendix B
para 4); failing to do so is a criminal offence (s.34). Other Registerable Interests and
interests that a matter "affects" have their own rules (seed 000 paras 6-9, seed 001 paras
6-9). Nolan cannot decide whether a matter *directly relates to* or only *affects* an
interest: it finds the items that may touch one and asks the member. A false alarm costs
the member one question; a miss may cost them a prosecution, so every rule here errs
towards asking. But a needless "leave the room" teaches members to ignore prompts, so a
word that says where a matter is or what kind of body it concerns is not evidence of whose
it is: the council's place names and its own name (``places``, issue 11), "Garden",
"Home", "Centre", house-name words ("The Lodge"), legal forms and trade words.

- organisation, employer and body names match on their whole name after normalisation
  ("Ltd" = "Limited", "&" = "and", plurals, punctuation and "The" ignored), on their
  acronym ("RBL" for "Royal British Legion, Welling Branch"), on two or more of their words
  in order from the first distinctive one ("Kowalski Decorators" for "A & J Kowalski
  Decorators", "Coastline Arb" as "Coastline Arboriculture"), or on the one strong word
  that leads a name whose other words say only what kind of body it is ("Tesco Stores");
- addresses and land match on the street or property name ("St" = "Street" = "Saint",
  "Rd" = "Road"; house numbers, "Flat 3" and "Land at" are ignored), a street name found
  in every town ("High Street") only where the item names no other place of the council's;
  on the full postcode in any spacing or case, and on the postcode sector (the neighbouring
  streets a planning decision can affect);
- wards match when an item concerns the ward in which the interest lies.

How well: the labelled pairs in tests/core/data, scored by ``benchmarks/score_matching.py``
(figures in docs/performance.md).

Everything here is plain data in, plain data out, so the benchmark in
``benchmarks/bench_meetings.py`` can time it without a database. Register entries carry no
ward yet, so ward matching applies only where a caller supplies the interest's wards.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property


class Reason(StrEnum):
    """Why an item may touch an interest; stable codes shown to the member and tested on."""

    NAME = "name"
    ACRONYM = "acronym"
    NAME_WORD = "name-word"
    POSTCODE = "postcode"
    POSTCODE_SECTOR = "postcode-sector"
    ADDRESS = "address"
    WARD = "ward"


@dataclass(frozen=True)
class RegisteredInterest:
    """What matching needs of one register entry.

    ``names`` holds organisation, employer, body or counterparty names; ``addresses`` holds
    land, property or licence addresses (postcodes anywhere in them); ``wards`` the wards
    in which the interest lies, where the register knows them.
    """

    key: str
    member: str
    names: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()
    wards: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not (self.names or self.addresses or self.wards):
            raise ValueError(
                f"interest {self.key!r} has no names, addresses or wards to match against"
            )


@dataclass(frozen=True)
class Item:
    """What matching needs of one agenda item."""

    key: str
    title: str
    description: str = ""
    wards: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()


@dataclass(frozen=True)
class Match:
    """An item that may touch an interest, with every reason found."""

    interest: RegisteredInterest
    item: Item
    reasons: tuple[Reason, ...]


# Spellings that mean the same thing in names and addresses. "St" stays ambiguous on
# purpose: "Street" and "Saint" both become "st", so neither reading is missed.
_SYNONYMS = {
    "limited": "ltd",
    "company": "co",
    "incorporated": "inc",
    "street": "st",
    "saint": "st",
    "road": "rd",
    "avenue": "ave",
    "lane": "ln",
    "close": "cl",
    "drive": "dr",
    "court": "ct",
    "crescent": "cres",
    "place": "pl",
    "gardens": "gdns",
    "terrace": "ter",
    "square": "sq",
    "grove": "gr",
    "park": "pk",
    "mount": "mt",
    "north": "n",
    "south": "s",
    "east": "e",
    "west": "w",
    "&": "and",
    "centre": "center",
}
_STREET_TYPES = {"st", "rd", "ave", "ln", "cl", "dr", "ct", "cres", "pl", "gdns", "ter", "sq"}
_STREET_TYPES |= {"gr", "way", "hill", "row", "walk", "mews", "green", "rise", "vale"}
# Words that say what kind of body something is, not which one: never enough on their own.
_GENERIC = {
    "ltd",
    "co",
    "inc",
    "plc",
    "llp",
    "lp",
    "cic",
    "the",
    "of",
    "and",
    "for",
    "in",
    "at",
    "on",
    "to",
    "a",
    "an",
    "uk",
    "group",
    "holdings",
    "services",
    "service",
    "trust",
    "council",
    "county",
    "borough",
    "district",
    "city",
    "town",
    "parish",
    "association",
    "society",
    "club",
    "charity",
    "foundation",
    "partnership",
    "community",
    "limited",
    "company",
    "national",
    "local",
    "new",
    "old",
    "land",
    "rear",
    "adjacent",
    "former",
    "site",
    "house",
    "farm",
    "centre",
    "center",
    "hall",
    "school",
    "church",
    "residents",
    "friends",
    "members",
    "board",
    "committee",
    "enterprises",
    "properties",
    "homes",
    "housing",
    "development",
    "developments",
    "st",
    "rd",
    "ave",
    "ln",
    "cl",
    "dr",
    "ct",
    "n",
    "s",
    "e",
    "w",
    # Trade words: a name shares them with hundreds of unrelated firms.
    "builders",
    "building",
    "construction",
    "contractors",
    "motors",
    "stores",
    "care",
    "farms",
    "associates",
    "consultants",
    "consulting",
    "solutions",
    "estates",
    "engineering",
    "systems",
    "management",
    "investments",
    "ventures",
    "capital",
    "design",
    "media",
    # Words of house and property names: "The Lodge", "Mill House", "The Coach House",
    # "Home" are on thousands of registers; "Garden" is in every garden centre's name.
    "home",
    "garden",
    "cottage",
    "lodge",
    "barn",
    "mill",
    "manor",
    "grange",
    "coach",
    "stables",
    # National words; a council's own place names come with the council (``places``).
    "england",
    "english",
    "british",
}
# Street names found in every town: "High Street" or "Station Road" in an item is the
# member's street only if the item does not name another place (see ``_Places``).
_COMMON_STREETS = {"high", "church", "mill", "station", "school", "main", "pk", "london"}
_COMMON_STREETS |= {"chapel", "green", "new", "n", "s", "e", "w", "victoria", "queens"}
_COMMON_STREETS |= {"kings", "manor", "bridge", "market", "the", "old", "grange", "park"}
_ACRONYM_SKIP = {"the", "of", "and", "for", "in", "at", "on", "to", "a", "an"}
_LEGAL_SUFFIXES = {"ltd", "co", "inc", "plc", "llp", "lp", "cic"}
_POSTCODE = re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9])([A-Z]{2})\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z0-9]+|&")
_PARENTHESISED = re.compile(r"\(([^)]*)\)")
# Words that open an address line without naming the place: "Land at", "Flat 3", "Unit 2".
_ADDRESS_PREFIXES = {"land", "at", "rear", "of", "adjacent", "to", "former", "flat", "unit"}
_ADDRESS_PREFIXES |= {"apartment", "suite", "plot", "part"}
_MAX_PHRASE = 8
_MIN_DISTINCTIVE = 4
# Initials of every run of an item's words are compared with acronyms a member registered;
# two-letter initials of arbitrary word pairs would flag nearly every item.
_MIN_PHRASE_ACRONYM = 3


def postcodes(text: str) -> set[str]:
    """Every UK postcode in ``text``, as "AL8 6AE" whatever its spacing or case."""
    return {f"{out.upper()} {digit}{unit.upper()}" for out, digit, unit in _POSTCODE.findall(text)}


def _sector(postcode: str) -> str:
    return postcode[:-2]


def _singular(word: str) -> str:
    """ "cadets" → cadet, "bars" → bar: a plural names the same thing ("Medina Bars Group",
    "Medina Bar"). Applied alike to both sides, so an odd stem ("moffats" → moffat) is harmless."""
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


_GENERIC = {_singular(w) for w in _GENERIC}
_COMMON_STREETS = {_singular(w) for w in _COMMON_STREETS}
_STREET_TYPES = {_singular(w) for w in _STREET_TYPES}
_SYNONYMS = {word: _singular(same) for word, same in _SYNONYMS.items()}


def tokens(text: str) -> tuple[str, ...]:
    """Lower-case words with synonyms unified: "Smith & Sons Limited" → smith and son ltd."""
    text = _POSTCODE.sub(" ", text.lower().replace("'", "").replace("’", ""))
    joined = " ".join(_WORD.findall(text))
    joined = joined.replace("public limited company", "plc")
    return tuple(_singular(_SYNONYMS.get(word, word)) for word in joined.split())


def _core(words: Sequence[str]) -> tuple[str, ...]:
    """A name without a leading "the" or trailing legal form: "the acme co ltd" → acme."""
    words = list(words)
    while words and words[0] == "the":
        words.pop(0)
    while words and words[-1] in _LEGAL_SUFFIXES:
        words.pop()
    return tuple(words)


def _acronym(words: Sequence[str]) -> str:
    letters = [w[0] for w in words if w not in _ACRONYM_SKIP and not w.isdigit()]
    return "".join(letters) if len(letters) >= 2 else ""


def _distinctive(word: str) -> bool:
    return len(word) >= _MIN_DISTINCTIVE and word not in _GENERIC


@dataclass(frozen=True)
class _Places:
    """A council's place names (``match``'s ``places``): where a matter is, not whose it is.

    A phrase lying wholly inside a place name ("welwyn garden", "hatfield") is no evidence,
    and a one-word place ("Sidcup") is no distinctive word. ``within`` holds every run of
    words of every place name; ``whole`` the place names themselves.
    """

    whole: frozenset[tuple[str, ...]] = frozenset()
    within: frozenset[tuple[str, ...]] = frozenset()

    @classmethod
    def of(cls, names: Iterable[str]) -> _Places:
        whole = {words for name in names if (words := tokens(name))}
        within = {w[i:j] for w in whole for i in range(len(w)) for j in range(i + 1, len(w) + 1)}
        return cls(frozenset(whole), frozenset(within))

    def strong(self, word: str) -> bool:
        """A distinctive word that is not itself the name of a place."""
        return _distinctive(word) and (word,) not in self.whole

    def evidence(self, words: tuple[str, ...]) -> bool:
        """A phrase that says whose it is: not inside a place name, with a strong word."""
        return words not in self.within and any(self.strong(w) for w in words)

    def whole_name(self, words: tuple[str, ...]) -> bool:
        """A whole registered name is evidence with a strong word, or with two or more words
        not all generic: "Lemsford Mill Holdings" (a place, then generic words) is one firm,
        where "The Coach House" and "Bexley Council" are anyone's."""
        if words in self.within:
            return False
        if len(words) == 1:
            return len(words[0]) < _MIN_DISTINCTIVE or self.strong(words[0])
        return self.evidence(words) or any(_distinctive(w) for w in words)

    def named_in(self, phrases: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
        """The place names found among ``phrases``."""
        return set(self.whole & phrases)


def _names_in(name: str) -> list[tuple[str, ...]]:
    """A name and its aliases: one in brackets ("Hertfordshire Partnership (HPFT)"), and
    the part before a comma ("Royal British Legion, Writtle Branch")."""
    aliases = [tokens(alias) for alias in _PARENTHESISED.findall(name)]
    bare = _PARENTHESISED.sub(" ", name)
    if "," in bare:
        aliases.append(tokens(bare.split(",")[0]))
    return [_core(words) for words in [tokens(bare), *aliases] if _core(words)]


def _street_phrases(address: str) -> list[tuple[str, ...]]:
    """The street or property names in an address, without house numbers.

    Each comma-separated line up to the first street is kept, a street line ending at its
    (last) street type: "Land at Home Farm, 3 Mill Lane shops, Welwyn" gives (home farm) and
    (mill ln). Lines after the street (the town, the county) would match every item in the
    town, so they are left to the postcode sector.
    """
    phrases = []
    for line in address.split(","):
        words = [w for w in tokens(line) if not w.isdigit() and not re.fullmatch(r"\d+[a-z]", w)]
        while words and words[0] in _ADDRESS_PREFIXES:
            words.pop(0)
        street = max((i for i, w in enumerate(words) if i and w in _STREET_TYPES), default=None)
        if street is not None:
            words = words[: street + 1]
        if words:
            phrases.append(tuple(words))
        if street is not None:
            break
    return phrases


def _common_street(words: tuple[str, ...]) -> bool:
    """ "High Street", "Station Road": a street name found in most towns."""
    return words[-1] in _STREET_TYPES and all(w in _COMMON_STREETS for w in words[:-1])


@dataclass
class _Text:
    """An item's text prepared once: its phrases, words, acronyms, postcodes and wards."""

    item: Item
    phrases: set[tuple[str, ...]] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    acronyms: set[str] = field(default_factory=set)
    postcodes: set[str] = field(default_factory=set)
    wards: set[tuple[str, ...]] = field(default_factory=set)

    @classmethod
    def of(cls, item: Item) -> _Text:
        text = cls(item)
        for part in (item.title, item.description, *item.organisations, *item.addresses):
            words = tokens(part)
            text.words.update(words)
            for n in range(1, _MAX_PHRASE + 1):
                text.phrases.update(words[i : i + n] for i in range(len(words) - n + 1))
            text.postcodes |= postcodes(part)
        for phrase in text.phrases:
            if len(acronym := _acronym(phrase)) >= _MIN_PHRASE_ACRONYM:
                text.acronyms.add(acronym)
        text.wards = {tokens(ward) for ward in item.wards if tokens(ward)}
        return text

    @cached_property
    def sectors(self) -> set[str]:
        return {_sector(p) for p in self.postcodes}

    def phrases_of_length(self, length: int) -> Iterator[tuple[str, ...]]:
        return (p for p in self.phrases if len(p) == length)


@dataclass
class _Needles:
    """An interest's search terms, prepared once."""

    names: list[tuple[str, ...]]
    acronyms: set[str]
    single_names: set[str]
    runs: list[tuple[str, ...]]
    lone_words: set[str]
    streets: list[tuple[str, ...]]
    localities: set[tuple[str, ...]]
    postcodes: set[str]
    sectors: set[str]
    wards: set[tuple[str, ...]]
    places: _Places

    @classmethod
    def of(cls, interest: RegisteredInterest, places: _Places) -> _Needles:
        # The council's own name, a town or a county registered as a name says nothing.
        names = [
            words
            for name in interest.names
            for words in _names_in(name)
            if places.whole_name(words)
        ]
        codes = {p for address in interest.addresses for p in postcodes(address)}
        address_words = {
            w[i:j]
            for address in interest.addresses
            for w in [tokens(address)]
            for i in range(len(w))
            for j in range(i + 1, min(len(w), i + _MAX_PHRASE) + 1)
        }
        return cls(
            names=names,
            acronyms={a for words in names if len(words) > 1 and (a := _acronym(words))},
            single_names={w for words in names if len(words) == 1 for w in words if len(w) >= 2},
            runs=[run for words in names if (run := _run_start(words, places))],
            lone_words={w for words in names if (w := _lone_word(words, places))},
            streets=[
                p
                for address in interest.addresses
                for p in _street_phrases(address)
                if places.evidence(p) or p[-1] in _STREET_TYPES and p not in places.within
            ],
            localities=places.named_in(address_words),
            postcodes=codes,
            sectors={_sector(p) for p in codes},
            wards={tokens(ward) for ward in interest.wards if tokens(ward)},
            places=places,
        )

    def reasons(self, text: _Text) -> tuple[Reason, ...]:
        found = []
        if any(_contains(text, words) for words in self.names):
            found.append(Reason.NAME)
        if self.acronyms & text.words or self.single_names & (text.words | text.acronyms):
            found.append(Reason.ACRONYM)
        if any(self._run_in(run, text) for run in self.runs) or self.lone_words & text.words:
            found.append(Reason.NAME_WORD)
        if any(self._street_in(words, text) for words in self.streets):
            found.append(Reason.ADDRESS)
        if self.postcodes & text.postcodes:
            found.append(Reason.POSTCODE)
        elif self.sectors & text.sectors:
            found.append(Reason.POSTCODE_SECTOR)
        if self.wards & (text.wards | text.phrases):
            found.append(Reason.WARD)
        return tuple(found)

    def _run_in(self, run: tuple[str, ...], text: _Text) -> bool:
        """Two or more words of a name, in order, from its first distinctive word: "Kowalski
        Decorators" for "A & J Kowalski Decorators"; the last may be shortened ("Coastline
        Arb" for "Coastline Arboriculture"). A run inside a place name, or of generic words
        ("Hatfield Community"), is no evidence."""
        for length in range(len(run), 1, -1):
            words = run[:length]
            if not self.places.evidence(words):
                continue
            if words in text.phrases:
                return True
            head, last = words[:-1], words[-1]
            if len(last) >= 3 and any(
                p[:-1] == head and p[-1].startswith(last) for p in text.phrases_of_length(length)
            ):
                return True
        return False

    def _street_in(self, words: tuple[str, ...], text: _Text) -> bool:
        """The street or property named in the item; a common street name ("High Street")
        only if the item names no place, or the place the member's address names."""
        if not _contains(text, words):
            return False
        if not _common_street(words):
            return True
        named = self.places.named_in(text.phrases)
        return not (named and self.localities) or bool(named & self.localities)

    def keys(self) -> set[tuple[str, object]]:
        """Index keys: an item can match only if it shares one of these (see ``_Text.keys``)."""
        keys: set[tuple[str, object]] = set()
        for words in (*self.names, *self.streets, *self.wards):
            if len(words) <= _MAX_PHRASE:
                keys.add(("phrase", words))
            else:
                keys.update(("word", w) for w in words)
        keys.update(("word", w) for w in self.acronyms | self.single_names | self.lone_words)
        keys.update(("word", run[0]) for run in self.runs)
        keys.update(("postcode", p) for p in self.postcodes)
        keys.update(("sector", s) for s in self.sectors)
        return keys


def _run_start(words: tuple[str, ...], places: _Places) -> tuple[str, ...]:
    """A name from its first distinctive word on, if two or more words remain."""
    start = next((i for i, w in enumerate(words) if _distinctive(w)), None)
    return words[start:] if start is not None and len(words) - start >= 2 else ()


def _lone_word(words: tuple[str, ...], places: _Places) -> str:
    """The one strong word of a name that leads it, the rest only saying what kind of body
    it is ("Tesco" in "Tesco Stores Ltd"): enough alone, if five letters or more and not a
    street word. A name with two strong words ("Khan Pharmacy") needs two (``_run_in``);
    one led by a place ("Moulsham Lodge Scout Group") is not named by its trade word."""
    strong = [w for w in words if places.strong(w)]
    first = next((w for w in words if _distinctive(w)), "")
    if strong == [first] and len(first) >= 5 and first not in _STREET_TYPES:
        return first
    return ""


def registered_interest(
    key: str,
    member: str,
    *,
    names: Iterable[str] = (),
    addresses: Iterable[str] = (),
    details: str = "",
) -> RegisteredInterest | None:
    """A register entry's names and addresses for matching; None if it names nothing.

    ``names`` are its employer, counterparty, securities body or body; ``addresses`` its
    land's address and description. An entry with neither is matched on its other
    ``details``, read as a name.
    """
    names = [n for n in names if n.strip()]
    addresses = [a for a in addresses if a.strip()]
    if not (names or addresses) and details.strip():
        names = [details]
    if not (names or addresses):
        return None
    return RegisteredInterest(
        key=key, member=member, names=tuple(names), addresses=tuple(addresses)
    )


def _contains(text: _Text, words: tuple[str, ...]) -> bool:
    if len(words) <= _MAX_PHRASE:
        return words in text.phrases
    return all(w in text.words for w in words)


def _item_keys(text: _Text) -> set[tuple[str, object]]:
    keys: set[tuple[str, object]] = {("phrase", p) for p in text.phrases | text.wards}
    keys.update(("word", w) for w in text.words | text.acronyms)
    keys.update(("postcode", p) for p in text.postcodes)
    keys.update(("sector", s) for s in text.sectors)
    return keys


def match(
    interests: Iterable[RegisteredInterest], items: Iterable[Item], places: Iterable[str] = ()
) -> Iterator[Match]:
    """Every (interest, item) pair that may touch, item by item, in the order given.

    ``places`` are the place names of the council's area, its own name among them
    (``nolan.councils.places``): they say where a matter is, not whose interest it touches.
    Interests are indexed by their search terms, so each item is compared only with the
    interests that share at least one term with it: the cost grows with the number of
    items and of flags, not with items times interests.
    """
    known_places = _Places.of(places)
    needles = [(interest, _Needles.of(interest, known_places)) for interest in interests]
    index: dict[tuple[str, object], list[int]] = {}
    for position, (_, needle) in enumerate(needles):
        for key in needle.keys():
            index.setdefault(key, []).append(position)
    for item in items:
        text = _Text.of(item)
        candidates = {p for key in _item_keys(text) for p in index.get(key, ())}
        for position in sorted(candidates):
            interest, needle = needles[position]
            if reasons := needle.reasons(text):
                yield Match(interest, item, reasons)
