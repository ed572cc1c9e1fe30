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


def test_the_register_and_agenda_imports_list_row_column_and_sentence_the_same_way(client):
    member = councillor()
    mo = officer(member.council)
    mo.is_staff = mo.is_superuser = True
    mo.save()
    client.force_login(mo)
    gifts = (
        "member,donor_name,donor_kind,description,value,received_on,accepted\n"
        f"{member.name},Acme Ltd,organisation,Dinner,75,2025-02-01,perhaps\n"
    )
    uploaded = client.post(
        "/admin/registers/gift/import/",
        {"import_file": SimpleUploadedFile("gifts.csv", gifts.encode()), "format": "0"},
    )
    register_page = client.get(uploaded.url).content.decode()
    meeting = MeetingFactory(committee=CommitteeFactory(council=member.council))
    agenda = SimpleUploadedFile("agenda.csv", b"number,title,public_may_speak\n1,Minutes,perhaps\n")
    agenda_page = client.post(
        reverse("manage-meeting", args=[member.council.slug, meeting.pk]),
        {"action": "import", "file": agenda},
    ).content.decode()

    # The register numbers rows as a spreadsheet shows them (headings in row 1), the agenda
    # page as its items (row 1 is the first item): each page says so.
    assert LINE.findall(register_page) == [
        ("not-yes-or-no", "Row 2, column accepted", "“perhaps” is not yes or no")
    ]
    assert LINE.findall(agenda_page) == [
        (
            "not-yes-or-no",
            "Row 1, column public_may_speak",
            "Say yes or no to whether the public may speak, or leave it empty",
        )
    ]
