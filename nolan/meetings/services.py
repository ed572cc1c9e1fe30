"""The one write path for meetings, agenda items, declarations and dispensations.

Every function takes the acting user (``by``), checks that they may act for the council
(the rule the pages apply, ``CLERKS`` and ``OFFICERS`` below, checked by
``nolan.councils.services.require_officer``; a member's own application through
``nolan.registers.rules.can_act_for``), runs in a transaction and raises
``MeetingsError`` (or, for an agenda import, ``nolan.core.errors.ImportRefused`` listing
every bad row) carrying a stable ``code`` that views show and tests assert on. Each save
stamps its history row with who acted and the service's action (``nolan.history.Action``),
so the back office's history names the person and what they did ("Dispensation granted");
the back office's own changes carry the reason the officer typed. Where the rules come from:
- a sensitive interest is recorded only as "a sensitive interest" (Localism Act 2011 s.32;
  seed 000 Appendix B para 5, seed 001 Appendix B para 4), and a register entry withheld as
  sensitive can be declared only as one;
- dispensations: grounds in s.33(2)(a)-(e), "for a period not exceeding four years"
  (s.33(3)(b)), decided by the standards committee or the Monitoring Officer under
  delegation;
- exempt items cite Schedule 12A to the Local Government Act 1972, paragraphs 1-7.
Text longer than its column holds is refused (``too-long``, ``nolan.limits``), and so is an
agenda file too large or nested too deep to be one (``too-large``, ``too-deep``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.text import capfirst

from nolan.core import boundedjson
from nolan.core.dates import long_date
from nolan.core.errors import ImportRefused, Refused, RowError
from nolan.core.spreadsheets import csv_row_numbers
from nolan.councils.models import Committee, Council, Member, Role
from nolan.councils.roles import OFFICER_KINDS
from nolan.councils.services import require_officer, save_scoped, stamp
from nolan.history import Action
from nolan.limits import too_long
from nolan.meetings import prompts
from nolan.meetings.models import (
    DISPENSATION_MAX_YEARS,
    AgendaItem,
    Declaration,
    Dispensation,
    Meeting,
    PromptDismissal,
    ending_problem,
)
from nolan.registers import rules
from nolan.registers.models import InterestEntry

# An agenda is a few dozen items; a file of a million characters is not one.
MAX_AGENDA_CHARS = 1_000_000
# The most an upload is read of: a million characters of UTF-8 take at most four bytes each.
MAX_AGENDA_BYTES = 4 * MAX_AGENDA_CHARS
# An item number as agendas print them: "3", "5a", "7.1", "12A.1", "B2"; never words alone.
ITEM_NUMBER = re.compile(r"[A-Za-z0-9.()/-]*[0-9][A-Za-z0-9.()/-]*")


# Who may schedule meetings, keep agendas and record and publish declarations: the
# council's clerk, Monitoring Officer or deputy. Dispensations are decided by officers alone.
CLERKS = (Role.Kind.CLERK, *OFFICER_KINDS)
OFFICERS = OFFICER_KINDS


# How a refusal names a typed field to a person: as its form does, never its column's name.
FIELD_LABELS = {
    "venue": "the venue",
    "nature": "the nature of the interest",
    "note": "why it is not related",
    "withdrawal_note": "why it may be related",
    "matters": "the matters",
    "case": "why you need it",
    "reasons": "the reasons",
    "decided_on": "the date of the decision",
    "start": "the date the dispensation starts",
    "end": "the date the dispensation ends",
}


def _named(field: str) -> str:
    """A field as a refusal's sentence begins with it: "The date of the decision"."""
    return capfirst(FIELD_LABELS[field])


class MeetingsError(Refused):
    """A meeting, agenda, declaration or dispensation change that the rules refuse."""


def _require(by, council: Council, kinds: Sequence[str]) -> None:
    """Refuse unless ``by`` holds one of ``kinds`` for ``council`` (``require_officer``)."""
    require_officer(by, [council], kinds, error=MeetingsError)


