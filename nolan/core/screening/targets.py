"""Who or what each part of a post is about.

The law draws its line by target, not by vocabulary (GUIDE.md section 1; Calver v
Adjudication Panel for Wales 2012; LGA model code para 1: members may "express, challenge,
criticise and disagree with views, ideas, opinions and policies in a robust but civil
manner" but not make a "personal attack"). So before any rule runs, every mention of a
person, an officer, a politician, a member of the public, a protected group, a party or
the council, a policy, a company or a quasi-judicial matter is found, with where it is.

Officers are found as the council knows them (its context): full name, surname or first
name in any letter case, a handle containing the name, or their role; and by any officer
role word ("the planning officer on this case"). Pronouns take the most recent fitting
mention before them: "he" a person, "they" and "them" a group or party, so "I've met many
X. I hate them all" is about X.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from typing import NamedTuple

from nolan.core.screening.lexicon import Lexicon, Mention, stems
from nolan.core.screening.model import Context
from nolan.core.screening.normalise import Kind, Token
from nolan.core.screening.senses import ordinary_sense


class Aim(StrEnum):
    YOU = "you"
    PERSON = "person"
    POLITICIAN = "politician"
    PUBLIC = "public"
    OFFICER = "officer"
    COMPANY = "company"
    GROUP = "group"
    COLLECTIVE = "collective"
    PARTY = "party"
    THING = "thing"
    MATTER = "matter"
    PLACE = "place"  # a named place or body ("Crook Log Sports Centre"): no rule aims at it


_MEMO = 50_000  # distinct words remembered before a cache starts again
INDIVIDUALS = frozenset({Aim.YOU, Aim.PERSON, Aim.POLITICIAN, Aim.PUBLIC, Aim.OFFICER})


class Target(NamedTuple):
    aim: Aim
    first: int  # token indices, inclusive
    last: int
    named: bool = False  # a particular person or company, identifiable by name
    sub: str = ""  # a group's protected characteristic; an officer's name


# With their contractions: "he'll be leaving in an ambulance" is about him.
HE = frozenset(
    {"he", "him", "his", "she", "her", "hers", "himself", "herself", "he's", "she's", "hes", "shes"}
    | {"he'll", "she'll", "he'd", "she'd"}
)
_THEY = frozenset(
    {"they", "them", "em", "their", "theirs", "themselves", "they're", "those", "these"}
    | {"they'll", "they'd", "they've"}
)
_LOTS = frozenset({"that lot", "this lot"})
_LOT_REACH = 1  # sentences back
_MANY_PEOPLE = frozenset({Aim.GROUP, Aim.PARTY, Aim.OFFICER, Aim.COLLECTIVE})
_YOU = frozenset(
    {"you", "your", "you're", "yours", "yourself", "ya", "u", "ur", "youre"}
    | {"you'll", "you'd", "you've"}
)
_PRONOUNS = HE | _THEY | _YOU
# "Our Leader", "the former mayor": a role held by one person at a time identifies them.
_UNIQUE_ROLES = frozenset({"leader", "mayor", "chairman", "chair", "deputy", "speaker"})
_SINGLE_ROLE_OWNERS = frozenset({"our", "the", "former", "council", "deputy", "group"})
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"})
_MEMBER_TITLES = frozenset({"cllr", "councillor", "cllrs"})
_ANY_TITLES = _TITLES | _MEMBER_TITLES
# Not "dehumanising": its animals are also livestock ("Welsh cattle prices are up").
_ABUSIVE = frozenset({"insult", "abuse"})


def _people_word(entry: str) -> bool:
    """A negative attribute that names people, one word in the plural ("foreign scroungers",
    "Polish thieves"), or their lives ("trans lives don't matter"), not a thing of theirs
    ("asylum propaganda", "wheelchair trouble")."""
    if entry.startswith("lives "):
        return True
    return " " not in entry and entry.endswith("s") and not entry.endswith("ss")


_COMPANY_WORDS = frozenset(
    """ltd limited plc llp homes developments developers estates properties group holdings
    trust leisure construction builders contractors maintenance services partners land
    lettings motors agents garage skips glazing solar logistics haulage taxis cars hire water
    removals roofing plumbing electrical scaffolding landscaping cabs coaches solutions surfacing
    build paving drainage""".split()
)
# Company words that are also what a council decides on ("developments", "homes"): after a
# capitalised word they end a company's name, not a matter ("Thamesview Developments"); not
# "services" or "leisure", which end council teams ("Democratic Services").
_BUILDERS_WORDS = frozenset("homes developments developers estates properties".split())
# Last words of a capitalised run that make it a place or a body, not a person ("Broomfield
# Hospital", "St Albans Crown Court", "Community Safety Partnership", "Essex Police", "the
# Forestry Commission", "Environment Agency", "Galleywood Common"); not words that are often
# surnames (Hall, Green, Wood, Hill, Park).
_PLACE_WORDS = frozenset(
    """hospital court station school college academy university chapel mosque temple synagogue
    centre center library road street avenue crescent terrace mews parade square gardens arms
    inn tavern estate depot quay wharf police partnership standards surgery clinic practice
    museum theatre cinema stadium fc rfc baths allotments cemetery crematorium airport marina
    council grove drive way rise walk lane close row place mead meadows chase vale commission
    agency authority board ombudsman tribunal inspectorate common reserve ground""".split()
)
# Last words of a capitalised run that make it a body of people ("Disability Access Forum",
# "Hatfield Muslim Forum"): no person, and no place either, so that a group named in it is
# still read as the group.
_BODY_WORDS = frozenset("forum network alliance federation foundation".split())
# Place words that end a name even in lower case ("Abbey Wood station"): not "close", "way"
# or "walk", which follow a person's name as ordinary words.
_PLACE_NOUNS = frozenset(
    """station road street avenue estate depot hospital school library centre stadium
    cemetery allotments surgery""".split()
)
# Words that introduce a person by first name alone ("popped in to see Ron").
_MEETS = frozenset(
    "see visit visited visiting met meet meeting spoke helped helping called".split()
)
# ... and people, after whom a capitalised word is a name even when it is also a word ("my
# neighbour Sandra", "my friend Rose"): nothing else follows them capitalised mid-sentence.
_ACQUAINTANCES = frozenset("neighbour resident constituent friend mate widow widower".split())
# Capitalised words that start a name of a place, a body or a storm ("Storm Bert"), not of
# a person. The council's own place names ("Welwyn", "Sidcup", "Essex") are its data, not
# the engine's: each council's ``place_words`` (screening.yaml beside its code) join these
# for its posts (``find``'s ``places``).
_NOT_NAMES = frozenset(
    """the a an i this that these those our my your his her their we you they it and but or
    so if when council borough city county town parish district road street lane avenue
    close way park centre center hall farm garden gardens house court committee cabinet
    party labour tory tories conservative conservatives green greens reform lib dem dems
    liberal democrats independent mp uk england britain london monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july
    august september october november december christmas easter god nhs happy well thanks
    thank good great yes no please just why what how who where cllr councillor dear hi
    hello welcome congratulations north south east west central upper lower great little new
    old st saint high market station church storm hurricane international national
    world""".split()
)


@cache
def _not_names(places: frozenset[str]) -> frozenset[str]:
    """The words that begin no person's name in a council's posts: worked out once per
    council, not once per post."""
    return _NOT_NAMES | places


@dataclass(frozen=True)
class OfficerNames:
    """The council's officers as tokens: names, surnames, first names, roles."""

    phrases: dict[str, list[tuple[tuple[str, ...], str]]]  # first word -> (words, officer)
    handles: tuple[tuple[str, str], ...]  # (lowercase name part, officer)
    # Each word's officers' names and roles that may begin at it, in the order of the word's
    # forms (``stems``): most words begin none, and a batch repeats its words.
    _starting: dict[str, tuple[list[tuple[tuple[str, ...], str]], ...]] = field(
        default_factory=dict, compare=False, repr=False
    )

    @classmethod
    def of(cls, context: Context) -> OfficerNames:
        phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        handles = []
        firsts = [o.name.split()[0].lower() for o in context.officers if o.name.split()]
        for officer in context.officers:
            parts = officer.name.lower().split()
            if not parts:
                continue
            forms = [tuple(parts), (parts[-1],)]
            if firsts.count(parts[0]) == 1:
                forms.append((parts[0],))
            role = tuple(officer.role.lower().split())
            if role:
                forms.append(role)
            for words in forms:
                phrases.setdefault(words[0], []).append((words, officer.name))
            handles.append((parts[-1], officer.name))
            if firsts.count(parts[0]) == 1 and len(parts[0]) >= 3:
                # "@WHBC_TomW": the first name with the surname's initial; "@TomInWelwyn"
                # is a resident called Tom.
                handles.append((parts[0] + parts[-1][0], officer.name))
        for entries in phrases.values():
            entries.sort(key=lambda e: -len(e[0]))
        return cls(phrases, tuple(handles))

    def find(self, toks: Sequence[Token]) -> list[Target]:
        found: list[Target] = []
        for i, tok in enumerate(toks):
            if found and i <= found[-1].last:
                continue  # inside a name already found ("Reeve" of "Joanna Reeve")
            if tok.kind is Kind.HANDLE:
                for part, name in self.handles:
                    if part in tok.text:
                        found.append(Target(Aim.OFFICER, i, i, True, name))
                continue
            starting = self._starting.get(tok.text)
            if starting is None:
                starting = self._starting_at(tok.text)
            for entries in starting:
                matched = next(
                    (
                        (words, name)
                        for words, name in entries
                        if _same(words, toks[i : i + len(words)])
                    ),
                    None,
                )
                if matched:
                    words, name = matched
                    found.append(Target(Aim.OFFICER, i, i + len(words) - 1, True, name))
                    break
        return found

    def _starting_at(self, word: str) -> tuple[list[tuple[tuple[str, ...], str]], ...]:
        found = tuple(e for form in stems(word) if (e := self.phrases.get(form)))
        if len(self._starting) >= _MEMO:
            self._starting.clear()
        self._starting[word] = found
        return found


