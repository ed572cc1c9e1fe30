"""A record's history in the back office reads in words (issue 11): each service's action
by its label, who by name, each field by its label and each value as a person reads it,
never a service's name, a stored key or a Python value; and a sensitive interest's history
still reaches only the Monitoring Officer and deputies."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from nolan.demo import load_demo
from nolan.history import Action, shown
from nolan.meetings import services as meetings
from nolan.meetings.models import Meeting
from nolan.registers import services as registers
from nolan.registers.models import Gift, InterestEntry, Sensitivity
from tests.history import history_table

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    load_demo()
    return {u.username: u for u in get_user_model().objects.all()}


def sensitive_entry() -> InterestEntry:
    return InterestEntry.objects.filter(
        member__council__slug="welwyn-hatfield", sensitivity=Sensitivity.AGREED
    ).first()


def test_an_interests_history_names_each_step_who_took_it_and_what_changed(client, demo):
    client.force_login(demo["mo"])
    text = history_table(client, sensitive_entry())
    for words in (
        "Interest registered Demo Councillor",
        "Asked to withhold it as a sensitive interest Demo Councillor",
        "Sensitivity: Not sensitive → Requested",
        "Decision on withholding it as a sensitive interest Demo Monitoring Officer",
        "Sensitivity: Requested → Agreed",
        "Sensitivity review on: not set → ",
    ):
        assert words in text, words
    for raw in ("register_interest", "request_sensitive", "decide_sensitive", "None", "→ agreed"):
        assert raw not in text, raw
    assert not re.search(r"\d{4}-\d\d-\d\d", text), "a date as the database stores it"


def test_a_gifts_history_shows_the_query_in_words(client, demo):
    gift = Gift.objects.filter(member__council__slug="welwyn-hatfield").first()
    registers.query_gift(gift, demo["mo"], text="Was this lunch offered to every governor?")
    client.force_login(demo["mo"])
    text = history_table(client, gift)
    assert "Queried by the Monitoring Officer Demo Monitoring Officer" in text
    assert "Review: Awaiting review → Queried with the member" in text
    assert "Query text: not set → Was this lunch offered to every governor?" in text
    for raw in ("query_gift", "register_gift", "pending", "queried →", "→ queried"):
        assert raw not in text, raw


def test_a_back_office_change_shows_the_reason_given_and_yes_or_no(client, demo):
    meeting = Meeting.objects.filter(
        committee__council__slug="welwyn-hatfield", declarations_published__isnull=False
    ).first()
    meeting.public_may_speak = not meeting.public_may_speak
    before, after = ("Yes", "No") if not meeting.public_may_speak else ("No", "Yes")
    meetings.save_meeting(
        demo["mo"], meeting, fields=["public_may_speak"], reason="Gallery closed for repairs"
    )
    client.force_login(demo["mo"])
    text = history_table(client, meeting)
    assert "Changed Demo Monitoring Officer Gallery closed for repairs" in text
    assert f"Public may speak: {before} → {after}" in text
    assert "Declarations published: not set → " in text
    for raw in ("True", "False", "None", "+00:00"):
        assert raw not in text, raw


def test_values_are_written_as_a_person_reads_them():
    assert shown(Gift._meta.get_field("value_pence"), 6500) == "£65"
    assert shown(Gift._meta.get_field("accepted"), False) == "No"
    assert shown(InterestEntry._meta.get_field("whose"), "partner") != "partner"


def test_each_action_the_registers_store_has_a_label():
    assert Action("register_interest").label == "Interest registered"
    assert all(label[:1].isupper() and "_" not in label for label in Action.labels)


def test_a_sensitive_interests_history_reaches_only_officers(client, demo):
    entry = sensitive_entry()
    url = reverse("admin:registers_interestentry_history", args=[entry.pk])
    for username in ("councillor", "clerk"):
        client.force_login(demo[username])
        page = client.get(url)
        assert page.status_code == 302, username
        assert entry.sensitivity_reasons not in page.content.decode()
    client.force_login(demo["deputy"])
    assert entry.sensitivity_reasons in history_table(client, entry)
