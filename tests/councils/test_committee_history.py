"""Committees and committee seats keep history, as members and terms do.

A committee's name and kind, and who sits on it as chair or member, decide which
declarations a meeting expects and who may be asked about an interest; a change to either,
from the back office or the Modern.gov sync, must say who made it, when and why. Only the
officers who may see the committee may read its history.
"""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from nolan.councils import services
from nolan.councils.models import Committee, CommitteeMembership
from nolan.demo import load_demo
from tests.conftest import VerifiedClient
from tests.history import history_table

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    load_demo()
    return {u.username: u for u in get_user_model().objects.all()}


def _planning(council: str = "welwyn-hatfield") -> Committee:
    return Committee.objects.get(council__slug=council, kind=Committee.Kind.PLANNING)


def _signed_in(user) -> VerifiedClient:
    client = VerifiedClient()
    client.force_login(user)
    return client


def test_an_officers_committee_edit_in_the_back_office_keeps_who_and_why(demo):
    committee = _planning()
    page = _signed_in(demo["mo"]).post(
        reverse("admin:councils_committee_change", args=[committee.pk]),
        {
            "council": committee.council_id,
            "slug": committee.slug,
            "name": "Development Management Committee",
            "kind": committee.kind,
            "change_reason": "Renamed at the annual meeting",
        },
    )
    assert page.status_code == 302, page.content[:2000]
    latest = committee.history.latest("history_date")
    assert latest.name == "Development Management Committee"
    assert (latest.history_user, latest.history_change_reason) == (
        demo["mo"],
        "Renamed at the annual meeting",
    )
    assert latest.prev_record is not None and latest.prev_record.name == "Planning Committee"


def test_a_seat_change_keeps_who_and_why_and_what_it_was(demo):
    seat = _planning().memberships.filter(position=CommitteeMembership.Position.MEMBER).first()
    seat.position = CommitteeMembership.Position.CHAIR
    services.save_membership(
        demo["deputy"], seat, fields=["position"], reason="Elected chair on 20 May"
    )
    seat.end = dt.date(2027, 5, 19)
    services.save_membership(demo["mo"], seat, fields=["end"], reason="Stood down as chair")
    versions = list(seat.history.order_by("history_date", "history_id"))
    assert [(v.position, v.end) for v in versions[-2:]] == [
        ("chair", None),
        ("chair", dt.date(2027, 5, 19)),
    ]
    assert [(v.history_user, v.history_change_reason) for v in versions[-2:]] == [
        (demo["deputy"], "Elected chair on 20 May"),
        (demo["mo"], "Stood down as chair"),
    ]


def test_the_committee_page_offers_its_history_in_words(demo):
    committee = _planning()
    committee.name = "Development Management Committee"
    services.save_committee(
        demo["mo"], committee, fields=["name"], reason="Renamed at the annual meeting"
    )
    client = _signed_in(demo["deputy"])
    change = client.get(reverse("admin:councils_committee_change", args=[committee.pk]))
    history_url = reverse("admin:councils_committee_history", args=[committee.pk])
    assert f'href="{history_url}"' in change.content.decode()
    table = history_table(client, committee)
    assert "Renamed at the annual meeting" in table
    assert "Name: Planning Committee → Development Management Committee" in table
    who = demo["mo"].get_full_name() or demo["mo"].username
    assert who in table


def test_an_officer_of_another_council_cannot_see_a_committees_history(demo):
    committee = _planning()
    committee.name = "Development Management Committee"
    services.save_committee(
        demo["mo"], committee, fields=["name"], reason="Renamed at the annual meeting"
    )
    version = committee.history.latest("history_date")
    client = _signed_in(demo["bexley-mo"])
    client.raise_request_exception = False
    for url in (
        reverse("admin:councils_committee_history", args=[committee.pk]),
        reverse("admin:councils_committee_simple_history", args=[committee.pk, version.pk]),
    ):
        page = client.get(url)
        assert page.status_code in (302, 403, 404), url
        assert "Renamed at the annual meeting" not in page.content.decode(), url
    # Their own council's committee history is theirs to read.
    own = _planning("bexley")
    assert client.get(reverse("admin:councils_committee_history", args=[own.pk])).status_code == 200


def test_a_refused_change_leaves_no_history(demo):
    committee = _planning()
    before = committee.history.count()
    committee.name = "Taken over"
    with pytest.raises(services.CouncilsError):
        services.save_committee(demo["bexley-mo"], committee, fields=["name"], reason="x")
    assert committee.history.count() == before
