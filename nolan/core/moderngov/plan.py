"""What one Modern.gov sync would add, change and end so that Nolan matches the feed.

Records are matched on their Modern.gov id, which Nolan keeps beside each record it has
brought in, so a second run over an unchanged feed plans nothing, and a renamed ward or a
new party is a change to the same member. The first time a council is synchronised, a
member or committee already typed into Nolan under the same name is taken to be the one
in the feed (if exactly one has that name), rather than added twice.

What the plan never does, and why:
- delete anything: a councillor who has gone from the feed has their open terms (and
  committee seats) ended on the day of the sync, because their register of interests and
  their declarations must stay on the record (Localism Act 2011 s.29, s.31);
- clear an exempt item's Schedule 12A paragraph: exempt information stays confidential
  after the meeting (code 4.1), so only a paragraph the feed states is written;
- touch what only Nolan knows: a member's kind, Cabinet role and user account, an item's
  kind, wards, organisations and addresses, or any register of interests.

A term's start starts the 28-day registration clock (code Appendix B para 1), so terms are
matched on their start date, and only their end is ever changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from nolan.core.dates import date_time, long_date
from nolan.core.moderngov.feed import Agenda, Committee, Councillor, MeetingDate

# A meeting's place when Modern.gov gives none: Nolan needs a venue for every meeting.
VENUE_NOT_PUBLISHED = "Venue not published"
_ELECTED, _RE_ELECTED = "elected", "re-elected"
# Modern.gov's committee role descriptions, as Nolan's committee positions.
_POSITIONS = (
    ("vice", "vice-chair"),
    ("chair", "chair"),
    ("substitute", "substitute"),
    ("reserve", "substitute"),
)
# Committee kinds (``Committee.Kind``) guessed from a new committee's title; the officer can
# correct one in the back office and later runs leave it alone.
_COMMITTEE_KINDS = (
    ("planning", "planning"),
    ("development", "planning"),
    ("licensing", "licensing"),
    ("cabinet", "cabinet"),
    ("executive", "cabinet"),
    ("standards", "standards"),
    ("scrutiny", "scrutiny"),
)


class Kind(StrEnum):
    COMMITTEE = "committee"
    MEMBER = "member"
    TERM = "term"
    MEMBERSHIP = "membership"
    MEETING = "meeting"
    ITEM = "item"


class Action(StrEnum):
    ADD = "add"
    CHANGE = "change"
    END = "end"


@dataclass(frozen=True)
class Meeting:
    """A meeting in the feed: its line in ``GetMeetings`` and its ``GetMeeting`` agenda."""

    date: MeetingDate
    agenda: Agenda


@dataclass(frozen=True)
class Feed:
    councillors: tuple[Councillor, ...]
    committees: tuple[Committee, ...]
    meetings: tuple[Meeting, ...]


@dataclass(frozen=True)
class Held:
    """One record Nolan holds: its id and the values the feed can set."""

    pk: int
    values: Mapping[str, object]


@dataclass(frozen=True)
class Holdings:
    """What Nolan holds for the council, keyed as the feed is.

    ``committees``, ``members``, ``meetings`` and ``items`` are by Modern.gov id;
    ``memberships`` are the open seats a sync brought in, by "committee id/member id";
    ``terms`` are every term of every member, by the member's Nolan id and then the start;
    the ``unlinked_`` maps are records no sync has brought in, by ``same_name`` key.
    Meetings' ``starts`` are naive local times and their ``committee`` a Modern.gov id.
    """

    committees: Mapping[str, Held] = field(default_factory=dict)
    members: Mapping[str, Held] = field(default_factory=dict)
    terms: Mapping[int, Mapping[dt.date, Held]] = field(default_factory=dict)
    memberships: Mapping[str, Held] = field(default_factory=dict)
    meetings: Mapping[str, Held] = field(default_factory=dict)
    items: Mapping[str, Held] = field(default_factory=dict)
    unlinked_committees: Mapping[str, Held] = field(default_factory=dict)
    unlinked_members: Mapping[str, Held] = field(default_factory=dict)


@dataclass(frozen=True)
class Step:
    """One add, change or end. ``values`` are the fields to write; ``before`` what they are.

    ``pk`` is the Nolan record changed or ended (None for an add, and for a record met for
    the first time under the same name it is that record, with ``link`` set). ``parents``
    name the Modern.gov ids of the records an added one belongs to.
    """

    kind: Kind
    action: Action
    key: str
    label: str
    values: Mapping[str, object]
    before: Mapping[str, object] = field(default_factory=dict)
    pk: int | None = None
    parents: Mapping[str, str] = field(default_factory=dict)
    link: bool = False

    def describe(self) -> str:
        text = f"{self.action} {self.kind} {self.label}"
        if self.action == Action.ADD:
            return text
        changes = ", ".join(
            f"{name} {_shown(self.before.get(name))} → {_shown(value)}"
            for name, value in self.values.items()
        )
        return f"{text}: {changes}" if changes else f"{text} (linked to Modern.gov)"


@dataclass(frozen=True)
class Plan:
    steps: tuple[Step, ...]
    # Things the officer should know that the sync cannot settle itself.
    notes: tuple[str, ...] = ()

    def count(self, action: Action) -> int:
        return sum(1 for step in self.steps if step.action == action)


def _shown(value: object) -> str:
    if value is None or value == "":
        return "(none)"
    if isinstance(value, dt.datetime):
        return date_time(value)
    if isinstance(value, dt.date):
        return long_date(value)
    return repr(value) if isinstance(value, str) else str(value)


def same_name(name: str) -> str:
    """The key two spellings of one name share: case and spacing ignored."""
    return " ".join(name.lower().split())


def position(role: str) -> str:
    """Nolan's committee position (``CommitteeMembership.Position``) for a Modern.gov role."""
    lowered = role.lower()
    return next((value for word, value in _POSITIONS if word in lowered), "member")


