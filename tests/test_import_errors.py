"""Every all-or-nothing import lists what is wrong one way (issue 11): the back office's
register spreadsheet and a meeting's agenda each say the row, the column as the file heads
it, and a sentence, one error a line, and give the same fault the same code."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.factories import CommitteeFactory
from tests.meetings.factories import MeetingFactory
from tests.registers.factories import councillor, officer

pytestmark = pytest.mark.django_db

# One listed error: its code beside the text, never in it; where, then the sentence.
LINE = re.compile(r'<li data-code="([a-z0-9-]+)">(Row \d+, column [a-z_]+): ([^<]+)</li>')


GIFTS = "member,donor_name,donor_kind,description,value,received_on,accepted\n"
AGENDA = "number,title,public_may_speak\n"


@pytest.fixture
def member(client):
    """A councillor, with their Monitoring Officer signed in to import for their council."""
    member = councillor()
    mo = officer(member.council)
    mo.is_staff = mo.is_superuser = True
    mo.save()
    client.force_login(mo)
    return member


def register_errors(client, csv: str) -> list[tuple[str, str, str]]:
    """The errors the register's gifts import lists for ``csv``: code, where, sentence."""
    upload = SimpleUploadedFile("gifts.csv", csv.encode())
    uploaded = client.post("/admin/registers/gift/import/", {"import_file": upload, "format": "0"})
    return LINE.findall(client.get(uploaded.url).content.decode())


def agenda_errors(client, council, csv: str) -> list[tuple[str, str, str]]:
    """The errors a meeting's page lists for an agenda ``csv``: code, where, sentence."""
    meeting = MeetingFactory(committee=CommitteeFactory(council=council))
    page = client.post(
        reverse("manage-meeting", args=[council.slug, meeting.pk]),
        {"action": "import", "file": SimpleUploadedFile("agenda.csv", csv.encode())},
    ).content.decode()
    return LINE.findall(page)


def test_the_register_and_agenda_imports_list_row_column_and_sentence_the_same_way(client, member):
    # Both number rows as a spreadsheet shows them: the headings are row 1, so the first
    # row under them is row 2.
    assert register_errors(
        client, GIFTS + f"{member.name},Acme Ltd,organisation,Dinner,75,2025-02-01,perhaps\n"
    ) == [("not-yes-or-no", "Row 2, column accepted", "“perhaps” is not yes or no")]
    assert agenda_errors(client, member.council, AGENDA + "1,Minutes,perhaps\n") == [
        (
            "not-yes-or-no",
            "Row 2, column public_may_speak",
            "Say yes or no to whether the public may speak, or leave it empty",
        )
    ]


def test_both_imports_count_an_empty_line_as_the_row_a_spreadsheet_shows(client, member):
    """A CSV reader skips an empty line; a spreadsheet shows it as a row, so the rows after
    it keep the spreadsheet's numbers: the bad row below is row 4."""
    good = f"{member.name},Acme Ltd,organisation,Dinner,75,2025-02-01,yes\n"
    bad = f"{member.name},Acme Ltd,organisation,Lunch,75,2025-02-02,perhaps\n"
    assert [where for _, where, _ in register_errors(client, GIFTS + good + "\n" + bad)] == [
        "Row 4, column accepted"
    ]
    agenda = AGENDA + "1,Minutes,\n\n2,Budget,perhaps\n"
    assert [where for _, where, _ in agenda_errors(client, member.council, agenda)] == [
        "Row 4, column public_may_speak"
    ]


def test_both_imports_call_an_empty_cell_that_must_be_filled_in_a_missing_field(client, member):
    register = register_errors(client, GIFTS + ",Acme Ltd,organisation,Dinner,75,2025-02-01,yes\n")
    agenda = agenda_errors(client, member.council, AGENDA + "1,,\n")
    assert [(code, where) for code, where, _ in register] == [
        ("missing-field", "Row 2, column member")
    ]
    assert [(code, where) for code, where, _ in agenda] == [
        ("missing-field", "Row 2, column title")
    ]