def _require_for_member(by, member: Member) -> None:
    """Refuse unless ``by`` is ``member``, or their council's clerk or Monitoring Officer."""
    if by is not None and (by.is_superuser or rules.can_act_for(by, member)):
        return
    raise MeetingsError("not-allowed", f"You may not act for {member}.")


def _fits(model, values: Mapping[str, Any]) -> None:
    """Refuse text longer than ``model``'s column for it holds."""
    found = too_long(model, values)
    if found:
        field, limit = found
        label = FIELD_LABELS.get(field, field.replace("_", " "))
        message = f"{capfirst(label)} must be {limit:,} characters or fewer"
        raise MeetingsError("too-long", message, field)


# --- meetings -----------------------------------------------------------------------


def _check_times(starts: dt.datetime | None, ends: dt.datetime | None) -> None:
    """Refuse a time without a time zone, or an end that is not within a day after the start."""
    for field, value in (("starts", starts), ("ends", ends)):
        if value is not None and timezone.is_naive(value):
            raise MeetingsError("naive-datetime", "The meeting time needs a time zone", field)
    if starts is not None and ends is not None:
        problem = ending_problem(starts, ends)
        if problem:
            raise MeetingsError(*problem, "ends")


@transaction.atomic
def save_meeting(by, meeting: Meeting, *, fields: Sequence[str], reason: str) -> Meeting:
    """The back office's change to a meeting, for an officer of its committee's council.

    A meeting moved to a new start (by the officer, or by a Modern.gov sync, whose feed has
    no end) keeps its length: a recorded end that was not changed moves with the start."""
    moved = meeting.pk is not None and "starts" in fields and "ends" not in fields
    if moved and meeting.starts is not None and timezone.is_aware(meeting.starts):
        stored = Meeting.objects.filter(pk=meeting.pk).values("starts", "ends").first()
        if stored and stored["ends"] is not None and meeting.ends == stored["ends"]:
            meeting.ends = stored["ends"] + (meeting.starts - stored["starts"])
            fields = [*fields, "ends"]
    _check_times(meeting.starts, meeting.ends)
    return save_scoped(
        by,
        meeting,
        council_of=lambda m: m.committee.council,
        fields=fields,
        reason=reason,
        error=MeetingsError,
    )


@transaction.atomic
def save_agenda_item(by, item: AgendaItem, *, fields: Sequence[str], reason: str) -> AgendaItem:
    """The back office's change to an agenda item, for an officer of the meeting's council."""
    return save_scoped(
        by,
        item,
        council_of=lambda i: i.meeting.committee.council,
        fields=fields,
        reason=reason,
        error=MeetingsError,
    )


@transaction.atomic
def schedule_meeting(
    by,
    *,
    committee: Committee,
    starts: dt.datetime,
    venue: str,
    public_may_speak: bool = True,
    ends: dt.datetime | None = None,
) -> Meeting:
    """Add a meeting of ``committee``; its times must say which time zone they are in.

    ``ends`` is when it is expected to close; without one the meeting is taken to last
    three hours (``Meeting.closes``)."""
    _require(by, committee.council, CLERKS)
    _check_times(starts, ends)
    if not venue.strip():
        raise MeetingsError("venue-required", "Enter where the meeting is held", "venue")
    _fits(Meeting, {"venue": venue.strip()})
    meeting = Meeting(
        committee=committee,
        starts=starts,
        ends=ends,
        venue=venue.strip(),
        public_may_speak=public_may_speak,
    )
    stamp(meeting, by, Action.SCHEDULE_MEETING)
    meeting.save()
    return meeting


# --- agenda items -------------------------------------------------------------------