def _a_short_quotation(toks: Sequence[Token], i: int) -> bool:
    """Token ``i`` begins a quotation of a few words: a title, a colour, a nickname, not
    a quoted passage that may name people."""
    end = i
    while end + 1 < len(toks) and toks[end + 1].quoted:
        end += 1
    return toks[i].quoted and (i == 0 or not toks[i - 1].quoted) and end - i < 3


def _starts_a_place_name(toks: Sequence[Token], m: Mention) -> bool:
    """Capitalised words before a capitalised place word ("Travellers Lane", "Gypsy
    Lane") are a place's name."""
    after = m.last + 1
    return (
        toks[m.first].capital
        and after < len(toks)
        and toks[after].capital
        and toks[after].text in _PLACE_WORDS
    )


def _same(words: tuple[str, ...], toks: Sequence[Token]) -> bool:
    """Tokens spelling ``words``, the last possibly possessive or plural ("Sarah's")."""
    return len(toks) == len(words) and all(
        w == t.text or w in stems(t.text) for w, t in zip(words, toks, strict=True)
    )


_FROM_LEXICON = {
    "group": Aim.GROUP,
    "collective": Aim.COLLECTIVE,
    "party": Aim.PARTY,
    "politician": Aim.POLITICIAN,
    "officer": Aim.OFFICER,
    "public": Aim.PUBLIC,
    "thing": Aim.THING,
    "matter": Aim.MATTER,
}


