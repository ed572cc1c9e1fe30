"""The plain data the screening engine takes and returns.

A post, the council's context (pending quasi-judicial matters, exempt agenda items,
officers, elections, meetings) and the result: whether the code is likely engaged (capacity) and
the findings, each in a fixed vocabulary of categories (issue 5) with the council's own
paragraphs. Nothing here knows about Django, JSON or any council's numbering.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class Category(StrEnum):
    """What a finding is about: the fixed vocabulary of issue 5."""

    RESPECT = "respect"
    BULLYING = "bullying"
    DISCRIMINATION = "discrimination"
    OFFICER_IMPARTIALITY = "officer_impartiality"
    CONFIDENTIALITY = "confidentiality"
    PERSONAL_DATA = "personal_data"
    PREDETERMINATION = "predetermination"
    DEFAMATION = "defamation"
    COUNCIL_RESOURCES = "council_resources"
    ELECTION = "election"
    USE_OF_POSITION = "use_of_position"


class Severity(StrEnum):
    """How sure and how serious: a likely breach, a real risk, or advice."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class Account(StrEnum):
    """Which account a post is published from."""

    OFFICIAL = "official"
    PERSONAL = "personal"
    COUNCIL = "council"


class CapacityValue(StrEnum):
    """Whether the member acts, or appears to act, as a councillor."""

    OFFICIAL = "official"
    PRIVATE = "private"
    UNCLEAR = "unclear"


class MatterKind(StrEnum):
    """Quasi-judicial decisions where a closed mind invalidates the decision."""

    PLANNING = "planning"
    LICENSING = "licensing"


@dataclass(frozen=True)
class Post:
    """A draft or published post. ``posted_at`` must be timezone-aware when given."""

    text: str
    posted_at: datetime | None = None
    account: Account | None = None
    shared: bool = False

    def __post_init__(self) -> None:
        if self.posted_at is not None and self.posted_at.utcoffset() is None:
            raise ValueError("posted_at must be timezone-aware")


@dataclass(frozen=True)
class PendingMatter:
    """A planning or licensing application still to be decided."""

    ref: str
    title: str
    kind: MatterKind
    decision_date: date | None = None


@dataclass(frozen=True)
class ExemptItem:
    """An agenda item taken in exempt session; its keywords are what must not leak."""

    title: str
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class Officer:
    """A council officer, who cannot answer back in public (WH protocol 7.3(d))."""

    name: str
    role: str = ""


@dataclass(frozen=True)
class Election:
    """A poll and the start of its pre-election period."""

    poll_date: date
    pre_election_from: date

    def __post_init__(self) -> None:
        if self.pre_election_from > self.poll_date:
            raise ValueError("pre_election_from must not be after poll_date")

    def covers(self, day: date) -> bool:
        """Whether ``day`` falls in the pre-election period, polling day included."""
        return self.pre_election_from <= day <= self.poll_date


@dataclass(frozen=True)
class Meeting:
    """A meeting of the council or one of its committees, from its start to its close.

    Both times must be timezone-aware; a meeting covers its start but not its close, so a
    post sent as the chair closes it is after the meeting.
    """

    title: str
    starts: datetime
    ends: datetime

    def __post_init__(self) -> None:
        if self.starts.utcoffset() is None or self.ends.utcoffset() is None:
            raise ValueError("a meeting's starts and ends must be timezone-aware")
        if self.ends <= self.starts:
            raise ValueError("a meeting must end after it starts")

    def covers(self, moment: datetime) -> bool:
        """Whether ``moment`` (timezone-aware) falls while the meeting is sitting."""
        return self.starts <= moment < self.ends


@dataclass(frozen=True)
class Context:
    """What the council knows that the post alone does not say."""

    pending_matters: tuple[PendingMatter, ...] = ()
    exempt_items: tuple[ExemptItem, ...] = ()
    officers: tuple[Officer, ...] = ()
    elections: tuple[Election, ...] = ()
    meetings: tuple[Meeting, ...] = ()


@dataclass(frozen=True)
class Paragraph:
    """One of the council's own paragraphs that a finding rests on."""

    key: str
    citation: str
    anchor: str


@dataclass(frozen=True)
class Capacity:
    """The capacity verdict and the machine codes of the signals behind it."""

    value: CapacityValue
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Finding:
    """One thing in the post that may breach the council's code or protocol."""

    category: Category
    severity: Severity
    rule: str  # the stable id of the rule that found it (rules.yaml, or a context rule's)
    paragraphs: tuple[Paragraph, ...]
    start: int
    end: int
    quote: str
    explanation: str
    suggestion: str


@dataclass(frozen=True)
class Result:
    """The screening of one post."""

    capacity: Capacity
    findings: tuple[Finding, ...] = field(default_factory=tuple)

    @property
    def categories(self) -> frozenset[Category]:
        return frozenset(f.category for f in self.findings)
