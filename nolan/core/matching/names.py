"""Registered names in an agenda item: the ``name``, ``acronym`` and ``name-word`` reasons.

A body is named on the register as the member knows it and on the agenda as the clerk
does, and a miss may cost the member a prosecution, so each way a Monitoring Officer would
still read an item as naming the body is a rule here; each false alarm the labelled pairs
showed (another body, a street, a place or a person with the same words) is an exception
to one.

Organisation, employer and body names match on their whole name after normalisation
("Ltd" = "Limited", "&" = "and", "Mac" = "Mc", "Soc." = "Society", "R.B.L." = "RBL",
plurals, doubled letters, punctuation, "The" and words run together or apart,
"Watersports" = "Water Sports", "Sherrardspark" = "Sherrards Park" (``joined``), all
ignored), in another order with only small words
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
another name ("Unite Students", "GMB Scaffolding Ltd"), a pub's sign in an item about a
pub ("The Rose and Crown" is not "Crown Estates Ltd"), a company's name where the
registered one is a union, society, club or charity ("The UNITE Group plc") or a
person's name ("Mr T Murphy"). A name of only place and kind words is not the start of a
longer one ("Welwyn Garden City Estate Management Scheme", "Hertfordshire Home Improvement
Agency"); one of a part of a town's name
and a trade ("Garden City Cars") is the firm written in full with capitals, not after the
rest of the town's name. Also: a county's short form
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
body called "the" and the rest of its name ("the Heritage Trust"); a body's short form, a
company's leading word, or a name of words anyone's without its "Group", as a party the
item deals with ("GBP 4,000 to Digswell Arts", "contract with Brightwave", "agreement with
Southern Housing"); a word the name coined, in capitals or with figures, that
opens or closes it ("the CHESS night shelter", "e2v site": ``coined``). Not a name's one
word written only as an ordinary word (in lower case, or capitalised only where a sentence
starts: "Reform of waste collection").
Not a company's name, whole or in part, going on with
a club, trust, charity or partnership ("Chelmer Canoe Club" is not "Chelmer Canoe Hire
Ltd"); nor a name's words ending in "village" ("Nuxley village"), nor the first word of
a place that leads a firm's name ("Crook Log Developments"). The council's own name is no
evidence, but a matter of its staff (pay, posts, restructures) touches a member whom, or
whose partner, it employs; the county council is named in items as a public authority
(highways, education, a consultee), so it is evidence only in an item that deals with it
(an agreement, contract, lease, grant or payment).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from nolan.core.edits import distance
from nolan.core.matching.activities import Activity
from nolan.core.matching.coined import Coined, another_bodys, coined_alone
from nolan.core.matching.described import described, described_in
from nolan.core.matching.entries import NAMED
from nolan.core.matching.house_numbers import Numbers, other_units, pieces_of, units_at
from nolan.core.matching.initials import (
    MIN_PHRASE_ACRONYM,
    initialled,
    initials_of,
    name_acronyms,
    spelled_out,
    words_in_capitals,
)
from nolan.core.matching.model import Reason, RegisteredInterest
from nolan.core.matching.name_forms import (
    MIN_LONE,
    after_place,
    initial_first,
    is_partnership,
    lone_word,
    name_and_aliases,
    pub_sign,
    run_start,
    run_variants,
    short_form,
    untitled,
    without_corporate,
    without_place,
)
from nolan.core.matching.name_words import leaves, lone_in, plural_in, standing_alone
from nolan.core.matching.places import PlaceNames
from nolan.core.matching.related_names import (
    GROUP_WORDS,
    group_company,
    possessive,
    sister_company,
    with_kind_inserted,
)
from nolan.core.matching.text import ItemText
from nolan.core.matching.vocabulary import (
    BODIES,
    COMPANIES,
    COMPASS_WORDS,
    CONNECTORS,
    DEALINGS,
    FORMS,
    GENERIC,
    KINDS,
    LEGAL_SUFFIXES,
    NOT_COMPANIES,
    PARTS,
    PLACE_WORDS,
    ROADS,
    STEM,
    STREET_TYPES,
    TITLES,
    distinctive,
)
from nolan.core.matching.words import (
    CLAUSE,
    MAX_PHRASE,
    ORGANISES,
    RUNS,
    TRADES_AS,
    name_core,
    squash,
    tokens,
    undoubled,
)

# Words of a political party's name ("Bexley Labour Party", "Chelmsford Liberal Democrats").
_PARTIES = {"party", "labour", "conservative", "democrat", "tory"}
# Kinds of body that a company's name going on with names another body: "Chelmer Canoe
# Club" is not "Chelmer Canoe Hire Ltd", "Chelmer Landscape Partnership" (a charity) not
# "Chelmer Landscapes Ltd".
_NOT_A_COMPANY = BODIES | {"partnership"}
# Kinds of body that end a longer name begun with a name of only place and kind words
# ("Hertfordshire Home Improvement Agency").
_ANOTHER_BODY = KINDS | {"agency", "scheme"}
# Words after a body's whole name that name its premises, not another body: "Hatfield
# Boys' Club building", "the Trust site".
_ITS_PREMISES = {"building", "site"}
# A word as written, its capital kept, or a mark between words.
_WRITTEN_WORD = re.compile(r"[A-Za-z0-9&'’]+|[^\sA-Za-z0-9&'’]+")
# An ordinal that numbers one of several like bodies: "1st Welling Scout Group".
_ORDINAL = re.compile(r"[0-9]+(?:st|nd|rd|th)|first|second|third|fourth|fifth", re.IGNORECASE)
# Small words inside a name written with capitals: "Friends of Franks Park".
_INSIDE_NAME = {"of", "&", "for"}
# The word that ends a company whose business is owning others: its subsidiaries are often
# named with its initials and their own trade ("WH Homes Ltd" of "Writtle Holdings Ltd").
# Not "Group", which ends community groups' names as well ("MEG Properties Ltd" is no
# subsidiary of the "Moulsham Environment Group").
_HOLDINGS = {"holding"}
# Legal forms of a firm of partners or a community interest company: it has no sister
# companies, so another firm led by its words is another ("Cedar Tree Care Ltd" is not
# "Cedar Tree Accountants LLP"'s, "Blue Heron Nurseries Ltd" not "Blue Heron Kayaks CIC"'s).
_NO_SISTERS = re.compile(r"\b(?:LLP|CIC)\b", re.IGNORECASE)
# Words saying the county council funds or delivers the item's matter ("minor highway
# schemes funded and delivered by ECC as highway authority"): its own work, so a party to
# it as much as one it has a contract or agreement with (``DEALINGS``), not an authority
# named in passing; nor one whose works the council shares or pays towards ("Joint scheme
# with HCC Highways; council asked to contribute £250,000"). The council's response to the
# county's consultation touches its staff only where their own work is the subject, which
# the register does not say (blind 3 and 22 differ on it), so "response" is not one.
_FUNDS_OR_DELIVERS = {"funded", "funding", "delivered", "contribute", "contribution", "joint"}
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


# Kinds of premises a member works at or runs, named in the details.
_WORKPLACES = frozenset(
    "hospital school academy college library course ground stadium center hall station depot "
    "work surgery museum theatre pool church campus".split()
)
# The employer's own site, named with a word in lower case after its name: "employed ...
# at its de Havilland campus", "at the Manor Road depot".
_AT_OWN_SITE = re.compile(
    r"\bat (?:its|the|their) ((?:(?:de|du|le|la|van|von) )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*"
    r"(?: [a-z]+){1,3})"
)


def _to_workplace(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words up to the last that says it is a workplace: ("de", "havilland", "campus")
    of "de Havilland campus for its staff"; all of them where none does."""
    ends = [i for i, w in enumerate(words) if w in _WORKPLACES]
    return words[: ends[-1] + 1] if ends else words


