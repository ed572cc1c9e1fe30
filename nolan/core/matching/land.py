"""A member's land and property in an agenda item: the ``address`` and ``postcode`` reasons.

A member's home, land or a body's premises are touched by what happens in the street or at
the site, so the street or property's name is evidence; but a street holds hundreds of
households and a name is shared by streets in other villages, so the item's numbers, towns,
postcode districts, grid references and parcels say when it is another property.

Addresses and land match on the street or property name ("St" = "Street" = "Saint",
"Rd" = "Road"; "Flat 3" and "Land at" are ignored; a property's name with one word added,
"Moulsham Lodge shopping parade"; a property named only in common words, "Home Farm",
where the item names the member's village), unless the item puts that street or property
in another town or village of the council's (the same "Main Road" in another village is
another road; a post town named alone may be any village it serves) or in another
postcode district ("High Street, Sidcup DA14" is not "High Street, Bexley DA5"), names
the property in another street ("Rose Cottage, Main Road" is not the member's "Rose
Cottage, 3 The Green"), makes the street another with a compass word or a street type
("Upton Road South", "Hall Place Crescent") or a firm named after it ("Howardsgate
Kitchen Ltd"), or says which numbers of the street it means and none is the member's
house or a neighbour's ("2-10 Bourne Road" for the member's 21; "14 Tennyson Road" is
not the member's "Garage 14" there); a unit's label ("Garage 11") with the part of town
its address names ("Haldens garage site"); on the full postcode in any spacing or case,
unless the item's numbers say it is another property there. A range that says its side
("(even numbers only)") leaves out the other side; a word before a street makes it
another ("New London Road"), as does a strong word after a one-word street ("Parkway
Fountain"); a property with a word added in another street is another ("The Old
Granary, Hertford Road"); grid references more than 500 m apart are other land; a
bracket in an address is a note ("(north compartment)"); "known as" and "off" open an
address line; "Upper" or "Lower" before a street's name is part of it ("Upper Wickham
Lane"), before "floor" or "flat" it is not. A member's address that gives its post town
alone ("2 Broomfield Road, Chelmsford") is in the town, not a village the post town
serves, whose addresses name the village; one that names its village and post town is in
the village, not the town's centre ("city-centre car park at Baddow Road" is not "341
Baddow Road, Great Baddow, Chelmsford"). A licensed unit at a named site ("pitch 22,
Chelmsford indoor market") matches an item that numbers the units of its kind there and
includes it ("Chelmsford Market: closure of pitches 15-30"). A body's premises are
matched by their street only in an item that names the body or deals with property there
(a lease, rents, its shops), not in a traffic scheme on it. The postcode sector alone is
no evidence: it holds thousands of addresses. A name registered for land that is its
address's property name ("Orchard Cottage") is matched as that property. A line
describing land ends where its street begins ("field west of Travellers Lane"), and land
on the other side of the street is other land; OS parcel and title numbers match, and
other numbers of one kind make other land; a street named as a part of town ("5
Haldens") matches where the item's numbers there may be the member's ("1-8 Haldens"); a
unit held at a named site ("Kiosk, Central Park") is touched by an item naming the site
and units of its kind, the site perhaps written without its place ("the Duke Street bus
station" for "Chelmsford Bus Station, Duke Street"); an address in the entry's details
("rents the council's shop at 112 Blackfen Road") is one of its addresses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from nolan.core.matching.addresses import (
    ADDRESS_PREFIXES,
    FLATS,
    flat_building,
    has_number_before,
    named_blocks,
    named_sites,
    road_numbers,
    side_before,
    street_sides,
    streets_of,
    unit_labels,
)
from nolan.core.matching.house_numbers import (
    NUMBER_WORDS,
    UNITS,
    Numbers,
    other_units,
    own_numbers,
    pieces_of,
    range_at,
    units_at,
    units_then,
)
from nolan.core.matching.initials import leading_initials
from nolan.core.matching.model import Reason, RegisteredInterest
from nolan.core.matching.names import Names
from nolan.core.matching.places import PlaceNames
from nolan.core.matching.premises import Premises, premises_held
from nolan.core.matching.references import grid_references, parcels, postcodes
from nolan.core.matching.text import ItemText
from nolan.core.matching.vocabulary import (
    COMPASS,
    COMPASS_WORDS,
    CONNECTORS,
    DEALINGS,
    FORMS,
    KINDS,
    LEGAL_SUFFIXES,
    STEM,
    STREET_TYPES,
)
from nolan.core.matching.words import MAX_PHRASE, squash, tokens

# Words that, before a street's name, make it another street ("New London Road").
_QUALIFIERS = COMPASS_WORDS | {"new", "old", "upper", "lower", "great", "little", "nether"}
# Words of an item that deals with property in a street, where a body's premises may be.
_PREMISES = DEALINGS | {"rent", "tenant", "tenancy", "freehold", "leasehold", "disposal"}
_PREMISES |= {"unit", "shop", "parade", "premise", "building", "sold", "let", "letting"}
# Grid references this far apart, in metres, are other land: a field is rarely wider.
_GRID_NEAR = 500
# A body's premises (a shop its company leases, an employer's office) are not a home: another
# shop in the street is another property, not a neighbour whose matter touches the member's
# ("18 Nuxley Road" is not the company's shop at 8). Next door still is.
_NEXT_DOOR = 2
# Units numbered as the houses of their parade or estate are: "Unit 5" is "5 ... Parade".
_NUMBERED_AS_HOUSES = {"unit", "shop"}
# Words placing a site behind a street's houses: "garage block rear of 1-20 Hillview Drive".
_BEHIND = (("rear", "of"), ("behind",))


def _numbered_as_houses(words: tuple[str, ...], places: PlaceNames) -> bool:
    """Whether the units of a property with this name are numbered as its houses would be:
    a parade, an estate, a centre ("7 Kestrel Parade" is "Unit 7, Kestrel Shopping
    Parade"), not a street, where a unit is inside a numbered building ("Unit 7, 10 Kestrel
    Road East"), nor a part of town ("4 Hollybush Parade" is not "Unit 4, Hollybush")."""
    return not STREET_TYPES & set(words[1:]) and words not in places.within


def _street_named(words: tuple[str, ...]) -> bool:
    """Whether a phrase is a street's name, its street type last or before a compass word:
    "Old Farm Road" and "Old Farm Road East", whose words alone are anyone's, are still the
    street a house number places the member's home on."""
    if len(words) > 1 and words[-1] in COMPASS_WORDS:
        words = words[:-1]
    return words[-1] in STREET_TYPES


def _area(district: str) -> str:
    """A postcode district's area: "DA" of "DA14"."""
    return re.sub(r"[0-9].*", "", district)


# How a site's name says it is an estate of units; the name before them names it alone.
_ESTATES = {
    tokens(kind)
    for kind in (
        "industrial estate",
        "trading estate",
        "industrial park",
        "business park",
        "retail park",
        "business centre",
        "enterprise centre",
    )
}


@dataclass
class Land:
    """An interest's land and property, as the rules below look for them in an item;
    prepared once."""

    # Whether the addresses are a body's premises (an employer's, a tenant's), not a home.
    premises: bool
    # The body's names (``Names.names``): an item dealing with property that names their
    # trade may be about its premises (``_premises_of_its_trade``).
    names: list[tuple[str, ...]]
    streets: list[tuple[str, ...]]
    sides: dict[tuple[str, ...], str]
    # A street or property with its leading words as initials, and the initials: "KGV
    # Playing Fields" for "King George V Playing Fields", where the item writes them in
    # capitals.
    initialled: list[tuple[str, tuple[str, ...]]]
    numbered_places: list[tuple[str, ...]]
    house_names: list[tuple[str, ...]]
    units: set[str]
    site_units: list[tuple[str, Numbers]]
    # A unit at a part of town: ("unit", 4, (hollybush,)) for "Unit 4, Hollybush, ...".
    units_at_parts: list[tuple[str, Numbers, tuple[str, ...]]]
    held: set[str]
    # The streets a unit's address names ("garage court rear of 20-48 Hollybush Lane"),
    # where its units of that kind are (``_units_of_street_in``).
    unit_streets: list[tuple[str, ...]]
    # The member's flats' numbers, and the block they are in ("Flat 9, Kestrel House").
    flats: list[Numbers]
    buildings: list[tuple[str, ...]]
    settings: list[tuple[str, ...]]
    # The streets of the addresses where the member holds a unit ("Duke Street" of "Kiosk
    # 3, Chelmsford Bus Station, Duke Street"), for ``_site_written_short_in``.
    held_streets: list[tuple[str, ...]]
    sites: list[tuple[str, ...]]
    parts: set[tuple[str, ...]]
    settlements: set[tuple[str, ...]]
    properties: set[tuple[str, ...]]
    numbers: list[Numbers]
    rented: list[Premises]
    postcodes: set[str]
    grid: set[tuple[str, int, int]]
    parcels: set[tuple[str, str]]
    districts: set[str]
    # The words of each of the member's addresses, for a town the item puts after their
    # street (``_in_a_town_not_theirs``).
    address_tokens: list[tuple[str, ...]]
    places: PlaceNames

    @classmethod
    def of(
        cls,
        interest: RegisteredInterest,
        places: PlaceNames,
        phrases: dict[str, list[tuple[str, ...]]],
        names: Names,
    ) -> Land:
        """The interest's land and property; ``phrases`` are each address's street and
        property names (``street_phrases``)."""
        streets = [
            p
            for address in interest.addresses
            for p in phrases[address]
            if places.evidence(p) or _street_named(p) and p not in places.within
        ]
        # A block the entry names as the member's by its own name ("flat 3 in The Old
        # Chapel", "now called Clocktower Chambers").
        streets += [
            b for address in interest.addresses for b in named_blocks(address) if b not in streets
        ]
        # A road's number is its other name: "Great North Road (A1000)" is "the A1000".
        roads = {address: road_numbers(address) for address in interest.addresses}
        streets += [r for address in interest.addresses for r in roads[address] if r not in streets]
        # A pub or house that opens its address with its article and two words or more,
        # which an item leaves out ("The Three Tuns, Springfield Road" is "Three Tuns,
        # Springfield"); not a numbered street ("24 The Ryde") nor one word ("The Pavilion").
        streets += [
            p[1:]
            for address in interest.addresses
            for p in phrases[address][:1]
            if p in streets
            and len(p) > 2
            and p[0] == "the"
            and p[-1] not in STREET_TYPES
            and not has_number_before(address, p)
        ]
        properties = {p for address in interest.addresses for p in phrases[address]}
        lines = [tokens(line) for address in interest.addresses for line in address.split(",")]
        codes = {p for address in interest.addresses for p in postcodes(address)}
        openings = {
            tokens(",".join(address.split(",")[:k]))
            for address in interest.addresses
            for k in range(2, address.count(",") + 2)
        }
        return cls(
            # A name that is a line of the entry's own address, or its opening lines ("14
            # Townley Road", "Flat 3, 22 Larner Road"), is the property's, not a body's whose
            # premises they would be: the home is touched by what happens in its street.
            premises=bool(interest.addresses)
            and any(
                words not in properties and words not in lines and words not in openings
                for words in names.registered
            ),
            names=names.names,
            streets=streets,
            initialled=[v for words in streets for v in leading_initials(words)],
            sides={
                k: v
                for address in interest.addresses
                for street, v in street_sides(address).items()
                for k in (street, *roads[address])
            },
            numbered_places=[
                p
                for address in interest.addresses
                for p in phrases[address]
                if p in places.within and p not in streets and has_number_before(address, p)
            ],
            house_names=[
                p for p in properties if len(p) > 1 and p not in streets and p not in places.within
            ],
            units={w for address in interest.addresses for w in unit_labels(address)},
            site_units=[u for address in interest.addresses for u in units_at(pieces_of(address))],
            units_at_parts=[
                (label, numbers, part)
                for address in interest.addresses
                for label, numbers, after in units_then(pieces_of(address))
                if (part := places.leading(after)) and part in places.parts([part])
            ],
            sites=[site for address in interest.addresses for site in named_sites(address, places)],
            held={
                w[:STEM]
                for address in interest.addresses
                for w in tokens(address.split(",")[0])
                if w in UNITS
            },
            unit_streets=[
                street
                for address in interest.addresses
                if unit_labels(address) & UNITS
                for street in streets_of(address)
                if not unit_labels(address) & set(street)
            ],
            flats=[
                n
                for address in interest.addresses
                for label, n in units_at(pieces_of(address.split(",")[0]), FLATS)
            ],
            buildings=[b for address in interest.addresses if (b := flat_building(address))],
            settings=[
                words
                for address in interest.addresses
                for site in named_sites(address, places)
                if (words := site[1:] if site[:1] == ("the",) else site)
                and words[-1] not in STREET_TYPES
                and not set(words) <= UNITS | ADDRESS_PREFIXES
            ],
            held_streets=[
                street
                for address in interest.addresses
                if UNITS & set(tokens(address.split(",")[0]))
                for street in streets_of(address)
            ],
            parts=places.parts(lines),
            settlements=places.settlements(lines, postal=True),
            properties=properties,
            numbers=[n for a in interest.addresses for n in own_numbers(a, phrases[a])],
            rented=premises_held(interest.details, places.whole),
            postcodes=codes,
            grid={g for address in interest.addresses for g in grid_references(address)},
            parcels={p for address in interest.addresses for p in parcels(address)},
            districts={p.split()[0] for p in codes},
            address_tokens=[tokens(address) for address in interest.addresses],
            places=places,
        )

    def reasons(self, text: ItemText, *, body_named: bool) -> list[Reason]:
        """``Reason.ADDRESS`` and ``POSTCODE`` where the item gives them; ``body_named``
        where it names the body whose premises these may be."""
        found = []
        if (
            any(self._street_in(words, text, body_named=body_named) for words in self.streets)
            or any(
                initials in text.in_capitals and self._street_in(words, text, body_named=body_named)
                for initials, words in self.initialled
            )
            or any(self._house_name_in(words, text) for words in self.house_names)
            or self._unit_in(text)
            or self._site_unit_in(text)
            or self._held_at_site_in(text)
            or self._unit_at_part_in(text)
            or self._unit_as_number_in(text)
            or self._units_of_street_in(text)
            or any(p.touched(text.words, text.has, text.units) for p in self.rented)
            or self.parcels & text.parcels
            or any(self._numbered_place_in(words, text) for words in self.numbered_places)
        ) and not (
            self._other_district(text)
            or self._other_grid(text)
            or self._other_parcel(text)
            or other_units(self.site_units, text.pieces)
            or self._other_flats(text)
            or self._other_blocks(text)
        ):
            found.append(Reason.ADDRESS)
        if self.postcodes & text.postcodes and not self._numbered_elsewhere(self.properties, text):
            found.append(Reason.POSTCODE)
        return found

    def keys(self) -> set[tuple[str, object]]:
        """Index keys (``_Needles.keys``) of the land."""
        keys: set[tuple[str, object]] = set()
        for words in self.streets:
            if len(words) <= MAX_PHRASE:
                keys.add(("phrase", squash(words)))
            else:
                keys.update(("word", w) for w in words)
        keys.update(("word", initials) for initials, _ in self.initialled)
        # A property's name with a word added shares its first word with the item.
        keys.update(("word", words[0]) for words in self.streets)
        keys.update(("phrase", squash(words)) for words in self.house_names)
        keys.update(("word", site[-1]) for site in self.sites if self.site_units)
        keys.update(("phrase", squash(site)) for site in self.settings if self.held)
        # A site written short (``_site_written_short_in``): its place and last word, or its
        # other words after its street.
        for site in self.settings if self.held else ():
            if place := self.places.leading(site):
                keys.add(("phrase", squash((*place, site[-1]))))
                keys.update(
                    ("phrase", squash((*street, *site[len(place) :])))
                    for street in self.held_streets
                )
        keys.update(("phrase", squash(site)) for p in self.rented for site in p.sites)
        keys.update(("phrase", squash(part)) for _, _, part in self.units_at_parts)
        keys.update(("postcode", p) for p in self.postcodes)
        keys.update(("parcel", p) for p in self.parcels)
        keys.update(("phrase", squash(words)) for words in self.numbered_places)
        keys.update(("phrase", squash(words)) for words in self.unit_streets)
        return keys

    def _street_in(
        self, words: tuple[str, ...], text: ItemText, *, body_named: bool = False
    ) -> bool:
        """The street or property named in the item (a property's name perhaps with one word
        added), unless the words after it make it another (``_another``), the item's
        numbers there are not the member's (``_numbered_elsewhere``), or it puts it in
        another town or village than the member's. A body's premises (an address
        registered with an employer's, tenant's or body's name other than the property's)
        are touched by dealings with property in the street (leases, rents, sales, its shops
        or units), by an item that names the body (``body_named``) or one that calls it by
        the trade or kind its name ends with ("the microbrewery on Bourne Road" for "Bexley
        Village Brewery Ltd" registered there: ``_its_trade_in``), not by the street's own
        matters: the street without a number ("Maldon Road Traffic Calming Scheme" for a
        surgery on Maldon Road) is no evidence, where a member's home is touched by what
        happens in its street."""
        street = words[-1] in STREET_TYPES
        longer = text.with_one_more(words) if not street and len(words) > 1 else []
        found = text.has(words) or bool(longer)
        elsewhere = [*text.after(words), *(after for p in longer for after in text.after(p))]
        if found and elsewhere:
            found = not all(self._another(street, after) for after in elsewhere)
        if found and len(words) == 1 and elsewhere:
            # Within its clause: "Parkway - Proposed ..." and "80 Parkway, Monday to
            # Saturday" are the street, the words after the dash or comma another matter.
            within = list(text.after(words, in_clause=True))
            found = not within or not all(self._named_after_it(after, text) for after in within)
        if found and street and (befores := list(text.before(words))):
            found = not all(self._qualified(words, before, text) for before in befores)
        if found and self._numbered_elsewhere([words], text):
            return False
        if found and words in self.sides and (befores := list(text.before(words))):
            found = not all(self._other_side(words, before) for before in befores)
        if (
            found
            and street
            and self.premises
            and not body_named
            and not _PREMISES & text.words
            and not self._its_trade_in(text)
            and not any(text.numbers_at(words))
        ):
            return False
        if found and street and self._in_a_town_not_theirs(words, text):
            return False
        if not found or not self.settlements:
            return found
        if self._town_s_own(words, text):
            return False
        named = self.places.settlements(text.sequences)
        return not named or bool(named & self.settlements)

    def _in_a_town_not_theirs(self, words: tuple[str, ...], text: ItemText) -> bool:
        """Whether each time the item numbers the member's street it writes a town on the
        line after it that the member's address, which names a town there too, does not:
        "22 Station Road, Knebworth" (a neighbouring council's consultation) is not "22
        Station Road, Cuffley". Towns the council's place names know are left to
        ``settlements``, for a part of town ("Moulsham") may be written for its post town."""
        n = len(words)
        if not any(
            address[i : i + n] == words and address[i + n : i + n + 1]
            for address in self.address_tokens
            for i in range(len(address) - n)
        ):
            return False
        theirs = {w for address in self.address_tokens for w in address}
        written = list(text.lines_after(words))
        return (
            bool(written)
            and any(text.numbers_at(words))
            and all(
                not after
                and lines
                and (town := lines[0])
                and town[0] in text.capitalised
                and town[0] not in text.in_capitals
                and town[0] not in theirs
                and town[0].isalpha()
                and town[0] not in NUMBER_WORDS  # "Moulsham Street, Nos. 70-96"
                and not {*town} & (STREET_TYPES | COMPASS_WORDS | CONNECTORS | KINDS | FORMS)
                and not self.places.leading(town)
                for after, lines in written
            )
        )

    def _town_s_own(self, words: tuple[str, ...], text: ItemText) -> bool:
        """Whether the item writes a town or village before the member's street, as its
        own ("Chelmsford High Street", "Sidcup High Street"), and none of them is the
        member's: a post town named alone after a street ("High Street, Chelmsford") may be
        any village it serves, but the town's name leading the street is the town's own
        street, not the High Street of a village with that post town."""
        leading = {place for before in text.before(words) if (place := self.places.ending(before))}
        towns = {town for place in leading for town in self.places.lies_in.get(place, ())}
        return bool(towns) and not towns & self.settlements

    def _other_side(self, words: tuple[str, ...], before: tuple[str, ...]) -> bool:
        """Whether the item puts land on another side of the street than the member's:
        "land east of Travellers Lane" (or "east of the A1000", or "on the east side of
        Travellers Lane") is not the member's field west of it."""
        if before[-1:] == ("the",):
            before = before[:-1]
        side = side_before(before)
        return side is not None and side != self.sides[words]

    @staticmethod
    def _qualified(words: tuple[str, ...], before: tuple[str, ...], text: ItemText) -> bool:
        """Whether a word written with a capital before the member's street makes it another
        street: "New London Road" is not "London Road", nor "Upper Park Road" "Park
        Road"."""
        return (
            bool(before)
            and before[-1] in _QUALIFIERS
            and before[-1] in text.capitalised | COMPASS_WORDS
            and before[-1] not in words
        )

    def _named_after_it(self, after: tuple[str, ...], text: ItemText) -> bool:
        """Whether a strong word written with a capital after a one-word street or property
        makes it another thing's name, as after a body's one strong word (``leaves``):
        "Parkway Fountain and Gardens" are not the member's flat on Parkway."""
        return bool(after) and after[0] in text.capitalised and self.places.strong(after[0])

    def _another(self, street: bool, after: tuple[str, ...]) -> bool:
        """Whether the words after the member's street or property make it another: a
        compass word or a street type after a street ("Upton Road South", "Hall Place
        Crescent" are not "Upton Road", "Hall Place"), a street type or another street after
        a property ("Orange Tree Close" is not the Orange Tree: ``_other_street``), or a legal
        form after either, in a firm named after it ("Howardsgate Kitchen Ltd, 38
        Stonehills" is not "10 Howardsgate")."""
        number = next((i for i, w in enumerate(after) if w[0].isdigit()), len(after))
        if LEGAL_SUFFIXES & set(after[: min(number, 3)]):
            return True
        if street:
            return after[:1] in COMPASS or bool(after[:1]) and after[0] in STREET_TYPES
        # A street named after the property ("Orange Tree Close" is not the Orange Tree).
        return bool(after[:1]) and after[0] in STREET_TYPES or self._other_street(after)

    def _numbered_elsewhere(self, streets: Iterable[tuple[str, ...]], text: ItemText) -> bool:
        """Whether the item says which numbers of the member's street it means, and none is
        the member's property or next door to it (``_NEIGHBOURS``): "2-10 Bourne Road" is
        not the member's 21, "1-9 Duke Street" not their 19, though the postcode is the
        same. A unit's number is not a house's: "14 Tennyson Road" is not the member's
        "Garage 14" there, nor "Unit 21" their "Unit 12". Where the item gives no numbers,
        or the member's address none, the street is enough."""
        numbers = [
            (n, _numbered_as_houses(words, self.places))
            for words in streets
            for n in text.numbers_at(words)
        ]
        if not numbers:
            # "Elm Grove - resurfacing ... between Nos 60 and 110": numbers given apart
            # from the street are its, where the item names no other (``numbers_apart``).
            numbers = [
                (n, _numbered_as_houses(words, self.places))
                for words in streets
                if text.has(words)
                for n in text.numbers_apart(words)
            ]
        return bool(numbers) and not any(self._may_be_own(n, as_house) for n, as_house in numbers)

    def _may_be_own(self, number: Numbers, as_house: bool = False) -> bool:
        """Whether numbers the item gives may be the member's property: a house within
        ``_NEIGHBOURS`` of the member's, a unit of the member's; a house is no one's unit,
        and where the member's address gives no numbers of that kind, any may be. On a
        parade or estate whose units are numbered ``as_house``, a unit or shop is its
        number there."""
        houses = [n for n in self.numbers if not n.unit]
        units = [n for n in self.numbers if n.unit]
        if number.unit:
            return not units or any(u.overlaps(number) for u in units)
        if houses and self.premises:
            return any(h.near(number, _NEXT_DOOR) for h in houses)
        if houses:
            return any(h.near(number) for h in houses)
        # A shop's or unit's number on a parade or estate is its number there: "7 Kestrel
        # Shopping Parade" is the member's "Unit 7, Kestrel Shopping Parade", where "14
        # Tennyson Road" is a house, not their "Garage 14".
        numbered = [n for label, n in self.site_units if label in _NUMBERED_AS_HOUSES]
        if numbered and as_house:
            return any(n.overlaps(number) for n in numbered)
        return not units

    def _other_district(self, text: ItemText) -> bool:
        """Whether every postcode district the item names in the member's postcode area is
        another: "Albert Road, Bexley DA5" is not the member's "Albert Road, Belvedere
        DA17", nor "High Street, Sidcup DA14" their "High Street, Bexley DA5", whatever
        else the item names ("Bexley" is also the borough's post town)."""
        areas = {_area(d) for d in self.districts}
        theirs = {d for d in text.districts if _area(d) in areas}
        return bool(theirs) and not theirs & self.districts

    def _other_grid(self, text: ItemText) -> bool:
        """Whether both give grid references and the item's are all more than ``_GRID_NEAR``
        from the member's: "Land at TL 752 046, Sandon Brook" is a kilometre east of the
        member's field at TL 742 046 on the same brook."""
        return bool(self.grid and text.grid) and not any(
            a[0] == b[0] and abs(a[1] - b[1]) <= _GRID_NEAR and abs(a[2] - b[2]) <= _GRID_NEAR
            for a in self.grid
            for b in text.grid
        )

    def _units_of_street_in(self, text: ItemText) -> bool:
        """Units of the member's kind ("garages") at a street the unit's address names: "the
        16 garages behind Tennyson Road" for the member's "Garage 9, garage block rear of
        Tennyson Road", a licence from the council whose block is to be demolished. Units
        the item numbers without the member's are another's (``house_numbers.other_units``);
        the street alone is its houses' matter, and units at another street another's.
        Houses the item puts the site behind ("the garage block rear of 1-20 Hillview
        Drive") only say where the block is, so where the member's address places it at
        the street without numbers ("rear of", "off"), they leave the member's unit in."""
        unnumbered = not any(not n.unit for n in self.numbers)
        return bool(self.units & UNITS & text.words) and any(
            text.has(street)
            and (
                unnumbered
                and _behind_houses(street, text)
                or not self._numbered_elsewhere([street], text)
            )
            for street in self.unit_streets
        )

    def _other_flats(self, text: ItemText) -> bool:
        """Whether the item numbers flats and none is the member's: "compulsory purchase of
        Flat 3, Meadowside House" is not the member's Flat 11 there, nor a right to buy
        appeal for Flat 17 their Flat 4, nor "31 Kestrel House" (a flat's number written
        as a house's, before the block's name) their Flat 9 there. The block's matters (its
        roof, its cladding) name no flat, or the member's among others."""
        if not self.flats:
            return False
        theirs = [n for pieces in text.pieces for _, n in units_at(pieces, FLATS)]
        theirs += [n for block in self.buildings for n in text.numbers_at(block) if not n.unit]
        return bool(theirs) and not any(m.overlaps(n) for m in self.flats for n in theirs)

    def _other_blocks(self, text: ItemText) -> bool:
        """Whether the item names blocks like the member's ("Heron House and Swift House")
        and never the member's own ("Kestrel House"): works to other blocks of the estate or
        street are their leaseholders' matter, not the member's, though the item names the
        estate or street the member's address does."""
        kinds = {b[-1] for b in self.buildings}
        if not kinds or any(text.has(b) for b in self.buildings):
            return False
        return any(
            words[i + 1] in kinds and words[i] in text.capitalised and words[i] not in CONNECTORS
            for words in text.sequences
            for i in range(len(words) - 1)
        )

    def _numbered_place_in(self, words: tuple[str, ...], text: ItemText) -> bool:
        """A street named as a part of town is ("5 Haldens", "15 Hall Grove"), with numbers
        the item gives it that may be the member's house ("the parade at 1-8 Haldens",
        "opposite nos. 11-19 Hall Grove"). Named without numbers it is the neighbourhood,
        anyone's, but for a body's premises there in an item dealing with a property of its
        trade (``_premises_of_its_trade``)."""
        houses = [n for n in text.numbers_at(words) if not n.unit]
        if houses and not any(map(self._may_be_own, houses)):
            return False
        if not houses and not self._premises_of_its_trade(text):
            return False
        named = self.places.settlements(text.sequences)
        return not named or bool(named & self.settlements)

    def _premises_of_its_trade(self, text: ItemText) -> bool:
        """Whether the item deals with property (a lease, rents, a sale) and names the trade
        that ends the body's name: "rent reviews of the council's shops at ... Hall Grove,
        including the florist's unit" for "Oak & Ivy Florists Ltd", tenant of 6 Hall Grove.
        The part of town alone is anyone's shop there."""
        return self.premises and bool(_PREMISES & text.words) and self._its_trade_in(text)

    def _its_trade_in(self, text: ItemText) -> bool:
        """Whether the item names the trade or kind that ends the body's name ("florist"
        of "Oak & Ivy Florists Ltd", "brewery" of "Bexley Village Brewery Ltd")."""
        trades = {
            words[-1][:STEM]
            for words in self.names
            if len(words) > 1 and words[-1] not in FORMS and self.places.strong(words[-1])
        }
        return bool(trades & {w[:STEM] for w in text.words})

    def _other_parcel(self, text: ItemText) -> bool:
        """Whether both give parcel (or title) numbers of one kind and none of the item's is
        the member's: "parcel 4522 off Bicknacre Road" is the field next to the member's
        parcel 4521 on the same road."""
        kinds = {kind for kind, _ in self.parcels} & {kind for kind, _ in text.parcels}
        return any(not {p for p in self.parcels if p[0] == kind} & text.parcels for kind in kinds)

    def _unit_in(self, text: ItemText) -> bool:
        """A unit's label ("Garage 11") with the part of town its address names ("rear of
        Haldens"): "Haldens garage site". The label alone is anyone's garage."""
        return bool(self.units & text.words) and any(text.has(part) for part in self.parts)

    def _site_unit_in(self, text: ItemText) -> bool:
        """The member's unit at a named site, among the units of its kind the item numbers
        at that site: "pitches 15-30" at "Chelmsford Market" for the member's "pitch 22,
        Chelmsford indoor market". The site is named whole, or as its place and the last
        word saying what it is ("Bexleyheath market" for "Bexleyheath Broadway market")."""
        if not self.site_units or not any(self._site_in(site, text) for site in self.sites):
            return False
        return any(
            label == theirs and ours.overlaps(numbers)
            for pieces in text.pieces
            for theirs, numbers in units_at(pieces)
            for label, ours in self.site_units
        )

    def _unit_at_part_in(self, text: ItemText) -> bool:
        """The member's unit at a part of town, written in the item with the part straight
        after it: "Surrender of lease: Unit 4, Hollybush" for the member's "Unit 4,
        Hollybush, Welwyn Garden City". The part of town alone is anyone's, and another unit
        there ("Unit 7, Hollybush") another's."""
        return bool(self.units_at_parts) and any(
            label == ours and mine.overlaps(numbers) and after[: len(part)] == part
            for label, numbers, after in text.units_then
            for ours, mine, part in self.units_at_parts
        )

    def _unit_as_number_in(self, text: ItemText) -> bool:
        """The member's unit, or house, on a parade or estate written as its number there,
        with one word of the parade's name left out (not its first or last): "7 Kestrel
        Parade" for "Unit 7, Kestrel Shopping Parade". Only the member's own number: "9
        Kestrel Parade" is another shop, and the parade named alone anyone's. A street's
        name is not shortened: "Kestrel Road" is not "Kestrel Hill Road"."""
        own = [n for n in self.numbers if not n.unit]
        own += [n for label, n in self.site_units if label in _NUMBERED_AS_HOUSES]
        if not own:
            return False
        for words in self.streets:
            if len(words) < 3 or not _numbered_as_houses(words, self.places):
                continue
            for k in range(1, len(words) - 1):
                short = (*words[:k], *words[k + 1 :])
                if any(
                    not n.unit and any(o.overlaps(n) for o in own) for n in text.numbers_at(short)
                ):
                    named = self.places.settlements(text.sequences)
                    return not named or not self.settlements or bool(named & self.settlements)
        return False

    def _held_at_site_in(self, text: ItemText) -> bool:
        """A unit the member holds at a named site ("Kiosk, Central Park"; "Cafe unit 2, the
        Stables, Hylands Park"), in an item that names the site and units of its kind
        without numbers that leave the member's out: "Central Park ... the existing kiosk
        will be removed", "Hylands Estate - Stables visitor centre ... units will close". A
        site named in house-name words ("the Stables") is named with a strong word of the
        lines around it ("Hylands"); one the item puts in another town or village is
        another ("Church Road garage site, Sidcup" for the member's in Bexleyheath)."""
        if not self.held & {w[:STEM] for w in text.words}:
            return False
        numbered = [
            (label, numbers)
            for pieces in text.pieces
            for label, numbers in units_at(pieces)
            if label in self.held
        ]
        ours_numbered = any(
            label == ours and mine.overlaps(numbers)
            for label, numbers in numbered
            for ours, mine in self.site_units
        )
        if numbered and not ours_numbered:
            return False
        strong = {w for site in self.settings for w in site if self.places.strong(w)}
        if not any(
            text.has(site)
            and (
                any(self.places.strong(w) for w in site)
                or not set(site) <= KINDS | CONNECTORS
                and len(site) > 1
                or strong & text.words
            )
            or self._site_written_short_in(site, text)
            or (ours_numbered and self._own_town_s_kind_in(site, text))
            for site in self.settings
        ):
            return False
        named = self.places.settlements(text.sequences)
        return not named or not self.settlements or bool(named & self.settlements)

    def _site_written_short_in(self, site: tuple[str, ...], text: ItemText) -> bool:
        """A named site that opens with its place, written without it as the item names a
        group of units there: its other words after the street the member's address puts
        it in ("the Duke Street bus station" for "Chelmsford Bus Station, Duke Street"), or
        its place and last word with its other, strong words elsewhere in the item
        ("Bexleyheath market ... pitches on the Broadway" for "Bexleyheath Broadway
        market"), or, where the place is the one the council is named after, its other
        words alone, two or more and not all kind words, as the council's items call its own
        town's site ("Retail market: ... temporary pitches" for "Chelmsford Retail Market";
        ``_held_at_site_in`` leaves out an item placing them in another town). Its kind alone
        ("the bus station") or its place and kind alone ("Bexleyheath market") may be
        another site's, and so may another town's site without its place ("bus station
        kiosks" for "Sidcup Bus Station"), unless the item's unit numbers hold the member's
        (``_own_town_s_kind_in``)."""
        place = self.places.leading(site)
        rest = site[len(place) :]
        if not place or set(rest) <= CONNECTORS:
            return False
        if any(text.has((*street, *rest)) for street in self.held_streets):
            return True
        if (
            self.places.council_s_own(place)
            and len(rest) > 1
            and not set(rest) <= KINDS | CONNECTORS
            and text.has(rest)
        ):
            return True
        middle = [w for w in rest[:-1] if w not in CONNECTORS]
        return (
            bool(middle)
            and all(self.places.strong(w) and w in text.words for w in middle)
            and text.has((*place, rest[-1]))
        )

    def _own_town_s_kind_in(self, site: tuple[str, ...], text: ItemText) -> bool:
        """A site of the council's own town named by its kind alone after "the" ("The
        Market: ... stalls 10 to 20 close" for the member's stall 14, Chelmsford Market),
        where the item numbers units that hold the member's: the numbers say which site it
        is. Another word before the kind makes it another site ("the farmers' market",
        "the Christmas market")."""
        place = self.places.leading(site)
        rest = site[len(place) :]
        return (
            bool(place)
            and self.places.council_s_own(place)
            and len(rest) == 1
            and text.after_the(rest, capitalised=False)
        )

    def _site_in(self, site: tuple[str, ...], text: ItemText) -> bool:
        """The site named whole, as its place and last word, as its other words with its
        place elsewhere in the item, or without the words saying it is an estate of units
        ("Dukes Park" for the member's "Dukes Park Industrial Estate"; ``_site_unit_in``
        looks for the unit's number beside it)."""
        place = self.places.leading(site)
        short = site[:-2] if site[-2:] in _ESTATES else ()
        rest = site[len(place) :]
        return (
            text.has(site)
            or (bool(place) and text.has((*place, site[-1])))
            or (bool(short) and short != place and text.has(short))
            # ... or its other words with its place elsewhere in the item ("Broadway market"
            # in "Broadway, Bexleyheath: ... market pitches" for "Bexleyheath Broadway market"),
            # where the item names no other town ("Sidcup Broadway market").
            or (
                bool(place)
                and rest not in _ESTATES  # not "industrial estate" alone
                and len(rest) > 1
                and text.has(rest)
                and set(place) <= text.words
                and self.places.settlements(text.sequences)
                <= self.places.settlements([place]) | {place}
            )
        )

    def _house_name_in(self, words: tuple[str, ...], text: ItemText) -> bool:
        """A property named only in common words ("Home Farm", "Manor House"), in an item
        that puts it in the member's own town or village, in no other street."""
        if not text.has(words) or any(self._other_street(after) for after in text.after(words)):
            return False
        return bool(self.places.settlements(text.sequences) & self.settlements)

    def _other_street(self, after: tuple[str, ...]) -> bool:
        """Whether the words after a property's name name a street not in its address. A
        place whose name ends like a street's is no street: "Larkhill School, Welham Green"
        is the school in the village, not in a street called "Welham Green"."""
        words = tuple(w for w in after if not w[0].isdigit())
        place = self.places.leading(words)
        if place and words[len(place) : len(place) + 1] not in {(t,) for t in STREET_TYPES}:
            words = words[len(place) :]
        end = next((i for i, w in enumerate(words) if i and w in STREET_TYPES), None)
        own = {squash(s) for s in self.streets if s[-1] in STREET_TYPES}
        return end is not None and bool(own) and squash(words[: end + 1]) not in own


def _behind_houses(street: tuple[str, ...], text: ItemText) -> bool:
    """Whether the item puts a site behind numbered houses of ``street`` ("rear of 1-20
    Hillview Drive", "behind 2 to 18 Hillview Drive")."""
    for pieces in text.pieces:
        for i in range(len(pieces)):
            for lead in _BEHIND:
                after = i + len(lead)
                if tuple(pieces[i:after]) == lead and (at := range_at(pieces, after)):
                    if tuple(pieces[at[2] : at[2] + len(street)]) == street:
                        return True
    return False