def find(
    toks: Sequence[Token],
    mentions: Sequence[Mention],
    officers: OfficerNames,
    matter_spans: Sequence[tuple[int, int]],
    lexicon: Lexicon,
    places: frozenset[str] = frozenset(),
    text: str = "",
) -> list[Target]:
    """Every target in the post, pronouns resolved, in token order. ``places`` are the
    council's place words, which begin no person's name; ``text`` is the post, whose commas
    show whom it speaks to."""
    not_names = _not_names(places)
    found = officers.find(toks)
    taken = {i for t in found for i in range(t.first, t.last + 1)}
    # A characteristic before people names a group ("Jewish families"); before one person,
    # one of the group ("a gay bloke"), whom "he" may then stand for.
    people = {m.first: m for m in mentions if m.cls == "counted"}
    people |= {m.first: m for m in mentions if m.cls == "one_person"}
    # ... and before a term of abuse, the people it abuses ("Black bastards", "deaf twats").
    abused = {
        m.first
        for m in mentions
        if m.section == "said"
        and (m.cls in _ABUSIVE or (m.cls == "negative_attribute" and _people_word(m.entry)))
    }
    members: set[int] = set()
    # "Estate agents" is the trade, whole, though "estate agent" is one of the public (a
    # trade's one word is left to the public: "landlords a clown", "the git from the
    # consultants").
    trades = {
        (m.first, m.last)
        for m in mentions
        if m.section == "targets" and m.cls == "collective" and m.last > m.first
    }
    for m in mentions:
        aim = _FROM_LEXICON.get(m.cls) if m.section == "targets" else None
        if aim is Aim.PUBLIC and any(f <= m.first and m.last <= last for f, last in trades):
            continue
        after = _people_after(toks, m, people) if m.cls == "group_adjective" else None
        if after is not None:
            aim, m = Aim.GROUP, m._replace(last=after.last)
        elif m.cls == "group_adjective" and m.last + 1 in abused:
            aim = Aim.GROUP
        elif aim is Aim.OFFICER and m.first - 1 not in taken and _anothers_staff(toks, m, places):
            aim = Aim.PUBLIC
        if aim is None or any(i in taken for i in range(m.first, m.last + 1)):
            continue
        if aim is Aim.GROUP and _starts_a_place_name(toks, m):
            continue  # "the Travellers Lane bin depot" is a road, not the people
        if ordinary_sense(toks, m, lexicon):
            continue  # "the manager should be sacked" after a 0-3 home defeat
        found.append(Target(aim, m.first, m.last, False, m.sub))
        if after is not None and after.cls == "one_person":
            members.add(m.last)
    # Titles ("Cllr", "councillor") start names; other lexicon targets are not names.
    taken |= {i for t in found if t.aim is not Aim.POLITICIAN for i in range(t.first, t.last + 1)}
    for start, end in matter_spans:
        covered = [i for i, t in enumerate(toks) if t.start < end and start < t.end]
        if covered:
            found.append(Target(Aim.MATTER, covered[0], covered[-1], True))
            taken.update(covered)
    # "a gay bloke", "Polish builders": the people are the group's, not the public's.
    grouped = {i for t in found if t.aim is Aim.GROUP for i in range(t.first, t.last + 1)}
    found = [
        t
        for t in found
        if t.aim not in (Aim.PUBLIC, Aim.COLLECTIVE)
        or not all(i in grouped for i in range(t.first, t.last + 1))
    ]
    found = _officers_work(toks, found)
    # Words the lexicon alone read as a matter or a thing ("developments"), which a company's
    # name may end with.
    things = frozenset(
        i
        for t in found
        if t.aim in (Aim.MATTER, Aim.THING) and not t.named
        for i in range(t.first, t.last + 1)
    )
    names = _names(toks, taken, lexicon, not_names, things)
    found = [
        t for t in found if not any(n.first <= t.first and t.last <= n.last for n in names)
    ] + names
    found = _staff_by_team(toks, found, not_names)
    found = _identified_by_name(toks, found, not_names)
    found = _epithets(toks, found)
    found.extend(_pronouns(toks, found, members, text))
    return sorted(_lots_of_a_group(toks, found), key=lambda t: (t.first, -t.last))