@dataclass
class Names:
    """An interest's names, as the rules below look for them in an item; prepared once."""

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
    places: PlaceNames
    # For ``_only_in_other_names``: whether a name is one word, the words and initials the
    # names are written in, the ordinals that open them, and the two strong words that
    # lead a group's name.
    one_word: bool = False
    words: frozenset[str] = frozenset()
    ordinals: frozenset[str] = frozenset()
    groups: frozenset[tuple[str, ...]] = frozenset()
    # A holding company's initials: a company they lead is one of its
    # subsidiaries ("WH Homes Ltd" of "Writtle Holdings Ltd").
    holding_initials: frozenset[str] = frozenset()
    # The names of a firm of partners or a community interest company (``_NO_SISTERS``).
    no_sisters: frozenset[tuple[str, ...]] = frozenset()
    # Whether a name holds its place after "of" ("Rotary Club of Welwyn Garden City"), so
    # that another place after "of" is another branch (``_address_place``).
    places_after_of: bool = False
    # The units the entry holds, from its details or addresses ("tenant of council shop Unit
    # 4, Dorset Avenue parade"), for ``house_numbers.other_units``.
    held_units: tuple[tuple[str, Numbers], ...] = ()
    # A one-word brand as spelt, where it ends in "s" ("currys"), for ``_without_final_s``.
    final_s: str = ""
    # The coined words that open or close the names ("CHESS", "e2v"), for ``coined``.
    coined: tuple[Coined, ...] = ()
    # The names when each is one coined word in capitals, for ``coined_alone``.
    coined_alone: frozenset[str] = frozenset()
    # A company's initials without the words that say it is a group ("ms" of "Marks and
    # Spencer Group plc"), for ``_group_initials_in``.
    group_initials: frozenset[str] = frozenset()
    # Registered names of three or more words, each anyone's ("Church Street Trust"): not
    # evidence as words, but the body where the item writes the whole name as a name, every
    # word with its capital (``_written_as_a_name``).
    named_in_full: tuple[tuple[str, ...], ...] = ()
    # Those names without the word that says they are a group ("Southern Housing" of
    # "Southern Housing Group"), the body where the item deals with it by them as a party
    # (``standing_alone``): "a nominations agreement with Southern Housing for 120 homes".
    named_without_group: tuple[tuple[str, ...], ...] = ()
    # The places of the entry's addresses, for a premises registered by its name with "The"
    # ("The Red Lion", with "1 Great North Road, Hatfield"): placed there, as a name ending
    # in its place is (``_placed_elsewhere``).
    premises: frozenset[tuple[str, ...]] = frozenset()
    address_places: frozenset[tuple[str, ...]] = frozenset()
    # The place of work the details name ("Staff nurse, Broomfield Hospital", "operator of
    # Barnehurst Golf Course"), for ``_workplace_leads``.
    workplaces: frozenset[tuple[str, ...]] = frozenset()
    # The sites the details themselves call former or old ("owns the former Comet Hotel"),
    # which an item may name as it was ("Old Comet Hotel"); "Old Farm Avenue Depot" is no
    # "Farm Avenue depot".
    former_sites: frozenset[tuple[str, ...]] = frozenset()
    # What the details say the body runs and where (``activities``).
    activities: tuple[Activity, ...] = ()
    # A company's whole registered name with its legal form ("G & S Properties (Sidcup) Ltd"):
    # that company wherever an item writes it so, though no word of it is evidence alone.
    legal_names: frozenset[tuple[str, ...]] = frozenset()
    # A company's name without the role word that ends it, with what a clerk calls it for
    # that role ("beaulieu pk" and "developer" of "Beaulieu Park Developments LLP").
    described: tuple[tuple[tuple[str, ...], frozenset[tuple[str, ...]]], ...] = ()

    @classmethod
    def of(
        cls, interest: RegisteredInterest, places: PlaceNames, properties: set[tuple[str, ...]]
    ) -> Names:
        """The interest's names; ``properties`` are the property names of its addresses,
        matched as property (``Land``), not as names."""
        capitals = words_in_capitals(interest.names)
        registered = [words for name in interest.names for words in name_and_aliases(name)]
        titled = dict(t for name in interest.names if (t := untitled(name))[0])
        registered += list(titled)
        registered += [tokens(n) for n in TRADES_AS.findall(interest.details)]
        registered += _branches(registered, places)
        # A cathedral is called by its city: "Chelmsford Cathedral" for "The Cathedral
        # Church of St Mary, St Peter and St Cedd, Chelmsford".
        registered += [
            (*place, "cathedral")
            for words in registered
            if "cathedral" in words
            for place in places.named([words])
        ]
        # The council's own name, a town or a county registered as a name says nothing; the
        # name of the land's own property, with its "The" or without ("The Laurels" of "The
        # Laurels, Brookmans Avenue"), is matched as the property (``Land.streets``), where
        # another road or town after it is another house; the county council only in an item
        # that deals with it (``authorities``).
        properties = properties | {p[1:] for p in properties if len(p) > 1 and p[0] == "the"}
        names = [
            words
            for named in registered
            for words in (
                *(
                    [named]
                    if places.whole_name(named)
                    or capitals & set(named)
                    or places.led_by_part(named)
                    else []
                ),
                *without_place(named, places),
                *places.written_out(named),
            )
            if words not in properties and not places.is_county_council(words)
        ]
        authorities = [words for words in registered if places.is_county_council(words)]
        # The council's own name says nothing of an item, but a matter of the council's
        # staff touches a member whom (or whose partner) the council employs.
        employer = any(places.is_council(words) for words in registered)
        # A pub's sign ("The Red Lion" of "The Red Lion public house") is many pubs': one
        # registered without its address is placed where the details place it ("Licensee
        # of the Red Lion, Great North Road, Hatfield"), and "The Red Lion, Welwyn" is
        # another (``_placed_elsewhere``).
        signs = frozenset(sign for name in interest.names if (sign := pub_sign(name)))
        placed_by = interest.addresses or ((interest.details,) if signs else ())
        # Registered names long enough to be named in full, that are neither names the item
        # must match as written nor the land's property.
        long_names = [
            words
            for words in registered
            if len(set(words) - CONNECTORS) >= _NAMED_IN_FULL
            and words not in names
            and words not in properties
        ]
        no_sisters = frozenset(
            words
            for name in interest.names
            if _NO_SISTERS.search(name)
            for words in name_and_aliases(name)
        )
        return cls(
            names=names,
            employer=employer,
            authorities=authorities,
            acronyms={a for words in names if len(words) > 1 for a in name_acronyms(words)},
            limited={
                initials_of(words) + "l"
                for name in interest.names
                if tokens(name)[-1:] == ("ltd",)
                and len(words := name_core(tokens(name))) > 1
                and len(initials_of(words)) == len(words)
            },
            spelled={s for name in interest.names if (s := spelled_out(name))},
            in_capitals=[
                (words, i)
                for words in names
                for i, w in enumerate(words)
                if len(words) > 1 and w in capitals and len(w) >= MIN_PHRASE_ACRONYM
            ],
            initialled=[v for words in names for v in initialled(words)],
            single_names={w for words in names if len(words) == 1 for w in words if len(w) >= 2},
            runs=[(v, words) for words in names for v in run_variants(words, places)],
            people={v for words in names if (v := initial_first(words))},
            titled=titled | {initial_first(w): t for w, t in titled.items()},
            party=any(_PARTIES & set(words) for words in registered),
            company=any(COMPANIES & set(tokens(name)) for name in interest.names),
            registered=registered,
            cores=[
                (core, words)
                for name in interest.names
                if COMPANIES & set(tokens(name))
                for words in [name_core(tokens(name))]
                if (core := without_corporate(words))
                and places.whole_name(core)
                and core[-1] not in PLACE_WORDS
            ],
            own_places=places.named(registered),
            premises=frozenset(
                words[1:]
                for name in interest.names
                if interest.addresses
                and (words := tokens(name))[:1] == ("the",)
                and len(words) > 1
                and not COMPANIES & set(words)
            )
            | signs,
            address_places=frozenset(places.named(tokens(a) for a in placed_by)),
            legal_names=frozenset(
                words
                for name in (*interest.names, *_owned(interest.details))
                if len(words := tokens(name)) >= 3 and words[-1] in LEGAL_SUFFIXES
            ),
            activities=tuple(Activity.of(interest.details, places)),
            workplaces=frozenset(
                words
                for named in (
                    *(n for clause in interest.subjects for n in NAMED.findall(clause)),
                    *_AT_OWN_SITE.findall(interest.details),
                )
                if set((words := _to_workplace(name_core(tokens(named))))[-1:]) <= _WORKPLACES
                and len(words) > 1
                and places.evidence(words)
            )
            | frozenset(
                words
                for named in (*RUNS.findall(interest.details), *ORGANISES.findall(interest.details))
                if len(words := tokens(named)) > 1 and places.evidence(words)
            ),
            former_sites=frozenset(tokens(site) for site in _FORMER.findall(interest.details)),
            subjects=[
                words
                for clause in interest.subjects
                for subject in NAMED.findall(clause)
                if places.evidence(words := name_core(tokens(subject)))
                and words not in registered
                and not set(words) & {w for name in registered for w in name}
            ],
            # The trade of the name ("Printing"), and what the details' clause says the
            # entry is ("café concession at Hylands House"), not that it is a contract.
            trades={
                w[:STEM]
                for words in registered
                for w in words
                if interest.subjects and places.strong(w) and len(words) > 1 and w != words[0]
            }
            | {
                w[:STEM]
                for clause in interest.subjects
                for w in tokens(NAMED.sub(" ", clause))
                if places.strong(w) and w not in DEALINGS
            },
            placed=[p for words in names if (p := after_place(words, places))],
            shortened=[run for words in names if (run := run_start(words))],
            short_forms=[(short, words) for words in names if (short := short_form(words, places))],
            lone_words={
                w: words
                for words in names
                if words not in titled and (w := lone_word(words, places, capitals))
            },
            # A company's leading word, where its name has another strong word
            # (``standing_alone``): "Brightwave" of "Brightwave Digital Ltd".
            firms={
                words[0]
                for name in interest.names
                if COMPANIES & set(tokens(name))
                and len(words := name_core(tokens(name))) > 1
                and len(words[0]) >= MIN_LONE
                and places.strong(words[0])
                and words[0] not in ROADS
            },
            # A partnership's first word, a surname, that the item may make plural
            # (``plural_in``): "Pendleford" of "Pendleford Marsh LLP".
            partnerships={
                words[0]: words
                for name in interest.names
                if is_partnership(tokens(name))
                and len(words := name_core(tokens(name))) > 1
                and len(words[0]) >= MIN_LONE
                and places.strong(words[0])
                and words[0] not in ROADS
            },
            places=places,
            one_word=any(len(name_core(tokens(name))) == 1 for name in interest.names),
            words=frozenset(
                {w for words in (*registered, *names) for w in words}
                | {w for words in names if len(words) > 1 for w in name_acronyms(words)}
                | {w for words in names for v in initialled(words) for w in v}
            ),
            ordinals=frozenset(
                words[0] for words in registered if words and _ORDINAL.fullmatch(words[0])
            ),
            # Not a club's, union's or society's: they have no sister companies.
            groups=frozenset(
                words[:2]
                for words in names
                if len(words) >= 3
                and words not in no_sisters
                and not NOT_COMPANIES & set(words)
                and places.strong(words[0])
                and places.strong(words[1])
            ),
            no_sisters=no_sisters,
            places_after_of=any(
                (place := places.ending(words)) and words[: -len(place)][-1:] == ("of",)
                for words in registered
            ),
            holding_initials=frozenset(
                acronym
                for words in names
                if len(words) > 1 and words[-1] in _HOLDINGS
                for acronym in name_acronyms(words)
            ),
            group_initials=frozenset(
                acronym
                for name in interest.names
                if COMPANIES & set(tokens(name))
                and (core := without_corporate(name_core(tokens(name))))
                for acronym in name_acronyms(core)
            ),
            final_s=_final_s(interest.names),
            named_in_full=tuple(
                words
                for words in long_names
                if not places.is_council(words)  # the council's own name says nothing
                and not places.is_county_council(words)
            ),
            named_without_group=tuple(
                core
                for words in long_names
                if (core := without_corporate(words))
                and not places.is_council(core)
                and core not in places.within
            ),
            coined=tuple(Coined.of(interest.names, places)),
            coined_alone=coined_alone(interest.names),
            described=described(interest.names, places),
            held_units=tuple(
                held
                for where in (*interest.addresses, interest.details)
                for held in units_at(pieces_of(where))
            ),
        )

    def reasons(self, text: ItemText) -> list[Reason]:
        """Each of ``Reason.NAME``, ``ACRONYM`` and ``NAME_WORD`` that the item gives."""
        if self.coined_alone and another_bodys(self.coined_alone, text):
            return []
        found = []
        dealings = DEALINGS | _FUNDS_OR_DELIVERS
        dealt_with = [a for a in self.authorities if dealings & text.words]
        if (
            any(self._name_in(words, text) for words in (*self.names, *dealt_with))
            or (self.employer and any(text.has(words) for words in _WORKFORCE))
            or any(self._trades_as(words, text) for words in self.registered)
            or self._subject_in(text)
            or self._workplace_leads(text)
            or any(activity.in_(text) for activity in self.activities)
            or any(text.has(words) for words in self.legal_names)
            or any(self._core_in(core, name, text) for core, name in self.cores)
            or any(self._misspelt_in(words, text) for words in self.names)
            or any(_written_as_a_name(words, text) for words in self.named_in_full)
        ):
            found.append(Reason.NAME)
        if (
            any(name_acronyms(a) & text.words for a in dealt_with)
            or any(self._acronym_in(a, text) for a in self.acronyms & text.words)
            or self.limited & text.in_capitals
            or any(self._group_initials_in(a, text) for a in self.group_initials & text.words)
            or any(
                lone_in(w, (w,), text, self.places) and not _as_title(w, text)
                for w in self.single_names & text.words
            )
            or (self.single_names | self.spelled) & text.acronyms
            or any(text.has(words) for words in self.initialled)
            or any(self._written_out_in(words, i, text) for words, i in self.in_capitals)
            or any(coined.in_(text, self.places) for coined in self.coined)
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
            # "Cross" of "The Cross Keys, Erith" in "The Cross Keys, Sidcup" is that pub's.
            or any(
                lone_in(word, name, text, self.places) and not self._placed_elsewhere(name, text)
                for word, name in self.lone_words.items()
            )
            or any(standing_alone((word,), text) for word in self.firms)
            or any(standing_alone(core, text) for core in self.named_without_group)
            or any(
                plural_in(word, name, text, self.places) for word, name in self.partnerships.items()
            )
            or self._related_in(text)
            or any(described_in(rest, roles, text) for rest, roles in self.described)
        ):
            found.append(Reason.NAME_WORD)
        if Reason.NAME_WORD in found and (
            self._words_uncapitalised(text)
            or self._called_another_body(text)
            or self._other_compass(text)
        ):
            found.remove(Reason.NAME_WORD)
        if found and (
            self._without_final_s(text)
            or self._party_group_only(text)
            or self._party_word_uncapitalised(text)
            or self._only_in_other_names(text)
            or self._in_other_companies_only(text)
            or self._spelled_otherwise(text)
        ):
            found = []
        return found

    def _spelled_otherwise(self, text: ItemText) -> bool:
        """Whether a name registered by its initials is one the item spells out itself as
        other words: "combined heat and power (CHP) unit" is not "CHP" the housing
        association, nor "Grounds Maintenance Board (GMB)" the "GMB London Region"."""
        return any(
            acronym in words and not spelled <= set(words)
            for acronym, spelled in text.defined.items()
            for words in self.registered
        )

    def _only_in_other_names(self, text: ItemText) -> bool:
        """Whether each time the item writes one of the name's strong words or initials with
        a capital, it is inside another body's or company's full name (``_another_name``):
        "Erith Marine Services Ltd" is not "Erith Marine Engineering Ltd", "HCA Diagnostics
        Ltd" not the "Hatfield Community Association (HCA)", "Galleywood Heritage Centre
        Trust" not "Galleywood Heritage Society", "Franks Park Bowls Club" not "Friends of
        Franks Park", "2nd Welling Scout Group" not "1st Welling Scout Group". A one-word
        name leading another is left to ``leaves`` ("Peabody Developments Ltd" may be the
        Peabody Trust's)."""
        if self.one_word:
            return False
        keys = {w for words in self.names for w in words if self.places.strong(w)}
        keys |= self.acronyms | self.single_names | self.spelled
        # Initials written for some of a name's words: "WGC FC" for "Welwyn Garden City
        # Football Club".
        keys |= {w for v in self.initialled for w in v} - {w for n in self.names for w in n}
        inside = False
        for part in (text.item.title, text.item.description):
            for run in _capitalised_runs(part):
                words = [w for word in run for w in tokens(word)]
                if not keys & set(words):
                    continue
                if not self._another_name(run, words):
                    return False
                inside = True
        return inside

    def _another_name(self, run: Sequence[str], words: list[str]) -> bool:
        """Whether a run of words written with capitals is another body's full name: one an
        ordinal opens that is not the registered name's ("2nd Welling Scout Group"); one
        from the registered words on that ends in a company's legal form with a word of its
        own ("Erith Marine Services Ltd"); one ending in another kind of body than the
        registered name's ("Franks Park Bowls Club" for "Friends of Franks Park"), and one of
        friends named after the name's words ("Friends of the Mimram"). The
        registered name's words all there, with others added, are the body
        ("Essex County Cricket Club" for "Essex Cricket"), and so are its initials ("CES
        Ltd"), a company led by a group's two strong words (``sister_company``) and one
        led by a holding company's initials ("WH Homes Ltd" of "Writtle Holdings Ltd")."""
        if _ORDINAL.fullmatch(run[0]):
            return bool(self.ordinals) and tokens(run[0])[0] not in self.ordinals
        first = next((i for i, w in enumerate(words) if w in self.words), None)
        if first is None:
            return False
        # "Friends of the Mimram" are named after the river, as "Mimram Homes plc" is: the
        # volunteers are another body than a name without "Friends".
        opening = [w for w in words[:first] if w != "the"]
        if opening[-2:] == ["friend", "of"] and "friend" not in self.words:
            return True
        words = words[first:]
        if (
            any(
                len(name) > 1 and (own := {w for w in name if len(w) > 1}) and own <= set(words)
                for name in self.registered
            )
            or tuple(words[:2]) in self.groups
            or words[0] in self.holding_initials
            or any(
                name[0] == words[0]
                and not NOT_COMPANIES & set(name)
                and (
                    not any(self.places.strong(w) for w in name[1:])
                    or self.company
                    and name[-1] in GROUP_WORDS
                )
                for name in self.names
                if len(name) > 1 and self.places.strong(name[0])
            )
        ):
            # A company led by the one strong word of a group's name, or by a group or
            # holding company's first word, is the group's: "Kestrel Properties Ltd" for
            # "Kestrel Partnerships plc", "Quorvex Energy Ltd" for "Quorvex Environmental
            # Holdings Ltd" (``related_names.group_company``).
            return False
        if words[-1] in COMPANIES:
            known = self.words | FORMS | CONNECTORS | LEGAL_SUFFIXES
            return any(w not in known for w in words)
        return words[-1] in BODIES and words[-1] not in self.words

    def _misspelt_in(self, name: tuple[str, ...], text: ItemText) -> bool:
        """A name of two words or more that the item writes with one slip in one long word
        and the others as registered: "Moulsam Electrical Services" for "Moulsham Electrical
        Services Ltd". Not where the slip makes one of the council's place names: that is
        another place."""
        if len(name) < 2:
            return False
        for seq in text.sequences:
            for i in range(len(seq) - len(name) + 1):
                slips = [
                    (a, b) for a, b in zip(seq[i : i + len(name)], name, strict=True) if a != b
                ]
                if (
                    len(slips) == 1
                    and len(written := slips[0][0]) >= _SLIPPED
                    and len(slips[0][1]) >= _SLIPPED
                    and (written,) not in self.places.whole
                    and distance(written, slips[0][1]) == 1
                ):
                    return True
        return False

    def _in_other_companies_only(self, text: ItemText) -> bool:
        """Whether each time the item writes a registered company's words with capitals, they
        are in another company's full legal name (``_other_company``), and no registered
        name fits that name."""
        if not self.legal_names:
            return False
        inside = False
        for part in (text.item.title, text.item.description):
            for run in _capitalised_runs(part):
                words = list(tokens(" ".join(run)))
                other = [self._other_company(name[:-1], words) for name in self.legal_names]
                if False in other:
                    return False
                inside = inside or True in other
        return inside

    def _other_company(self, core: tuple[str, ...], run: list[str]) -> bool | None:
        """Whether a run of capitalised words ending in a legal form is another company than
        the member's, named ``core`` and a legal form: True for another company, False for
        the member's, None where the run does not hold the core's words that are not
        places. A legal name is all the name there is, so words of its own between the
        core's words and its legal form make another company ("Crayford Signs & Graphics
        Group Ltd" for "Crayford Signs Ltd"), and so does another word in place of the
        core's place ("Woolmer Roofing & Building Ltd" for "Digswell Roofing & Building
        Ltd"). A place added ("Hatfield Cycles (Herts) Ltd"), a word saying what any firm
        does ("Acme Roofing Services Ltd"), the place written with one slip ("Moulsam
        Electrical Services Ltd") and words before the name ("Contract Variation With
        Hatfield Cycles Ltd") leave it the member's."""
        places = {w for w in core if (w,) in self.places.whole}
        rest = [w for w in core if w not in places]
        if not set(rest) - CONNECTORS:
            return None
        found = _found_in(list(core), run) or _found_in(rest, run)
        if found is None:
            return None
        if run[-1] not in LEGAL_SUFFIXES:
            return False
        at, end = found
        if missing := places - set(run):
            before = run[at - 1] if at > 0 else ""
            return (
                bool(before)
                and before not in CONNECTORS
                and not any(distance(before, place) == 1 for place in missing)
            )
        own = set(run[end:-1]) - set(core) - FORMS - CONNECTORS - LEGAL_SUFFIXES
        return any(w not in _FILLERS and (w,) not in self.places.whole for w in own)

    def keys(self) -> set[tuple[str, object]]:
        """Index keys (``_Needles.keys``) of the names (``registered`` among them)."""
        keys: set[tuple[str, object]] = set()
        runs = [run for run, _ in self.runs]
        for words in (*self.names, *self.initialled, *runs, *self.people):
            if len(words) <= MAX_PHRASE:
                keys.add(("phrase", squash(words)))
            else:
                keys.update(("word", w) for w in words)
        keys.update(("word", w) for w in self.acronyms | self.limited | self.group_initials)
        keys.update(("word", w) for w in self.single_names | self.spelled)
        keys.update(("word", words[i]) for words, i in self.in_capitals)
        keys.update(("phrase", squash(a)) for a in self.authorities)
        keys.update(("word", w) for a in self.authorities for w in name_acronyms(a))
        if self.employer:
            keys.update(("phrase", squash(words)) for words in _WORKFORCE)
        keys.update(("undoubled", undoubled(w)) for w in self.lone_words)
        keys.update(("word", w) for w in (*self.firms, *self.partnerships))
        for coined in self.coined:
            keys |= coined.keys()
        for activity in self.activities:
            keys |= activity.keys()
        # A name in another order (``_reordered_in``) shares its strong words with the item.
        keys.update(("word", w) for words in self.names for w in words if self.places.strong(w))
        keys.update(("word", run[0]) for run in self.shortened)
        keys.update(("phrase", squash(short)) for short, _ in self.short_forms)
        keys.update(("phrase", squash(rest)) for _, rest in self.placed)
        keys.update(("phrase", squash(words)) for words in (*self.subjects, *self.workplaces))
        # A name a body trades under (``_trades_as``), perhaps without its last word.
        keys.update(("phrase", squash(w)) for w in self.registered)
        keys.update(("phrase", squash(core)) for core, _ in self.cores)
        keys.update(("phrase", squash(core)) for core in self.named_without_group)
        keys.update(("phrase", squash(w[:-1])) for w in self.registered if len(w) > 2)
        keys.update(("phrase", squash(rest)) for rest, _ in self.described)
        keys.update(("phrase", squash(w[:MAX_PHRASE])) for w in self.legal_names)
        return keys

    def _related_in(self, text: ItemText) -> bool:
        """The body named as a sister company, by its full name behind a trading name, or by
        its first word as an owner (``related_names``). A club, union, society or charity
        has no sister companies."""
        strong = self.places.strong
        raw = text.raw
        return any(
            not NOT_COMPANIES & set(words)
            and words not in self.no_sisters
            and sister_company(words, text.sequences, strong)
            or self.company
            and group_company(words, text.sequences, strong)
            or with_kind_inserted(
                words, text.sequences, text.capitalised, strong, self.places.whole_name(words)
            )
            or possessive(words, raw, text.words, strong)
            for words in self.names
        )

    def _name_in(self, words: tuple[str, ...], text: ItemText) -> bool:
        """A whole registered name; a one-word name, where the item has it as a word, as a
        name's leading word (``leaves``: "GMB Scaffolding Ltd" is not the union "GMB"). A
        name of only place and kind words is another body's where, each time, the item
        goes on with another kind word: "Welwyn Garden City Estate Management Scheme" is
        not "Welwyn Garden City Estates Ltd"."""
        alone = list(text.around(undoubled(words[0]))) if len(words) == 1 else []
        if alone and _as_title(words[0], text):
            return False
        if words in self.titled:
            return self._titled_in(words, text)
        if alone:
            return not text.ordinary(words[0]) and any(
                leaves(words, before, after, text, self.places) for before, after in alone
            )
        if not text.has(words):
            return self._reordered_in(words, text)
        if (
            text.named_after(words)
            or self._placed_elsewhere(words, text)
            or self._branch(words, words, text)
            # A network's name without the member's branch, each time going on with another
            # ("Age UK Bromley & Greenwich" for a trustee of "Age UK Bexley").
            or any(
                self._branch(words, full, text)
                for full in self.registered
                if len(full) > len(words) and full[: len(words)] == words
            )
        ):
            return False
        if any(self.places.strong(w) for w in words):
            return True
        if self.places.led_by_part(words) and not self._written_as_a_name(words, text):
            return False
        endings = list(text.after(words, in_clause=True))
        return not endings or not all(self._longer_name(words, e, text) for e in endings)

    @staticmethod
    def _longer_name(name: tuple[str, ...], after: tuple[str, ...], text: ItemText) -> bool:
        """Whether the words after a name of only place and kind words make it the start of
        another body's name: a kind word next ("Welwyn Garden City Estate Management
        Scheme" is not "Welwyn Garden City Estates Ltd"), or words written with capitals
        that end in one ("Hertfordshire Home Improvement Agency" is not "Hertfordshire
        Homes plc"); "Hertfordshire Homes Annual Report" is still the firm's, and a body's
        building is its own ("Hatfield Boys' Club building")."""
        if not after:
            return False
        if after[0] in _ITS_PREMISES and name[-1] in BODIES:
            return False
        if after[0] in KINDS:
            return True
        run = []
        for word in after:
            if word not in text.capitalised or word in LEGAL_SUFFIXES:
                break
            run.append(word)
        return len(run) >= 2 and run[-1] in _ANOTHER_BODY

    def _written_as_a_name(self, words: tuple[str, ...], text: ItemText) -> bool:
        """Whether a name of only a place's words and kind words ("Garden City Cars") is
        written with capitals, as a name is, at least once not after the rest of its place:
        "Welwyn Garden City Cars" would be another firm named after the whole town, and
        "garden city cars" in lower case the town's cars."""
        if not set(words) <= text.capitalised | CONNECTORS:
            return False
        return any(
            not before or len(self.places.leading((before[-1], *words))) < 2
            for before in text.before(words)
        )

    def _core_in(self, core: tuple[str, ...], name: tuple[str, ...], text: ItemText) -> bool:
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
            and set(core) <= text.capitalised | CONNECTORS
            and all(not e or e[0] not in text.capitalised for e in endings)
            and not any(LEGAL_SUFFIXES & set(after[:3]) for after in text.after(core))
            and not text.named_after(core)
            and not self._placed_elsewhere(core, text)
            and not self._branch(core, name, text)
        )

    def _acronym_in(self, acronym: str, text: ItemText) -> bool:
        """A name's initials, written as initials, unless the item spells them out itself as
        other words: "tapered polystyrene slabs (TPS)" is not "Thamesview Plant & Skip Ltd";
        nor initials that are a title the item writes only as one (``_as_title``)."""
        if _as_title(acronym, text):
            return False
        if not text.written_as_initials(acronym):
            return False  # "Bats survey" is the animals, not BATS
        spelled = text.defined.get(acronym)
        return not spelled or any(spelled <= set(words) for words in self.names)

    def _group_initials_in(self, initials: str, text: ItemText) -> bool:
        """A company's initials without the words that say it is a group, as a group's
        brand is written: "M&S Food" for "Marks and Spencer Group plc". Only where the item
        writes them in capitals, and two letters only joined by "&" ("HP" of
        "Hertfordshire Partnership Group Ltd" is too often another's); not where it spells
        them out as other words (``_acronym_in``)."""
        if initials not in text.in_capitals:
            return False
        if len(initials) < MIN_PHRASE_ACRONYM and initials not in text.joined_initials:
            return False
        return self._acronym_in(initials, text)

    def _written_out_in(self, words: tuple[str, ...], i: int, text: ItemText) -> bool:
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
                    and acronym in {initials_of(middle), "".join(w[0] for w in middle)}
                    and self.places.evidence(phrase)
                ):
                    return True
        return False

    def _subject_in(self, text: ItemText) -> bool:
        """What the entry's details say it is for, by name, with the trade of its name:
        "Ceasing Print Edition of City Life Magazine" for "Moulsham Mill Printing Co",
        whose contract is for "printing of the City Life magazine"; "Cleaning Services
        Re-procurement - Campus East" for "Cuffley Cleaning Services", which cleans the
        offices at Campus East; or with what the details' clause says the entry is: "Hylands
        House café: re-tender of concession" for a caterer whose details say "café concession
        at Hylands House". The name alone is anyone's matter there, and other units of the
        place than the entry's are another tenant's (``house_numbers.other_units``)."""
        return (
            bool(self.trades & {w[:STEM] for w in text.words})
            and any(text.has(words) for words in self.subjects)
            and not other_units(self.held_units, text.pieces)
        )

    def _workplace_leads(self, text: ItemText) -> bool:
        """The place of work the details name, as what the item is about, opening its title
        ("Broomfield Hospital: multi-storey car park" for a staff nurse there): named
        further in, it is only where something else happens; other units of the place than
        the entry's are another tenant's (``house_numbers.other_units``). An application's
        title opens with its case reference and gives its site as one of its parts
        ("Planning application 25/00744/FUL: multi-storey car park, Broomfield Hospital,
        Court Road"), so there the workplace opening any part of the title is its site."""
        parts = CLAUSE.split(text.item.title)
        leads = [tokens(part) for part in (parts if text.references else parts[:1])]
        return (
            any(lead[: len(words)] == words for lead in leads for words in self.workplaces)
            or any(
                _unaged(lead)[: len(words)] == words
                for lead in leads
                for words in self.former_sites & self.workplaces
            )
        ) and not other_units(self.held_units, text.pieces)

    @staticmethod
    def _trades_as(words: tuple[str, ...], text: ItemText) -> bool:
        """A name, with or without the word that says how the body is organised, that the
        item says a body trades under: "Bexley Heritage Trust (trading as Hall Place &
        Gardens)" for the "Hall Place and Gardens Trust", though its words are all common
        ones that alone would be anyone's."""
        return words in text.trading or (
            len(words) > 2 and words[-1] in FORMS and words[:-1] in text.trading
        )

    def _placed_elsewhere(self, words: tuple[str, ...], text: ItemText) -> bool:
        """Whether a name registered with its place ("St Mary's Church, Great Baddow",
        "Christ Church Bexleyheath") is, each time the item has it, followed by another
        place (``_address_place``): "St Mary's Church Writtle" is another parish's church,
        "The Cross Keys, Main Road, Sidcup" another pub than the member's in Erith."""
        premises = words in self.premises
        own = self.own_places | (self.address_places if premises else frozenset())
        if not own:
            return False
        # Only a name ending in its place, or premises registered with their address, say
        # where the premises are, as an address's town does: "Blackfen Tavern, 164 Blackfen
        # Road, Sidcup" is the member's Blackfen Tavern.
        addressed = premises or any(
            len(self.places.ending(n)) < len(n) for n in self.registered if self.places.ending(n)
        )
        leads = [
            self._address_place(after, lines if addressed else [])
            for after, lines in text.lines_after(words)
        ]
        return bool(leads) and all(lead and lead not in own for lead in leads)

    def _address_place(
        self, after: tuple[str, ...], lines: list[tuple[str, ...]]
    ) -> tuple[str, ...]:
        """The place a name is followed by: in its clause ("St Mary's Church Writtle"), or,
        ending its clause at a comma, as an address's next line ("The Cross Keys, Sidcup")
        or the line after a street ("The Cross Keys, Main Road, Sidcup"); after "of" for a
        name that holds its place so ("Rotary Club of Hatfield" is not the member's "Rotary
        Club of Welwyn Garden City")."""
        if after[:1] == ("of",) and self.places_after_of:
            after = after[1:]
        if after:
            return self.places.leading(after)
        for line in lines:
            if lead := self.places.leading(line):
                return lead
            if not line or line[-1] not in STREET_TYPES | ROADS:
                break
        return ()

    def _party_group_only(self, text: ItemText) -> bool:
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

    def _without_final_s(self, text: ItemText) -> bool:
        """Whether a one-word brand spelt with a final "s" ("Currys plc", "Boots plc") is
        written in the item only without it ("Moulsham Curry House", "The Boot Inn"): the
        matcher reads both as one word, but the firm is written with its "s" ("Boots",
        "Boots'", "Boot's") wherever it is meant."""
        if not self.final_s:
            return False
        raw = " ".join((text.item.title, text.item.description, *text.item.organisations))
        stem = re.escape(self.final_s[:-1])
        return not re.search(rf"\b{stem}(?:s|['’]s)(?![a-z])", raw, re.IGNORECASE)

    def _other_compass(self, text: ItemText) -> bool:
        """Whether a name that opens with a compass word ("East Hanningfield Parish
        Council") has its next word in the item only after another compass word ("West
        Hanningfield Parish Council"): the village across the parish boundary, as "Upton
        Road South" is another road than "Upton Road"."""
        for name in self.registered:
            if len(name) < 2 or name[0] not in COMPASS_WORDS:
                continue
            befores = [before[-1:] for before in text.before(name[1:2])]
            if befores and all(b and b[0] in COMPASS_WORDS - {name[0]} for b in befores):
                return True
        return False

    def _called_another_body(self, text: ItemText) -> bool:
        """Whether the item calls a company's leading words a body that is not a company,
        after a comma ("grant to Thames Reach, the homelessness charity" for "Thames Reach
        Developments Ltd"), and never goes on with the rest of the name: the item says
        itself what it means by them, as "Thames Reach Trust" would (``_not_the_company``).
        """
        if not self.company:
            return False
        for name in self.registered:
            for k in range(len(name) - 1, 0, -1):
                lead = name[:k]
                if not any(self.places.strong(w) for w in lead):
                    continue
                found = list(text.lines_after(lead))
                if any(after[:1] == name[k : k + 1] for after, _ in found):
                    return False
                if any(
                    not after
                    and lines[:1]
                    and lines[0][:1] in (("the",), ("a",))
                    and any(self._not_the_company(name, w) for w in lines[0][:5])
                    for after, lines in found
                ):
                    return True
        return False

    def _words_uncapitalised(self, text: ItemText) -> bool:
        """Whether the name's strong words the item has are each written only in lower case,
        never with a capital as a name's are: "legal and general governance matters" is not
        "Legal & General Group plc", nor "keeping clear water in the pool" "Clear Water
        Holdings plc". A word alone is left to ``ordinary``, which knows a sentence's
        first word."""
        words = {w for name in self.names for w in name if self.places.strong(w)} & text.words
        return len(words) > 1 and not words & text.capitalised

    def _party_word_uncapitalised(self, text: ItemText) -> bool:
        """Whether a political party registered has its party words in the item only in
        their ordinary sense, never written with a capital as the party's are: "labour
        market" is not "Bexley Labour Party", "conservative estimate" not the
        Conservatives."""
        if not self.party:
            return False
        words = {w for name in self.names for w in name if w in _PARTIES} & text.words
        return bool(words) and not words & text.capitalised

    def _titled_in(self, words: tuple[str, ...], text: ItemText) -> bool:
        """A person registered with a title, named in the item with one of theirs or none:
        "Mr P Sandhu" is one of "Mr and Mrs P Sandhu", "Mr J Smith" is not "Mrs J Smith"."""
        titles = self.titled.get(words)
        if titles is None:
            return True
        return any(
            not before or before[-1] not in TITLES or before[-1] in titles
            for before in text.before(words)
        )

    def _reordered_in(self, words: tuple[str, ...], text: ItemText) -> bool:
        """A name of two or more words with a strong one, its words in another order with
        only small words, brackets and words naming a part of a body among them:
        "Samaritans (Chelmsford and District Branch)" for "Chelmsford & District
        Samaritans". Any other word or mark between them ("Sidcup Youth Theatre; Bexley
        Heritage Trust") parts them."""
        needed = {w for w in words if w not in CONNECTORS}
        if len(needed) < 2 or not any(self.places.strong(w) for w in needed):
            return False
        # A word of the name the item writes only in lower case is in its ordinary sense:
        # "boarding kennels in Barnehurst" is not "Barnehurst Kennels".
        if any(w in text.lower and w not in text.capitalised for w in needed):
            return False
        allowed = needed | CONNECTORS | PARTS | {"(", ")"}
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

    def _shortened_in(self, run: tuple[str, ...], text: ItemText) -> bool:
        """Two or more words of a name from its first distinctive word, the last shortened on
        either side: "Coastline Arb" for "Coastline Arboriculture", "Allotment Soc" for
        "Society", "Crook Log Vets" for "Crook Log Veterinary Surgery". Not shortened, the
        words are a run of the name (``runs``, ``_branch``). Followed by another place than
        the name's, as a run may be, they are another place's: "St Mary's churchyard,
        Woodham Ferrers" is not "St Mary's Church, Great Baddow" (``_placed_elsewhere``);
        going on to a company's whole name, another company's (``_another_company``)."""
        for length in range(len(run), 1, -1):
            words = run[:length]
            if not self.places.evidence(words):
                continue
            head, last = words[:-1], words[-1]
            if len(last) >= 3 and any(
                p[:-1] == head
                and p[-1] != last
                and (p[-1].startswith(last) or len(p[-1]) >= 3 and last.startswith(p[-1]))
                and not self._placed_elsewhere(p, text)
                and not self._another_company(p, text)
                for p in text.phrases_of_length(length)
            ):
                return True
        return False

    def _another_company(self, words: tuple[str, ...], text: ItemText) -> bool:
        """Whether, each time the item has ``words``, it goes on with a strong word with a
        capital and then a legal form: "Moulsham Clean Energy Ltd" is a company's whole
        name, not "Moulsham Cleaning Ltd" shortened."""
        afters = list(text.after(words))
        return bool(afters) and all(
            bool(COMPANIES & set(after))
            and any(
                w in text.capitalised and self.places.strong(w)
                for w in after[: min(after.index(c) for c in COMPANIES & set(after))]
            )
            for after in afters
        )

    def _short_form_in(self, short: tuple[str, ...], name: tuple[str, ...], text: ItemText) -> bool:
        """A body's name without the kind of body that ends it, where the item also calls
        it by that kind: "Digswell Arts has leased the studios ... the Trust asks" for
        "Digswell Arts Trust". The short form alone may be anyone's ("Digswell Arts
        Festival"), so the item must say "the Trust" too, and not go on with another name
        after it (``_branch``)."""
        if not text.has(short) or self._branch(short, name, text):
            return False
        return name[-1] in text.called or standing_alone(short, text)

    def _placed_in(self, place: tuple[str, ...], rest: tuple[str, ...], text: ItemText) -> bool:
        """A place-led name's rest with its place anywhere in the item ("Heritage Trust,
        Welwyn Garden City"), or without it after "the" (``_called_the``) where no other
        place leads it ("the Round Table" of "South Woodham Ferrers Round Table" is that
        town's), unless each time the rest comes after another place: "Sidcup Youth Theatre"
        is not "Bexley Youth Theatre"."""
        if not text.has(rest):
            return False
        leads = [self.places.ending(before) for before in text.before(rest)]
        if not text.has(place):
            return self._called_the(rest, text) and not any(
                lead and lead != place for lead in leads
            )
        return not leads or not all(lead and lead != place for lead in leads)

    @staticmethod
    def _called_the(rest: tuple[str, ...], text: ItemText) -> bool:
        """Whether the item calls a body "the" and a place-led name's rest, with capitals
        and no place before it: "grant to the Heritage Trust" for "Welwyn Garden City
        Heritage Trust", the council's own area's body of that name. Written in lower case
        after "the" it is a trade, not the body: "the traffic management contract" is not
        "Crayford Traffic Management Ltd"; but a club, trust or society is the body in any
        case ("the football club's lease" for "Chelmsford City Football Club")."""
        if rest[-1] in BODIES:
            return text.after_the(rest, capitalised=False)
        return set(rest) <= text.capitalised | CONNECTORS and text.after_the(rest)

    def _branch(self, run: tuple[str, ...], name: tuple[str, ...], text: ItemText) -> bool:
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
                        distinctive(theirs[0])
                        or theirs[0] in PLACE_WORDS
                        or theirs[0] in BODIES
                        and rest[0] in BODIES
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

    def _place_described(self, run: tuple[str, ...], text: ItemText) -> bool:
        """Whether a run of a name that opens with a place has its other words only in lower
        case in the item, describing the place ("Hatfield aerodrome heritage trail", "the
        former aerodrome"), where the name writes them with capitals ("Hatfield Aerodrome
        Properties Ltd"): the place is the item's subject, not the firm named after it."""
        place = self.places.leading(run)
        rest = run[len(place) :]
        return bool(place and rest) and all(
            w in text.lower and w not in text.capitalised for w in rest
        )