ITEM_FIELDS = (
    "number",
    "title",
    "description",
    "wards",
    "organisations",
    "addresses",
    "kind",
    "exempt_paragraph",
    "public_may_speak",
)
_LIST_FIELDS = ("wards", "organisations", "addresses")
# How errors name each column of an agenda file to a person (issue 11): the file's header is
# the key, the sentence says the label ("the exempt paragraph", not ``exempt_paragraph``).
COLUMN_LABELS = {
    "number": "item number",
    "title": "title",
    "description": "description",
    "wards": "wards",
    "organisations": "organisations",
    "addresses": "addresses",
    "kind": "kind of item",
    "exempt_paragraph": "exempt paragraph",
    "public_may_speak": "whether the public may speak",
}
_YES = {"yes", "true", "y", "1"}
_NO = {"no", "false", "n", "0"}


def _item_values(row: Mapping[str, Any], index: int) -> tuple[dict[str, Any], list[RowError]]:
    """Validate one agenda row (from a form, CSV or JSON) into AgendaItem field values."""
    errors: list[RowError] = []

    def fail(column: str, code: str, message: str) -> None:
        errors.append(RowError(index, column, code, message))

    if None in row:  # csv.DictReader's key for values beyond the header's columns
        fail("", "extra-values", "The row has more values than the header row has columns")
    for name in sorted(str(name) for name in set(row) - {*ITEM_FIELDS, None}):
        fail(name, "unknown-column", f"“{name}” is not one of an agenda's columns")
    values: dict[str, Any] = {}
    for field in ("number", "title"):
        value = str(row.get(field) or "").strip()
        if not value:
            fail(field, "missing-field", f"Give the {COLUMN_LABELS[field]}")
        values[field] = value
    if values["number"] and not ITEM_NUMBER.fullmatch(values["number"]):
        fail(
            "number",
            "not-an-item-number",
            "Give the item number as the agenda prints it, for example 3, 5a or 7.1",
        )
    values["description"] = str(row.get("description") or "").strip()
    for field in _LIST_FIELDS:
        raw = row.get(field) or []
        entries = raw.split(";") if isinstance(raw, str) else raw
        if not isinstance(entries, list) or not all(isinstance(e, str) for e in entries):
            fail(
                field,
                "not-a-list",
                f"Give the {COLUMN_LABELS[field]} as text separated by ; or as a list of text",
            )
            entries = []
        values[field] = "\n".join(e.strip() for e in entries if e.strip())
    found = too_long(AgendaItem, values)
    if found:
        label = COLUMN_LABELS[found[0]]
        fail(found[0], "too-long", f"The {label} must be {found[1]:,} characters or fewer")
    kind = str(row.get("kind") or AgendaItem.Kind.OTHER).strip()
    if kind not in AgendaItem.Kind.values:
        *others, last = AgendaItem.Kind.values
        kinds = f"{', '.join(others)} or {last}"
        fail("kind", "unknown-kind", f"The kind of item must be {kinds}")
    values["kind"] = kind
    paragraph = row.get("exempt_paragraph")
    values["exempt_paragraph"] = None
    if paragraph not in (None, ""):
        try:
            values["exempt_paragraph"] = int(paragraph)
        except (TypeError, ValueError):
            values["exempt_paragraph"] = 0
        if values["exempt_paragraph"] not in AgendaItem.ExemptParagraph.values:
            fail(
                "exempt_paragraph",
                "not-a-schedule-12a-paragraph",
                "The exempt paragraph must be a paragraph of Schedule 12A, 1 to 7",
            )
    speak = row.get("public_may_speak")
    values["public_may_speak"] = None
    if isinstance(speak, bool):
        values["public_may_speak"] = speak
    elif str(speak or "").strip().lower() in _YES | _NO:
        values["public_may_speak"] = str(speak).strip().lower() in _YES
    elif speak not in (None, ""):
        fail(
            "public_may_speak",
            "not-yes-or-no",
            "Say yes or no to whether the public may speak, or leave it empty",
        )
    return values, errors


def _create_item(by, meeting: Meeting, values: Mapping[str, Any], action: Action) -> AgendaItem:
    item = AgendaItem(meeting=meeting, **values)
    stamp(item, by, action)
    item.save()
    return item


