"""The meetings write path: agenda import, declarations and dispensations refuse bad input
with stable codes and never keep the nature of a sensitive interest."""

import datetime as dt
import json
from pathlib import Path

import pytest

from nolan.core.errors import ImportRefused
from nolan.meetings import services
from nolan.meetings.models import AgendaItem, Declaration, Dispensation
from nolan.meetings.services import MeetingsError
from tests.factories import CouncilFactory, MemberFactory
from tests.meetings.factories import AgendaItemFactory, DispensationFactory, MeetingFactory
from tests.meetings.test_pages import begin

pytestmark = pytest.mark.django_db


def _codes(excinfo):
    return [(e.row, e.column, e.code) for e in excinfo.value.errors]


CSV = (Path(__file__).parent / "data" / "agenda.csv").read_text()


def test_a_csv_agenda_is_imported_with_lists_kinds_and_exempt_paragraphs(by):
    meeting = MeetingFactory()
    items = services.import_agenda(by, meeting, services.parse_agenda(CSV, "csv"))
    assert [i.number for i in items] == ["1", "2", "3"]
    planning = items[1]
    assert planning.kind == AgendaItem.Kind.PLANNING
    assert planning.wards == "Welwyn East\nWelwyn West"
    assert planning.addresses == "14 Church Street, Welwyn, AL6 9LW"
    assert planning.public_may_speak is True
    assert items[2].exempt and items[2].exempt_paragraph == 3
    assert items[2].public_speaking is False
    assert items[0].public_speaking is meeting.public_may_speak


def test_a_json_agenda_accepts_lists(by):
    meeting = MeetingFactory()
    rows = [{"number": "1", "title": "Grant", "organisations": ["Acme Ltd", "Zenith plc"]}]
    (item,) = services.import_agenda(by, meeting, services.parse_agenda(json.dumps(rows), "json"))
    assert item.organisations == "Acme Ltd\nZenith plc"


def test_an_agenda_with_any_bad_row_imports_nothing_and_names_every_bad_row(by):
    meeting = MeetingFactory()
    rows = [
        {"number": "1", "title": "Fine"},
        {"number": "2", "title": "", "kind": "gossip"},
        {"number": "1", "title": "Again", "exempt_paragraph": "8"},
        {"number": "4", "title": "Speak?", "public_may_speak": "perhaps", "colour": "red"},
    ]
    with pytest.raises(ImportRefused) as excinfo:
        services.import_agenda(by, meeting, rows)
    assert _codes(excinfo) == [
        (2, "title", "missing-field"),
        (2, "kind", "unknown-kind"),
        (3, "exempt_paragraph", "not-a-schedule-12a-paragraph"),
        (3, "number", "duplicate-number"),
        (4, "colour", "unknown-column"),
        (4, "public_may_speak", "not-yes-or-no"),
    ]
    assert not meeting.items.exists()


def test_an_unknown_column_is_reported_once_not_once_a_row(by):
    """Found walking the demo: a CSV with a 'colour' column listed "Row 2, column colour",
    "Row 3, column colour", ... for one heading. Each unknown column is named once, at the
    first row that has it; every other column is still checked row by row."""
    meeting = MeetingFactory()
    content = "number,title,colour,size\n1,Minutes,red,big\n2,,blue,small\n3,Budget,green,\n"
    with pytest.raises(ImportRefused) as excinfo:
        services.import_agenda(by, meeting, services.parse_agenda(content, "csv"))
    assert _codes(excinfo) == [
        (2, "colour", "unknown-column"),
        (2, "size", "unknown-column"),
        (3, "title", "missing-field"),
    ]


def test_agenda_rows_are_numbered_as_the_person_sees_them_in_the_file():
    """A CSV's rows as a spreadsheet shows them (headings in row 1, an empty line a row of
    its own); a JSON list's items from 1."""
    csv_rows = services.parse_agenda("number,title\n1,Minutes\n\n2,Budget\n", "csv")
    assert {n: row["title"] for n, row in csv_rows.items()} == {2: "Minutes", 4: "Budget"}
    json_rows = services.parse_agenda('[{"title": "Minutes"}, {"title": "Budget"}]', "json")
    assert {n: row["title"] for n, row in json_rows.items()} == {1: "Minutes", 2: "Budget"}