# A site the details call former or old: "which owns the former Comet Hotel".
_FORMER = re.compile(r"\b(?:former|old)\s+([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|St))*)")
# Networks whose last word is every such network's: "the Welling bank branch" is any bank's.
_COMMON_BRANCHES = frozenset("bank society church library building store shop".split())


def _branches(registered: list[tuple[str, ...]], places: PlaceNames) -> list[tuple[str, ...]]:
    """A network's local branch by its place and the network's last word: "Sidcup Legion
    branch" for "Royal British Legion Sidcup branch", as a town calls its branch."""
    found = []
    for words in registered:
        if words[-1:] != ("branch",):
            continue
        for place in places.named([words[:-1]]):
            at = _found_in(list(place), list(words))
            if at and at[0] and words[at[0] - 1] not in GENERIC | _COMMON_BRANCHES:
                found.append((*place, words[at[0] - 1], "branch"))
    return found


def _unaged(words: tuple[str, ...]) -> tuple[str, ...]:
    """A place named as it was ("Old Comet Hotel", "the former Woolwich HQ") is the place."""
    while words[:1] in (("the",), ("old",), ("former",)):
        words = words[1:]
    return words


def _as_title(word: str, text: ItemText) -> bool:
    """Whether a name or initials read as a title ("ms" of "M&S" or "Marks and Spencer") are
    in the item only as that title, never in capitals: "Ms Patel" is not M&S, where "M&S"
    or "MS" would be. ``tokens`` reads "M&S" and "Ms" alike, so the item's capitals part
    them (``ItemText.in_capitals``)."""
    return word in TITLES and word not in text.in_capitals


