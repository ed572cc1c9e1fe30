"""``match``: every agenda item that may touch a registered interest, with the reasons.

An agenda is compared with every register entry of the council's members; comparing each
item with each interest would grow with their product, so each interest's search terms are
indexed and an item is compared only with the interests that share one with it. Wards match
when an item concerns the ward in which the interest lies; register entries carry no ward
yet, so this applies only where a caller supplies the interest's wards.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from nolan.core.matching.addresses import street_phrases
from nolan.core.matching.appointed import Appointed
from nolan.core.matching.brands import Brands
from nolan.core.matching.by_kind import ByKind
from nolan.core.matching.contracts import Contract, held_by_another
from nolan.core.matching.directions import Beside
from nolan.core.matching.franchises import another_franchisee, own_words
from nolan.core.matching.land import Land
from nolan.core.matching.model import Item, Match, Reason, RegisteredInterest
from nolan.core.matching.names import Names
from nolan.core.matching.neighbours import Neighbour
from nolan.core.matching.office_holders import OfficeHolder
from nolan.core.matching.on_its_street import OnItsStreet
from nolan.core.matching.parishes import Parish
from nolan.core.matching.passing import in_passing_removed
from nolan.core.matching.place_initials import PlaceInitials
from nolan.core.matching.places import PlaceNames
from nolan.core.matching.references import case_references, named_allocations
from nolan.core.matching.text import ItemText
from nolan.core.matching.trades import Trade
from nolan.core.matching.two_places import TwoPlaces
from nolan.core.matching.unaffected import left_alone_removed
from nolan.core.matching.words import MAX_PHRASE, squash, tokens, undoubled


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
    known_places = PlaceNames.of(places)
    needles = [(interest, _Needles.of(interest, known_places)) for interest in interests]
    index: dict[tuple[str, object], list[int]] = {}
    for position, (_, needle) in enumerate(needles):
        for key in needle.keys():
            index.setdefault(key, []).append(position)
    for item in items:
        text = ItemText.of(item)
        quiet = in_passing_removed(item)
        without_citations = ItemText.of(quiet) if quiet else None
        rest = left_alone_removed(item)
        without_left_alone = ItemText.of(rest) if rest else None
        candidates = {p for key in _item_keys(text) for p in index.get(key, ())}
        for position in sorted(candidates):
            interest, needle = needles[position]
            reasons = needle.reasons(text)
            # A body's name found only where the report cites it for its advice or data
            # (``passing``) says nothing of the member's interest.
            if reasons and without_citations and set(reasons) <= _NAMED:
                reasons = needle.reasons(without_citations)
            # ... nor is what the item says it leaves alone (``unaffected``).
            if reasons and without_left_alone:
                reasons = needle.reasons(without_left_alone)
            if reasons:
                yield Match(interest, item, reasons)


_NAMED = {Reason.NAME, Reason.NAME_WORD, Reason.ACRONYM}


@dataclass
class _Needles:
    """An interest's search terms, prepared once."""

    names: Names
    land: Land
    wards: set[tuple[str, ...]]
    contract: Contract | None = None
    brands: Brands | None = None
    appointed: tuple[Appointed, ...] = ()
    by_kind: tuple[ByKind, ...] = ()
    beside: tuple[Beside, ...] = ()
    neighbours: tuple[Neighbour, ...] = ()
    trades: tuple[Trade, ...] = ()
    parishes: tuple[Parish, ...] = ()
    offices: tuple[OfficeHolder, ...] = ()
    two_places: tuple[TwoPlaces, ...] = ()
    place_initials: tuple[PlaceInitials, ...] = ()
    on_its_street: tuple[OnItsStreet, ...] = ()
    references: frozenset[str] = frozenset()
    own_words: frozenset[str] = frozenset()

    @classmethod
    def of(cls, interest: RegisteredInterest, places: PlaceNames) -> _Needles:
        phrases = {address: street_phrases(address) for address in interest.addresses}
        properties = {p for address in interest.addresses for p in phrases[address]}
        names = Names.of(interest, places, properties)
        return cls(
            names=names,
            land=Land.of(interest, places, phrases, names),
            wards={tokens(ward) for ward in interest.wards if tokens(ward)},
            contract=Contract.of(interest.details, places),
            brands=Brands.of(interest.names),
            appointed=tuple(Appointed.of(interest.names, interest.details, places)),
            by_kind=tuple(ByKind.of(interest.names, places)),
            beside=tuple(Beside.of(interest.addresses, places)),
            neighbours=tuple(Neighbour.of(interest.addresses, places)),
            # A licence's entry may say what it is for only where it says where it is.
            trades=tuple(Trade.of(" ".join((interest.details, *interest.addresses)))),
            parishes=tuple(Parish.of(interest.names)),
            offices=tuple(OfficeHolder.of(interest.names)),
            two_places=tuple(TwoPlaces.of(interest.names, places)),
            place_initials=tuple(PlaceInitials.of(interest.names, places)),
            on_its_street=tuple(OnItsStreet.of(interest.names, interest.addresses)),
            references=frozenset(
                ref
                for text in (interest.details, *interest.names, *interest.addresses)
                for ref in case_references(text) | named_allocations(text)
            ),
            own_words=own_words(interest.names, interest.details),
        )

    def reasons(self, text: ItemText) -> tuple[Reason, ...]:
        found = self.names.reasons(text)
        # The brand's outlet run by another franchisee is theirs (``franchises``).
        if found and another_franchisee(self.own_words, text.franchisees):
            found = []
        found += self.land.reasons(text, body_named=bool(found))
        # The work of a contract the details describe stands in for its holder's name, unless
        # the item names only another company as its holder.
        if (
            Reason.NAME not in found
            and self.contract
            and self.contract.varied_in(text)
            and (found or not held_by_another(text))
        ):
            found.insert(0, Reason.NAME)
        # A listed group's brand is the group's name (``brands``).
        if Reason.NAME not in found and self.brands and self.brands.in_(text):
            found.insert(0, Reason.NAME)
        # A parish council's neighbourhood plan (``parishes``), an office holder for the
        # body (``office_holders``), a name shortened to one of its two places with the
        # other named apart (``two_places``) and to its place and initials
        # (``place_initials``), and a school called by its kind and street
        # (``on_its_street``) stand for its name.
        if Reason.NAME not in found and (
            any(parish.in_(text) for parish in self.parishes)
            or any(sited.in_(text) for sited in self.on_its_street)
            or any(office.in_(text) for office in self.offices)
            or any(short.in_(text) for short in self.two_places)
            or any(short.in_(text) for short in self.place_initials)
        ):
            found.insert(0, Reason.NAME)
        if not found and (
            any(body.called_in(text) for body in self.appointed)
            or any(body.called_in(text) for body in self.by_kind)
        ):
            found.append(Reason.NAME_WORD)
        # A licensed trade's fares, fees or policy are its members' own matter (``trades``).
        if not found and any(trade.in_(text) for trade in self.trades):
            found.append(Reason.NAME_WORD)
        if Reason.ADDRESS not in found and (
            any(b.in_(text) for b in self.beside) or any(n.in_(text) for n in self.neighbours)
        ):
            found.append(Reason.ADDRESS)
        if self.wards & (text.wards | text.phrases):
            found.append(Reason.WARD)
        if self.references & text.references:  # "contract WH/FL/2019/07"
            found.append(Reason.REFERENCE)
        return tuple(found)

    def keys(self) -> set[tuple[str, object]]:
        """Index keys: an item can match only if it shares one of these (``_item_keys``)."""
        keys = self.names.keys() | self.land.keys()
        if self.contract:
            keys |= self.contract.keys()
        if self.brands:
            keys |= self.brands.keys()
        for body in self.appointed:
            keys |= body.keys()
        for called in self.by_kind:
            keys |= called.keys()
        for beside in self.beside:
            keys |= beside.keys()
        for neighbour in self.neighbours:
            keys |= neighbour.keys()
        for trade in self.trades:
            keys |= trade.keys()
        for parish in self.parishes:
            keys |= parish.keys()
        for office in self.offices:
            keys |= office.keys()
        for short in self.two_places:
            keys |= short.keys()
        for initialled in self.place_initials:
            keys |= initialled.keys()
        for sited in self.on_its_street:
            keys |= sited.keys()
        keys.update(("reference", ref) for ref in self.references)
        for words in self.wards:
            if len(words) <= MAX_PHRASE:
                keys.add(("phrase", squash(words)))
            else:
                keys.update(("word", w) for w in words)
        return keys


def _item_keys(text: ItemText) -> set[tuple[str, object]]:
    """The item's index keys: it is compared with the interests that share one."""
    keys: set[tuple[str, object]] = {("phrase", s) for s in text.squashed}
    keys.update(("phrase", squash(w)) for w in text.wards)
    keys.update(("word", w) for w in text.words | text.acronyms)
    keys.update(("undoubled", undoubled(w)) for w in text.words)
    keys.update(("postcode", p) for p in text.postcodes)
    keys.update(("parcel", p) for p in text.parcels)
    keys.update(("reference", ref) for ref in text.references)
    return keys