@pytest.mark.parametrize(
    ("content", "format", "code"),
    [
        ("{not json", "json", "unreadable"),
        ('{"a": 1}', "json", "not-a-list"),
        ("", "xml", "unknown-format"),
    ],
)
def test_an_unreadable_agenda_file_is_refused_with_a_code(content, format, code):
    with pytest.raises(ImportRefused) as excinfo:
        services.parse_agenda(content, format)
    assert excinfo.value.errors[0].code == code


def test_an_empty_agenda_is_refused(by):
    with pytest.raises(ImportRefused) as excinfo:
        services.import_agenda(by, MeetingFactory(), [])
    assert excinfo.value.errors[0].code == "no-rows"


def test_an_item_added_by_hand_cannot_reuse_a_number(by):
    item = AgendaItemFactory(number="5")
    with pytest.raises(MeetingsError) as excinfo:
        services.add_item(by, item.meeting, {"number": "5", "title": "Another"})
    assert excinfo.value.code == "duplicate-number"


def test_a_declaration_is_recorded_with_the_nature_of_the_interest(by):
    item = AgendaItemFactory()
    member = MemberFactory(council=item.meeting.committee.council)
    declaration = services.record_declaration(
        by, item=item, member=member, kind="dpi", nature="Owns the land", left_room=True
    )
    assert declaration.recorded_text == "Disclosable pecuniary interest: Owns the land"
    assert declaration.history.count() == 1


def test_a_sensitive_declaration_never_keeps_its_nature(by):
    item = AgendaItemFactory()
    member = MemberFactory(council=item.meeting.committee.council)
    with pytest.raises(MeetingsError) as excinfo:
        services.record_declaration(
            by, item=item, member=member, kind="dpi", sensitive=True, nature="Home address"
        )
    assert excinfo.value.code == "sensitive-with-nature"
    declaration = services.record_declaration(
        by, item=item, member=member, kind="dpi", sensitive=True
    )
    assert declaration.recorded_text == "A sensitive interest"


def test_a_member_of_another_council_cannot_declare(by):
    item = AgendaItemFactory()
    outsider = MemberFactory(council=CouncilFactory(slug="bexley"))
    with pytest.raises(MeetingsError) as excinfo:
        services.record_declaration(by, item=item, member=outsider, kind="dpi")
    assert excinfo.value.code == "other-council"


def test_the_same_declaration_is_not_recorded_twice(by):
    item = AgendaItemFactory()
    member = MemberFactory(council=item.meeting.committee.council)
    services.record_declaration(by, item=item, member=member, kind="ori", nature="Governor")
    with pytest.raises(MeetingsError) as excinfo:
        services.record_declaration(by, item=item, member=member, kind="ori", nature="Governor")
    assert excinfo.value.code == "already-declared"


def _granted(by, member, start=dt.date(2026, 1, 10), end=dt.date(2027, 1, 9)):
    application = services.apply_for_dispensation(
        by, member=member, ground="c", matters="Council tax", applied_on=dt.date(2026, 1, 5)
    )
    return services.decide_dispensation(
        by,
        application,
        grant=True,
        decided_by="standards_committee",
        decided_on=dt.date(2026, 1, 9),
        reasons="Every member pays council tax.",
        start=start,
        end=end,
    )


def test_a_declaration_may_rely_only_on_the_members_own_dispensation_in_force(by):
    item = AgendaItemFactory()  # meeting on 3 December 2026
    council = item.meeting.committee.council
    member, other = MemberFactory(council=council), MemberFactory(council=council)
    theirs = _granted(by, other)
    expired = _granted(by, member, end=dt.date(2026, 6, 30))
    for dispensation, code in [
        (theirs, "dispensation-of-another-member"),
        (expired, "dispensation-not-in-force"),
    ]:
        with pytest.raises(MeetingsError) as excinfo:
            services.record_declaration(
                by, item=item, member=member, kind="dpi", nature="Owner", dispensation=dispensation
            )
        assert excinfo.value.code == code
    current = _granted(by, member)
    declaration = services.record_declaration(
        by, item=item, member=member, kind="dpi", nature="Owner", dispensation=current
    )
    assert declaration.dispensation == current