@transaction.atomic
def add_item(by, meeting: Meeting, row: Mapping[str, Any]) -> AgendaItem:
    """Add one agenda item entered by hand."""
    _require(by, meeting.committee.council, CLERKS)
    values, errors = _item_values(row, 1)
    if errors:
        raise MeetingsError(errors[0].code, errors[0].message, errors[0].column)
    if meeting.items.filter(number=values["number"]).exists():
        raise MeetingsError(
            "duplicate-number",
            f"This meeting already has an item {values['number']}: give this item another number",
            "number",
        )
    return _create_item(by, meeting, values, Action.ADD_AGENDA_ITEM)


def _file_refused(code: str, message: str) -> ImportRefused:
    """The whole file refused, before any row is read: an error of no row and no column."""
    return ImportRefused([RowError(0, "", code, message)])


def read_agenda(name: str, data: bytes) -> dict[int, dict[str, Any]]:
    """Rows from an uploaded agenda file called ``name``: CSV or JSON by its ending.

    A CSV that is not UTF-8 is read as Windows-1252, the encoding Excel on Windows saves
    "CSV (Comma delimited)" in (its "CSV UTF-8" is UTF-8); JSON is UTF-8 by definition
    (RFC 8259). A file of another kind, or not text at all, is refused as such, never as
    an agenda with no items."""
    ending = name.lower().rpartition(".")[2]
    if ending not in ("csv", "json"):
        raise _file_refused(
            "unknown-format",
            "The file must be a CSV or JSON file: save the agenda from a spreadsheet as CSV, "
            "or choose a JSON list of items",
        )
    if len(data) > MAX_AGENDA_BYTES:
        raise _file_refused("too-large", f"The file is longer than {MAX_AGENDA_CHARS:,} characters")
    not_text = _file_refused(
        "unreadable",
        "The file is not text: save the agenda as a CSV or JSON file and choose that file",
    )
    if b"\x00" in data:
        raise not_text
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if ending == "json":
            raise not_text from None
        try:
            content = data.decode("cp1252")
        except UnicodeDecodeError:
            raise not_text from None
    return parse_agenda(content, ending)


def parse_agenda(content: str, format: str) -> dict[int, dict[str, Any]]:
    """Rows from a CSV (header row of ``ITEM_FIELDS`` names) or a JSON list of objects, each
    by its number as the person sees it: a CSV row as a spreadsheet numbers it (the header
    is row 1, so the first item is row 2, as in the register import), a JSON list's objects
    from 1.

    A file that cannot be read is refused with where the reader stopped, in words ("there
    is a problem on line 3, near column 5"), never the parser's own message."""
    if len(content) > MAX_AGENDA_CHARS:
        message = f"The file is longer than {MAX_AGENDA_CHARS:,} characters"
        raise _file_refused("too-large", message)
    if format == "csv":
        reader = csv.DictReader(io.StringIO(content))
        try:
            rows = [dict(row) for row in reader]
        except csv.Error:
            where = f"there is a problem on line {reader.line_num}"
            raise _file_refused("unreadable", f"The file is not valid CSV: {where}") from None
        return dict(zip(csv_row_numbers(content), rows, strict=True))
    if format == "json":
        try:
            data = boundedjson.loads(content, MAX_AGENDA_CHARS)
        except boundedjson.JSONRefused as error:
            raise _file_refused(error.code, f"The file is {error}") from None
        except json.JSONDecodeError as error:
            where = f"there is a problem on line {error.lineno}, near column {error.colno}"
            raise _file_refused("unreadable", f"The file is not valid JSON: {where}") from None
        if not isinstance(data, list) or not all(isinstance(row, dict) for row in data):
            message = "The file must be a list of items, each with the columns as its keys"
            raise _file_refused("not-a-list", message)
        return dict(enumerate(data, start=1))
    raise _file_refused("unknown-format", "The file must be CSV or JSON")