def _lots_of_a_group(toks: Sequence[Token], found: list[Target]) -> list[Target]:
    """Like "they", "that lot" and "this lot" stand for the nearest group or party named
    before them: after "the Chinese takeaway" ("always on the fiddle, that lot") the group,
    after "the Tories" the party."""
    out = []
    for t in found:
        if t.aim is Aim.PARTY and " ".join(x.text for x in toks[t.first : t.last + 1]) in _LOTS:
            # Many people named in between are nearer ("the Sikh community ... Then the
            # highways team. Useless, that lot."); one person, a thing or a shop ("the Chinese
            # takeaway", "by John Lewis") is not what "that lot" means, nor is a pronoun.
            before = [
                b
                for b in found
                if b.last < t.first
                and toks[b.first].text not in _PRONOUNS
                and b.aim in _MANY_PEOPLE
                and toks[t.first].sentence - toks[b.first].sentence <= _LOT_REACH
            ]
            nearest = max(before, key=lambda b: b.last, default=None)
            if nearest is not None and nearest.aim is Aim.GROUP:
                t = Target(Aim.GROUP, t.first, t.last, False, nearest.sub)
        out.append(t)
    return out


# What owns the council's staff, written with a capital: "the Council's planning officer",
# "the Leader's chief executive", "Bexley's director".
_THE_COUNCILS = frozenset("council borough authority leader cabinet mayor city".split())


def _anothers_staff(toks: Sequence[Token], m: Mention, places: frozenset[str]) -> bool:
    """A role owned by a business or a person named with a capital, not by the council, its
    place or one of its officers ("the Night Owl's manager", "Tesco's staff", not "David's
    planning department" or "the planning team's case officer"): their staff, not the
    council's officers."""
    if m.first == 0:
        return False
    owner = toks[m.first - 1]
    if not (owner.capital and owner.text.endswith(("'s", "’s"))):
        return False
    return owner.text[:-2] not in _THE_COUNCILS and owner.text[:-2] not in places


_DEFINITE = frozenset("the this that".split())
_EPITHETS = frozenset("man woman bloke fella guy lady chap gent".split())
# What makes "the man" someone new ("the man who runs the cafe", "the woman at the bus stop",
# "the woman I spoke to"), and family beside the person named ("and his wife").
_DESCRIBED_BY = frozenset(
    "who that from at in behind next on with outside i we you they he she".split()
)
_FAMILY = frozenset(
    "wife husband partner son daughter mum dad mother father brother sister kids".split()
)


def _described_after(toks: Sequence[Token], i: int) -> bool:
    """The words after token ``i`` say who the person is ("the man running the tombola")."""
    after = toks[i + 1].text if i + 1 < len(toks) else ""
    return after in _DESCRIBED_BY or after.endswith("ing")


