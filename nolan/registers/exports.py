"""Open data: the registers as CSV and JSON, and councillors as Popolo JSON.

CSPL best practice 5 (seed 000, Appendix C): publish the gifts and hospitality register at
least quarterly in an accessible format such as CSV. Columns are documented in
docs/open-data.md; identifiers (``interest-N``, ``gift-N``, ``member-N``) are stable. Every
file carries its date of publication. Every CSV cell passes through
``nolan.core.spreadsheets.inert_cell``, so text typed as a formula opens as text, and a
yes-or-no value reads ``yes`` or ``no`` in the CSV, as the imports take it, where the JSON
keeps ``true`` and ``false`` for programs (a resident opening the CSV should not meet
Python's ``True``). Rows are
streamed from the database with ``.iterator()`` so a large register exports in flat memory.
Values come only from ``nolan.registers.publication``, which withholds sensitive interests
(s.32).
"""

import csv
import json
from collections.abc import Iterable, Iterator
from datetime import date

from django.utils import timezone

from nolan.core.spreadsheets import inert_cell
from nolan.councils.models import Council, Member
from nolan.registers.publication import (
    DETAIL_FIELDS,
    WITHHELD_TEXT,
    PublicGift,
    PublicInterest,
    member_identifier,
)

INTEREST_COLUMNS = [
    "identifier",
    "council",
    "member_identifier",
    "member_name",
    "table",
    "category",
    "category_subject",
    *DETAIL_FIELDS,
    "start_date",
    "end_date",
    "registered_on",
    "withheld",
    "nothing_registered",
    "published_on",
]
GIFT_COLUMNS = [
    "identifier",
    "council",
    "member_identifier",
    "member_name",
    "donor_name",
    "donor_kind",
    "donor_company_number",
    "donor_charity_number",
    "description",
    "occasion",
    "value_pence",
    "value_gbp",
    "received_on",
    "accepted",
    "above_threshold",
    "registered_on",
    "published_on",
]


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def interest_record(council: Council, interest: PublicInterest, published: date) -> dict:
    record = {
        "identifier": interest.identifier,
        "council": council.slug,
        "member_identifier": interest.member_identifier,
        "member_name": interest.member_name,
        "table": interest.table or "",
        "category": interest.category,
        "category_subject": interest.category_subject,
        **{name: interest.details.get(name, "") for name in DETAIL_FIELDS},
        "start_date": _iso(interest.start),
        "end_date": _iso(interest.end),
        "registered_on": _iso(interest.registered_on),
        "withheld": interest.withheld,
        "nothing_registered": False,
        "published_on": published.isoformat(),
    }
    if interest.withheld:
        record["details"] = WITHHELD_TEXT
    return record


def nothing_registered_record(council: Council, member: Member, published: date) -> dict:
    """The CSV row of a member the register lists with no interests: every interest column
    empty, ``nothing_registered`` yes."""
    record: dict = dict.fromkeys(INTEREST_COLUMNS, "")
    record.update(
        council=council.slug,
        member_identifier=member_identifier(member.pk),
        member_name=member.name,
        withheld=False,
        nothing_registered=True,
        published_on=published.isoformat(),
    )
    return record


def register_rows(
    council: Council, rows: Iterable[tuple[Member, list[PublicInterest]]], published: date
) -> Iterator[dict]:
    """The register's CSV rows: each interest, and a row for each member with none, so the
    file lists every member the page lists (issue 11)."""
    for member, interests in rows:
        if not interests:
            yield nothing_registered_record(council, member, published)
        for interest in interests:
            yield interest_record(council, interest, published)


def member_records(rows: Iterable[tuple[Member, list[PublicInterest]]]) -> list[dict]:
    """The JSON's ``members``: every member listed, with their interests' identifiers."""
    return [
        {
            "member_identifier": member_identifier(member.pk),
            "member_name": member.name,
            "interests": [interest.identifier for interest in interests],
        }
        for member, interests in rows
    ]


def gift_record(council: Council, gift: PublicGift, published: date) -> dict:
    record = dict(vars(gift))
    record.update(
        council=council.slug,
        value_gbp=gift.value_gbp,
        received_on=gift.received_on.isoformat(),
        registered_on=gift.registered_on.isoformat(),
        published_on=published.isoformat(),
    )
    return record