@transaction.atomic
def import_agenda(
    by, meeting: Meeting, rows: Mapping[int, Mapping[str, Any]] | Sequence[Mapping[str, Any]]
) -> list[AgendaItem]:
    """Add every row as an item, or none: any bad row refuses the whole import. ``rows`` are a
    file's by their numbers in it (``parse_agenda``), or a list numbered from 1: each error
    names its row by that number."""
    _require(by, meeting.committee.council, CLERKS)
    if not rows:
        raise _file_refused("no-rows", "The file has no agenda items")
    errors: list[RowError] = []
    prepared = []
    taken = set(meeting.items.values_list("number", flat=True))
    numbered = rows.items() if isinstance(rows, Mapping) else enumerate(rows, start=1)
    unknown_columns: set[str] = set()
    for index, row in numbered:
        values, row_errors = _item_values(row, index)
        # An unknown column is the file's fault, not each row's: named once, where first met.
        errors += [
            e for e in row_errors if e.code != "unknown-column" or e.column not in unknown_columns
        ]
        unknown_columns.update(e.column for e in row_errors if e.code == "unknown-column")
        if values["number"] in taken:
            message = "Another item already has this number"
            errors.append(RowError(index, "number", "duplicate-number", message))
        taken.add(values["number"])
        prepared.append(values)
    if errors:
        raise ImportRefused(errors)
    return [_create_item(by, meeting, values, Action.IMPORT_AGENDA) for values in prepared]


# --- declarations -------------------------------------------------------------------


@transaction.atomic
def record_declaration(
    by,
    *,
    item: AgendaItem,
    member: Member,
    kind: str,
    interest_entry: InterestEntry | None = None,
    sensitive: bool = False,
    nature: str = "",
    left_room: bool = False,
    dispensation: Dispensation | None = None,
) -> Declaration:
    """Record one declaration made at a meeting, as the clerk heard it."""
    meeting = item.meeting
    _require(by, meeting.committee.council, CLERKS)
    if member.council_id != meeting.committee.council_id:
        raise MeetingsError("other-council", "Choose a member of this council", "member")
    if kind not in Declaration.Kind.values:
        raise MeetingsError("unknown-kind", "Choose the kind of interest", "kind")
    if interest_entry is not None:
        if interest_entry.member_id != member.pk:
            raise MeetingsError(
                "entry-of-another-member",
                "That register entry is not this member's: choose one of theirs",
                "interest_entry",
            )
        if interest_entry.is_withheld and not sensitive:
            raise MeetingsError(
                "entry-is-sensitive",
                "That register entry is withheld as sensitive: record a sensitive interest",
                "sensitive",
            )
    nature = nature.strip()
    _fits(Declaration, {"nature": nature})
    if sensitive and nature:
        raise MeetingsError(
            "sensitive-with-nature",
            "A sensitive interest is recorded without its nature: leave the nature empty",
            "nature",
        )
    if not sensitive and not nature and interest_entry is None:
        raise MeetingsError(
            "nature-required",
            "Say what the interest is, or choose its entry in the member's register",
            "nature",
        )
    if dispensation is not None:
        if dispensation.member_id != member.pk:
            raise MeetingsError(
                "dispensation-of-another-member",
                "That dispensation is not this member's: choose one of theirs, or none",
                "dispensation",
            )
        on = timezone.localdate(meeting.starts)
        if not Dispensation.objects.in_force(on).filter(pk=dispensation.pk).exists():
            raise MeetingsError(
                "dispensation-not-in-force",
                "That dispensation is not in force on the day of the meeting",
                "dispensation",
            )
    if Declaration.objects.filter(item=item, member=member, kind=kind).exists():
        raise MeetingsError("already-declared", "This declaration is already recorded", "kind")
    declaration = Declaration(
        meeting=meeting,
        item=item,
        member=member,
        kind=kind,
        interest_entry=interest_entry,
        sensitive=sensitive,
        nature=nature,
        left_room=left_room,
        dispensation=dispensation,
        recorded_by=by,
    )
    stamp(declaration, by, Action.RECORD_DECLARATION)
    declaration.save()
    return declaration


