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
"Home", "Centre", house-name words ("The Lodge"), legal forms, trade words and the words
that name a part of a body ("Eastern Region", "Branch").

- organisation, employer and body names match on their whole name after normalisation
  ("Ltd" = "Limited", "&" = "and", "Mac" = "Mc", "Soc." = "Society", "R.B.L." = "RBL",
  plurals, doubled letters, punctuation, "The" and words run together or apart,
  "Watersports" = "Water Sports", all ignored), in another order with only small words
  between ("Samaritans (Chelmsford and District Branch)"), each side of "trading as", and
  without a place that ends it ("Age UK" for "Age UK Bexley"), or with a place's initials
  written out ("Welwyn Garden City" for "WGC"); on their acronym ("RBL" for "Royal British
  Legion, Welling Branch"), or initials standing for some of their words ("WGC Town Centre
  Partnership", "MSE NHS FT", "Brannock FM"), or written out for a name registered in
  initials ("South Woodham Ferrers Rugby Football Club" for "SWF RFC"); a person's with the
  first name as an initial ("T. Ravenscroft-Hale"); on two or more of their words in order
  from the first distinctive one, one perhaps left out before a strong word ("Kowalski
  Decorators" for "A & J Kowalski Decorators", "Stanborough Watersports" for "Stanborough
  Lakes Watersports"), the last perhaps shortened ("Coastline Arb", "Crook Log Vets"), but
  not ending in a street ("Beehive Lane" for "Beehive Lane Veterinary Centre") nor going on
  with another distinctive word where the name goes on otherwise ("Rotary Club of
  Chelmsford Mildmay" is not "... Rivermead"), a place's word ("Hatfield Business Park" is
  not "... Forum") or another kind of body ("Bexley Rotary Trust" is not "... Club"); on a
  place-led name's rest with its place
  anywhere in the item ("Heritage Trust, Welwyn Garden City"), unless another place leads
  it ("Sidcup Youth Theatre" is not "Bexley Youth Theatre"); on a place-and-trade name's
  trade at its place ("Pharmacy at Beaulieu" for "Beaulieu Park Pharmacy"); and on the one
  strong word that leads a name whose other words say only what kind of body it is
  ("Tesco Stores", "UNISON Eastern Region", "GMB London Region"), or a one-word name, unless
  the item writes that word into a street ("Marston Road" is not "Marston Homes"), or it is
  a street's own word in the name ("Station Road Motors", "Broadway Properties": the street
  named alone is not the firm) or a person's surname ("Mrs J Smith"), another
  trade ("Anchor Housing" is not "Anchor Motors"; "Orbit Housing" may be "Orbit Group"),
  another name ("Unite Students", "GMB Scaffolding Ltd"), a company's name where the
  registered one is a union, society, club or charity ("The UNITE Group plc") or a
  person's name ("Mr T Murphy"). A name of only place and kind words is not the start of a
  longer one ("Welwyn Garden City Estate Management Scheme"). Also: a county's short form
  ("Herts"), a former name in brackets ("(formerly Writtle University College)"), a trading
  name the entry's details give or the item says a body trades under, a couple's name for
  either of them but not a person with another title ("Mrs J Smith" is not "Mr J Smith"),
  an NHS trust's initials without "NHS" and "University" ("HPFT"), initials in capitals
  that end in S ("AODS"), two initials before two more words ("L&S Community
  Association"), a cathedral by its city, a word added before the rest of a name ("Rugby
  Football Club"), and what a contract is for, named in the entry's details, beside its
  trade ("City Life" magazine and "Print") or what the details say the contract is ("café
  concession at Hylands House"). Not a name written into a street
  ("Christchurch Road"), nor followed by another place than the one it was registered with
  ("St Mary's Church Writtle" for "..., Great Baddow"), nor a name's words used as a
  house's ("Bridge Cottage, 3 Mill Lane"), nor a party named only as its group on the
  council ("Bexley Labour Group") or by its word in its ordinary sense ("labour market").
  Also: the school a governing body governs ("Governing Body of Hurst Primary School"); a
  word in capitals in a registered name written out ("Bexleyheath Business Improvement
  District" for "Bexleyheath BID Ltd"); a body's name without the kind that ends it where
  the item also calls it by that kind ("Digswell Arts ... the Trust"); a body's members
  after its name ("Unite members"); an NHS trust by its own word ("Oxleas"); a place-led
  body called "the" and the rest of its name ("the Heritage Trust"); a body's short form, or
  a company's leading word, as a party the item deals with ("GBP 4,000 to Digswell Arts",
  "contract with Brightwave"). Not a name's one word written only as an ordinary word (in
  lower case, or capitalised only where a sentence starts: "Reform of waste collection").
  Not a company's name, whole or in part, going on with
  a club, trust, charity or partnership ("Chelmer Canoe Club" is not "Chelmer Canoe Hire
  Ltd"); nor a name's words ending in "village" ("Nuxley village"), nor the first word of
  a place that leads a firm's name ("Crook Log Developments"). The council's own name is no
  evidence, but a matter of its staff (pay, posts, restructures) touches a member whom, or
  whose partner, it employs; the county council is named in items as a public authority
  (highways, education, a consultee), so it is evidence only in an item that deals with it
  (an agreement, contract, lease, grant or payment);
- addresses and land match on the street or property name ("St" = "Street" = "Saint",
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
  and units of its kind; an address in the entry's details ("rents the council's shop at
  112 Blackfen Road") is one of its addresses;
- wards match when an item concerns the ward in which the interest lies.

Two neighbours hold rules the labelled pairs of blind set 8 showed missing:
``matching_premises`` (premises a company rents, named in the entry's details, touched by
an item dealing with property at the same site: "the lakeside boathouse ... in Central
Park", a range of units that includes the member's) and ``matching_names`` (a sister
company sharing a group's two leading words, the full name behind a trading name with a
place's kind inserted, a firm's first word as owner: "Cory's application"). Here, a firm
named without the trade word that ends its name ("contract with Peartree IT"), each of a
list of OS parcels, and a list of houses all odd or all even as one side of the road.

Blind set 10's classes (tests/core/test_matching_blind10_rules.py): a range written "Nos
40 to 80", "from the junction (No. 1) to No. 19", "Wellfield Road from its junction with
... to No. 39" or "Brampton Road outside Nos. 120-200", its side said before it
("odd-numbered houses 11 to 35") or in a bracket before the street ("1-41 (odd) The Ryde");
a body's premises (a company's shop) are touched by numbers next door, not ten doors away;
units, garage blocks and plots the item numbers anywhere that are not the member's make
the member's estate another property ("Letting of Unit 16" for Unit 6); a town written
before the street is the town's own street ("Chelmsford High Street" is not the High
Street of Great Baddow, whose post town it is); a name's word ending another name
("Blackwater Navigation", then "the Navigation") is that name, and a trade after "the" in
lower case ("the traffic management contract") no place-led firm; the company a trading
name is registered as, its group, its subsidiaries and sister companies named in the
details are its names; a classified road's number in an address ("(A1000)") is the road,
on the side the address says; a body's premises at a part of town are touched by a
property dealing there that names its trade ("the florist's unit"); and a company's
initials with its "Limited" ("GLL") where the item writes them in capitals.

Blind set 11's classes (tests/core/test_matching_blind11_rules.py): the member's unit at a
part of town, repeated with the part after it ("Unit 4, Hollybush"); a name written as an
owner ("the Friends of Quarry Park's proposal"); a company's name without the words saying
it is a group or holding company ("Erith Builders" for "Erith Builders Group Ltd"), written
with capitals and ending there; a partnership by its first surname made plural
("Pendlefords" for "Pendleford Marsh LLP"); a firm by its first word after the part it
plays ("contractor Hazelford"); initials joined by "&" ("BD&W"); a unit or shop written as
its number on a parade or estate, perhaps without a middle word of the parade's name ("7
Kestrel Parade" for "Unit 7, Kestrel Shopping Parade"), never on a street; premises named
before a village whose name ends like a street's ("Larkhill School, Welham Green"); and a
property the details say the company owns ("owner of the Quayside Shopping Centre"). Two
kinds of false alarm: initials the item spells out itself as other words ("tapered
polystyrene slabs (TPS)"), and a name's words in another order where one is written only in
lower case ("boarding kennels in Barnehurst" for "Barnehurst Kennels").

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
from functools import cached_property, lru_cache

from nolan.core import matching_names, matching_premises


class Reason(StrEnum):
    """Why an item may touch an interest; stable codes shown to the member and tested on."""

    NAME = "name"
    ACRONYM = "acronym"
    NAME_WORD = "name-word"
    POSTCODE = "postcode"
    ADDRESS = "address"
    WARD = "ward"


class Place(str):
    """A place name of a council's area, with the towns or villages it lies in.

    A plain string is a place name too; it, and a ``Place`` lying in none (the council's own
    name, its county), says only that a matter is in the area. A town or village lies in
    itself; a ward or neighbourhood in the towns or villages it covers. Two places lying in
    no common town or village are different places: "Main Road, Great Leighs" is not the
    member's "Main Road, Broomfield". A post town ``serves`` the villages whose addresses
    end in its name: named without any of them, it may mean any ("195 Galleywood Road,
    Chelmsford" may be next door to "201 Galleywood Road, Great Baddow"). A ``str``, so a
    list of them passes wherever place names do (``nolan.councils.places``).
    """

    settlements: tuple[str, ...]
    serves: tuple[str, ...]

    def __new__(
        cls, name: str, settlements: Iterable[str] = (), serves: Iterable[str] = ()
    ) -> Place:
        place = super().__new__(cls, name)
        place.settlements = tuple(settlements)
        place.serves = tuple(serves)
        return place


@dataclass(frozen=True)
class RegisteredInterest:
    """What matching needs of one register entry.

    ``names`` holds organisation, employer, body or counterparty names; ``addresses`` holds
    land, property or licence addresses (postcodes anywhere in them); ``wards`` the wards
    in which the interest lies, where the register knows them; ``subjects`` the names the
    entry's details give what it is for, in the clauses that name it ("printing of the City
    Life magazine", "café concession at Hylands House"), evidence only beside its trade or
    what the clause says the entry is (``_Needles._subject_in``); ``details`` the entry's
    other details, where a company's tenancy names the premises it rents
    (``matching_premises``).
    """

    key: str
    member: str
    names: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()
    wards: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    details: str = ""

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
    "brothers": "bros",
    "association": "assoc",
    "assn": "assoc",
    "society": "soc",
    "services": "svcs",
    "service": "svcs",
    "svc": "svcs",
    "management": "mgmt",
    "international": "intl",
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
    "ctr": "center",
    # Counties' usual short forms: "Herts Grounds Care" is "Hertfordshire Grounds Care".
    "herts": "hertfordshire",
    "beds": "bedfordshire",
    "bucks": "buckinghamshire",
    "cambs": "cambridgeshire",
    "hants": "hampshire",
    "lancs": "lancashire",
    "leics": "leicestershire",
    "lincs": "lincolnshire",
    "northants": "northamptonshire",
    "notts": "nottinghamshire",
    "staffs": "staffordshire",
    "wilts": "wiltshire",
    "worcs": "worcestershire",
    "glos": "gloucestershire",
    "berks": "berkshire",
}
_STREET_TYPES = {"st", "rd", "ave", "ln", "cl", "dr", "ct", "cres", "pl", "gdns", "ter", "sq"}
_STREET_TYPES |= {"gr", "way", "hill", "row", "walk", "mews", "green", "rise", "vale"}
_CONNECTORS = {"the", "of", "and", "for", "in", "at", "on", "to", "a", "an"}
_LEGAL_SUFFIXES = {"ltd", "co", "inc", "plc", "llp", "lp", "cic"}
# Words that name a part of a body, not a different body: "UNISON Eastern Region" and its
# "branches" are UNISON.
_PARTS = {"region", "regional", "branch", "division", "area", "unit", "chapter"}
_PARTS |= {"eastern", "western", "northern", "southern", "central"}
# Words that say what kind of body or place something is, not which one: never enough on
# their own, and after a name's leading word they make it another body ("Anchor Housing").
_KINDS = {
    "uk",
    "group",
    "holding",
    "svcs",
    "trust",
    "council",
    "county",
    "borough",
    "district",
    "city",
    "town",
    "parish",
    "assoc",
    "soc",
    "club",
    "charity",
    "foundation",
    "partnership",
    "community",
    "union",
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
    "center",
    "hall",
    "school",
    "church",
    "resident",
    "friend",
    "member",
    "board",
    "committee",
    "enterprise",
    "property",
    "home",
    "housing",
    "development",
    # "NHS" says what kind of trust it is: "Oxleas" names "Oxleas NHS Foundation Trust".
    "nhs",
    # Trade words: a name shares them with hundreds of unrelated firms.
    "builder",
    "building",
    "construction",
    "contractor",
    "motor",
    "store",
    "supermarket",
    "retail",
    "hotel",
    "care",
    "associate",
    "consultant",
    "consulting",
    "solution",
    "estate",
    "engineering",
    "system",
    "mgmt",
    "investment",
    "venture",
    "capital",
    "design",
    "media",
    # Words of house and property names: "The Lodge", "Mill House", "The Coach House",
    # "Home" are on thousands of registers; "Garden" is in every garden centre's name.
    "garden",
    "cottage",
    "lodge",
    "barn",
    "mill",
    "manor",
    "grange",
    "coach",
    "stable",
    # National words; a council's own place names come with the council (``places``).
    "england",
    "english",
    "british",
}
_GENERIC = _CONNECTORS | _LEGAL_SUFFIXES | _PARTS | _KINDS
_GENERIC |= {"st", "rd", "ave", "ln", "cl", "dr", "ct", "n", "s", "e", "w", "limited", "company"}
_COMPASS_WORDS = {"n", "s", "e", "w"}
_COMPASS = {(w,) for w in _COMPASS_WORDS}
# Words that, before a street's name, make it another street ("New London Road").
_QUALIFIERS = _COMPASS_WORDS | {"new", "old", "upper", "lower", "great", "little", "nether"}
# Street types that are nothing else ("Green" and "Hill" may end a body's name).
_STREETS = {"st", "rd", "ln", "ave", "cl", "dr", "ct", "cres", "gdns", "ter", "sq", "way", "walk"}
_STREETS |= {"mews", "row"}
# After a name's one strong word, these make it a street or place: "Marston Road",
# "Campus West", "Danson Park".
_PLACE_WORDS = _STREET_TYPES | _COMPASS_WORDS | {"pk"}
# Words that are a street's whole name ("The Broadway", "Parkway, Welwyn Garden City"): a
# firm's one strong word that is one of them names the street in an item, not the firm.
_ROADS = {"broadway", "parkway", "causeway", "highway", "esplanade", "promenade", "boulevard"}
# What makes a council's own name a name of the council.
_COUNCIL = {"council", "borough"}
# Words of an item that deals with a body: it is a party, not a public authority named in
# passing ("agency agreement with Essex County Council").
_DEALINGS = {"agreement", "contract", "payment", "paid", "lease", "grant", "fee", "tender"}
_DEALINGS |= {"purchase", "sale", "transfer", "recharge"}
# Words of a political party's name ("Bexley Labour Party", "Chelmsford Liberal Democrats").
_PARTIES = {"party", "labour", "conservative", "democrat", "tory"}
# Words of an item that deals with property in a street, where a body's premises may be.
_PREMISES = _DEALINGS | {"rent", "tenant", "tenancy", "freehold", "leasehold", "disposal"}
_PREMISES |= {"unit", "shop", "parade", "premise", "building", "sold", "let", "letting"}
# Kinds of body that are not companies: "Unite the Union" is not "The UNITE Group plc".
_NOT_COMPANIES = {"union", "soc", "assoc", "club", "charity"}
_COMPANIES = {"ltd", "plc", "llp"}
# Kinds of body one founds apart from another of the same name: "Bexley Rotary Trust", a
# charity, is not "Bexley Rotary Club".
_BODIES = {"club", "trust", "soc", "assoc", "foundation", "charity", "union"}
# Kinds of body that a company's name going on with names another body: "Chelmer Canoe
# Club" is not "Chelmer Canoe Hire Ltd", "Chelmer Landscape Partnership" (a charity) not
# "Chelmer Landscapes Ltd".
_NOT_A_COMPANY = _BODIES | {"partnership"}
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
# Words that, ending a run of a name's words, make it a place: "Nuxley village" is where
# "Nuxley Village Bakery" is, not the bakery.
_LOCALITIES = {"village", "hamlet"}
# Words of an item that put a matter in a town's centre, not a village its post town serves.
_CENTRES = [("town", "center"), ("city", "center")]
# A school's governing body, registered by its office: "Governing Body of Hurst Primary
# School" governs the school the item names.
_GOVERNORS = re.compile(
    r"^\s*(?:the\s+)?(?:governing\s+(?:body|board)|board\s+of\s+governors|governors)"
    r"\s+(?:of|for|at)\s+(.+)$",
    re.IGNORECASE,
)
# A body called by its kind: "the Trust", "the Club" in an item that names it short.
_CALLED = re.compile(r"\b[Tt]he\s+([A-Z][a-z]+)\b")
# Kinds that say how a body is organised, not what it does: "Orbit Group" may be called
# "Orbit Housing", where "Anchor Motors" is not "Anchor Housing".
_FORMS = {"uk", "group", "holding", "enterprise", "trust", "partnership", "foundation"}
_FORMS |= {"assoc", "soc", "national", "local", "new", "old", "community"}
_POSTCODE = re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9])([A-Z]{2})\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z0-9]+|&")
_GRID = re.compile(r"\b([HNOST][A-HJ-Z])\s?([0-9]{2,5})\s?([0-9]{2,5})\b")
# A field's Ordnance Survey parcel number ("OS parcel 4521", "field no. 0034", "field OS
# 7650") or a title's at the Land Registry ("title EX123456"): numbers of one piece of land.
# An allocation lists several ("parcels OS 7650 and OS 8052", "fields 0034, 0035"): each is
# one (``_MORE_PARCELS``).
_PARCEL = re.compile(
    r"\b(parcel|field|enclosure|title)s?\s+(?:no\.?\s*|number\s+)?(?:OS\s+)?"
    r"([A-Z]{0,3}[0-9]{3,7})\b((?:\s*(?:,|and|&)\s*(?:OS\s+)?[A-Z]{0,3}[0-9]{3,7}\b)*)",
    re.IGNORECASE,
)
# A Land Registry title number has two or three letters before its digits ("HD412876"),
# where an OS parcel's is bare digits: an item that calls the member's title a "parcel"
# ("parcel HD412876") still means the title, so the number's shape, not the word before it,
# says which it is.
_TITLE = re.compile(r"[A-Z]{2,3}[0-9]{4,6}", re.IGNORECASE)
_MORE_PARCELS = re.compile(r"(?:,|and|&)\s*(?:OS\s+)?([A-Z]{0,3}[0-9]{3,7})\b", re.IGNORECASE)
# Grid references this far apart, in metres, are other land: a field is rarely wider.
_GRID_NEAR = 500
_PARENTHESISED = re.compile(r"\(([^)]*)\)")
_TRADING_AS = re.compile(r"\b(?:t/a|trading as)\b", re.IGNORECASE)
# A trading name in an entry's details, quoted or up to the end of its clause.
_TRADES_AS = re.compile(
    r"\b(?:trades|trading|trade)\s+(?:as|under)\s+(?:['‘\"“]([^'’\"”]+)['’\"”]|([^;,.()]+))",
    re.IGNORECASE,
)
# A parent company the entry's details name ("a subsidiary of Marlin Environmental Group
# plc"): a contract with the parent, or its bid, is the group's, and a Monitoring Officer
# would ask a director of the subsidiary about it. Its words run while written with capitals
# (and "plc", "&"), so the clause after it is no part of it.
_PARENT = re.compile(
    r"\bsubsidiary\s+(?:company\s+)?of\s+(?:the\s+)?"
    r"([A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|&|plc|ltd|of))*\b)"
)
# A name written with capitals (and "plc", "Ltd", "&", "of"), as ``_PARENT`` reads one.
_CAPITALISED_NAME = r"([A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|&|plc|ltd|of))*\b)"
# The other names the details give the registered body's group: the company a trading name
# is registered as ("trading as The Writtle Deli, registered as Lordship Foods Ltd"), the
# group it belongs to ("a company in the Riverside Logistics Group"), and the subsidiaries
# of a company whose shares are registered ("whose subsidiaries include Foxbury Homes
# Ltd") or the sister companies its group also owns: an agenda names the applicant or
# bidder by its registered name.
_GROUP_NAMES = re.compile(
    r"\b(?:registered\s+(?:as|under\s+the\s+name)|incorporated\s+as"
    r"|(?:company|member|part)\s+(?:in|of)\s+the"
    r"|subsidiar(?:y|ies)\s+(?:include|includes|including|is|are)|also\s+owns"
    r"|sister\s+compan(?:y|ies)(?:\s+(?:is|are|include|includes))?"
    r"|(?:wholly\s+)?owned\s+by)\s+(?:the\s+)?" + _CAPITALISED_NAME
)
# A property the details say the registered body owns ("Shares in Thamesmoor Square Ltd,
# owner of the Quayside Shopping Centre"): the company's asset, so a lease or sale of it is
# the company's matter as its premises are, and its name one of the entry's addresses.
_OWNER_OF = re.compile(
    r"\b(?:owners?|freeholders?|freehold\s+owners?)\s+of\s+(?:the\s+)?" + _CAPITALISED_NAME
)
# A business of the registered body that the details name by its own name ("engineer in its
# Essex & Suffolk Water business"): the name the public and the agenda know it by, as a
# trading name is.
_BUSINESS = re.compile(
    r"\bits\s+([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|&))*)\s+(?:business|division|brand|arm)\b"
)
# Two or more words written with capitals: a name in an entry's details ("Campus East").
_NAMED = re.compile(r"\b[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)+")
# Words that open a bracketed alias of a name: "(formerly ...)", "(now ...)".
_ALIAS_WORDS = {"formerly", "previously", "now", "known", "as", "aka", "also"}
# Where an item's clause ends: a word after these is not part of the name before them.
_CLAUSE = re.compile(r"[,;:()\[\]/]|\s[-–—]\s")
# "R.B.L.", "M&S" and "BD&W" are single words: "rbl", "ms", "bdw".
_DOTTED_INITIALS = re.compile(r"\b(?:[a-z]\.){2,}")
_AMPERSAND_INITIALS = re.compile(r"\b([a-z]{1,3})&([a-z]{1,3})\b")
# A name written as an owner is the name: "the Friends of Quarry Park's proposal" names
# "Friends of Quarry Park" ("Park's" read as a plural would lose the "Park" = "Pk" synonym).
_POSSESSIVE = re.compile(r"(?<=[a-z])['’]s\b")
# "MacAllister" and "McAllister" are one surname, however a clerk spells it.
_MAC = re.compile(r"\bmac(?=[a-z]{4})")
# A word written in capitals in a registered name is an acronym ("GMB", "UNISON").
_CAPITALS = re.compile(r"\b[A-Z]{2,}\b")
# A word written with a capital, as a name's are ("Unite Students", not "Acme again").
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z]+")
# A word as written, with its capital: "Heritage", "&", "St.".
_WRITTEN = re.compile(r"[\w&'’.]+")
_DOUBLED = re.compile(r"(.)\1+")
# Where a sentence starts, its first word written with a capital whatever it is.
_SENTENCE = re.compile(r"(?<=[.!?:;])\s+|\s[-–—]\s")
# Words that open an address line without naming the place: "Land at", "Flat 3", "Unit 2".
_ADDRESS_PREFIXES = {"land", "at", "rear", "of", "adjacent", "to", "former", "flat", "unit"}
_ADDRESS_PREFIXES |= {"apartment", "suite", "plot", "part", "shop", "kiosk", "floor", "basement"}
_ADDRESS_PREFIXES |= {"known", "as", "off", "maisonette"}
# Words that say which floor ("Upper floor flat", "First floor, 3 Mill Lane"): a prefix only
# before another, where "Upper" before a street's name is part of it ("Upper Wickham Lane").
_FLOORS = {"ground", "first", "second", "upper", "lower", "1st", "2nd", "3rd"}
_MAX_PHRASE = 8
_MIN_DISTINCTIVE = 4
# A name's leading word alone is a name ("Tesco") only if this long, or written in capitals.
_MIN_LONE = 5
# Initials of every run of an item's words are compared with acronyms a member registered;
# two-letter initials of arbitrary word pairs would flag nearly every item.
_MIN_PHRASE_ACRONYM = 3
# Words before a surname that make it a person's, not a firm's: "Mr A Khan", "Dr P. Singh".
_TITLES = {"mr", "mrs", "ms", "miss", "dr", "cllr", "councillor", "sir", "dame", "lord", "lady"}
_TITLES |= {"rev", "prof", "professor"}
# Two forms of a trade word are one if they share this many first letters ("Builders",
# "Building"); "Housing" and "Motors" share none.
_STEM = 5
# What an address says between its words: a range's dash or "to" ("2-10", "Nos. 40 to
# 80"), a comma, a bracket, the end of a clause.
_MARKS = re.compile(
    r"(?P<range>(?<=\d)(?:\s*[-–]\s*|\s+to\s+)(?=\d))|(?P<open>[(\[])|(?P<close>[)\]])"
    r"|(?P<comma>,)|(?P<end>[;:]|\s[-–—]\s)"
)
_MARK = {"range": "-", "open": "(", "close": ")", "comma": ",", "end": "|"}
# A house or unit number: not a reference's ("24/00702/FUL") nor a year.
_NUMBER = re.compile(r"[1-9][0-9]{0,2}[a-z]?")
# An outward code written alone: "DA14" in "1-60 High Street, Sidcup DA14".
_DISTRICT = re.compile(r"[a-z]{1,2}[0-9][a-z0-9]?")
# Words before a number that make it a flat's inside a house ("Flat 3, 19 Duke Street").
_FLATS = {"flat", "apartment", "suite"}
# Words that open a bracket of a street's house numbers: "Maltese Road (nos. 1-19 odd)".
_NUMBERS = {"no", "nos", "number"}
# House numbers this far apart are still neighbours: five houses either side, the numbers on
# one side of a street going up in twos ("41 Upton Road" for the member's 31). The labelled
# pairs put the line between 8 (asked about) and 10 (near misses); a miss costs more.
_NEIGHBOURS = 10
# A body's premises (a shop its company leases, an employer's office) are not a home: another
# shop in the street is another property, not a neighbour whose matter touches the member's
# ("18 Nuxley Road" is not the company's shop at 8). Next door still is.
_NEXT_DOOR = 2


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


