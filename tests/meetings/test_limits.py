"""Over-long text and oversized or deeply nested agenda files: a clear error with a stable
code from the forms and the meetings services, never an HTTP 500 (PostgreSQL) or text
stored past its column's limit (SQLite)."""

import datetime as dt
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from nolan.core.errors import ImportRefused
from nolan.councils.models import Role
from nolan.limits import TEXT_MAX_LENGTH
from nolan.meetings import services
from nolan.meetings.models import AgendaItem, Declaration, Dispensation
from nolan.meetings.services import MAX_AGENDA_CHARS, MeetingsError
from tests.factories import MemberFactory, RoleFactory, UserFactory
from tests.meetings.factories import AgendaItemFactory, MeetingFactory, typed_date

pytestmark = pytest.mark.django_db

TOO_LONG = "x" * (TEXT_MAX_LENGTH + 1)


@pytest.fixture
def clerk_client(client):
    meeting = MeetingFactory()
    clerk = UserFactory()
    RoleFactory(user=clerk, council=meeting.committee.council, kind=Role.Kind.CLERK)
    client.force_login(clerk)
    client.meeting = meeting
    client.manage = reverse("manage-meeting", args=[meeting.committee.council.slug, meeting.pk])
    return client


def error_codes(form, field):
    return [error.code for error in form.errors.as_data()[field]]


def test_an_over_long_title_or_description_is_refused_by_the_item_form(clerk_client):
    data = {"action": "add-item", "number": "1", "kind": "other", "title": "T" * 301}
    data["description"] = TOO_LONG
    response = clerk_client.post(clerk_client.manage, data)
    assert response.status_code == 400
    form = response.context["item_form"]
    assert error_codes(form, "title") == error_codes(form, "description") == ["max_length"]
    assert not AgendaItem.objects.exists()


def test_an_over_long_venue_is_refused_by_the_meeting_form(clerk_client):
    council = clerk_client.meeting.committee.council
    data = {"committee": clerk_client.meeting.committee.pk, "starts": "19:30"}
    data |= typed_date("day", dt.date(2026, 12, 3))
    response = clerk_client.post(
        reverse("new-meeting", args=[council.slug]), data | {"venue": "V" * 201}
    )
    assert error_codes(response.context["form"], "venue") == ["max_length"]
    assert council.committees.get().meetings.count() == 1


def test_an_agenda_import_with_an_over_long_title_names_the_row(clerk_client):
    rows = json.dumps([{"number": "1", "title": "Fine"}, {"number": "2", "title": "T" * 301}])
    upload = SimpleUploadedFile("agenda.json", rows.encode())
    response = clerk_client.post(clerk_client.manage, {"action": "import", "file": upload})
    assert response.status_code == 400
    page = response.content.decode()
    assert (
        '<li data-code="too-long">Row 2, column title: The title must be 300 characters or fewer'
        in page
    )
    assert not AgendaItem.objects.exists()


@pytest.mark.parametrize(
    ("content", "format", "code"),
    [
        ("[" * 100_000 + "]" * 100_000, "json", "too-deep"),
        (json.dumps([{"number": "1", "title": "x" * MAX_AGENDA_CHARS}]), "json", "too-large"),
        ("number,title\n1," + "x" * MAX_AGENDA_CHARS + "\n", "csv", "too-large"),
        ("number,title\n1," + "x" * 200_000 + "\n", "csv", "unreadable"),
    ],
)
def test_an_agenda_file_too_deep_or_too_large_is_refused_with_a_code(content, format, code):
    with pytest.raises(ImportRefused) as excinfo:
        services.parse_agenda(content, format)
    assert [e.code for e in excinfo.value.errors] == [code]


def test_a_deeply_nested_agenda_upload_is_a_clear_error_not_a_500(clerk_client):
    upload = SimpleUploadedFile("agenda.json", ("[" * 100_000 + "]" * 100_000).encode())
    response = clerk_client.post(clerk_client.manage, {"action": "import", "file": upload})
    assert response.status_code == 400
    assert '<li data-code="too-deep">' in response.content.decode()


def test_the_services_refuse_over_long_text_naming_the_field(by):
    item = AgendaItemFactory()
    member = MemberFactory(council=item.meeting.committee.council)
    calls = [
        (lambda: services.add_item(by, item.meeting, {"number": "9", "title": "T" * 301}), "title"),
        (
            lambda: services.schedule_meeting(
                by, committee=item.meeting.committee, starts=timezone.now(), venue="V" * 201
            ),
            "venue",
        ),
        (
            lambda: services.record_declaration(
                by, item=item, member=member, kind="ori", nature=TOO_LONG
            ),
            "nature",
        ),
        (
            lambda: services.apply_for_dispensation(
                by, member=member, ground="a", matters=TOO_LONG, applied_on=dt.date(2026, 1, 1)
            ),
            "matters",
        ),
    ]
    for call, field in calls:
        with pytest.raises(MeetingsError) as excinfo:
            call()
        assert (excinfo.value.code, excinfo.value.field) == ("too-long", field)
    assert not Declaration.objects.exists() and not Dispensation.objects.exists()


def test_a_decision_with_over_long_reasons_is_refused(by):
    application = services.apply_for_dispensation(
        by, member=MemberFactory(), ground="b", matters="Budget", applied_on=dt.date(2026, 1, 1)
    )
    with pytest.raises(MeetingsError) as excinfo:
        services.decide_dispensation(
            by,
            application,
            grant=False,
            decided_by="monitoring_officer",
            decided_on=dt.date(2026, 1, 2),
            reasons=TOO_LONG,
        )
    assert (excinfo.value.code, excinfo.value.field) == ("too-long", "reasons")


def test_the_longest_allowed_text_is_stored_whole(by):
    """On PostgreSQL this proves the limits fit the columns."""
    item = services.add_item(
        by,
        MeetingFactory(),
        {"number": "1", "title": "T" * 300, "description": "d" * TEXT_MAX_LENGTH},
    )
    item.refresh_from_db()
    assert (len(item.title), len(item.description)) == (300, TEXT_MAX_LENGTH)