@transaction.atomic
def publish_declarations(by, meeting: Meeting) -> Meeting:
    """Make the meeting's declarations public; later declarations are public at once.

    Not before the meeting has begun: declarations are made at the meeting, and the public
    page and the minutes speak of them as made ("left the room")."""
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    _require(by, meeting.committee.council, CLERKS)
    if meeting.starts > timezone.now():
        raise MeetingsError(
            "meeting-not-begun",
            "You can publish the declarations once the meeting has begun, on "
            f"{long_date(meeting.starts)}.",
        )
    if meeting.declarations_published is None:
        meeting.declarations_published = timezone.now()
        stamp(meeting, by, Action.PUBLISH_DECLARATIONS)
        meeting.save(update_fields=["declarations_published"])
    return meeting


def _members_own_entry(by, item: AgendaItem, entry: InterestEntry) -> InterestEntry:
    """``entry``, locked, if ``by`` is its member and ``item`` is their council's. Only the
    member answers a prompt: whether a matter relates to their interest is theirs to judge
    (Appendix B), so a clerk or officer cannot answer for them."""
    entry = InterestEntry.objects.select_for_update().select_related("member").get(pk=entry.pk)
    if by is None or not by.is_authenticated or entry.member.user_id != by.pk:
        raise MeetingsError(
            "not-allowed", "Only the member may say whether an item relates to their interest."
        )
    if item.meeting.committee.council_id != entry.member.council_id:
        raise MeetingsError("other-council", "That item is another council's.", "item")
    return entry


@transaction.atomic
def dismiss_prompt(
    by, *, item: AgendaItem, entry: InterestEntry, note: str = ""
) -> PromptDismissal:
    """The member says an agenda item Nolan matched to one of their register entries does not
    relate to it. Only the member may say so. The answer is kept, with who gave it and
    when, for the clerk and Monitoring Officer to see; the member may still open the prompt
    and work through its questions, or take the answer back (``withdraw_dismissal``).
    """
    entry = _members_own_entry(by, item, entry)
    if not prompts.pairs(item, entry):
        raise MeetingsError(
            "not-prompted", "Nolan has not asked you about this item for that interest."
        )
    note = note.strip()
    _fits(PromptDismissal, {"note": note})
    if PromptDismissal.objects.standing().filter(item=item, entry=entry).exists():
        raise MeetingsError(
            "already-dismissed", "You have already said this item is not related to your interest."
        )
    dismissal = PromptDismissal(item=item, entry=entry, note=note, dismissed_by=by)
    stamp(dismissal, by, Action.DISMISS_PROMPT)
    dismissal.save()
    return dismissal


@transaction.atomic
def withdraw_dismissal(
    by, *, item: AgendaItem, entry: InterestEntry, note: str = ""
) -> PromptDismissal:
    """The member takes back their answer that an agenda item is not related to their
    interest (a mistaken click would otherwise leave them unprompted to declare it). Only
    the member may. The answer is kept, marked withdrawn with who, when and why, so the clerk
    and Monitoring Officer still see that it was given; the prompt asks again.
    """
    entry = _members_own_entry(by, item, entry)
    note = note.strip()
    _fits(PromptDismissal, {"withdrawal_note": note})
    standing = PromptDismissal.objects.select_for_update().standing()
    dismissal = standing.filter(item=item, entry=entry).first()
    if dismissal is None:
        raise MeetingsError(
            "not-dismissed", "You have not said this item is not related to your interest."
        )
    dismissal.withdrawn_at = timezone.now()
    dismissal.withdrawn_by = by
    dismissal.withdrawal_note = note
    stamp(dismissal, by, Action.WITHDRAW_DISMISSAL)
    dismissal.save(update_fields=["withdrawn_at", "withdrawn_by", "withdrawal_note"])
    return dismissal