def _csv_cell(value: object) -> object:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return inert_cell(value)


class _Echo:
    """A file-like object whose write returns the line, for streaming csv.writer output."""

    def write(self, value: str) -> str:
        return value


def csv_lines(columns: list[str], records: Iterable[dict], batch: int = 500) -> Iterator[str]:
    """The CSV text in pieces of ``batch`` rows: few enough writes, little held at once."""
    writer = csv.DictWriter(_Echo(), fieldnames=columns, extrasaction="ignore")
    lines = [writer.writerow(dict(zip(columns, columns, strict=True)))]
    for record in records:
        lines.append(writer.writerow({name: _csv_cell(value) for name, value in record.items()}))
        if len(lines) >= batch:
            yield "".join(lines)
            lines = []
    yield "".join(lines)


def json_chunks(
    council: Council,
    kind: str,
    records: Iterable[dict],
    batch: int = 500,
    head: dict | None = None,
) -> Iterator[str]:
    """A JSON document streamed in pieces: ``{"council", "published_on", **head, kind: [...]}``."""
    published = timezone.localdate().isoformat()
    extra = "".join(
        f"{json.dumps(key)}: {json.dumps(value)}, " for key, value in (head or {}).items()
    )
    pieces = [
        f'{{"council": {json.dumps(council.slug)}, "published_on": "{published}", '
        f'{extra}"{kind}": ['
    ]
    for index, record in enumerate(records):
        pieces.append(("," if index else "") + json.dumps(record))
        if len(pieces) >= batch:
            yield "".join(pieces)
            pieces = []
    pieces.append("]}")
    yield "".join(pieces)


def _in_force(start: date | None, end: date | None, on: date | None) -> bool:
    """Whether a term or membership held on ``on``; without a day, every one is listed."""
    return on is None or ((start is None or start <= on) and (end is None or end >= on))


def popolo(council: Council, on: date | None = None) -> dict:
    """Councillors and their council and committee memberships in the Popolo format; given
    ``on``, the members serving that day (``publication.serving``, as the register lists
    them) and the terms and memberships they held that day."""
    org_id = f"council-{council.slug}"
    organizations = {org_id: {"id": org_id, "name": council.name, "classification": "council"}}
    persons, memberships = [], []
    members = (council.members if on is None else council.members.current(on)).prefetch_related(
        "terms", "memberships__committee"
    )
    for member in members:
        person_id = member_identifier(member.pk)
        persons.append(
            {
                "id": person_id,
                "name": member.name,
                "identifiers": [{"scheme": "nolan", "identifier": member.slug}],
            }
        )
        for term in member.terms.all():
            if not _in_force(term.start, term.end, on):
                continue
            memberships.append(
                {
                    "id": f"term-{term.pk}",
                    "person_id": person_id,
                    "organization_id": org_id,
                    "role": member.get_kind_display(),
                    "label": term.get_began_display(),
                    "area": {"name": member.ward} if member.ward else None,
                    "on_behalf_of": {"name": member.party} if member.party else None,
                    "start_date": _iso(term.start),
                    "end_date": _iso(term.end),
                }
            )
        for membership in member.memberships.all():
            if not _in_force(membership.start, membership.end, on):
                continue
            committee_id = f"committee-{membership.committee_id}"
            organizations.setdefault(
                committee_id,
                {
                    "id": committee_id,
                    "name": membership.committee.name,
                    "classification": "committee",
                    "parent_id": org_id,
                },
            )
            memberships.append(
                {
                    "id": f"committee-membership-{membership.pk}",
                    "person_id": person_id,
                    "organization_id": committee_id,
                    "role": membership.get_position_display(),
                    "start_date": _iso(membership.start),
                    "end_date": _iso(membership.end),
                }
            )
    return {
        "published_on": timezone.localdate().isoformat(),
        "persons": persons,
        "organizations": list(organizations.values()),
        "memberships": [{k: v for k, v in m.items() if v is not None} for m in memberships],
    }
