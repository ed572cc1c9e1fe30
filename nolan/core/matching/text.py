"""An agenda item's text, read once for all the interests it is compared with.

A meeting's items are compared with every member's interests, so each item's phrases,
words, acronyms, numbers and capitals are worked out once here, for the rules (``names``,
``land``) to ask about.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from nolan.core.matching.franchises import franchisees
from nolan.core.matching.house_numbers import (
    HOUSE_NUMBER,
    NUMBER_WORDS,
    UNITS,
    Numbers,
    bracketed_side,
    from_to,
    listed,
    numbers_after,
    pieces_of,
    range_at,
    side_before,
    units_at,
    units_then,
)
from nolan.core.matching.initials import (
    AMPERSAND_INITIALS,
    CAPITALS,
    DEFINED,
    DEFINED_AFTER,
    MIN_PHRASE_ACRONYM,
    initials_of,
    spelled_by,
)
from nolan.core.matching.joined import respelt
from nolan.core.matching.model import Item
from nolan.core.matching.name_forms import TRADING_AS
from nolan.core.matching.references import (
    case_references,
    grid_references,
    parcels,
    postcodes,
    site_codes,
)
from nolan.core.matching.vocabulary import CONNECTORS, STREET_TYPES, STREETS
from nolan.core.matching.words import (
    CLAUSE,
    DOTTED_INITIALS,
    MAX_PHRASE,
    name_core,
    squash,
    tokens,
    undoubled,
)

# A clause's end, kept: an address's lines are split by commas.
_CLAUSES = re.compile(f"({CLAUSE.pattern})")

# A written word of letters (and "&"), as capitals show it ("TfL", "M&S").
_LETTERS = re.compile(r"[A-Za-z&]+")
# A word in lower case after "the": "the square" is the square named before.
_THE_STREET = re.compile(r"\bthe\s+([a-z]+)\b")
# A body called by its kind: "the Trust", "the Club" in an item that names it short.
_CALLED = re.compile(r"\b[Tt]he\s+([A-Z][a-z]+)\b")
# A word written with a capital, as a name's are ("Unite Students", not "Acme again"), and
# initials joined by "&" ("M&S: new signs" is M&S, though it opens the title).
_CAPITALISED = re.compile(rf"\b[A-Z][A-Za-z]+|{AMPERSAND_INITIALS.pattern}")
# A word as written, with its capital: "Heritage", "&", "St.".
_WRITTEN = re.compile(r"[\w&'’.]+")
# Where a sentence starts, its first word written with a capital whatever it is.
_SENTENCE = re.compile(r"(?<=[.!?:;])\s+|\s[-–—]\s")
# An outward code written alone: "DA14" in "1-60 High Street, Sidcup DA14".
_DISTRICT = re.compile(r"[a-z]{1,2}[0-9][a-z0-9]?")


# How far after a street its bracket or comma may note its numbers ("(High Street end, nos.").
_NOTE_REACH = 7


@dataclass
class ItemText:
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
    references: set[str] = field(default_factory=set)
    trading: set[tuple[str, ...]] = field(default_factory=set)
    wards: set[tuple[str, ...]] = field(default_factory=set)
    pieces: list[list[str]] = field(default_factory=list)
    capitalised: set[str] = field(default_factory=set)
    # Words written with a capital inside a sentence, and words written in lower case.
    named: set[str] = field(default_factory=set)
    lower: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, item: Item) -> ItemText:
        text = cls(item)
        for part in (item.title, item.description, *item.organisations, *item.addresses):
            words = tokens(part)
            text.sequences.append(words)
            text.pieces.append(pieces_of(part))
            text.capitalised.update(w for word in _CAPITALISED.findall(part) for w in tokens(word))
            for sentence in _SENTENCE.split(part):
                written = sentence.split()
                text.named.update(
                    w for word in written[1:] if word[:1].isupper() for w in tokens(word)
                )
                text.lower.update(w for word in written if word[:1].islower() for w in tokens(word))
            text.clauses.extend(tokens(clause) for clause in CLAUSE.split(part))
            text.words.update(words)
            for n in range(1, MAX_PHRASE + 1):
                text.phrases.update(words[i : i + n] for i in range(len(words) - n + 1))
            text.postcodes |= postcodes(part)
            text.grid |= grid_references(part)
            text.parcels |= parcels(part)
            text.references |= case_references(part) | site_codes(part)
            text.trading |= {
                name_core(tokens(re.split(r"[);:,]", name)[0]))
                for name in TRADING_AS.split(part)[1:]
            }
        text.squashed = {squash(p) for p in text.phrases}
        # A word written joined or apart where reading respells it ("Sherrards Park" for
        # "Sherrardspark"): the item as the other side may have written it (``joined``).
        for part in (item.title, item.description):
            for words in respelt(part):
                for n in range(1, MAX_PHRASE + 1):
                    text.squashed.update(
                        squash(words[i : i + n]) for i in range(len(words) - n + 1)
                    )
        for phrase in text.phrases:
            if len(acronym := initials_of(phrase)) >= MIN_PHRASE_ACRONYM:
                text.acronyms.add(acronym)
        text.wards = {tokens(ward) for ward in item.wards if tokens(ward)}
        return text

    @cached_property
    def raw(self) -> str:
        """The item's title and description as written, for patterns that read capitals."""
        return " ".join((self.item.title, self.item.description))

    @cached_property
    def called(self) -> set[str]:
        """The kinds of body the item calls a body by, with a capital: "trust" for "the
        Trust asks"."""
        return {w for kind in _CALLED.findall(self.raw) for w in tokens(kind)}

    @cached_property
    def units_then(self) -> list[tuple[str, Numbers, tuple[str, ...]]]:
        """Each unit the item numbers with the words after it (``units_then``)."""
        return [u for pieces in self.pieces for u in units_then(pieces)]

    @cached_property
    def defined(self) -> dict[str, set[str]]:
        """The acronyms the item spells out itself, each with the words it spells out:
        "tapered polystyrene slabs (TPS)" and "TPS (tapered polystyrene slabs)" give tps:
        {tapered, polystyrene, slabs}."""
        found: dict[str, set[str]] = {}
        for part in (self.item.title, self.item.description):
            pairs = [(m.group(2), m.group(1)) for m in DEFINED.finditer(part)]
            pairs += [(m.group(1), m.group(2)) for m in DEFINED_AFTER.finditer(part)]
            for written, spelling in pairs:
                acronym = written.lower()
                if words := spelled_by(acronym, tokens(spelling)):
                    found.setdefault(acronym, set()).update(words)
        return found

    @cached_property
    def franchisees(self) -> list[frozenset[str]]:
        """The franchisees the item names as running the outlet, read once for every entry
        it is compared with (``franchises``)."""
        return franchisees(f"{self.item.title}. {self.item.description}")

    @cached_property
    def in_capitals(self) -> set[str]:
        """The words the item writes all in capitals: "GLL", "NHS", and "M&S" (read "ms")."""
        return {w.lower() for w in CAPITALS.findall(self.raw)} | self.joined_initials

    def written_as_initials(self, initials: str) -> bool:
        """Whether the item writes ``initials`` with a capital after the first letter
        somewhere ("BATS", "TfL") or with dots ("R.B.L."), not only as a word ("Bats
        survey", "bats")."""
        return initials in self._initials_written

    @cached_property
    def _initials_written(self) -> set[str]:
        """Every word the item writes as initials (``written_as_initials``), read once for
        every entry it is compared with."""
        dotted = {d.replace(".", "").lower() for d in DOTTED_INITIALS.findall(self.raw)}
        capitalised = {
            read[0]
            for w in _LETTERS.findall(self.raw)
            if not w[1:].islower() and len(read := tokens(w)) == 1
        }
        return capitalised | self.joined_initials | dotted

    @cached_property
    def joined_initials(self) -> set[str]:
        """The initials the item writes joined by "&": "ms" for "M&S"."""
        return {w for written in AMPERSAND_INITIALS.findall(self.raw) for w in tokens(written)}

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
            for label, n in units_at(pieces)
            if n.low.isdigit() and n.high.isdigit()
        ]

    def numbers_at(self, phrase: tuple[str, ...]) -> Iterator[Numbers]:
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
                    if start >= 0 and (at := range_at(pieces, start)) and at[2] == end:
                        unit = start > 0 and pieces[start - 1] in UNITS
                        if unit or house:
                            side = bracketed_side(noted) or side_before(pieces, start)
                            yield listed(pieces, start, from_to(pieces, start, at), unit, side)
                        break
                if (after := numbers_after(pieces, i + n)) is not None:
                    yield after
                elif (noted_at := self._noted_after(pieces, i + n)) is not None:
                    yield noted_at

    @staticmethod
    def _noted_after(pieces: list[str], at: int) -> Numbers | None:
        """The numbers noted after a street in a bracket or after its comma, a few words on:
        "Maltese Road (nos. 1-19 odd)", "Bellegrove Road, nos. 300-340", "Moulsham Street
        (High Street end, nos. 1-20)"."""
        if pieces[at : at + 1] not in (["("], [","]):
            return None
        for j in range(at + 1, min(len(pieces), at + _NOTE_REACH)):
            if pieces[j] in (")", ";", ":") or (pieces[at] == "," and pieces[j] in STREET_TYPES):
                return None  # "Bellegrove Road, Hook Lane nos. 1-20": Hook Lane's numbers
            if pieces[j] in NUMBER_WORDS | UNITS and (found := range_at(pieces, j + 1)):
                # Only a bracket says its side; after a comma "even" may be any word's.
                side = bracketed_side(pieces[found[2] :]) if pieces[at] == "(" else ""
                return Numbers(pieces[j] in UNITS, found[0], found[1], side)
        return None

    @cached_property
    def numbered_houses(self) -> list[Numbers]:
        """The house numbers the item names as numbers wherever they stand ("between Nos 60
        and 110", "outside Nos 62-108"), for a street the item names without giving them
        beside it (``numbers_apart``). Houses listed ("Nos 78 and 102") are read as all
        between, as a range is: the member's house among them is asked about."""
        found = []
        for pieces in self.pieces:
            for i, piece in enumerate(pieces[:-1]):
                if piece not in NUMBER_WORDS or (i and pieces[i - 1] in UNITS):
                    continue
                if (at := range_at(pieces, i + 1)) is None:
                    continue
                # "Nos 78 and 102", "between Nos 2 and 96": the houses from one to the other.
                houses, end = [at[0], at[1]], at[2]
                while pieces[end : end + 1] in (["and"], [","], ["&"]) and (
                    more := range_at(pieces, end + 1)
                ):
                    houses, end = [*houses, more[0], more[1]], more[2]
                houses.sort(key=lambda n: int(n.rstrip("abcdefghijklmnopqrstuvwxyz")))
                found.append(Numbers(False, houses[0], houses[-1]))
        return found

    def numbers_apart(self, phrase: tuple[str, ...]) -> list[Numbers]:
        """The house numbers the item gives apart from ``phrase``'s name, where it names no
        other street: "Elm Grove - resurfacing" then "between Nos 60 and 110" are Elm
        Grove's numbers. Where the item names another street they may be its, so none;
        "the square" in lower case is the one named (``said_again``)."""
        n = len(phrase)
        for words in self.sequences:
            for i, word in enumerate(words):
                if (
                    i
                    and word in STREET_TYPES
                    and words[max(0, i - n + 1) : i + 1] != phrase
                    and not (words[i - 1] == "the" and word in self.said_again)
                ):
                    return []
        return self.numbered_houses

    @cached_property
    def said_again(self) -> set[str]:
        """The street types the item writes in lower case after "the", as a street named
        before is called again ("Nos 20-30 on the square"): not another street."""
        return {w for m in _THE_STREET.finditer(self.raw) for w in tokens(m.group(1))}

    def after_the(self, words: tuple[str, ...], capitalised: bool = True) -> bool:
        """Whether the item writes ``words`` after "the", with ``capitalised`` each with a
        capital (small words aside), as a body's name is: "grant to the Heritage Trust", not
        "the heritage trust's bid"; without, in any case ("the football club")."""
        for part in (self.item.title, self.item.description):
            written = _WRITTEN.findall(part)
            for i, word in enumerate(written):
                if word.lower() != "the":
                    continue
                for k in range(len(words), len(words) + 3):
                    window = written[i + 1 : i + 1 + k]
                    if tokens(" ".join(window)) == words and (
                        not capitalised
                        or all(
                            w[:1].isupper() or w[:1].isdigit() or set(tokens(w)) <= CONNECTORS
                            for w in window
                        )
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
        if len(words) <= MAX_PHRASE:
            return squash(words) in self.squashed
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
        squashed = squash(words)
        endings = [
            sequence[i + n : i + n + 1]
            for sequence in self.clauses  # "... High School, Court Road": the school's road
            for i in range(len(sequence))
            for n in range(1, len(words) + 1)
            if squash(sequence[i : i + n]) == squashed
        ]
        return bool(endings) and all(e and e[0] in STREETS for e in endings)

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
            len(e) == 2 and e[0] == "," and HOUSE_NUMBER.fullmatch(e[1]) for e in endings
        )

    def around(self, word: str) -> Iterator[tuple[tuple[str, ...], tuple[str, ...]]]:
        """The two words before and the three after each time ``word`` appears, spelt with
        or without doubled letters ("Phillips", "Philips"), within its clause ("Openreach
        (BT) street cabinets": "BT" ends at the bracket)."""
        for words in self.clauses:
            for i, w in enumerate(words):
                if undoubled(w) == word:
                    yield words[max(0, i - 2) : i], words[i + 1 : i + 4]

    def lines_after(
        self, phrase: tuple[str, ...]
    ) -> Iterator[tuple[tuple[str, ...], list[tuple[str, ...]]]]:
        """The words after each time ``phrase`` appears within its clause, and, where the
        clause ends with it at a comma, the next two clauses, as an address's lines are:
        ((), [(sidcup,)]) for "The Cross Keys, Sidcup", ((), [(main, rd), (sidcup,)]) for
        "The Cross Keys, Main Road, Sidcup"."""
        n = len(phrase)
        item = self.item
        for part in (item.title, item.description, *item.organisations, *item.addresses):
            split = _CLAUSES.split(part)
            clauses = [tokens(c) for c in split[::2]]
            marks = split[1::2]
            for k, words in enumerate(clauses):
                for i in range(len(words) - n + 1):
                    if words[i : i + n] != phrase:
                        continue
                    after = words[i + n :]
                    lines: list[tuple[str, ...]] = []
                    if not after:
                        for j in range(k, min(k + 2, len(marks))):
                            if marks[j] != ",":
                                break
                            lines.append(clauses[j + 1])
                    yield after, lines

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