# --- dispensations ------------------------------------------------------------------


def latest_end(start: dt.date) -> dt.date:
    """The last day of a four-year dispensation starting on ``start`` (s.33(3)(b))."""
    try:
        anniversary = start.replace(year=start.year + DISPENSATION_MAX_YEARS)
    except ValueError:  # 29 February: the anniversary falls on 1 March
        anniversary = dt.date(start.year + DISPENSATION_MAX_YEARS, 3, 1)
    return anniversary - dt.timedelta(days=1)


@transaction.atomic
def apply_for_dispensation(
    by, *, member: Member, ground: str, matters: str, case: str = "", applied_on: dt.date
) -> Dispensation:
    """A member's written application on one of the grounds in s.33(2), made by the member
    or recorded for them by their council's clerk or Monitoring Officer."""
    _require_for_member(by, member)
    if ground not in Dispensation.Ground.values:
        raise MeetingsError(
            "unknown-ground", "Choose a ground from section 33(2), (a) to (e)", "ground"
        )
    if not matters.strip():
        raise MeetingsError("matters-required", "Say which matters it is for", "matters")
    _fits(Dispensation, {"matters": matters.strip(), "case": case.strip()})
    application = Dispensation(
        member=member,
        ground=ground,
        matters=matters.strip(),
        case=case.strip(),
        applied_on=applied_on,
    )
    stamp(application, by, Action.APPLY_FOR_DISPENSATION)
    application.save()
    return application


@transaction.atomic
def decide_dispensation(
    by,
    dispensation: Dispensation,
    *,
    grant: bool,
    decided_by: str,
    decided_on: dt.date,
    reasons: str,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> Dispensation:
    """Grant (for a stated period of at most four years) or refuse an application."""
    dispensation = Dispensation.objects.select_for_update().get(pk=dispensation.pk)
    _require(by, dispensation.member.council, OFFICERS)
    if dispensation.status != Dispensation.Status.APPLIED:
        raise MeetingsError(
            "already-decided", "This application has already been decided", "status"
        )
    if decided_by not in Dispensation.DecidedBy.values:
        raise MeetingsError(
            "unknown-decider",
            "Choose who decided: the standards committee or the Monitoring Officer",
            "decided_by",
        )
    if not reasons.strip():
        raise MeetingsError("reason-required", "Give the reasons for the decision", "reasons")
    _fits(Dispensation, {"reasons": reasons.strip()})
    if decided_on > timezone.localdate():
        raise MeetingsError(
            "future-date", f"{_named('decided_on')} must be today or in the past", "decided_on"
        )
    if grant:
        # In the GOV.UK date input's words, naming each date as the form does.
        if start is None:
            raise MeetingsError("period-required", f"Enter {FIELD_LABELS['start']}", "start")
        if end is None:
            raise MeetingsError("period-required", f"Enter {FIELD_LABELS['end']}", "end")
        if end < start:
            raise MeetingsError(
                "end-before-start",
                f"{_named('end')} must be the same as or after {long_date(start)}, when it starts",
                "end",
            )
        if end > latest_end(start):
            raise MeetingsError(
                "period-over-four-years",
                f"{_named('end')} must be the same as or before "
                f"{long_date(latest_end(start))}: a dispensation lasts at most four years",
                "end",
            )
    dispensation.status = Dispensation.Status.GRANTED if grant else Dispensation.Status.REFUSED
    dispensation.decided_by = decided_by
    dispensation.decided_on = decided_on
    dispensation.reasons = reasons.strip()
    dispensation.start = start if grant else None
    dispensation.end = end if grant else None
    stamp(dispensation, by, Action.GRANT_DISPENSATION if grant else Action.REFUSE_DISPENSATION)
    dispensation.save(
        update_fields=["status", "decided_by", "decided_on", "reasons", "start", "end"]
    )
    return dispensation