@pytest.mark.parametrize(
    ("start", "end", "allowed"),
    [
        (dt.date(2026, 1, 10), dt.date(2030, 1, 9), True),
        (dt.date(2026, 1, 10), dt.date(2030, 1, 10), False),
        (dt.date(2028, 2, 29), dt.date(2032, 2, 28), True),
        (dt.date(2028, 2, 29), dt.date(2032, 2, 29), False),
    ],
)
def test_a_dispensation_lasts_at_most_four_years(start, end, allowed, by):
    member = MemberFactory()
    if allowed:
        assert _granted(by, member, start, end).end == end
    else:
        with pytest.raises(MeetingsError) as excinfo:
            _granted(by, member, start, end)
        assert excinfo.value.code == "period-over-four-years"


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"decided_by": "leader"}, "unknown-decider"),
        ({"reasons": " "}, "reason-required"),
        ({"start": None}, "period-required"),
        ({"end": dt.date(2025, 1, 1)}, "end-before-start"),
    ],
)
def test_a_grant_is_refused_without_a_decider_reasons_or_a_proper_period(changes, code, by):
    application = DispensationFactory(member=MemberFactory())
    decision = {
        "grant": True,
        "decided_by": "monitoring_officer",
        "decided_on": dt.date(2026, 1, 9),
        "reasons": "Quorum",
        "start": dt.date(2026, 1, 10),
        "end": dt.date(2027, 1, 9),
    } | changes
    with pytest.raises(MeetingsError) as excinfo:
        services.decide_dispensation(by, application, **decision)
    assert excinfo.value.code == code


def test_a_refusal_keeps_no_period_and_cannot_be_decided_again(by):
    application = DispensationFactory(member=MemberFactory())
    refused = services.decide_dispensation(
        by,
        application,
        grant=False,
        decided_by="monitoring_officer",
        decided_on=dt.date(2026, 1, 9),
        reasons="Not needed",
        start=dt.date(2026, 1, 10),
        end=dt.date(2027, 1, 9),
    )
    assert (refused.status, refused.start, refused.end) == (Dispensation.Status.REFUSED, None, None)
    with pytest.raises(MeetingsError) as excinfo:
        services.decide_dispensation(
            by,
            refused,
            grant=True,
            decided_by="monitoring_officer",
            decided_on=dt.date(2026, 1, 9),
            reasons="Changed mind",
        )
    assert excinfo.value.code == "already-decided"


@pytest.mark.parametrize(
    ("ground", "matters", "code"), [("f", "Tax", "unknown-ground"), ("a", " ", "matters-required")]
)
def test_an_application_needs_a_statutory_ground_and_matters(ground, matters, code, by):
    with pytest.raises(MeetingsError) as excinfo:
        services.apply_for_dispensation(
            by,
            member=MemberFactory(),
            ground=ground,
            matters=matters,
            applied_on=dt.date(2026, 1, 1),
        )
    assert excinfo.value.code == code


def test_declarations_are_public_only_once_published(by):
    item = AgendaItemFactory()
    member = MemberFactory(council=item.meeting.committee.council)
    services.record_declaration(by, item=item, member=member, kind="ori", nature="Governor")
    assert not Declaration.objects.published().exists()
    begin(item.meeting)
    services.publish_declarations(by, item.meeting)
    assert Declaration.objects.published().count() == 1


def test_a_meeting_needs_an_aware_time_and_a_venue(by):
    committee = MeetingFactory().committee
    naive = dt.datetime(2026, 12, 3, 19, 30)
    for starts, venue, code in [
        (naive, "Chamber", "naive-datetime"),
        (naive.replace(tzinfo=dt.UTC), " ", "venue-required"),
    ]:
        with pytest.raises(MeetingsError) as excinfo:
            services.schedule_meeting(by, committee=committee, starts=starts, venue=venue)
        assert excinfo.value.code == code