def committee_kind(title: str) -> str:
    lowered = title.lower()
    if lowered.strip() in {"council", "full council"}:
        return "full-council"
    return next((kind for word, kind in _COMMITTEE_KINDS if word in lowered), "other")


class _Planner:
    def __init__(self, held: Holdings, today: dt.date, limits: Mapping[str, int]) -> None:
        self.held = held
        self.today = today
        self.limits = limits
        self.steps: list[Step] = []
        self.notes: list[str] = []
        self.claimed: set[tuple[Kind, int]] = set()

    def clip(self, key: str, value: str) -> str:
        """Text as long as Nolan's column for it holds (``limits``, by "kind.field")."""
        limit = self.limits.get(key)
        return value if limit is None else value[:limit].strip()

    def diff(
        self,
        kind: Kind,
        key: str,
        label: str,
        wanted: Mapping[str, object],
        held: Held | None,
        *,
        parents: Mapping[str, str] | None = None,
        add: Mapping[str, object] | None = None,
        unlinked: Held | None = None,
    ) -> None:
        """Add ``key`` or change the fields of ``wanted`` that differ from what is held.

        ``unlinked`` is a record of the same name no sync has brought in: it becomes the
        feed's, changed where the feed differs (a step even when nothing differs, to link it).
        """
        if held is None and unlinked is not None:
            # Two feed records of one name: the first takes the typed-in record.
            if (kind, unlinked.pk) in self.claimed:
                unlinked = None
            else:
                self.claimed.add((kind, unlinked.pk))
        found = held or unlinked
        if found is None:
            values = {**wanted, **(add or {})}
            self.steps.append(Step(kind, Action.ADD, key, label, values, parents=parents or {}))
            return
        before = found.values
        changed = {k: v for k, v in wanted.items() if before.get(k) != v}
        if changed or held is None:
            pk = found.pk
            self.steps.append(
                Step(
                    kind,
                    Action.CHANGE,
                    key,
                    label,
                    changed,
                    before={k: before.get(k) for k in changed},
                    pk=pk,
                    link=held is None,
                )
            )

    def committees(self, feed: Feed) -> dict[str, Committee]:
        current = {c.id: c for c in feed.committees if not (c.deleted or c.expired)}
        for committee in current.values():
            name = self.clip("committee.name", committee.title)
            held = self.held.committees.get(committee.id)
            self.diff(
                Kind.COMMITTEE,
                committee.id,
                name,
                {"name": name},
                held,
                add={"kind": committee_kind(name)},
                unlinked=None if held else self.held.unlinked_committees.get(same_name(name)),
            )
        return current

    def members(self, feed: Feed) -> None:
        for councillor in feed.councillors:
            wanted = {
                "name": self.clip("member.name", councillor.name),
                "party": self.clip("member.party", councillor.party),
                "ward": self.clip("member.ward", councillor.ward),
                "email": councillor.email,
            }
            held = self.held.members.get(councillor.id)
            unlinked = None if held else self.held.unlinked_members.get(same_name(councillor.name))
            if unlinked is not None and (Kind.MEMBER, unlinked.pk) in self.claimed:
                unlinked = None
            self.diff(
                Kind.MEMBER, councillor.id, str(wanted["name"]), wanted, held, unlinked=unlinked
            )
            pk = held.pk if held else (unlinked.pk if unlinked else None)
            self.terms(councillor, self.held.terms.get(pk, {}) if pk is not None else {})
            if not councillor.terms:
                self.notes.append(
                    f"{councillor.name}: Modern.gov gives no term of office; add one in the "
                    "back office so that Nolan counts them as in office"
                )

    def terms(self, councillor: Councillor, held: Mapping[dt.date, Held]) -> None:
        first = min([t.start for t in councillor.terms] + list(held), default=None)
        for term in councillor.terms:
            label = f"of {councillor.name} from {long_date(term.start)}"
            key = f"{councillor.id}@{term.start.isoformat()}"
            began = _ELECTED if term.start == first else _RE_ELECTED
            self.diff(
                Kind.TERM,
                key,
                label,
                {"end": term.end},
                held.get(term.start),
                parents={"member": councillor.id},
                add={"start": term.start, "began": began},
            )

    def departed(self, feed: Feed) -> set[str]:
        """End the open terms of linked members who are no longer in the feed."""
        present = {c.id for c in feed.councillors}
        gone = {key for key in self.held.members if key not in present}
        for key in sorted(gone):
            member = self.held.members[key]
            for start, term in sorted(self.held.terms.get(member.pk, {}).items()):
                end = term.values.get("end")
                if isinstance(end, dt.date) and end <= self.today:
                    continue
                self.steps.append(
                    Step(
                        Kind.TERM,
                        Action.END,
                        f"{key}@{start.isoformat()}",
                        f"of {member.values.get('name')} from {long_date(start)}",
                        {"end": max(self.today, start)},
                        before={"end": end},
                        pk=term.pk,
                    )
                )
        return gone

    def memberships(self, feed: Feed, current: Mapping[str, Committee], gone: set[str]) -> None:
        names = {c.id: c.name for c in feed.councillors}
        for committee in current.values():
            if committee.seats is None:  # not published: say nothing about who sits on it
                continue
            seated = set()
            for seat in committee.seats:
                if seat.member_id not in names:
                    self.notes.append(
                        f"{committee.title}: member {seat.member_id} is not among the "
                        "councillors Modern.gov lists, so their seat was not brought in"
                    )
                    continue
                key = f"{committee.id}/{seat.member_id}"
                seated.add(key)
                self.diff(
                    Kind.MEMBERSHIP,
                    key,
                    f"{names[seat.member_id]} on {committee.title}",
                    {"position": position(seat.role)},
                    self.held.memberships.get(key),
                    parents={"committee": committee.id, "member": seat.member_id},
                    add={"start": self.today},
                )
            for key, held in self.held.memberships.items():
                if key.split("/")[0] == committee.id and key not in seated:
                    self._end_membership(key, held)
        # A councillor who has left gives up every seat, published or not.
        ended = {step.key for step in self.steps if step.kind == Kind.MEMBERSHIP}
        for key, held in self.held.memberships.items():
            if key.split("/")[1] in gone and key not in ended:
                self._end_membership(key, held)

    def _end_membership(self, key: str, held: Held) -> None:
        self.steps.append(
            Step(
                Kind.MEMBERSHIP,
                Action.END,
                key,
                str(held.values.get("label", key)),
                {"end": self.today},
                before={"end": None},
                pk=held.pk,
            )
        )

    def meetings(self, feed: Feed, current: Mapping[str, Committee]) -> None:
        for meeting in feed.meetings:
            line, agenda = meeting.date, meeting.agenda
            committee = current.get(line.committee_id)
            if committee is None:
                continue
            held = self.held.meetings.get(line.id)
            label = f"{committee.title}, {long_date(line.date)}"
            if line.cancelled:
                if held is not None:
                    self.notes.append(f"{label} is cancelled in Modern.gov; Nolan still lists it")
                continue
            starts = dt.datetime.combine(line.date, line.time or dt.time(0))
            venue = self.clip("meeting.venue", agenda.location) or VENUE_NOT_PUBLISHED
            self.diff(
                Kind.MEETING,
                line.id,
                label,
                {"committee": line.committee_id, "starts": starts, "venue": venue},
                held,
                parents={"committee": line.committee_id},
            )
            self.items(line.id, label, agenda)

    def items(self, meeting_id: str, meeting_label: str, agenda: Agenda) -> None:
        numbers: set[str] = set()
        for item in agenda.items:
            number = self.clip("item.number", item.number)
            if not number or number in numbers:  # Nolan numbers items uniquely per meeting
                number = item.id[-int(self.limits.get("item.number", 10)) :]
            numbers.add(number)
            title = self.clip("item.title", item.title)
            wanted: dict[str, object] = {
                "number": number,
                "title": title,
                "description": self.clip("item.description", item.text),
            }
            held = self.held.items.get(item.id)
            if item.exempt_paragraph is not None:
                wanted["exempt_paragraph"] = item.exempt_paragraph
            elif item.restricted and (held is None or held.values.get("exempt_paragraph") is None):
                self.notes.append(
                    f"{meeting_label}, item {number} ({title}) is restricted in Modern.gov "
                    "without a Schedule 12A paragraph; set its paragraph in the back office"
                )
            self.diff(
                Kind.ITEM,
                item.id,
                f"{number} of {meeting_label}: {title}",
                wanted,
                held,
                parents={"meeting": meeting_id},
            )


_ORDER = {kind: index for index, kind in enumerate(Kind)}


def plan(
    feed: Feed, held: Holdings, *, today: dt.date, limits: Mapping[str, int] | None = None
) -> Plan:
    """The steps that bring ``held`` into line with ``feed`` on ``today``.

    ``limits`` are the longest text Nolan stores, by "kind.field" (e.g. "member.name"); the
    feed's text is cut to them before it is compared, so a long title is not a change on
    every run. Steps come parents first: committees, members, terms, seats, meetings, items.
    """
    planner = _Planner(held, today, limits or {})
    current = planner.committees(feed)
    planner.members(feed)
    gone = planner.departed(feed)
    planner.memberships(feed, current, gone)
    planner.meetings(feed, current)
    steps = sorted(planner.steps, key=lambda step: _ORDER[step.kind])
    return Plan(steps=tuple(steps), notes=tuple(dict.fromkeys(planner.notes)))
