"""The plain data the matcher takes and gives: an interest, an agenda item, and why they
may touch.

No Django here: meeting prompts (``nolan.meetings.prompts``), the benchmarks and the tests
all call one matcher with plain data.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Reason(StrEnum):
    """Why an item may touch an interest; stable codes shown to the member and tested on."""

    NAME = "name"
    ACRONYM = "acronym"
    NAME_WORD = "name-word"
    POSTCODE = "postcode"
    ADDRESS = "address"
    WARD = "ward"
    REFERENCE = "reference"


@dataclass(frozen=True)
class RegisteredInterest:
    """What matching needs of one register entry.

    ``names`` holds organisation, employer, body or counterparty names; ``addresses`` holds
    land, property or licence addresses (postcodes anywhere in them); ``wards`` the wards
    in which the interest lies, where the register knows them; ``subjects`` the names the
    entry's details give what it is for, in the clauses that name it ("printing of the City
    Life magazine", "café concession at Hylands House"), evidence only beside its trade or
    what the clause says the entry is (``names.Names._subject_in``); ``details`` the entry's
    other details, where a company's tenancy names the premises it rents
    (``premises``).
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