def postcodes(text: str) -> set[str]:
    """Every UK postcode in ``text``, as "AL8 6AE" whatever its spacing or case."""
    return {f"{out.upper()} {digit}{unit.upper()}" for out, digit, unit in _POSTCODE.findall(text)}


def _singular(word: str) -> str:
    """ "cadets" → cadet, "bars" → bar: a plural names the same thing ("Medina Bars Group",
    "Medina Bar"). Applied alike to both sides, so an odd stem ("moffats" → moffat) is harmless."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


_SYNONYMS = {word: _singular(same) for word, same in _SYNONYMS.items()}
_GENERIC = {_singular(_SYNONYMS.get(w, w)) for w in _GENERIC}
_KINDS = {_singular(w) for w in _KINDS}
_PLACE_WORDS = {_singular(w) for w in _PLACE_WORDS}
_FORMS = {_singular(_SYNONYMS.get(w, w)) for w in _FORMS}
_STREET_TYPES = {_singular(w) for w in _STREET_TYPES}
_STREETS = {_singular(w) for w in _STREETS}


@lru_cache(maxsize=1 << 16)
def tokens(text: str) -> tuple[str, ...]:
    """Lower-case words with synonyms unified: "Smith & Sons Limited" → smith and son ltd.
    Kept for text seen again: a register's names are read by several rules each."""
    text = _POSSESSIVE.sub("", _POSTCODE.sub(" ", text.lower()))
    text = text.replace("'", "").replace("’", "")
    text = _DOTTED_INITIALS.sub(lambda m: m.group(0).replace(".", ""), text)
    text = _MAC.sub("mc", _AMPERSAND_INITIALS.sub(r"\1\2", text))
    joined = " ".join(_WORD.findall(text))
    joined = joined.replace("public limited company", "plc")
    return tuple(_singular(_SYNONYMS.get(word, word)) for word in joined.split())


def _undoubled(word: str) -> str:
    """A word with doubled letters single: "Phillips" and "Philips" are one surname."""
    return _DOUBLED.sub(r"\1", word)


# Matters of a council's own staff.
_WORKFORCE = [
    tokens(phrase)
    for phrase in (
        "staff",
        "staffing",
        "workforce",
        "restructure",
        "restructuring",
        "redundancies",
        "employees",
        "salaries",
        "NJC",
        "pay award",
        "pay policy",
        "officer posts",
        "recruitment and retention",
        "retention payment",
        "contracted hours",
        "shift patterns",
        "working pattern",
        "terms and conditions",
        "operatives",
    )
]


def _squash(words: Sequence[str]) -> str:
    """A phrase with its spaces and doubled letters taken out: "water sport" and
    "watersport" are one, as are "Phillips Roofing" and "Philips Roofing"."""
    return _undoubled("".join(words))


def _core(words: Sequence[str]) -> tuple[str, ...]:
    """A name without a leading "the" or trailing legal form: "the acme co ltd" → acme."""
    words = list(words)
    while words and words[0] == "the":
        words.pop(0)
    while words and words[-1] in _LEGAL_SUFFIXES:
        words.pop()
    return tuple(words)


def _acronym(words: Sequence[str]) -> str:
    letters = [w[0] for w in words if w not in _CONNECTORS and not w.isdigit()]
    return "".join(letters) if len(letters) >= 2 else ""