# The companies an entry's details say the body owns: "Director, Chelmer Holdings Ltd (owner
# of Chelmer Taxis Ltd and Chelmer Coaches Ltd)", "our trading subsidiary Blackfen Arts
# Trading Ltd runs the café"; not "a subsidiary of", which names the parent. A company
# written whole with its legal form is that company, and its owner's director has its
# interest.
_OWNS = re.compile(
    r"\b(?:owners?\s+of|owns|parent\s+(?:company\s+)?of"
    r"|(?:our|its)\s+(?:wholly[\s-]owned\s+|trading\s+)?subsidiar(?:y|ies))\b([^.;()]*)",
    re.IGNORECASE,
)
_LEGAL_NAME = re.compile(r"\b[A-Z][\w&'-]*(?:\s+[A-Z&][\w&'-]*)*\s+(?:Ltd|Limited|plc|PLC|LLP)\b")


def _owned(details: str) -> list[str]:
    """The companies written whole after what says the entry's body owns them."""
    return [n for m in _OWNS.finditer(details) for n in _LEGAL_NAME.findall(m.group(1))]


def _final_s(names: Sequence[str]) -> str:
    """The one word of an entry's only name, without its legal form, where it ends in "s"
    as a brand may ("currys" of "Currys plc"), not "ss" ("Bliss"); "" otherwise."""
    words = [
        [w for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in LEGAL_SUFFIXES]
        for name in names
    ]
    if len(words) != 1 or len(words[0]) != 1:
        return ""
    word = words[0][0].lower()
    return word if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else ""