def _epithets(toks: Sequence[Token], found: list[Target]) -> list[Target]:
    """ "The man" after a person named in its sentence or the one before is that person
    ("Why is Gareth Lyle still running parking? The man couldn't run a bath"), an officer if
    they are one; not a stranger of the public, unless the words go on to say who ("the man
    who runs the cafe", "the man running the tombola", "the woman I spoke to"), someone else
    comes between ("... and a resident. The man ...") or family does ("... and his wife
    came. The woman ...")."""
    resolved = []
    for t in found:
        if (
            t.aim is Aim.PUBLIC
            and t.first == t.last
            and toks[t.first].text in _EPITHETS
            and t.first > 0
            and toks[t.first - 1].text in _DEFINITE
            and not _described_after(toks, t.first)
        ):
            before = [
                n
                for n in found
                if n.aim in INDIVIDUALS
                and n.last < t.first
                and toks[t.first].sentence - toks[n.first].sentence <= 1
            ]
            named = [n for n in before if n.named]
            n = max(named, key=lambda n: n.last) if named else None
            if (
                n is not None
                and not any(
                    o.last > n.last and o.aim in (Aim.PUBLIC, Aim.PERSON) and not o.named
                    for o in before
                )
                and not any(toks[i].text in _FAMILY for i in range(n.last + 1, t.first))
            ):
                t = Target(n.aim, t.first, t.last, True, n.sub)
        resolved.append(t)
    return resolved


# Words that cannot name the people's trade between a characteristic and them ("Muslim taxi
# drivers", not "Muslim and Jewish families", which names two groups).
_NOT_A_TRADE = frozenset("and or of the a an to in on at for with are is was were be".split())


def _people_after(toks: Sequence[Token], m: Mention, people: dict[int, Mention]) -> Mention | None:
    """The people a characteristic goes before, next to it ("Jewish families") or after a
    word for their trade ("Muslim taxi drivers")."""
    if (after := people.get(m.last + 1)) is not None:
        return after
    trade = m.last + 1
    if (
        trade < len(toks)
        and toks[trade].kind is Kind.WORD
        and toks[trade].sentence == toks[m.last].sentence
        and toks[trade].text not in _NOT_A_TRADE
    ):
        return people.get(trade + 1)
    return None


def _identified_by_name(
    toks: Sequence[Token], found: list[Target], not_names: frozenset[str]
) -> list[Target]:
    """A role tied to a name is a particular person: "the landlord of the Crayford Arms",
    "the chair of the Springfield residents' association", "the Red Lion landlord", "the
    Night Owl's owner"; so is a role there is only one of ("our Leader", "the mayor")."""
    named_at = {t.first for t in found if t.named}
    named_end = {t.last for t in found if t.named}
    out = []
    for t in found:
        if t.named or t.aim not in (Aim.PUBLIC, Aim.POLITICIAN):
            out.append(t)  # named already, or not a role
            continue
        after = t.last + 1
        while after < len(toks) and toks[after].text in ("of", "the", "at"):
            after += 1
        tied = t.last + 1 < after < len(toks) and (after in named_at or toks[after].capital)
        before = t.first - 1
        # A capital that only starts a sentence ("Useless woman ...") names no one.
        starts = before >= 0 and (before == 0 or toks[before - 1].sentence != toks[before].sentence)
        owned = before >= 0 and (before in named_end or (toks[before].capital and not starts))
        single = before >= 0 and toks[before].text in _SINGLE_ROLE_OWNERS
        unique = t.aim is Aim.POLITICIAN and toks[t.last].text in _UNIQUE_ROLES
        if tied or (owned and toks[before].text not in not_names) or (single and unique):
            out.append(Target(t.aim, t.first, t.last, True, t.sub))
        else:
            out.append(t)
    return out


# Where a council's staff work ("Gemma from the housing team", "Joanne in the planning
# office", "Dave in parking"): a first name placed there is an officer, named or not on the
# council's list (WH protocol 3.1(j), LGA model code 3).
_STAFF_PLACES = frozenset({"team", "department", "dept", "office", "section", "unit", "services"})
_SERVICES = frozenset(
    "planning housing parking waste recycling licensing property revenues benefits highways "
    "environment legal finance comms communications enforcement regeneration".split()
)
_WORKS_IN = frozenset({"from", "in", "at"})
# Staff placed in a service without a name ("To whoever in housing wrote the briefing").
_UNNAMED_STAFF = frozenset({"whoever", "someone", "somebody"})
_TEAM_REACH = 4  # "from the council's housing team"


def _service_after(toks: Sequence[Token], i: int) -> int | None:
    """Where the council service after ``toks[i]`` and the word placing it there ends
    ("from the housing team", "in parking"), or None."""
    end = None
    for j in range(i + 2, min(len(toks), i + 2 + _TEAM_REACH)):
        if toks[j].sentence != toks[i].sentence:
            break
        if toks[j].text in _STAFF_PLACES and j > i + 2:
            end = j
            break
        if toks[j].text in _SERVICES and j == i + 2:
            end = j  # "... Dave in parking"
    if end is not None and any(toks[k].text in _SERVICES for k in range(i + 2, end + 1)):
        return end
    return None