def _distinctive(word: str) -> bool:
    return len(word) >= _MIN_DISTINCTIVE and word not in _GENERIC


@dataclass(frozen=True)
class _Places:
    """A council's place names (``match``'s ``places``): where a matter is, not whose it is.

    A phrase lying wholly inside a place name ("welwyn garden", "hatfield") is no evidence,
    and a one-word place ("Sidcup") is no distinctive word. ``within`` holds every run of
    words of every place name; ``whole`` the place names themselves; ``lies_in`` the towns
    or villages each lies in (``Place``).
    """

    whole: frozenset[tuple[str, ...]] = frozenset()
    within: frozenset[tuple[str, ...]] = frozenset()
    lies_in: dict[tuple[str, ...], frozenset[tuple[str, ...]]] = field(default_factory=dict)
    serves: dict[tuple[str, ...], frozenset[tuple[str, ...]]] = field(default_factory=dict)
    longest: int = 0
    initials: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, names: Iterable[str]) -> _Places:
        lies_in: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
        serves: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
        for name in names:
            if words := tokens(name):
                settlements = getattr(name, "settlements", ())
                lies_in.setdefault(words, set()).update(tokens(s) for s in settlements)
                if served := getattr(name, "serves", ()):
                    serves.setdefault(words, set()).update(tokens(s) for s in served)
        whole = set(lies_in)
        within = {w[i:j] for w in whole for i in range(len(w)) for j in range(i + 1, len(w) + 1)}
        return cls(
            frozenset(whole),
            frozenset(within),
            {words: frozenset(s) for words, s in lies_in.items()},
            {words: frozenset(s) for words, s in serves.items()},
            max(map(len, whole), default=0),
            {a: w for w in sorted(whole) if len(a := _acronym(w)) >= _MIN_PHRASE_ACRONYM},
        )

    def written_out(self, words: tuple[str, ...]) -> list[tuple[str, ...]]:
        """The name with a place's initials written out: "welwyn garden city rugby football
        club" for "WGC Rugby Football Club"."""
        return [
            (*words[:i], *self.initials[w], *words[i + 1 :])
            for i, w in enumerate(words)
            if w in self.initials
        ]

    def ending(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """The place that ``words`` end with, the longest if several; () if none."""
        return next(
            (
                words[-n:]
                for n in range(min(len(words), self.longest), 0, -1)
                if words[-n:] in self.whole
            ),
            (),
        )

    def leading(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """The place that ``words`` start with, the longest if several; () if none."""
        return next(
            (
                words[:n]
                for n in range(min(len(words), self.longest), 0, -1)
                if words[:n] in self.whole
            ),
            (),
        )

    def is_county_council(self, words: tuple[str, ...]) -> bool:
        """Whether a name is the county council's of the area ("Essex County Council")."""
        rest = tuple(w for w in words if w not in {"county", "council", "of", "the"})
        return {"county", "council"} <= set(words) and rest in self.whole

    def is_council(self, words: tuple[str, ...]) -> bool:
        """Whether a name is the council's own ("Welwyn Hatfield Borough Council")."""
        return words in self.whole and not self.lies_in[words] and bool(_COUNCIL & set(words))

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

    def settlements(
        self, sequences: Iterable[tuple[str, ...]], *, postal: bool = False
    ) -> set[tuple[str, ...]]:
        """The towns and villages the places named in ``sequences`` lie in. Post towns
        alone may mean any village they serve, except in a ``postal`` address (a member's
        registered one), which names its village before the post town ("Broomfield,
        Chelmsford"): "2 Broomfield Road, Chelmsford" is in the town, not in Broomfield,
        and "341 Baddow Road, Great Baddow, Chelmsford" in the village, not the town; nor
        where the matter is in the town's centre ("city-centre car park")."""
        sequences = list(sequences)
        named = self.named(sequences)
        found = {s for place in named for s in self.lies_in[place]}
        if found and postal:
            return found - self._post_towns_of(named, found)
        if named <= set(self.serves) | {p for p in named if not self.lies_in[p]} and not any(
            centre in self._pairs(words) for words in sequences for centre in _CENTRES
        ):
            found |= {s for place in named for s in self.serves.get(place, ())}
        return found

    def _post_towns_of(
        self, named: set[tuple[str, ...]], found: set[tuple[str, ...]]
    ) -> set[tuple[str, ...]]:
        """The towns of the post towns in a postal address that also names a village they
        serve: "Chelmsford" in "Great Baddow, Chelmsford"."""
        return {
            s
            for place in named
            if self.serves.get(place, frozenset()) & found
            for s in self.lies_in[place]
        }

    @staticmethod
    def _pairs(words: tuple[str, ...]) -> set[tuple[str, ...]]:
        """Every pair of adjacent words: where the item says "town centre"."""
        return set(zip(words, words[1:], strict=False))

    def parts(self, sequences: Iterable[tuple[str, ...]]) -> set[tuple[str, ...]]:
        """The places named in ``sequences`` that lie inside a town or village ("Haldens")."""
        return {p for p in self.named(sequences) if self.lies_in[p] and p not in self.lies_in[p]}

    def named(self, sequences: Iterable[tuple[str, ...]]) -> set[tuple[str, ...]]:
        """The places named in ``sequences``.

        Only the longest place at each point counts ("Welwyn Garden City", not "Welwyn"),
        and not one that names a street ("Bexley Road", "Handside Lane"): a street named
        after a place may be anywhere.
        """
        named: set[tuple[str, ...]] = set()
        for words in sequences:
            i = 0
            while i < len(words):
                end = next(
                    (
                        j
                        for j in range(min(len(words), i + self.longest), i, -1)
                        if words[i:j] in self.whole
                    ),
                    None,
                )
                if end is None:
                    i += 1
                    continue
                if end == len(words) or words[end] not in _STREET_TYPES:
                    named.add(words[i:end])
                i = end
        return named


def _alias(words: tuple[str, ...]) -> tuple[str, ...]:
    """A bracketed alias without the words that say it is one: "formerly Writtle University
    College" names "Writtle University College"."""
    while words and words[0] in _ALIAS_WORDS:
        words = words[1:]
    return words


def _untitled(name: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """A person's name without the titles before it, and those titles: "Mr and Mrs P
    Sandhu", who gave a gift together, are "P Sandhu", Mr or Mrs. ((), ...) if it has none."""
    first = name.split(maxsplit=1)[:1]
    if not first or first[0].lower().rstrip(".") not in _TITLES:
        return (), frozenset()
    words = _core(tokens(name))
    start = 0
    while start < len(words) and words[start] in _TITLES | {"and"}:
        start += 1
    if not start or words[0] not in _TITLES or len(words) - start < 2:
        return (), frozenset()
    return words[start:], frozenset(words[:start]) - {"and"}


def _names_in(name: str) -> list[tuple[str, ...]]:
    """A name and its aliases: one in brackets ("Hertfordshire Partnership (HPFT)", "ARU
    Writtle (formerly Writtle University College)"), the
    part before a comma ("Royal British Legion, Writtle Branch"), and each side of "trading
    as" ("J Smith t/a Smith's Plumbing"), and the school a governing body governs
    (``_governed``)."""
    aliases = [_alias(tokens(alias)) for alias in _PARENTHESISED.findall(name)]
    aliases += [tokens(alias) for alias in _TRADING_AS.split(name)[1:]]
    bare = _TRADING_AS.split(_PARENTHESISED.sub(" ", name))[0]
    if "," in bare:
        aliases.append(tokens(bare.split(",")[0]))
    aliases += _governed(bare)
    return [_core(words) for words in [tokens(bare), *aliases] if _core(words)]


def _governed(name: str) -> list[tuple[str, ...]]:
    """The school a governing body governs: "Hurst Primary School" for "Governing Body of
    Hurst Primary School", "The Boswells School" for "Governing Board of The Boswells
    School". A governor is asked about the school's matters, and items name the school, not
    its board."""
    governed = _GOVERNORS.match(name)
    return [tokens(governed.group(1))] if governed else []


def _after_place(
    words: tuple[str, ...], places: _Places
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A name led by a place, split into the place and the rest, if the rest is two or more
    words with a strong one: "Heritage Trust, Welwyn Garden City" names "Welwyn Garden
    City Heritage Trust" when both parts are in the item; "Welling Lawn Tennis Club" is
    not "Blendon Lawn Tennis Club"."""
    cut = next((n for n in range(len(words) - 2, 0, -1) if words[:n] in places.whole), None)
    if cut is None or not places.evidence(words[cut:]):
        return None
    return words[:cut], words[cut:]


def _without_place(words: tuple[str, ...], places: _Places) -> list[tuple[str, ...]]:
    """A name without the place that ends it, if two words remain not all generic: "Age
    UK" for "Age UK Bexley", "Home Start" for "Home-Start Chelmsford" (a national body's
    local branch). Not the place that leads one: "Lawn Tennis Club" is not "Welling Lawn
    Tennis Club"."""
    for cut in range(1, len(words) - 1):
        rest = words[:-cut]
        if (
            words[-cut:] in places.whole
            and rest not in places.within
            and not all(w in _GENERIC for w in rest)
        ):
            return [rest]
    return []


def _capitals(names: Iterable[str]) -> set[str]:
    """The words written in capitals in registered names: acronyms such as "GMB"."""
    found = {tokens(word)[0] for name in names for word in _CAPITALS.findall(name)}
    return found - _GENERIC


def _spelled_out(name: str) -> str:
    """The letters of a name written wholly in initials, "swfrfc" for "SWF RFC": an item
    that writes it out ("South Woodham Ferrers Rugby Football Club") has them as its
    words' initials."""
    if not name.isupper():
        return ""
    words = re.findall(r"[A-Za-z]+", name)
    if len(words) >= 2 and all(_CAPITALS.fullmatch(w) for w in words):
        return "".join(words).lower()
    return ""


def _street_phrases(address: str) -> list[tuple[str, ...]]:
    """The street or property names in an address, without house numbers.

    Each comma-separated line up to the first street is kept, a street line ending at its
    (last) street type and any compass word after it ("Bridge Road East"): "Land at Home
    Farm, 3 Mill Lane shops, Welwyn" gives (home farm) and (mill ln). A house number inside
    a line ends a house name and starts the street: "Rose Cottage 3 The Green" gives (rose
    cottage) and (the green). One word before a number is a unit's label ("Garage 14",
    "Stall 14"), not a property's name (``_unit_labels``). Lines after the street (the
    town, the county) would match every item in the town, so they are left to the postcode
    sector.
    """
    phrases = []
    for parts in _line_parts(address):
        street = None
        for n, words in enumerate(parts):
            while words and (
                words[0] in _ADDRESS_PREFIXES
                or words[0] in _FLOORS
                and bool((_ADDRESS_PREFIXES | _FLOORS) & set(words[1:2]))
            ):
                words.pop(0)
            street = max((i for i, w in enumerate(words) if i and w in _STREET_TYPES), default=None)
            if street is not None:
                end = (
                    street + 2 if tuple(words[street + 1 : street + 2]) in _COMPASS else street + 1
                )
                words = words[:end]
                # "Field west of Travellers Lane", "garage block rear of Moors Walk": the
                # land's description ends where the street's name begins.
                along = max((i for i in range(1, street) if words[i] in _ALONG), default=None)
                if along is not None and street - along >= 2:
                    words = words[along + 1 :]
            if words and not (len(words) == 1 and n + 1 < len(parts)):
                phrases.append(tuple(words))
            if street is not None:
                break
        if street is not None:
            break
    return phrases


# Words that, inside a line describing land, say where it lies from the street named after
# them: "field west of Travellers Lane", "block behind Moors Walk", "paddock off Mill Road".
_ALONG = {"of", "off", "behind", "opposite", "adjoining", "beside", "fronting", "near", "on"}


def _numbered(address: str, phrase: tuple[str, ...]) -> bool:
    """Whether a house number comes before ``phrase`` in an address: "5 Haldens"."""
    pieces = _pieces(address)
    n = len(phrase)
    return any(
        tuple(pieces[i : i + n]) == phrase and i and _NUMBER.fullmatch(pieces[i - 1])
        for i in range(len(pieces) - n + 1)
    )


def _sides(address: str) -> dict[tuple[str, ...], str]:
    """The side of a street that land lies on, where its address says it: "w" for (traveller
    ln) in "Field west of Travellers Lane"."""
    sides = {}
    for parts in _line_parts(address):
        for words in parts:
            for i in range(len(words) - 3):
                if words[i] in _COMPASS_WORDS and words[i + 1] == "of":
                    street = _street_phrases(" ".join(words[i + 2 :]))
                    if street and street[0][-1] in _STREET_TYPES:
                        sides[street[0]] = words[i]
    return sides


# A classified road's number: "A1000", "B158" (a capital, then up to four digits).
_ROAD_NUMBER = re.compile(r"\b[AB][1-9][0-9]{0,3}\b")


def _road_numbers(address: str) -> list[tuple[str, ...]]:
    """The classified roads an address names by number, each as a street's name: (a1000,)
    for "Land east of Great North Road (A1000)". Short numbers ("A1") are left out: they
    run the length of the country."""
    return [(number.lower(),) for number in _ROAD_NUMBER.findall(address) if len(number) >= 4]


def _line_parts(address: str) -> Iterator[list[list[str]]]:
    """Each comma-separated line of an address, cut at its numbers into lists of words. A
    bracket is a note on the property, not part of its name: "Danbury Common (north
    compartment)" is "Danbury Common", "(TL 742 046)" no line of its own."""
    for line in _PARENTHESISED.sub(" ", address).split(","):
        parts: list[list[str]] = [[]]
        for word in tokens(line):
            if word[0].isdigit():
                parts.append([])
            else:
                parts[-1].append(word)
        yield parts


def _unit_labels(address: str) -> set[str]:
    """The one word before a number that labels a unit: "garage" in "Garage 14"."""
    return {
        words[0]
        for parts in _line_parts(address)
        for words in parts[:-1]
        if len(words) == 1 and words[0] not in _ADDRESS_PREFIXES
    }


# A unit's label: its number is the unit's own, not a house's ("Garage 14", "Units 8-10").
_UNITS = {_singular(w) for w in ("unit", "garage", "pitch", "plot", "stall", "shop", "bay")}
_UNITS |= {_singular(w) for w in ("units", "garages", "pitches", "plots", "stalls", "shops")}
_UNITS |= {"kiosk", "room", "bays", "block", "blocks"}


# Units numbered as the houses of their parade or estate are: "Unit 5" is "5 ... Parade".
_NUMBERED_AS_HOUSES = {"unit", "shop"}


def _numbered_as_houses(words: tuple[str, ...], places: _Places) -> bool:
    """Whether the units of a property with this name are numbered as its houses would be:
    a parade, an estate, a centre ("7 Kestrel Parade" is "Unit 7, Kestrel Shopping
    Parade"), not a street, where a unit is inside a numbered building ("Unit 7, 10 Kestrel
    Road East"), nor a part of town ("4 Hollybush Parade" is not "Unit 4, Hollybush")."""
    return not _STREET_TYPES & set(words[1:]) and words not in places.within


def _units_at(pieces: Sequence[str]) -> Iterator[tuple[str, _Numbers]]:
    """Each unit's label and number or range in ``pieces``: ("pitch", 15-30) for "pitches
    15-30", ("pitch", 3) for "market pitch 3"."""
    for i, piece in enumerate(pieces[:-1]):
        if piece not in _UNITS:
            continue
        # "Garage No. 14" is garage 14.
        j = i + 2 if pieces[i + 1] in _NUMBERS else i + 1
        if (at := _range_at(pieces, j)) and (j == i + 1 or _NUMBER.fullmatch(pieces[j])):
            yield piece[:_STEM], _Numbers(True, at[0], at[1])


def _units_then(pieces: Sequence[str]) -> Iterator[tuple[str, _Numbers, tuple[str, ...]]]:
    """Each unit's label and number in ``pieces`` with the words after it, a comma between
    or none, up to the next mark: ("unit", 4, (hollybush,)) for "Unit 4, Hollybush, Welwyn
    Garden City" and for "Unit 4 Hollybush"."""
    for i, piece in enumerate(pieces[:-1]):
        if piece not in _UNITS:
            continue
        j = i + 2 if pieces[i + 1] in _NUMBERS else i + 1
        if (at := _range_at(pieces, j)) and (j == i + 1 or _NUMBER.fullmatch(pieces[j])):
            k = at[2] + 1 if pieces[at[2] : at[2] + 1] == [","] else at[2]
            end = k
            while end < len(pieces) and pieces[end] not in _MARK.values():
                end += 1
            yield piece[:_STEM], _Numbers(True, at[0], at[1]), tuple(pieces[k:end])


def _sites(address: str, places: _Places) -> Iterator[tuple[str, ...]]:
    """The lines of an address, without numbers, that name a site by more than its place:
    "Bexleyheath Broadway market", "Chelmsford indoor market"; not "Bexleyheath"."""
    for line in _PARENTHESISED.sub(" ", address).split(","):
        words = tokens(line)
        if words and not any(w[0].isdigit() for w in words) and words not in places.within:
            yield words


def _pieces(text: str) -> list[str]:
    """``tokens`` of ``text`` with the marks that say which number goes with which words:
    "-" inside a range ("2-10"), "," and brackets, "|" where a clause ends."""
    pieces: list[str] = []
    start = 0
    for mark in _MARKS.finditer(text):
        pieces.extend(tokens(text[start : mark.start()]))
        pieces.append(_MARK[str(mark.lastgroup)])
        start = mark.end()
    return [*pieces, *tokens(text[start:])]


@dataclass(frozen=True)
class _Numbers:
    """The numbers an address gives its property: a house's ("19", "47-49" for a building
    over two) or a unit's ("Garage 14", "Units 8-10")."""

    unit: bool
    low: str
    high: str
    # "odd" or "even" where the address says which side of the street it means.
    side: str = ""

    def near(self, other: _Numbers, neighbours: int = 0) -> bool:
        """Houses that are one, or neighbours (``_NEIGHBOURS``) on the same side of the
        street: "96-118 Broadway (even numbers only)" is not the member's 113 across the
        road, nor "rear of 1-23 Wyncham Avenue (odd)" their garage behind 2-24."""
        if self.across(other) or other.across(self):
            return False
        apart = neighbours or _NEIGHBOURS
        low, high = _house(self.low), _house(self.high)
        return _house(other.low) - apart <= high and low <= _house(other.high) + apart

    def across(self, other: _Numbers) -> bool:
        """Whether these numbers say which side of the street they mean and ``other``'s are
        all on the other side."""
        if not self.side:
            return False
        odd = self.side == "odd"
        return all((_house(n) % 2 == 1) != odd for n in (other.low, other.high))

    def overlaps(self, other: _Numbers) -> bool:
        """Units that are one: "Unit 21" is not "Unit 12", "Unit A" not "bay 2"."""
        if not all(n.isdigit() for n in (self.low, self.high, other.low, other.high)):
            return self.low == other.low
        return int(other.low) <= int(self.high) and int(self.low) <= int(other.high)


def _side(pieces: Sequence[str]) -> str:
    """The side of the street a bracket says it means, up to its end: "odd" in "(nos. 1-19
    odd)" and "(odd)", "even" in "(even numbers only)"."""
    for piece in pieces:
        if piece == ")":
            break
        if piece in {"odd", "even"}:
            return piece
    return ""


def _area(district: str) -> str:
    """A postcode district's area: "DA" of "DA14"."""
    return re.sub(r"[0-9].*", "", district)


def _house(number: str) -> int:
    """A house number without its letter: 59A is next to 61."""
    return int(number.rstrip("abcdefghijklmnopqrstuvwxyz"))


def _range_at(pieces: Sequence[str], i: int) -> tuple[str, str, int] | None:
    """The number or range starting at ``pieces[i]``, and where it ends; a unit's may be a
    letter ("Unit A")."""
    if i >= len(pieces) or not (
        _NUMBER.fullmatch(pieces[i])
        or len(pieces[i]) == 1
        and pieces[i].isalnum()
        and i
        and pieces[i - 1] in _UNITS
    ):
        return None
    if pieces[i + 1 : i + 2] == ["-"] and i + 2 < len(pieces) and _NUMBER.fullmatch(pieces[i + 2]):
        return pieces[i], pieces[i + 2], i + 3
    return pieces[i], pieces[i], i + 1


# Words after a street that say where along it, before the numbers they give: "Brampton
# Road outside Nos. 120-200".
_AT_NUMBERS = {"outside", "at", "opposite", "fronting", "between", "near", "by", "adjoining"}
_AT_NUMBERS |= {"adjacent", "beside", "behind", "rear", "of", "to", "the"}
# How far a street's "from ... to No. 39" may run, in pieces, within its clause.
_FROM_TO = 12
# A range from a house to the street's end: "from No. 39 to its junction with ...".
_END_OF_STREET = "999"


def _side_before(pieces: Sequence[str], start: int) -> str:
    """The side of the street the words just before a range say it means: "odd" in "the
    odd-numbered houses 11 to 35", "even" in "even numbers 2-60"."""
    for piece in reversed(pieces[max(0, start - 4) : start]):
        if piece in {"|", ",", ")"}:
            break
        if piece in {"odd", "even"}:
            return piece
    return ""


def _from_to(pieces: Sequence[str], start: int, at: tuple[str, str, int]) -> tuple[str, str, int]:
    """The number at ``pieces[start]`` with where a "from ... to" before it starts: "from the
    Bellegrove Road junction (No. 1) to No. 19 Hook Lane" is 1 to 19, and "from the
    junction to No. 19" the street's first houses, 1 to 19."""
    k = start - 1
    while k >= 0 and pieces[k] in _NUMBERS:
        k -= 1
    if k < 1 or pieces[k] != "to":
        return at
    for j in range(k - 1, max(-1, k - _FROM_TO), -1):
        if pieces[j] in {"|", ","}:
            break
        if _NUMBER.fullmatch(pieces[j]) and set(pieces[j + 1 : k]) <= {")"}:
            low, high = sorted((pieces[j], at[1]), key=_house)
            return low, high, at[2]
        if pieces[j] == "from":
            return "1", at[1], at[2]
    return at


def _numbers_after(pieces: Sequence[str], i: int) -> _Numbers | None:
    """The house numbers a street's name is followed by: "Brampton Road outside Nos.
    120-200", "Wellfield Road from its junction with St Albans Road East to No. 39" (1 to
    39), "from No. 3 to No. 39", "from No. 39 to the end" (39 onwards). A bare number after
    a street may be anything ("Hook Lane at 3pm"), so the numbers are named as numbers or
    come in a "from ... to"."""
    j = i
    while j < len(pieces) and j < i + 3 and pieces[j] in _AT_NUMBERS:
        j += 1
    if j > i and pieces[j : j + 1] and pieces[j] in _NUMBERS and (at := _range_at(pieces, j + 1)):
        return _Numbers(False, at[0], at[1], _side(pieces[at[2] :]) or _side_before(pieces, j))
    if pieces[i : i + 1] != ["from"]:
        return None
    clause = []
    for piece in pieces[i + 1 : i + 1 + _FROM_TO]:
        if piece in {"|", ","}:
            break
        clause.append(piece)
    if "to" not in clause:
        return None
    to = clause.index("to")

    def number(part: Sequence[str]) -> str | None:
        k = 0
        while k < len(part) and part[k] in _NUMBERS:
            k += 1
        return part[k] if k and k < len(part) and _NUMBER.fullmatch(part[k]) else None

    low, high = number(clause[:to]), number(clause[to + 1 :])
    if low is None and high is None:
        return None
    low, high = sorted((low or "1", high or _END_OF_STREET), key=_house)
    return _Numbers(False, low, high)


# What joins the numbers of a list of houses: "1, 3 and 5 Kingswood Avenue".
_LISTED = {",", "and", "&"}


def _listed(
    pieces: Sequence[str], start: int, at: tuple[str, str, int], unit: bool, side: str
) -> _Numbers:
    """The number or range at ``pieces[start]`` with the numbers listed before it: "1, 3
    and 5 Kingswood Avenue" is 1 to 5. A list of two or more houses all odd or all even
    says its side of the street, as "(odd)" does: those houses are across the road from the
    member's 14, which the list's 5 is otherwise near enough to be a neighbour of."""
    numbers = [at[0], at[1]]
    while start >= 2 and pieces[start - 1] in _LISTED and _NUMBER.fullmatch(pieces[start - 2]):
        start -= 2
        numbers.append(pieces[start])
    if len(numbers) == 2:
        return _Numbers(unit, at[0], at[1], side)
    houses = sorted(numbers, key=_house)
    parities = {_house(n) % 2 for n in numbers}
    if not side and len(parities) == 1:
        side = "odd" if parities == {1} else "even"
    return _Numbers(unit, houses[0], houses[-1], side)


def _own_numbers(address: str, streets: Sequence[tuple[str, ...]]) -> list[_Numbers]:
    """The member's property's numbers in a registered address: each unit's ("Garage 14")
    and each house number or range before a street ("19 Duke Street", "rear of 15-27
    Mayplace Road East"); not a flat's ("Flat 3"), nor a number in words ("12-month
    licence")."""
    pieces = _pieces(address)
    found = []
    i = 0
    while i < len(pieces):
        if (at := _range_at(pieces, i)) is None:
            i += 1
            continue
        low, high, end = at
        unit = i > 0 and pieces[i - 1] in _UNITS
        if unit or any(tuple(pieces[end : end + len(s)]) == s for s in streets):
            found.append(_Numbers(unit, low, high))
        i = end
    return found


@dataclass
class _Text:
    """An item's text prepared once: its phrases, words, acronyms, postcodes and wards."""

    item: Item
    sequences: list[tuple[str, ...]] = field(default_factory=list)
    clauses: list[tuple[str, ...]] = field(default_factory=list)
    phrases: set[tuple[str, ...]] = field(default_factory=set)
    squashed: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    acronyms: set[str] = field(default_factory=set)
    postcodes: set[str] = field(default_factory=set)
    grid: set[tuple[str, int, int]] = field(default_factory=set)
    parcels: set[tuple[str, str]] = field(default_factory=set)
    trading: set[tuple[str, ...]] = field(default_factory=set)
    wards: set[tuple[str, ...]] = field(default_factory=set)
    pieces: list[list[str]] = field(default_factory=list)
    capitalised: set[str] = field(default_factory=set)
    # Words written with a capital inside a sentence, and words written in lower case.
    named: set[str] = field(default_factory=set)
    lower: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, item: Item) -> _Text:
        text = cls(item)
        for part in (item.title, item.description, *item.organisations, *item.addresses):
            words = tokens(part)
            text.sequences.append(words)
            text.pieces.append(_pieces(part))
            text.capitalised.update(w for word in _CAPITALISED.findall(part) for w in tokens(word))
            for sentence in _SENTENCE.split(part):
                written = sentence.split()
                text.named.update(
                    w for word in written[1:] if word[:1].isupper() for w in tokens(word)
                )
                text.lower.update(w for word in written if word[:1].islower() for w in tokens(word))
            text.clauses.extend(tokens(clause) for clause in _CLAUSE.split(part))
            text.words.update(words)
            for n in range(1, _MAX_PHRASE + 1):
                text.phrases.update(words[i : i + n] for i in range(len(words) - n + 1))
            text.postcodes |= postcodes(part)
            text.grid |= grid_references(part)
            text.parcels |= parcels(part)
            text.trading |= {
                _core(tokens(re.split(r"[);:,]", name)[0])) for name in _TRADING_AS.split(part)[1:]
            }
        text.squashed = {_squash(p) for p in text.phrases}
        for phrase in text.phrases:
            if len(acronym := _acronym(phrase)) >= _MIN_PHRASE_ACRONYM:
                text.acronyms.add(acronym)
        text.wards = {tokens(ward) for ward in item.wards if tokens(ward)}
        return text

    @cached_property
    def called(self) -> set[str]:
        """The kinds of body the item calls a body by, with a capital: "trust" for "the
        Trust asks"."""
        raw = " ".join((self.item.title, self.item.description))
        return {w for kind in _CALLED.findall(raw) for w in tokens(kind)}

    @cached_property
    def units_then(self) -> list[tuple[str, _Numbers, tuple[str, ...]]]:
        """Each unit the item numbers with the words after it (``_units_then``)."""
        return [u for pieces in self.pieces for u in _units_then(pieces)]

    @cached_property
    def defined(self) -> dict[str, set[str]]:
        """The acronyms the item spells out itself, each with the words it spells out:
        "tapered polystyrene slabs (TPS)" gives tps: {tapered, polystyrene, slabs}."""
        found: dict[str, set[str]] = {}
        for part in (self.item.title, self.item.description):
            for m in _DEFINED.finditer(part):
                acronym = m.group(2).lower()
                if words := _spelled_by(acronym, tokens(m.group(1))):
                    found.setdefault(acronym, set()).update(words)
        return found

    @cached_property
    def in_capitals(self) -> set[str]:
        """The words the item writes all in capitals: "GLL", "NHS"."""
        raw = " ".join((self.item.title, self.item.description))
        return {w.lower() for w in _CAPITALS.findall(raw)}

    @cached_property
    def districts(self) -> set[str]:
        """The postcode districts the item names: "AL8" for "AL8 6HG", and "DA14" alone."""
        alone = {w.upper() for w in self.words if _DISTRICT.fullmatch(w)}
        return alone | {p.split()[0] for p in self.postcodes}

    @cached_property
    def units(self) -> list[tuple[str, int, int]]:
        """Each numbered unit the item names, as (label, low, high): ("unit", 1, 10) for
        "units 1-10 Thames Road"; a lettered unit ("Unit A") is left out."""
        return [
            (label, int(n.low), int(n.high))
            for pieces in self.pieces
            for label, n in _units_at(pieces)
            if n.low.isdigit() and n.high.isdigit()
        ]

    def numbers_at(self, phrase: tuple[str, ...]) -> Iterator[_Numbers]:
        """The numbers the item gives ``phrase`` where it names it: before it ("2-10 Bourne
        Road", "Unit 21, Tewin Road") or in a bracket after it ("Maltese Road (nos. 1-19
        odd)"). A bare number before a comma is not the street's ("Flat 3, Duke Street")."""
        n = len(phrase)
        for pieces in self.pieces:
            for i in range(len(pieces) - n + 1):
                if tuple(pieces[i : i + n]) != phrase:
                    continue
                end = i - 1 if pieces[i - 1 : i] == [","] else i
                noted = pieces[i + n + 1 : i + n + 6] if pieces[i + n : i + n + 1] == ["("] else []
                # "1-41 (odd) The Ryde": the bracket between the range and the street says
                # its side.
                house = end == i
                if (
                    i >= 3
                    and pieces[i - 3] == "("
                    and pieces[i - 1] == ")"
                    and (pieces[i - 2] in {"odd", "even"})
                ):
                    end, noted = i - 3, pieces[i - 2 : i]
                for start in (end - 3, end - 1):
                    if start >= 0 and (at := _range_at(pieces, start)) and at[2] == end:
                        unit = start > 0 and pieces[start - 1] in _UNITS
                        if unit or house:
                            side = _side(noted) or _side_before(pieces, start)
                            yield _listed(pieces, start, _from_to(pieces, start, at), unit, side)
                        break
                if (after := _numbers_after(pieces, i + n)) is not None:
                    yield after
                bracket = pieces[i + n : i + n + 2]
                if (
                    bracket[:1] == ["("]
                    and bracket[-1] in _NUMBERS | _UNITS
                    and (at := _range_at(pieces, i + n + 2))
                ):
                    yield _Numbers(bracket[-1] in _UNITS, at[0], at[1], _side(pieces[at[2] :]))

    def capitalised_after_the(self, words: tuple[str, ...]) -> bool:
        """Whether the item writes ``words`` after "the", each with a capital (small words
        aside), as a body's name is: "grant to the Heritage Trust", not "the heritage
        trust's bid"."""
        for part in (self.item.title, self.item.description):
            written = _WRITTEN.findall(part)
            for i, word in enumerate(written):
                if word.lower() != "the":
                    continue
                for k in range(len(words), len(words) + 3):
                    window = written[i + 1 : i + 1 + k]
                    if tokens(" ".join(window)) == words and all(
                        w[:1].isupper() or w[:1].isdigit() or set(tokens(w)) <= _CONNECTORS
                        for w in window
                    ):
                        return True
        return False

    def ordinary(self, word: str) -> bool:
        """Whether the item writes a name's one word only as an ordinary word: in lower case
        ("proposal to unite the two partnerships" is not "Unite the Union"), or with a
        capital only where a sentence starts and in lower case elsewhere ("Reform of waste
        collection ... the reforms" is not "Reform UK")."""
        return word not in self.named and (word not in self.capitalised or word in self.lower)

    def phrases_of_length(self, length: int) -> Iterator[tuple[str, ...]]:
        return (p for p in self.phrases if len(p) == length)

    def has(self, words: tuple[str, ...]) -> bool:
        """The phrase in the item, its words perhaps run together or apart."""
        if len(words) <= _MAX_PHRASE:
            return _squash(words) in self.squashed
        return all(w in self.words for w in words)

    def with_one_more(self, words: tuple[str, ...]) -> list[tuple[str, ...]]:
        """The phrase in the item with one word added inside it ("shopping" parade, "The
        Old Granary")."""
        return [
            p
            for p in self.phrases_of_length(len(words) + 1)
            if any(p[:k] == words[:k] and p[k + 1 :] == words[k:] for k in range(1, len(words)))
        ]

    def named_after(self, words: tuple[str, ...]) -> bool:
        """Whether each time the phrase appears, its words perhaps run together, a street
        type follows it: "Christchurch Road" is a street named after "Christ Church"."""
        squashed = _squash(words)
        endings = [
            sequence[i + n : i + n + 1]
            for sequence in self.sequences
            for i in range(len(sequence))
            for n in range(1, len(words) + 1)
            if _squash(sequence[i : i + n]) == squashed
        ]
        return bool(endings) and all(e and e[0] in _STREETS for e in endings)

    def as_property(self, words: tuple[str, ...]) -> bool:
        """Whether each time the phrase appears it is the first line of an address, a house
        number and street after it: "Bridge Cottage, 3 Mill Lane" is a house, not "Bridge
        Cottage Surgery"."""
        n = len(words)
        endings = [
            pieces[i + n : i + n + 2]
            for pieces in self.pieces
            for i in range(len(pieces) - n + 1)
            if tuple(pieces[i : i + n]) == words
        ]
        return bool(endings) and all(
            len(e) == 2 and e[0] == "," and _NUMBER.fullmatch(e[1]) for e in endings
        )

    def around(self, word: str) -> Iterator[tuple[tuple[str, ...], tuple[str, ...]]]:
        """The two words before and the three after each time ``word`` appears, spelt with
        or without doubled letters ("Phillips", "Philips"), within its clause ("Openreach
        (BT) street cabinets": "BT" ends at the bracket)."""
        for words in self.clauses:
            for i, w in enumerate(words):
                if _undoubled(w) == word:
                    yield words[max(0, i - 2) : i], words[i + 1 : i + 4]

    def before(self, phrase: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
        """The words before each time ``phrase`` appears in its clause."""
        n = len(phrase)
        for words in self.clauses:
            for i in range(len(words) - n + 1):
                if words[i : i + n] == phrase:
                    yield words[:i]

    def after(
        self, phrase: tuple[str, ...], *, in_clause: bool = False
    ) -> Iterator[tuple[str, ...]]:
        """The words after each time ``phrase`` appears, up to the next four; with
        ``in_clause``, only up to the end of its clause."""
        n = len(phrase)
        for words in self.clauses if in_clause else self.sequences:
            for i in range(len(words) - n + 1):
                if words[i : i + n] == phrase:
                    yield words[i + n : i + n + 4]


@dataclass
class _Needles:
    """An interest's search terms, prepared once."""

    names: list[tuple[str, ...]]
    employer: bool
    authorities: list[tuple[str, ...]]
    acronyms: set[str]
    # A company's initials with its "Limited" ("GLL" for "Greenwich Leisure Limited"),
    # matched only where the item writes them in capitals.
    limited: set[str]
    spelled: set[str]
    in_capitals: list[tuple[tuple[str, ...], int]]
    initialled: list[tuple[str, ...]]
    single_names: set[str]
    runs: list[tuple[tuple[str, ...], tuple[str, ...]]]
    people: set[tuple[str, ...]]
    titled: dict[tuple[str, ...], frozenset[str]]
    premises: bool
    own_places: set[tuple[str, ...]]
    subjects: list[tuple[str, ...]]
    trades: set[str]
    registered: list[tuple[str, ...]]
    cores: list[tuple[tuple[str, ...], tuple[str, ...]]]
    party: bool
    company: bool
    placed: list[tuple[tuple[str, ...], tuple[str, ...]]]
    shortened: list[tuple[str, ...]]
    short_forms: list[tuple[tuple[str, ...], tuple[str, ...]]]
    lone_words: dict[str, tuple[str, ...]]
    firms: set[str]
    partnerships: dict[str, tuple[str, ...]]
    streets: list[tuple[str, ...]]
    sides: dict[tuple[str, ...], str]
    numbered_places: list[tuple[str, ...]]
    house_names: list[tuple[str, ...]]
    units: set[str]
    site_units: list[tuple[str, _Numbers]]
    # A unit at a part of town: ("unit", 4, (hollybush,)) for "Unit 4, Hollybush, ...".
    units_at_parts: list[tuple[str, _Numbers, tuple[str, ...]]]
    held: set[str]
    settings: list[tuple[str, ...]]
    sites: list[tuple[str, ...]]
    parts: set[tuple[str, ...]]
    settlements: set[tuple[str, ...]]
    properties: set[tuple[str, ...]]
    numbers: list[_Numbers]
    rented: list[matching_premises.Premises]
    postcodes: set[str]
    grid: set[tuple[str, int, int]]
    parcels: set[tuple[str, str]]
    districts: set[str]
    wards: set[tuple[str, ...]]
    places: _Places

    @classmethod
    def of(cls, interest: RegisteredInterest, places: _Places) -> _Needles:
        phrases = {address: _street_phrases(address) for address in interest.addresses}
        streets = [
            p
            for address in interest.addresses
            for p in phrases[address]
            if places.evidence(p) or p[-1] in _STREET_TYPES and p not in places.within
        ]
        # A road's number is its other name: "Great North Road (A1000)" is "the A1000".
        roads = {address: _road_numbers(address) for address in interest.addresses}
        streets += [r for address in interest.addresses for r in roads[address] if r not in streets]
        properties = {p for address in interest.addresses for p in phrases[address]}
        capitals = _capitals(interest.names)
        lines = [tokens(line) for address in interest.addresses for line in address.split(",")]
        registered = [words for name in interest.names for words in _names_in(name)]
        titled = dict(t for name in interest.names if (t := _untitled(name))[0])
        registered += list(titled)
        # A cathedral is called by its city: "Chelmsford Cathedral" for "The Cathedral
        # Church of St Mary, St Peter and St Cedd, Chelmsford".
        registered += [
            (*place, "cathedral")
            for words in registered
            if "cathedral" in words
            for place in places.named([words])
        ]
        # The council's own name, a town or a county registered as a name says nothing; the
        # name of the land's own property is matched as the property (``streets``), and the
        # county council only in an item that deals with it (``authorities``).
        names = [
            words
            for named in registered
            for words in (
                *([named] if places.whole_name(named) or capitals & set(named) else []),
                *_without_place(named, places),
                *places.written_out(named),
            )
            if words not in properties and not places.is_county_council(words)
        ]
        authorities = [words for words in registered if places.is_county_council(words)]
        # The council's own name says nothing of an item, but a matter of the council's
        # staff touches a member whom (or whose partner) the council employs.
        employer = any(places.is_council(words) for words in registered)
        codes = {p for address in interest.addresses for p in postcodes(address)}
        return cls(
            names=names,
            employer=employer,
            authorities=authorities,
            acronyms={a for words in names if len(words) > 1 for a in _acronyms(words)},
            limited={
                _acronym(words) + "l"
                for name in interest.names
                if tokens(name)[-1:] == ("ltd",)
                and len(words := _core(tokens(name))) > 1
                and len(_acronym(words)) == len(words)
            },
            spelled={s for name in interest.names if (s := _spelled_out(name))},
            in_capitals=[
                (words, i)
                for words in names
                for i, w in enumerate(words)
                if len(words) > 1 and w in capitals and len(w) >= _MIN_PHRASE_ACRONYM
            ],
            initialled=[v for words in names for v in _initialled(words)],
            single_names={w for words in names if len(words) == 1 for w in words if len(w) >= 2},
            runs=[(v, words) for words in names for v in _run_variants(words, places)],
            people={v for words in names if (v := _initial_first(words))},
            titled=titled | {_initial_first(w): t for w, t in titled.items()},
            party=any(_PARTIES & set(words) for words in registered),
            company=any(_COMPANIES & set(tokens(name)) for name in interest.names),
            registered=registered,
            cores=[
                (core, words)
                for name in interest.names
                if _COMPANIES & set(tokens(name))
                for words in [_core(tokens(name))]
                if (core := _without_corporate(words))
                and places.whole_name(core)
                and core[-1] not in _PLACE_WORDS
            ],
            premises=bool(interest.addresses)
            and any(words not in properties for words in registered),
            own_places=places.named(registered),
            subjects=[
                words
                for clause in interest.subjects
                for subject in _NAMED.findall(clause)
                if places.evidence(words := _core(tokens(subject)))
                and words not in registered
                and not set(words) & {w for name in registered for w in name}
            ],
            # The trade of the name ("Printing"), and what the details' clause says the
            # entry is ("café concession at Hylands House"), not that it is a contract.
            trades={
                w[:_STEM]
                for words in registered
                for w in words
                if interest.subjects and places.strong(w) and len(words) > 1 and w != words[0]
            }
            | {
                w[:_STEM]
                for clause in interest.subjects
                for w in tokens(_NAMED.sub(" ", clause))
                if places.strong(w) and w not in _DEALINGS
            },
            placed=[p for words in names if (p := _after_place(words, places))],
            shortened=[run for words in names if (run := _run_start(words))],
            short_forms=[
                (short, words) for words in names if (short := _short_form(words, places))
            ],
            lone_words={
                w: words
                for words in names
                if words not in titled and (w := _lone_word(words, places, capitals))
            },
            # A company's leading word, where its name has another strong word
            # (``_firm_in``): "Brightwave" of "Brightwave Digital Ltd".
            firms={
                words[0]
                for name in interest.names
                if _COMPANIES & set(tokens(name))
                and len(words := _core(tokens(name))) > 1
                and len(words[0]) >= _MIN_LONE
                and places.strong(words[0])
                and words[0] not in _ROADS
            },
            # A partnership's first word, a surname, that the item may make plural
            # (``_plural_in``): "Pendleford" of "Pendleford Marsh LLP".
            partnerships={
                words[0]: words
                for name in interest.names
                if _partnership(tokens(name))
                and len(words := _core(tokens(name))) > 1
                and len(words[0]) >= _MIN_LONE
                and places.strong(words[0])
                and words[0] not in _ROADS
            },
            streets=streets,
            sides={
                k: v
                for address in interest.addresses
                for street, v in _sides(address).items()
                for k in (street, *roads[address])
            },
            numbered_places=[
                p
                for address in interest.addresses
                for p in phrases[address]
                if p in places.within and p not in streets and _numbered(address, p)
            ],
            house_names=[
                p for p in properties if len(p) > 1 and p not in streets and p not in places.within
            ],
            units={w for address in interest.addresses for w in _unit_labels(address)},
            site_units=[u for address in interest.addresses for u in _units_at(_pieces(address))],
            units_at_parts=[
                (label, numbers, part)
                for address in interest.addresses
                for label, numbers, after in _units_then(_pieces(address))
                if (part := places.leading(after)) and part in places.parts([part])
            ],
            sites=[site for address in interest.addresses for site in _sites(address, places)],
            held={
                w[:_STEM]
                for address in interest.addresses
                for w in tokens(address.split(",")[0])
                if w in _UNITS
            },
            settings=[
                words
                for address in interest.addresses
                for site in _sites(address, places)
                if (words := site[1:] if site[:1] == ("the",) else site)
                and words[-1] not in _STREET_TYPES
                and not set(words) <= _UNITS | _ADDRESS_PREFIXES
            ],
            parts=places.parts(lines),
            settlements=places.settlements(lines, postal=True),
            properties=properties,
            numbers=[n for a in interest.addresses for n in _own_numbers(a, phrases[a])],
            rented=matching_premises.held(interest.details, tokens, places.whole),
            postcodes=codes,
            grid={g for address in interest.addresses for g in grid_references(address)},
            parcels={p for address in interest.addresses for p in parcels(address)},
            districts={p.split()[0] for p in codes},
            wards={tokens(ward) for ward in interest.wards if tokens(ward)},
            places=places,
        )

    def reasons(self, text: _Text) -> tuple[Reason, ...]:
        found = []
        dealt_with = [a for a in self.authorities if _DEALINGS & text.words]
        if (
            any(self._name_in(words, text) for words in (*self.names, *dealt_with))
            or (self.employer and any(text.has(words) for words in _WORKFORCE))
            or any(self._trades_as(words, text) for words in self.registered)
            or self._subject_in(text)
            or any(self._core_in(core, name, text) for core, name in self.cores)
        ):
            found.append(Reason.NAME)
        if (
            any(_acronyms(a) & text.words for a in dealt_with)
            or any(self._acronym_in(a, text) for a in self.acronyms & text.words)
            or self.limited & text.in_capitals
            or any(self._lone_in(w, (w,), text) for w in self.single_names & text.words)
            or (self.single_names | self.spelled) & text.acronyms
            or any(text.has(words) for words in self.initialled)
            or any(self._written_out_in(words, i, text) for words, i in self.in_capitals)
        ):
            found.append(Reason.ACRONYM)
        if (
            any(
                text.has(run)
                and not self._branch(run, name, text)
                and not text.named_after(run)
                and not self._placed_elsewhere(run, text)
                and (run == name or not text.as_property(run))
                and not self._place_described(run, text)
                for run, name in self.runs
            )
            or any(self._titled_in(p, text) for p in self.people & text.phrases)
            or any(self._shortened_in(run, text) for run in self.shortened)
            or any(self._short_form_in(short, name, text) for short, name in self.short_forms)
            or any(self._placed_in(place, rest, text) for place, rest in self.placed)
            or any(self._lone_in(word, name, text) for word, name in self.lone_words.items())
            or any(self._standing_alone((word,), text) for word in self.firms)
            or any(self._plural_in(word, name, text) for word, name in self.partnerships.items())
            or self._related_in(text)
        ):
            found.append(Reason.NAME_WORD)
        if found and (self._party_group_only(text) or self._party_word_uncapitalised(text)):
            found = []
        if (
            any(self._street_in(words, text, body_named=bool(found)) for words in self.streets)
            or any(self._house_name_in(words, text) for words in self.house_names)
            or self._unit_in(text)
            or self._site_unit_in(text)
            or self._held_at_site_in(text)
            or self._unit_at_part_in(text)
            or self._unit_as_number_in(text)
            or any(p.touched(text.words, text.has, text.units) for p in self.rented)
            or self.parcels & text.parcels
            or any(self._numbered_place_in(words, text) for words in self.numbered_places)
        ) and not (
            self._other_district(text)
            or self._other_grid(text)
            or self._other_parcel(text)
            or self._other_units(text)
        ):
            found.append(Reason.ADDRESS)
        if self.postcodes & text.postcodes and not self._numbered_elsewhere(self.properties, text):
            found.append(Reason.POSTCODE)
        if self.wards & (text.wards | text.phrases):
            found.append(Reason.WARD)
        return tuple(found)

    def _related_in(self, text: _Text) -> bool:
        """The body named as a sister company, by its full name behind a trading name, or by
        its first word as an owner (``matching_names``). A club, union, society or charity
        has no sister companies."""
        strong = self.places.strong
        raw = " ".join((text.item.title, text.item.description))
        return any(
            not _NOT_COMPANIES & set(words)
            and matching_names.sister_company(words, text.sequences, strong)
            or matching_names.with_kind_inserted(words, text.sequences, text.capitalised, strong)
            or matching_names.possessive(words, raw, text.words, strong)
            for words in self.names
        )

    def _name_in(self, words: tuple[str, ...], text: _Text) -> bool:
        """A whole registered name; a one-word name, where the item has it as a word, as a
        name's leading word (``_leaves``: "GMB Scaffolding Ltd" is not the union "GMB"). A
        name of only place and kind words is another body's where, each time, the item
        goes on with another kind word: "Welwyn Garden City Estate Management Scheme" is
        not "Welwyn Garden City Estates Ltd"."""
        alone = list(text.around(_undoubled(words[0]))) if len(words) == 1 else []
        if words in self.titled:
            return self._titled_in(words, text)
        if alone:
            return not text.ordinary(words[0]) and any(
                self._leaves(words, before, after, text) for before, after in alone
            )
        if not text.has(words):
            return self._reordered_in(words, text)
        if (
            text.named_after(words)
            or self._placed_elsewhere(words, text)
            or self._branch(words, words, text)
        ):
            return False
        if any(self.places.strong(w) for w in words):
            return True
        endings = [after[:1] for after in text.after(words, in_clause=True)]
        return not endings or not all(e and e[0] in _KINDS for e in endings)

    def _core_in(self, core: tuple[str, ...], name: tuple[str, ...], text: _Text) -> bool:
        """A company's name without the words that say it is a group or holding company,
        written with capitals as a name is: "Erith Builders, 14 Larchwood Road" for "Erith
        Builders Group Ltd", whose place and trade alone say nothing as words of a longer
        name. Not where the item goes on with a word written with a capital ("Erith
        Builders Merchants", "Erith Builders Yard") or its own legal form ("Erith Builders
        (Slade Green) LLP" is another company), puts it after another place, or writes it
        into a street; nor a core that names a place ("Larkwood Park" of "Larkwood Park
        Holdings")."""
        endings = [after[:1] for after in text.after(core, in_clause=True)]
        return (
            text.has(core)
            and set(core) <= text.capitalised | _CONNECTORS
            and all(not e or e[0] not in text.capitalised for e in endings)
            and not any(_LEGAL_SUFFIXES & set(after[:3]) for after in text.after(core))
            and not text.named_after(core)
            and not self._placed_elsewhere(core, text)
            and not self._branch(core, name, text)
        )

    def _acronym_in(self, acronym: str, text: _Text) -> bool:
        """A name's initials, unless the item spells them out itself as other words:
        "tapered polystyrene slabs (TPS)" is not "Thamesview Plant & Skip Ltd"."""
        spelled = text.defined.get(acronym)
        return not spelled or any(spelled <= set(words) for words in self.names)

    def _written_out_in(self, words: tuple[str, ...], i: int, text: _Text) -> bool:
        """A name with a word in capitals (an acronym) that the item writes out among the
        name's other words: "Bexleyheath Business Improvement District" for "Bexleyheath
        BID Ltd". The written-out words' initials spell it, with or without small words."""
        acronym, before, after = words[i], words[:i], words[i + 1 :]
        for length in range(2, len(acronym) + 3):
            for phrase in text.phrases_of_length(len(words) - 1 + length):
                middle = phrase[i : i + length]
                if (
                    phrase[:i] == before
                    and phrase[i + length :] == after
                    and acronym in {_acronym(middle), "".join(w[0] for w in middle)}
                    and self.places.evidence(phrase)
                ):
                    return True
        return False

    def _subject_in(self, text: _Text) -> bool:
        """What the entry's details say it is for, by name, with the trade of its name:
        "Ceasing Print Edition of City Life Magazine" for "Moulsham Mill Printing Co",
        whose contract is for "printing of the City Life magazine"; "Cleaning Services
        Re-procurement - Campus East" for "Cuffley Cleaning Services", which cleans the
        offices at Campus East; or with what the details' clause says the entry is: "Hylands
        House café: re-tender of concession" for a caterer whose details say "café concession
        at Hylands House". The name alone is anyone's matter there."""
        return bool(self.trades & {w[:_STEM] for w in text.words}) and any(
            text.has(words) for words in self.subjects
        )

    @staticmethod
    def _trades_as(words: tuple[str, ...], text: _Text) -> bool:
        """A name, with or without the word that says how the body is organised, that the
        item says a body trades under: "Bexley Heritage Trust (trading as Hall Place &
        Gardens)" for the "Hall Place and Gardens Trust", though its words are all common
        ones that alone would be anyone's."""
        return words in text.trading or (
            len(words) > 2 and words[-1] in _FORMS and words[:-1] in text.trading
        )

    def _placed_elsewhere(self, words: tuple[str, ...], text: _Text) -> bool:
        """Whether a name registered with its place ("St Mary's Church, Great Baddow",
        "Christ Church Bexleyheath") is, each time the item has it, followed by another
        place: "St Mary's Church Writtle" is another parish's church."""
        if not self.own_places:
            return False
        leads = [self.places.leading(after) for after in text.after(words, in_clause=True)]
        return bool(leads) and all(lead and lead not in self.own_places for lead in leads)

    def _party_group_only(self, text: _Text) -> bool:
        """Whether a political party registered (a sponsor of election expenses) is named
        only as its group on the council, each clause that names it saying "Group" ("Bexley
        Labour Group", "Chelmsford Lib Dem Group Motion"): the councillors' group is not the
        party that paid, and its motions are the council's ordinary business."""
        if not self.party:
            return False
        strong = {w for words in self.names for w in words if self.places.strong(w)}
        naming = [
            clause
            for clause in text.clauses
            if any(len(w) >= 3 and any(s.startswith(w) for s in strong) for w in clause)
        ]
        return bool(naming) and all("group" in clause for clause in naming)

    def _party_word_uncapitalised(self, text: _Text) -> bool:
        """Whether a political party registered has its party words in the item only in
        their ordinary sense, never written with a capital as the party's are: "labour
        market" is not "Bexley Labour Party", "conservative estimate" not the
        Conservatives."""
        if not self.party:
            return False
        words = {w for name in self.names for w in name if w in _PARTIES} & text.words
        return bool(words) and not words & text.capitalised

    def _titled_in(self, words: tuple[str, ...], text: _Text) -> bool:
        """A person registered with a title, named in the item with one of theirs or none:
        "Mr P Sandhu" is one of "Mr and Mrs P Sandhu", "Mr J Smith" is not "Mrs J Smith"."""
        titles = self.titled.get(words)
        if titles is None:
            return True
        return any(
            not before or before[-1] not in _TITLES or before[-1] in titles
            for before in text.before(words)
        )

    def _reordered_in(self, words: tuple[str, ...], text: _Text) -> bool:
        """A name of two or more words with a strong one, its words in another order with
        only small words, brackets and words naming a part of a body among them:
        "Samaritans (Chelmsford and District Branch)" for "Chelmsford & District
        Samaritans". Any other word or mark between them ("Sidcup Youth Theatre; Bexley
        Heritage Trust") parts them."""
        needed = {w for w in words if w not in _CONNECTORS}
        if len(needed) < 2 or not any(self.places.strong(w) for w in needed):
            return False
        # A word of the name the item writes only in lower case is in its ordinary sense:
        # "boarding kennels in Barnehurst" is not "Barnehurst Kennels".
        if any(w in text.lower and w not in text.capitalised for w in needed):
            return False
        allowed = needed | _CONNECTORS | _PARTS | {"(", ")"}
        for pieces in text.pieces:
            run: set[str] = set()
            for word in (*pieces, ""):
                if word in allowed:
                    run.add(word)
                    continue
                if needed <= run:
                    return True
                run = set()
        return False

    def _shortened_in(self, run: tuple[str, ...], text: _Text) -> bool:
        """Two or more words of a name from its first distinctive word, the last shortened on
        either side: "Coastline Arb" for "Coastline Arboriculture", "Allotment Soc" for
        "Society", "Crook Log Vets" for "Crook Log Veterinary Surgery". Not shortened, the
        words are a run of the name (``runs``, ``_branch``)."""
        for length in range(len(run), 1, -1):
            words = run[:length]
            if not self.places.evidence(words):
                continue
            head, last = words[:-1], words[-1]
            if len(last) >= 3 and any(
                p[:-1] == head
                and p[-1] != last
                and (p[-1].startswith(last) or len(p[-1]) >= 3 and last.startswith(p[-1]))
                for p in text.phrases_of_length(length)
            ):
                return True
        return False

    def _short_form_in(self, short: tuple[str, ...], name: tuple[str, ...], text: _Text) -> bool:
        """A body's name without the kind of body that ends it, where the item also calls
        it by that kind: "Digswell Arts has leased the studios ... the Trust asks" for
        "Digswell Arts Trust". The short form alone may be anyone's ("Digswell Arts
        Festival"), so the item must say "the Trust" too, and not go on with another name
        after it (``_branch``)."""
        if not text.has(short) or self._branch(short, name, text):
            return False
        return name[-1] in text.called or self._standing_alone(short, text)

    @staticmethod
    def _standing_alone(short: tuple[str, ...], text: _Text) -> bool:
        """Whether the item deals with a body by its short form, written with capitals as a
        party's name ("grants ... GBP 4,000 to Digswell Arts for studio open days" for
        "Digswell Arts Trust"; "contract with Brightwave to add ..." for "Brightwave Digital
        Ltd", a company by its leading word) and each time ending there: "Digswell Arts Festival" or
        "Digswell Arts and Crafts Fair" go on to another name, and "Broomfield Arts open
        days", dealing with no one, are anyone's. The subject of what the item says it does
        ("Brightwave will supply ...", ``_ACTS``) is a party as much as "with Brightwave", as
        is the firm after the part it plays ("contractor Brightwave", ``_ROLES``), and a
        call-off is a contract."""
        if not set(short) <= text.capitalised | _CONNECTORS or not (
            _DEALINGS & text.words or text.has(_CALL_OFF)
        ):
            return False
        endings = [after[:1] for after in text.after(short, in_clause=True)]
        party = any(b[-1:] and b[-1] in _PARTY | _ROLES for b in text.before(short))
        if not party and not any(e and e[0] in _ACTS for e in endings):
            return False
        return bool(endings) and all(
            not e or e[0] not in text.capitalised and e[0] != "and" for e in endings
        )

    def _plural_in(self, word: str, name: tuple[str, ...], text: _Text) -> bool:
        """A partnership by its first word, a surname, made plural as firms of solicitors,
        surveyors and accountants are called ("Pendlefords" for "Pendleford Marsh LLP"),
        written with a capital and standing alone: not going on with another word written
        with a capital ("Pendlefords Farm", "Pendlefords Lane"), nor after "the", a title
        or an initial (a family or a person), nor the place the item is about."""
        raw = " ".join((text.item.title, text.item.description))
        if not re.search(rf"\b{re.escape(word.capitalize())}s\b", raw) or text.ordinary(word):
            return False
        if self._used_as_place(word, text):
            return False
        going_on = (text.capitalised - _CONNECTORS) | _PLACE_WORDS
        return any(
            not (after[:1] and after[0] in going_on)
            and before[-1:] != ("the",)
            and self._leaves(name, before, after, text)
            for before, after in text.around(word)
        )

    def _placed_in(self, place: tuple[str, ...], rest: tuple[str, ...], text: _Text) -> bool:
        """A place-led name's rest with its place anywhere in the item ("Heritage Trust,
        Welwyn Garden City"), or without it after "the" (``_called_the``), unless each time
        the rest comes after another place: "Sidcup Youth Theatre" is not "Bexley Youth
        Theatre"."""
        if text.has(rest) and not text.has(place):
            return self._called_the(rest, text)
        if not (text.has(rest) and text.has(place)):
            return False
        leads = [self.places.ending(before) for before in text.before(rest)]
        return not leads or not all(lead and lead != place for lead in leads)

    @staticmethod
    def _called_the(rest: tuple[str, ...], text: _Text) -> bool:
        """Whether the item calls a body "the" and a place-led name's rest, with capitals
        and no place before it: "grant to the Heritage Trust" for "Welwyn Garden City
        Heritage Trust", the council's own area's body of that name. Written in lower case
        after "the" it is a trade, not the body: "the traffic management contract" is not
        "Crayford Traffic Management Ltd"."""
        return set(rest) <= text.capitalised | _CONNECTORS and text.capitalised_after_the(rest)

    def _branch(self, run: tuple[str, ...], name: tuple[str, ...], text: _Text) -> bool:
        """Whether each time the item has these leading words of the name, it goes on with a
        distinctive word written with a capital, as a name's are, where the name goes on
        with another: "Rotary Club of Chelmsford Mildmay" is another club than "Rotary Club
        of Chelmsford Rivermead", "Bexley Youth Orchestra" another body than "Bexley Youth
        Theatre", "Hatfield Business Park" (a place) another than "Hatfield Business Forum",
        and "Bexley Rotary Trust" (another kind of body) another than "Bexley Rotary Club";
        "Bexley Youth Theatre's grant" is still it, and so is the name with one
        word added before the rest of it ("Chelmsford Rugby Football Club" for "Chelmsford
        Rugby Club"). A company's name, whole or in part, going on with a kind of body that
        is not a company is another body too (``_not_the_company``)."""
        if name[: len(run)] != run:
            return False
        endings = []
        for after in text.after(run, in_clause=True):
            ours = name[len(run) :]
            agree = 0
            while agree < min(len(after), len(ours)) and after[agree] == ours[agree]:
                agree += 1
            theirs = after[agree:]
            rest = ours[agree:]
            endings.append(
                bool(theirs)
                and theirs[0] in text.capitalised
                and (
                    agree < len(ours)
                    and theirs[1 : 1 + len(rest)] != rest
                    and (
                        _distinctive(theirs[0])
                        or theirs[0] in _PLACE_WORDS
                        or theirs[0] in _BODIES
                        and rest[0] in _BODIES
                    )
                    or self._not_the_company(name, theirs[0])
                )
            )
        return bool(endings) and all(endings)

    def _not_the_company(self, name: tuple[str, ...], kind: str) -> bool:
        """Whether a kind of body after a company's name, or its leading words, makes it
        another body: "Chelmer Canoe Club" is not "Chelmer Canoe Hire Ltd", nor "Chelmer
        Landscape Partnership" "Chelmer Landscapes Ltd"; a club, trust, charity or
        partnership of the same words is founded apart from the firm."""
        return self.company and kind in _NOT_A_COMPANY and kind not in name

    def _place_described(self, run: tuple[str, ...], text: _Text) -> bool:
        """Whether a run of a name that opens with a place has its other words only in lower
        case in the item, describing the place ("Hatfield aerodrome heritage trail", "the
        former aerodrome"), where the name writes them with capitals ("Hatfield Aerodrome
        Properties Ltd"): the place is the item's subject, not the firm named after it."""
        place = self.places.leading(run)
        rest = run[len(place) :]
        return bool(place and rest) and all(
            w in text.lower and w not in text.capitalised for w in rest
        )

    def _used_as_place(self, word: str, text: _Text) -> bool:
        """Whether the item writes a name's word, somewhere, as the place or street it is
        about: the end of a place's name ("Great Baddow"), after "on" or "along" as a
        street is ("the street market on Stonehills"), or before a street's kind ("Baddow
        Road"). Its bare uses elsewhere in the item are then that place too: "Stonehills
        Property Group" is not "Stonehills - outdoor market licence"."""
        for before, after in text.around(_undoubled(word)):
            if before[-1:] and before[-1] in _ON:
                return True
            if any(
                (*before[i:], w) in self.places.whole
                for i in range(len(before))
                for w in {word, _undoubled(word)}
            ):
                return True
            if after[:1] and after[0] in _STREET_TYPES:
                return True
        return False

    def _lone_in(self, word: str, name: tuple[str, ...], text: _Text) -> bool:
        """A name's leading strong word, or a one-word name, unless each time the item
        writes it into another name or a person's (``_leaves``), or the item writes it as
        the place it is about (``_used_as_place``)."""
        around = list(text.around(_undoubled(word)))
        tails = [(b, a) for b, a in around if self._tail_of_another(name, b, text)]
        if tails:
            around = [(b, a) for b, a in around if (b, a) not in tails and b[-1:] != ("the",)]
        return (
            not text.ordinary(word)
            and not self._used_as_place(word, text)
            and any(self._leaves(name, before, after, text) for before, after in around)
        )

    def _tail_of_another(self, name: tuple[str, ...], before: tuple[str, ...], text: _Text) -> bool:
        """Whether a name's leading word ends another name in the item, a strong word with a
        capital the name lacks before it: "Chelmer and Blackwater Navigation" is not
        "Navigation Solutions Ltd", and "the Navigation" after it is that waterway too."""
        return (
            bool(before)
            and before[-1] not in name
            and before[-1] in text.capitalised
            and self.places.strong(before[-1])
        )

    def _leaves(
        self, name: tuple[str, ...], before: tuple[str, ...], after: tuple[str, ...], text: _Text
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
        trades = {w for w in name if w in _KINDS} - _FORMS
        street = following in _PLACE_WORDS
        trade = bool(trades) and following in _KINDS - _FORMS - _PEOPLE
        name_word = following in text.capitalised and self.places.strong(following)
        if (street or trade or name_word) and following[:_STEM] not in {w[:_STEM] for w in name}:
            return False
        if _TITLES & set(before) or (
            before and len(before[-1]) == 1 and before[-1] != "a" and before[-1] not in name
        ):
            return False
        return not (_NOT_COMPANIES & set(name) and _COMPANIES & set(after))

    def _street_in(self, words: tuple[str, ...], text: _Text, *, body_named: bool = False) -> bool:
        """The street or property named in the item (a property's name perhaps with one word
        added), unless the words after it make it another (``_another``), the item's
        numbers there are not the member's (``_numbered_elsewhere``), or it puts it in
        another town or village than the member's. A body's premises (an address
        registered with an employer's, tenant's or body's name other than the property's)
        are touched by dealings with property in the street (leases, rents, sales, its shops
        or units) or by an item that names the body (``body_named``), not by the street's own
        matters: the street without a number ("Maldon Road Traffic Calming Scheme" for a
        surgery on Maldon Road) is no evidence, where a member's home is touched by what
        happens in its street."""
        street = words[-1] in _STREET_TYPES
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
            and not any(text.numbers_at(words))
        ):
            return False
        if not found or not self.settlements:
            return found
        if self._town_s_own(words, text):
            return False
        named = self.places.settlements(text.sequences)
        return not named or bool(named & self.settlements)

    def _town_s_own(self, words: tuple[str, ...], text: _Text) -> bool:
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
        "land east of Travellers Lane" (or "east of the A1000") is not the member's field
        west of it."""
        if before[-1:] == ("the",):
            before = before[:-1]
        return (
            before[-1:] == ("of",)
            and before[-2:-1] != ()
            and before[-2] in _COMPASS_WORDS
            and before[-2] != self.sides[words]
        )

    @staticmethod
    def _qualified(words: tuple[str, ...], before: tuple[str, ...], text: _Text) -> bool:
        """Whether a word written with a capital before the member's street makes it another
        street: "New London Road" is not "London Road", nor "Upper Park Road" "Park
        Road"."""
        return (
            bool(before)
            and before[-1] in _QUALIFIERS
            and before[-1] in text.capitalised | _COMPASS_WORDS
            and before[-1] not in words
        )

    def _named_after_it(self, after: tuple[str, ...], text: _Text) -> bool:
        """Whether a strong word written with a capital after a one-word street or property
        makes it another thing's name, as after a body's one strong word (``_leaves``):
        "Parkway Fountain and Gardens" are not the member's flat on Parkway."""
        return bool(after) and after[0] in text.capitalised and self.places.strong(after[0])

    def _another(self, street: bool, after: tuple[str, ...]) -> bool:
        """Whether the words after the member's street or property make it another: a
        compass word or a street type after a street ("Upton Road South", "Hall Place
        Crescent" are not "Upton Road", "Hall Place"), another street after a property
        (``_other_street``), or a legal form after either, in a firm named after it
        ("Howardsgate Kitchen Ltd, 38 Stonehills" is not "10 Howardsgate")."""
        number = next((i for i, w in enumerate(after) if w[0].isdigit()), len(after))
        if _LEGAL_SUFFIXES & set(after[: min(number, 3)]):
            return True
        if street:
            return after[:1] in _COMPASS or bool(after[:1]) and after[0] in _STREET_TYPES
        return self._other_street(after)

    def _numbered_elsewhere(self, streets: Iterable[tuple[str, ...]], text: _Text) -> bool:
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
        return bool(numbers) and not any(self._may_be_own(n, as_house) for n, as_house in numbers)

    def _may_be_own(self, number: _Numbers, as_house: bool = False) -> bool:
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

    def _other_district(self, text: _Text) -> bool:
        """Whether every postcode district the item names in the member's postcode area is
        another: "Albert Road, Bexley DA5" is not the member's "Albert Road, Belvedere
        DA17", nor "High Street, Sidcup DA14" their "High Street, Bexley DA5", whatever
        else the item names ("Bexley" is also the borough's post town)."""
        areas = {_area(d) for d in self.districts}
        theirs = {d for d in text.districts if _area(d) in areas}
        return bool(theirs) and not theirs & self.districts

    def _other_grid(self, text: _Text) -> bool:
        """Whether both give grid references and the item's are all more than ``_GRID_NEAR``
        from the member's: "Land at TL 752 046, Sandon Brook" is a kilometre east of the
        member's field at TL 742 046 on the same brook."""
        return bool(self.grid and text.grid) and not any(
            a[0] == b[0] and abs(a[1] - b[1]) <= _GRID_NEAR and abs(a[2] - b[2]) <= _GRID_NEAR
            for a in self.grid
            for b in text.grid
        )

    def _other_units(self, text: _Text) -> bool:
        """Whether the item numbers units of the kind the member holds (units, garages,
        blocks, plots) and none is the member's: "Widford Industrial Estate - letting of
        Unit 16" is not the member's Unit 6 there, nor "demolition of Garage Block D,
        Attimore Road" their garage in Block B, wherever in the item the numbers stand."""
        labels = {label for label, _ in self.site_units}
        theirs = [
            (label, numbers)
            for pieces in text.pieces
            for label, numbers in _units_at(pieces)
            if label in labels
        ]
        return bool(theirs) and not any(
            label == ours and mine.overlaps(numbers)
            for label, numbers in theirs
            for ours, mine in self.site_units
        )

    def _numbered_place_in(self, words: tuple[str, ...], text: _Text) -> bool:
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

    def _premises_of_its_trade(self, text: _Text) -> bool:
        """Whether the item deals with property (a lease, rents, a sale) and names the trade
        that ends the body's name: "rent reviews of the council's shops at ... Hall Grove,
        including the florist's unit" for "Oak & Ivy Florists Ltd", tenant of 6 Hall Grove.
        The part of town alone is anyone's shop there."""
        if not (self.premises and _PREMISES & text.words):
            return False
        trades = {
            words[-1][:_STEM]
            for words in self.names
            if len(words) > 1 and words[-1] not in _FORMS and self.places.strong(words[-1])
        }
        return bool(trades & {w[:_STEM] for w in text.words})

    def _other_parcel(self, text: _Text) -> bool:
        """Whether both give parcel (or title) numbers of one kind and none of the item's is
        the member's: "parcel 4522 off Bicknacre Road" is the field next to the member's
        parcel 4521 on the same road."""
        kinds = {kind for kind, _ in self.parcels} & {kind for kind, _ in text.parcels}
        return any(not {p for p in self.parcels if p[0] == kind} & text.parcels for kind in kinds)

    def _unit_in(self, text: _Text) -> bool:
        """A unit's label ("Garage 11") with the part of town its address names ("rear of
        Haldens"): "Haldens garage site". The label alone is anyone's garage."""
        return bool(self.units & text.words) and any(text.has(part) for part in self.parts)

    def _site_unit_in(self, text: _Text) -> bool:
        """The member's unit at a named site, among the units of its kind the item numbers
        at that site: "pitches 15-30" at "Chelmsford Market" for the member's "pitch 22,
        Chelmsford indoor market". The site is named whole, or as its place and the last
        word saying what it is ("Bexleyheath market" for "Bexleyheath Broadway market")."""
        if not self.site_units or not any(self._site_in(site, text) for site in self.sites):
            return False
        return any(
            label == theirs and ours.overlaps(numbers)
            for pieces in text.pieces
            for theirs, numbers in _units_at(pieces)
            for label, ours in self.site_units
        )

    def _unit_at_part_in(self, text: _Text) -> bool:
        """The member's unit at a part of town, written in the item with the part straight
        after it: "Surrender of lease: Unit 4, Hollybush" for the member's "Unit 4,
        Hollybush, Welwyn Garden City". The part of town alone is anyone's, and another unit
        there ("Unit 7, Hollybush") another's."""
        return bool(self.units_at_parts) and any(
            label == ours and mine.overlaps(numbers) and after[: len(part)] == part
            for label, numbers, after in text.units_then
            for ours, mine, part in self.units_at_parts
        )

    def _unit_as_number_in(self, text: _Text) -> bool:
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

    def _held_at_site_in(self, text: _Text) -> bool:
        """A unit the member holds at a named site ("Kiosk, Central Park"; "Cafe unit 2, the
        Stables, Hylands Park"), in an item that names the site and units of its kind
        without numbers that leave the member's out: "Central Park ... the existing kiosk
        will be removed", "Hylands Estate - Stables visitor centre ... units will close". A
        site named in house-name words ("the Stables") is named with a strong word of the
        lines around it ("Hylands"); one the item puts in another town or village is
        another ("Church Road garage site, Sidcup" for the member's in Bexleyheath)."""
        if not self.held & {w[:_STEM] for w in text.words}:
            return False
        numbered = [
            (label, numbers)
            for pieces in text.pieces
            for label, numbers in _units_at(pieces)
            if label in self.held
        ]
        if numbered and not any(
            label == ours and mine.overlaps(numbers)
            for label, numbers in numbered
            for ours, mine in self.site_units
        ):
            return False
        strong = {w for site in self.settings for w in site if self.places.strong(w)}
        if not any(
            text.has(site)
            and (
                any(self.places.strong(w) for w in site)
                or not set(site) <= _KINDS | _CONNECTORS
                and len(site) > 1
                or strong & text.words
            )
            for site in self.settings
        ):
            return False
        named = self.places.settlements(text.sequences)
        return not named or not self.settlements or bool(named & self.settlements)

    def _site_in(self, site: tuple[str, ...], text: _Text) -> bool:
        place = self.places.leading(site)
        return text.has(site) or bool(place) and text.has((*place, site[-1]))

    def _house_name_in(self, words: tuple[str, ...], text: _Text) -> bool:
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
        if place and words[len(place) : len(place) + 1] not in {(t,) for t in _STREET_TYPES}:
            words = words[len(place) :]
        end = next((i for i, w in enumerate(words) if i and w in _STREET_TYPES), None)
        own = {_squash(s) for s in self.streets if s[-1] in _STREET_TYPES}
        return end is not None and bool(own) and _squash(words[: end + 1]) not in own

    def keys(self) -> set[tuple[str, object]]:
        """Index keys: an item can match only if it shares one of these (see ``_Text.keys``)."""
        keys: set[tuple[str, object]] = set()
        runs = [run for run, _ in self.runs]
        phrases = (*self.names, *self.initialled, *runs, *self.people, *self.streets)
        for words in (*phrases, *self.wards):
            if len(words) <= _MAX_PHRASE:
                keys.add(("phrase", _squash(words)))
            else:
                keys.update(("word", w) for w in words)
        keys.update(("word", w) for w in self.acronyms | self.limited)
        keys.update(("word", w) for w in self.single_names | self.spelled)
        keys.update(("word", words[i]) for words, i in self.in_capitals)
        keys.update(("phrase", _squash(a)) for a in self.authorities)
        keys.update(("word", w) for a in self.authorities for w in _acronyms(a))
        if self.employer:
            keys.update(("phrase", _squash(words)) for words in _WORKFORCE)
        keys.update(("undoubled", _undoubled(w)) for w in self.lone_words)
        keys.update(("word", w) for w in (*self.firms, *self.partnerships))
        # A name in another order (``_reordered_in``) shares its strong words with the item.
        keys.update(("word", w) for words in self.names for w in words if self.places.strong(w))
        keys.update(("word", run[0]) for run in self.shortened)
        keys.update(("phrase", _squash(short)) for short, _ in self.short_forms)
        keys.update(("phrase", _squash(rest)) for _, rest in self.placed)
        # A property's name with a word added shares its first word with the item.
        keys.update(("word", words[0]) for words in self.streets)
        keys.update(("phrase", _squash(words)) for words in self.house_names)
        keys.update(("word", site[-1]) for site in self.sites if self.site_units)
        keys.update(("phrase", _squash(site)) for site in self.settings if self.held)
        keys.update(("phrase", _squash(words)) for words in self.subjects)
        keys.update(("phrase", _squash(site)) for p in self.rented for site in p.sites)
        # A name a body trades under (``_trades_as``), perhaps without its last word.
        keys.update(("phrase", _squash(w)) for w in self.registered)
        keys.update(("phrase", _squash(core)) for core, _ in self.cores)
        keys.update(("phrase", _squash(part)) for _, _, part in self.units_at_parts)
        keys.update(("phrase", _squash(w[:-1])) for w in self.registered if len(w) > 2)
        keys.update(("postcode", p) for p in self.postcodes)
        keys.update(("parcel", p) for p in self.parcels)
        keys.update(("phrase", _squash(words)) for words in self.numbered_places)
        return keys


def _acronyms(words: tuple[str, ...]) -> set[str]:
    """A name's initials, without and with its small words: "uh" and "uoh" for "University
    of Hertfordshire"; an NHS trust's also without "NHS" and "University", as trusts write
    them: "HPFT" for "Hertfordshire Partnership University NHS Foundation Trust"."""
    found = {_acronym(words), "".join(w[0] for w in words if not w.isdigit())}
    if "nhs" in words:
        found.add(_acronym([w for w in words if w not in {"nhs", "university"}]))
    # As a word of the item, "HFRS" reads as a plural.
    return {form for a in found if len(a) >= 2 for form in (a, _singular(a))}


def _initialled(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The name with one or two runs of two or more of its words written as their initials,
    three or more letters in all or beside a distinctive word, the rest as they are: "wgc
    town center partnership" for "Welwyn Garden City Town Centre Partnership", "nhlv nh
    trust" for "North Herts & Lea Valley NHS Trust", "mse nh ft" for "Mid and South Essex
    NHS Foundation Trust", "greyfriars gm" for "Greyfriars Grounds Maintenance"."""
    runs = [
        (i, j, initials)
        for i in range(len(words))
        for j in range(i + 2, len(words) + 1)
        if words[i] not in _CONNECTORS
        and words[j - 1] not in _CONNECTORS
        and j - i < len(words)
        and len(initials := _acronym(words[i:j])) >= 2
    ]
    variants = [
        (*words[:i], form, *words[j:])
        for i, j, initials in runs
        if len(initials) >= _MIN_PHRASE_ACRONYM
        or any(_distinctive(w) for w in (*words[:i], *words[j:]))
        or len([w for w in words[j:] if w not in _CONNECTORS]) >= 2
        # As a word of the item, "AODS" reads as a plural.
        for form in {initials, _singular(initials)}
    ]
    if len(words) <= _MAX_PHRASE:
        variants += [
            (*words[:i], first, *words[j:k], second, *words[m:])
            for i, j, first in runs
            for k, m, second in runs
            if j <= k and len(first + second) >= _MIN_PHRASE_ACRONYM + 1
        ]
    return variants


# Words that end a company's name to say how it is owned, not what it is: "Erith Builders
# Group Ltd" trades as "Erith Builders".
_CORPORATE = {_singular(w) for w in ("group", "holdings", "uk", "intl")}


def _without_corporate(words: tuple[str, ...]) -> tuple[str, ...]:
    """A company's name without the corporate words that end it, if two or more words
    remain: "erith builder" of "erith builder group"; () if it has none."""
    core = words
    while core and core[-1] in _CORPORATE:
        core = core[:-1]
    return core if core != words and len(core) >= 2 else ()


def _partnership(words: tuple[str, ...]) -> bool:
    """Whether a name's words say it is a partnership: "... LLP", "... & Partners", "...
    & Co" ("... and co" as tokens), "... Partnership"."""
    forms = {"llp", "lp", "partner", "partnership"}
    return bool(forms & set(words)) or words[-2:] == ("and", "co")


# An acronym in brackets after the words it stands for: "tapered polystyrene slabs (TPS)".
_DEFINED = re.compile(r"((?:[\w'’-]+\s+){1,8})\(([A-Z][A-Z&]{1,7})\)")


def _spelled_by(acronym: str, words: Sequence[str]) -> tuple[str, ...]:
    """The fewest last ``words`` that spell ``acronym`` out, as an acronym is defined in
    text: each word not a small one gives its first letter and perhaps more of its letters
    in order ("tapered polystyrene slabs" for "tps"); () if none does."""
    letters = acronym.replace("&", "")
    for n in range(1, min(len(words), len(letters) + 3) + 1):
        tail = words[-n:]
        content = [w for w in tail if w not in _CONNECTORS]
        if tail[0] not in _CONNECTORS and content and _spells(letters, content):
            return tuple(tail)
    return ()


def _spells(letters: str, words: Sequence[str]) -> bool:
    """Whether ``words`` spell ``letters``: each word's first letter the next one, then
    perhaps more of its letters in order."""
    if not words:
        return not letters
    word = words[0]
    if not letters or word[0] != letters[0]:
        return False
    i, taken = 1, [1]
    for ch in word[1:]:
        if i < len(letters) and ch == letters[i]:
            i += 1
            taken.append(i)
    return any(_spells(letters[k:], words[1:]) for k in taken)


def _run_start(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name from its first distinctive word on, if two or more words remain."""
    start = next((i for i, w in enumerate(words) if _distinctive(w)), None)
    return words[start:] if start is not None and len(words) - start >= 2 else ()


# Trade words that end a firm's name and that items leave out when they deal with it:
# "contract with Peartree IT" for "Peartree IT Solutions Ltd".
_TRADES = {_singular(w) for w in ("solutions", "services", "systems", "consulting", "consultants")}
_TRADES = {_SYNONYMS.get(w, w) for w in _TRADES}


def _short_form(words: tuple[str, ...], places: _Places) -> tuple[str, ...]:
    """A body's name without the kind of body or trade it ends with ("Digswell Arts" of
    "Digswell Arts Trust", "Peartree IT" of "Peartree IT Solutions"), if two or more words
    remain that name it (``_Places.whole_name``)."""
    short = words[:-1]
    while short and short[-1] in _CONNECTORS:
        short = short[:-1]
    if words[-1] in _BODIES | _TRADES and len(short) >= 2 and places.whole_name(short):
        return short
    return ()


def _run_variants(words: tuple[str, ...], places: _Places) -> list[tuple[str, ...]]:
    """Two or more words of a name in order from its first distinctive word, one of them
    perhaps left out before a strong word ("Kowalski Decorators" for "A & J Kowalski
    Decorators", "Stanborough Watersports" for "Stanborough Lakes Watersports", but not
    "Fairford Builders" for "Fairford Ivyholt Builders"); and a place-and-trade name's trade
    at its place ("Pharmacy at Beaulieu", "Beaulieu Pharmacy" for "Beaulieu Park Pharmacy").
    Each holds a strong word, lies inside no place name ("Hatfield Community" does not) and
    ends in no street ("Beehive Lane" is the street "Beehive Lane Veterinary Centre" is
    named after) nor in a word that makes it a place ("Nuxley village" is where "Nuxley
    Village Bakery" trades, the village's matters anyone's there) nor in a small word ("Unite
    the" is the one word "Unite")."""
    variants: set[tuple[str, ...]] = set()
    if run := _run_start(words):
        for length in range(2, len(run) + 1):
            prefix = run[:length]
            variants.add(prefix)
            if places.strong(prefix[-1]):
                variants.update(prefix[:k] + prefix[k + 1 :] for k in range(1, length - 1))
    strong = [w for w in words if places.strong(w)]
    towns = [w for w in words if (w,) in places.whole]
    if len(strong) == 1:
        for town in towns:
            variants.update({(town, strong[0]), (strong[0], "at", town)})
    return [
        v
        for v in variants
        if len(v) >= 2 and places.evidence(v) and v[-1] not in _STREETS | _LOCALITIES | _CONNECTORS
    ]


def _initial_first(words: tuple[str, ...]) -> tuple[str, ...]:
    """A person's name with the first name as its initial: "t ravenscroft hale" for "Tobias
    Ravenscroft-Hale" ("Applicant: T. Ravenscroft-Hale"). A name of two or three plain
    words, none saying what kind of body it is. Matched with the initial a word of its own:
    run together, "C College" for "Chelmsford College" would be any "College"."""
    if 2 <= len(words) <= 3 and all(w.isalpha() and w not in _GENERIC for w in words):
        return (words[0][0], *words[1:])
    return ()


def _lone_word(words: tuple[str, ...], places: _Places, capitals: set[str]) -> str:
    """The one strong word of a name that leads it, the rest only saying what kind of body
    it is or which part ("Tesco" in "Tesco Stores Ltd", "UNISON" in "UNISON Eastern
    Region"): enough alone, if five letters or more, or written in capitals ("GMB"), and
    not a street word. Only initials may come before it ("J Sainsbury"): "Garage" in "Lodge
    Lane Garage Services" is a trade, not the name. A name with two strong words ("Khan
    Pharmacy") needs two (``_run_variants``); one led by a place ("Moulsham Lodge Scout
    Group") is not named by its trade word."""
    strong = [w for w in words if places.strong(w) or w in capitals and (w,) not in places.whole]
    lead = next((w for w in words if w not in _CONNECTORS and len(w) > 1 or w in capitals), "")
    if strong != [lead] or lead in _STREET_TYPES | _ROADS:
        return ""
    # A firm named after its street ("Station Road Motors"): the street's name is not it.
    if lead != words[-1] and words[words.index(lead) + 1] in _STREET_TYPES:
        return ""
    # A firm named after a place of two words or more ("Crook Log Developments"): the
    # place's first word is the place, not the firm.
    if places.leading(words[words.index(lead) :]):
        return ""
    return lead if len(lead) >= _MIN_LONE or lead in capitals else ""


# An address in an entry's details, a number and words with capitals after "at" or "of":
# "company rents the council's shop at 112 Blackfen Road, Sidcup DA15 8PR".
_ADDRESS_AT = re.compile(
    r"\b(?:at|of)\s+((?:nos?\.?\s*)?[1-9][0-9]{0,2}[A-Za-z]?(?:\s*[-–]\s*[0-9]{1,3}[A-Za-z]?)?"
    r"(?:,?\s+(?:[A-Z]{1,2}[0-9][A-Z0-9]?\s*[0-9][A-Z]{2}\b|[A-Z][A-Za-z'’-]*))+)"
)


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
    ``details``, read as a name; a trading name the details give ("trades as 'The Hive
    Workspace'") is one of its names, as are the company it is registered as, its group
    and a shareholding's subsidiaries that the details name (``_GROUP_NAMES``), and a name
    in capitals there ("printing of the City Life magazine") says what it is for
    (``subjects``); an address there, a number and a street ("rents the council's shop at
    112 Blackfen Road"), is one of its addresses: a company's tenancy names its premises in
    the details.
    """
    names = [n for n in names if n.strip()]
    addresses = [a for a in addresses if a.strip()]
    if not (names or addresses) and details.strip():
        names = [details]
    else:
        names += [quoted or plain for quoted, plain in _TRADES_AS.findall(details)]
        names += _PARENT.findall(details)
        names += _BUSINESS.findall(details)
        names += _GROUP_NAMES.findall(details)
        addresses += [a.strip() for a in _ADDRESS_AT.findall(details)]
        addresses += [
            a for a in _OWNER_OF.findall(details) if len(a.split()) >= 2 and a not in addresses
        ]
    if not (names or addresses):
        return None
    return RegisteredInterest(
        key=key,
        member=member,
        names=tuple(names),
        addresses=tuple(addresses),
        # An address is matched as one (``_street_in``), its numbers and all, not by name.
        subjects=tuple(c for c in _CLAUSE.split(_ADDRESS_AT.sub(" ", details)) if _NAMED.search(c))
        if names
        else (),
        details=details,
    )


def _item_keys(text: _Text) -> set[tuple[str, object]]:
    keys: set[tuple[str, object]] = {("phrase", s) for s in text.squashed}
    keys.update(("phrase", _squash(w)) for w in text.wards)
    keys.update(("word", w) for w in text.words | text.acronyms)
    keys.update(("undoubled", _undoubled(w)) for w in text.words)
    keys.update(("postcode", p) for p in text.postcodes)
    keys.update(("parcel", p) for p in text.parcels)
    return keys


def match(
    interests: Iterable[RegisteredInterest], items: Iterable[Item], places: Iterable[str] = ()
) -> Iterator[Match]:
    """Every (interest, item) pair that may touch, item by item, in the order given.

    ``places`` are the place names of the council's area, its own name among them
    (``nolan.councils.places``): they say where a matter is, not whose interest it touches,
    and, as ``Place``, which town or village. Interests are indexed by their search terms,
    so each item is compared only with the interests that share at least one term with it:
    the cost grows with the number of items and of flags, not with items times interests.
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
