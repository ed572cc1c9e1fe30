"""The meeting page numbers each agenda row as the agenda does (issue 11): an agenda that
starts at item 4, or has an item 5a, reads "4." and "5a.", never "1." and "2."."""

import re

import pytest

from tests.meetings.factories import AgendaItemFactory, MeetingFactory

pytestmark = pytest.mark.django_db


def agenda_as_read(page: str) -> list[str]:
    """The agenda's rows as a reader gets them: an ordered list puts its own 1., 2., ... first."""
    heading = page.split(">Agenda</h2>")[1]
    tag = re.match(r"\s*<(ol|ul)", heading).group(1)
    body = heading.split(f"</{tag}>")[0]
    rows = [re.sub(r"<[^>]+>", "", row).strip() for row in re.findall(r"(?s)<li>(.*?)</li>", body)]
    if tag == "ol":
        rows = [f"{n}. {row}" for n, row in enumerate(rows, 1)]
    return rows


def test_each_agenda_row_shows_the_items_own_number(client):
    meeting = MeetingFactory()
    AgendaItemFactory(meeting=meeting, number="4", title="Minutes of the last meeting")
    AgendaItemFactory(meeting=meeting, number="5a", title="6/2026/0412: two dwellings")
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert agenda_as_read(page) == [
        "4. Minutes of the last meeting",
        "5a. 6/2026/0412: two dwellings",
    ]