def _staff_by_team(
    toks: Sequence[Token], found: list[Target], not_names: frozenset[str]
) -> list[Target]:
    """A first name followed by where council staff work is an officer, from the name to
    the team ("Typical Gemma from the housing team, useless" attacks Gemma, not the team);
    so is "whoever" placed there, unnamed."""
    staff = []
    others: set[int] | None = None  # worked out for the first candidate only: most have none
    for i, tok in enumerate(toks[:-2]):
        if toks[i + 1].text not in _WORKS_IN:
            continue
        if tok.text in _UNNAMED_STAFF:
            end = _service_after(toks, i)
            if end is not None:
                staff.append(Target(Aim.OFFICER, i, end, False))
            continue
        if not tok.capital or tok.kind is not Kind.WORD or tok.text in not_names:
            continue
        # Only a first name may start it: not a word of a member's or a company's name.
        if others is None:
            others = {
                k for t in found if t.aim is not Aim.PERSON for k in range(t.first, t.last + 1)
            }
        if i in others:
            continue
        if all(t.capital for t in toks if t.sentence == tok.sentence and t.text[:1].isalpha()):
            continue  # written in capitals, figures and all ("12 JOBS IN THE WASTE TEAM")
        # A capital that starts a sentence may be any word ("Tweeting from planning",
        # "Redundancies in the waste team").
        if i == 0 or toks[i - 1].sentence != tok.sentence:
            continue
        end = _service_after(toks, i)
        if end is not None:
            staff.append(Target(Aim.OFFICER, i, end, True))
    if not staff:
        return found
    inside = {k for t in staff for k in range(t.first, t.last + 1)}
    kept = [
        t
        for t in found
        if not any(k in inside for k in range(t.first, t.last + 1)) or t.aim is Aim.OFFICER
    ]
    # A name already found as an officer stays as it is.
    officers_at = {t.first for t in kept if t.aim is Aim.OFFICER}
    return kept + [t for t in staff if t.first not in officers_at]


def _officers_work(toks: Sequence[Token], found: list[Target]) -> list[Target]:
    """An officer's report or advice stands for the officer ("Sarah's report is a
    whitewash" attacks Sarah): officers cannot answer back (WH protocol 7.3(d))."""
    officers = {t.last: t for t in found if t.aim is Aim.OFFICER}
    if not officers:
        return found  # most posts name no officer
    out = []
    for t in found:
        owner = officers.get(t.first - 1)
        if t.aim is Aim.THING and owner is not None and toks[owner.last].text.endswith("'s"):
            out.append(Target(Aim.OFFICER, owner.first, t.last, True, owner.sub))
        else:
            out.append(t)
    return out


# What a title qualifies in lower case is no name: "my councillor discount", "the councillor
# permit", "cllr allowances", "councillor life".
_WHAT_A_MEMBER_HAS = frozenset(
    """discount discounts permit permits pass passes allowance allowances surgery surgeries
    role email emails expenses badge parking rate rates perk perks privileges training
    induction grant grants budget fund account mailbox casework newsletter portal lanyard
    card id life duties work""".split()
)


