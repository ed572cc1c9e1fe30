"""The meeting page numbers each agenda row as the agenda does (issue 11): an agenda that
starts at item 4, or has an item 5a, reads "4." and "5a.", never "1." and "2."; and its items
come in the agenda's order (5, 5a, 10), not the order they were added in."""

import re

import pytest

from nolan.meetings import minutes
from nolan.meetings.models import AgendaItem, Declaration, agenda_order
from tests.factories import MemberFactory
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


def test_item_numbers_sort_as_an_agenda_runs():
    numbers = ["10", "B2", "5a", "2", "5", "12A.1", "5.1", "1"]
    assert sorted(numbers, key=agenda_order) == ["1", "2", "5", "5.1", "5a", "10", "12A.1", "B2"]


def test_items_added_out_of_order_list_in_the_agendas_order(client):
    meeting = MeetingFactory()
    for number in ("10", "5a", "2", "5"):
        AgendaItemFactory(meeting=meeting, number=number, title=f"Item {number}")
    member = MemberFactory(council=meeting.committee.council)
    for item in AgendaItem.objects.filter(meeting=meeting).order_by("-id"):
        Declaration.objects.create(meeting=meeting, item=item, member=member, kind="ori")
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert [row.split(".")[0] for row in agenda_as_read(page)] == ["2", "5", "5a", "10"]
    assert [i.number for i in meeting.items.all()] == ["2", "5", "5a", "10"]
    declared = [d.item.number for d in Declaration.objects.filter(meeting=meeting)]
    assert declared == ["2", "5", "5a", "10"]
    in_text = [line.split(",")[0] for line in minutes.declarations_section(meeting)]
    assert in_text == ["Item 2", "Item 5", "Item 5a", "Item 10"]


def test_a_renumbered_item_moves_to_its_new_place():
    meeting = MeetingFactory()
    first = AgendaItemFactory(meeting=meeting, number="1")
    AgendaItemFactory(meeting=meeting, number="2")
    first.number = "3"
    first.save(update_fields=["number"])
    assert [i.number for i in meeting.items.all()] == ["2", "3"]