def _found_in(words: list[str], run: list[str]) -> tuple[int, int] | None:
    """Where ``words`` first stand together in ``run``, from and to, or None."""
    return next(
        (
            (i, i + len(words))
            for i in range(len(run) - len(words) + 1)
            if run[i : i + len(words)] == words
        ),
        None,
    )


_FORM_GOES_ON = frozenset({"Company", "Liability", "Partnership"})
_RUNS_REMEMBERED = 4096  # items' titles and descriptions, a meeting's many times over


@lru_cache(maxsize=_RUNS_REMEMBERED)
def _capitalised_runs(part: str) -> tuple[tuple[str, ...], ...]:
    """The runs of words an item's text writes with capitals (an ordinal or a small word
    inside one, "of the" too), as names are written: ["2nd", "Welling", "Scout", "Group"],
    ["Friends", "of", "the", "Mimram"]; a mark or a word in lower case ends one. Read once
    for an item's title and description, which every entry it is compared with asks for."""
    runs: list[list[str]] = []
    run: list[str] = []
    words = [*_WRITTEN_WORD.findall(part), "."]
    for word, following in zip(words, [*words[1:], ""], strict=True):
        if word[0].isupper() or _ORDINAL.fullmatch(word) and not run:
            run.append(word)
            # A legal form ends the name, read whole ("Public Limited Company").
            if set(tokens(word)) & COMPANIES and following not in _FORM_GOES_ON:
                runs.append(run)
                run = []
        elif run and (word in _INSIDE_NAME or word == "the" and run[-1] == "of"):
            run.append(word)
        else:
            while run and run[-1] in _INSIDE_NAME | {"the"}:
                run.pop()
            if run:
                runs.append(run)
            run = []
    return tuple(tuple(run) for run in runs)


# Words any firm's legal name may add to say what it does ("Acme Roofing Services Ltd").
_FILLERS = frozenset(tokens("services solutions systems contractors contracting trading"))
# A slip is read as the member's name only in a word this long ("Moulsam" for "Moulsham"):
# in a short word one letter makes another word ("Hill Road Surgery" is not "Mill Road").
_SLIPPED = 6
_NAMED_IN_FULL = 3  # words of a name of words anyone's, besides "and", "of", "the"


def _written_as_a_name(words: tuple[str, ...], text: ItemText) -> bool:
    """The item writes the whole name, every word with its capital ("a grant to the Church
    Street Trust"), not the words in their ordinary sense ("the church on the street")."""
    return text.has(words) and set(words) - CONNECTORS <= text.capitalised