def _names(
    toks: Sequence[Token],
    taken: set[int],
    lexicon: Lexicon,
    not_names: frozenset[str],
    things: frozenset[int],
) -> list[Target]:
    """Named members ("Cllr Ahmed"), titled people ("Mrs Patel"), two capitalised words
    ("Dave Harris"), companies ("Brookfield Homes") and anyone addressed by handle.
    ``things`` are taken words the lexicon read as a matter or a thing: a company word there
    still ends a company's name ("Thamesview Developments", not a development)."""
    found = []
    shouted = _shouted(toks)
    i = 0
    while i < len(toks):
        tok = toks[i]
        if i in taken or (
            not tok.capital and tok.kind is not Kind.HANDLE and tok.text not in _ANY_TITLES
        ):
            i += 1  # most words: no name starts here (every case below needs one of these)
            continue
        if tok.kind is Kind.HANDLE:
            member = tok.text.startswith(("@cllr", "@councillor"))
            found.append(Target(Aim.POLITICIAN if member else Aim.PERSON, i, i, True))
            i += 1
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (
            tok.text in _MEMBER_TITLES
            and nxt is not None
            and nxt.clause == tok.clause
            and nxt.text not in not_names
            and not (not nxt.capital and nxt.text in _WHAT_A_MEMBER_HAS)
        ):
            # A name ends with its sentence ("as your councillor, though. Pensioners ...")
            # and its clause ("from a Bexley councillor: refugees are ...").
            end = i + 2 if _name_goes_on(toks, i + 2, tok.sentence) else i + 1
            found.append(Target(Aim.POLITICIAN, i, end, True))
            i = end + 1
            continue
        if tok.text in _TITLES and nxt is not None and nxt.capital:
            found.append(Target(Aim.PERSON, i, i + 1, True))
            i += 2
            continue
        if (
            tok.capital
            and nxt is not None
            and nxt.capital
            and nxt.sentence == tok.sentence
            and any(stem in _COMPANY_WORDS for stem in stems(nxt.text))
            and (
                i + 1 not in taken
                or i + 1 in things
                and any(s in _BUILDERS_WORDS for s in stems(nxt.text))
                # ... but not a scheme's name ("New Homes Bonus", "Affordable Homes Programme")
                and not _name_goes_on(toks, i + 2, tok.sentence)
            )
        ):
            found.append(Target(Aim.COMPANY, i, i + 1, True))  # "Sidcup Motors"
            i += 2
            continue
        if (
            _name_word(tok, not_names)
            and nxt is not None
            and _name_word(nxt, not_names)
            and nxt.sentence == tok.sentence
            and i + 1 not in taken
            and not _a_short_quotation(toks, i)  # a title or a colour: "'Pebble Grey'"
        ):
            # Capitalised words in a run: a company if the last says so ("Chelmer Valley
            # Lettings"), else a person unless they are ordinary words ("Town Centre") or
            # name a place ("Broomfield Hospital").
            end = i + 1
            while end + 1 < len(toks) and end - i < 3 and _name_word(toks[end + 1], not_names):
                end += 1
            if end + 1 < len(toks) and toks[end + 1].capital and toks[end + 1].text in _PLACE_WORDS:
                end += 1  # "Crown Court", "Essex Police": words that start no name end one
            if (
                end + 1 < len(toks)
                and not toks[end + 1].capital
                and toks[end + 1].text in _PLACE_NOUNS
                and toks[end + 1].sentence == tok.sentence
            ):
                end += 1  # "Abbey Wood station", "Broomfield road": a place in lower case too
            last = toks[end]
            if any(stem in _COMPANY_WORDS for stem in stems(last.text)):
                found.append(Target(Aim.COMPANY, i, end, True))
            elif last.text in _PLACE_WORDS:
                found.append(Target(Aim.PLACE, i, end, True))
            elif last.text in _BODY_WORDS:
                pass
            elif (
                tok.text not in lexicon.vocabulary and nxt.text not in lexicon.vocabulary
                if tok.sentence in shouted  # "MORE EXCUSES FROM CABINET", "BY WAVING MY ID"
                else nxt.text not in lexicon.vocabulary or tok.text not in lexicon.known
            ):
                found.append(Target(Aim.PERSON, i, i + 1, True))
                end = i + 1
            elif tok.sentence in shouted:
                end = i  # "THAT COWARD HARGREAVES": the name may start at the next word
            i = end + 1
            continue
        if _name_word(tok, not_names) and nxt is not None and nxt.text in ("family", "household"):
            found.append(Target(Aim.PERSON, i, i + 1, True))  # "the Okonkwo family"
            i += 2
            continue
        if (
            _name_word(tok, not_names)
            and i > 0
            and (
                (toks[i - 1].text in _ACQUAINTANCES and toks[i - 1].sentence == tok.sentence)
                or (toks[i - 1].text in _MEETS and tok.text not in lexicon.known)
            )
        ):
            found.append(Target(Aim.PERSON, i, i, True))
        i += 1
    return found


def _name_goes_on(toks: Sequence[Token], i: int, sentence: int) -> bool:
    """A capitalised word at ``i`` carries the name on in the same sentence."""
    return i < len(toks) and toks[i].capital and toks[i].sentence == sentence


_SHOUTED_WORDS = 4


def _shouted(toks: Sequence[Token]) -> frozenset[int]:
    """Sentences written in capitals throughout, where a capital marks no name: there a run
    of capitalised words is a person only if none of them is a word the lexicon reads."""
    capitals = [t.sentence for t in toks if t.capital and t.kind is Kind.WORD]
    if len(capitals) < _SHOUTED_WORDS:
        return frozenset()  # most posts: too few capitals for a sentence of them
    lower = {t.sentence for t in toks if not t.capital and t.kind is Kind.WORD}
    if not lower:  # a post in capitals throughout, short sentences too ("TOOK ELEVEN MONTHS.")
        return frozenset(capitals)
    return frozenset(
        s for s, n in Counter(capitals).items() if n >= _SHOUTED_WORDS and s not in lower
    )


def _name_word(tok: Token, not_names: frozenset[str]) -> bool:
    # A single letter starts no name on its own ("B&B placements", "A&E").
    return tok.capital and tok.kind is Kind.WORD and len(tok.text) > 1 and tok.text not in not_names


_PLURAL_DETERMINERS = frozenset(("those", "these"))


def _things_between(toks: Sequence[Token], start: int, end: int, found: Sequence[Target]) -> bool:
    """Plural things named between a group and "they" ("those points ... I'll be making them
    myself"): the nearer noun is what the pronoun stands for."""
    inside = {i for t in found for i in range(t.first, t.last + 1)}
    return any(
        toks[i - 1].text in _PLURAL_DETERMINERS
        and toks[i].text.endswith("s")
        and not toks[i].text.endswith("ss")
        and len(toks[i].text) > 3
        and i not in inside
        for i in range(start + 2, end)
    )


def _many(toks: Sequence[Token], t: Target) -> bool:
    """An unnamed target in the plural ("ward members", "the officers"), for whom "he" or
    "she" cannot stand."""
    word = toks[t.last].text
    return (
        not t.named
        and word.endswith("s")
        and not word.endswith(("ss", "'s", "’s"))
        # "head of revenues", "Director of Public Places": one person of a plural service
        and not any(toks[i].text == "of" for i in range(t.first, t.last))
    )


_CALLED_REACH = 2  # sentences after a person called by name that still speak to them


def _vocatives(toks: Sequence[Token], found: Sequence[Target], text: str) -> list[Target]:
    """People called by name at the start of a sentence, a comma after the name ("Gareth,
    consider this public notice"): the "you" that follows is them. Not a name with its
    role after the comma ("Helen Carrow, Director of Public Places, has reopened ..."),
    which says who she is."""
    starts = {t.first for t in found}
    return [
        t
        for t in found
        if t.aim in INDIVIDUALS
        and t.named
        and (t.first == 0 or toks[t.first - 1].sentence != toks[t.first].sentence)
        and t.last + 1 < len(toks)
        and toks[t.last + 1].sentence == toks[t.last].sentence
        and text[toks[t.last].end : toks[t.last + 1].start].strip() == ","
        and t.last + 1 not in starts
    ]


def _anyone_if(toks: Sequence[Token], i: int) -> bool:
    """The "you" of a sentence that opens with "if" ("If you leave litter there, you're an
    idiot") is whoever does it, not the person called by name."""
    first = next(j for j in range(i, -1, -1) if j == 0 or toks[j - 1].sentence != toks[i].sentence)
    return toks[first].text == "if"


def _pronouns(
    toks: Sequence[Token], found: Sequence[Target], members: set[int], text: str
) -> list[Target]:
    """What "you", "he" and "they" stand for; "he" may be one of a group named in its
    sentence ("any gay bloke who comes near ... will get his head kicked in"): a group's
    target ending at one of ``members``."""
    # A reply to a handle ("@DaveG ...", "Replying to @DaveG: ...") makes "you" that person,
    # an officer if the handle is an officer's.
    addressed = next((t for t in found if t.first < 3 and toks[t.first].kind is Kind.HANDLE), None)
    you = Aim.OFFICER if addressed is not None and addressed.aim is Aim.OFFICER else Aim.YOU
    called = _vocatives(toks, found, text)
    resolved = []
    for i, tok in enumerate(toks):
        if tok.text in _YOU:
            if i == 0 or toks[i - 1].text not in ("thank", "thanks", "see", "bless"):
                by_name = [
                    t
                    for t in called
                    if t.last < i
                    and tok.sentence - toks[t.first].sentence <= _CALLED_REACH
                    and not _anyone_if(toks, i)
                ]
                if by_name:  # "Helen Carrow, this is on you."
                    resolved.append(Target(by_name[-1].aim, i, i, True, by_name[-1].sub))
                else:
                    resolved.append(Target(you, i, i, addressed is not None))
        elif tok.text in HE or tok.text in _THEY:
            wanted = INDIVIDUALS if tok.text in HE else {Aim.GROUP, Aim.PARTY, Aim.COMPANY}
            before = [
                t
                for t in found
                if t.last < i
                and (
                    (t.aim in wanted and not (tok.text in HE and _many(toks, t)))
                    # one of a group, only in its own sentence ("any gay bloke who ... his")
                    or (
                        tok.text in HE
                        and t.last in members
                        and toks[t.first].sentence == tok.sentence
                    )
                )
                and toks[i].sentence - toks[t.first].sentence <= 3
            ]
            if before:
                antecedent = max(before, key=lambda t: t.last)
                # "They" opening a sentence goes on about the last sentence's subject, not
                # where it was ("Trans people turned up at full council. They're ...").
                opening = i == 0 or toks[i - 1].sentence != tok.sentence
                previous = [t for t in before if toks[t.first].sentence == tok.sentence - 1]
                if tok.text in _THEY and opening and previous:
                    antecedent = min(previous, key=lambda t: t.first)
                if tok.text in _THEY and _things_between(toks, antecedent.last, i, found):
                    continue
                resolved.append(Target(antecedent.aim, i, i, antecedent.named, antecedent.sub))
            elif tok.text in HE:
                resolved.append(Target(Aim.PERSON, i, i))
    return resolved
