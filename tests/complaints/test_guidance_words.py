"""The complaint guidance says what is on it, and each thing once (issue 11). A new user read
"Use the form below." above a page with only a "Start now" button, read twice in different
words that the Monitoring Officer consults the Independent Person, and on the arrangements
page met a hint that repeated its label."""

import html
import re

import pytest
from django.urls import reverse

from nolan.councils.models import Council
from nolan.demo import load_demo
from tests.complaints.test_form import words as tagless

pytestmark = pytest.mark.django_db


def words(page: str) -> str:
    """What a reader sees of ``page``: its text, entities read as characters."""
    return html.unescape(tagless(page))


def test_the_demo_guidance_points_to_the_button_and_names_the_independent_person_once(client):
    load_demo()
    council = Council.objects.get(slug="welwyn-hatfield")
    page = words(client.get(reverse("complaint-guidance", args=[council.slug])).content.decode())
    assert "form below" not in page
    assert "Select 'Start now' at the bottom of this page" in page and "Start now" in page
    assert page.count("Independent Person") == 1


def test_each_arrangement_hint_adds_to_its_label(client, council, mo):
    client.force_login(mo)
    page = client.get(reverse("complaint-arrangements", args=[council.slug])).content.decode()
    pairs = re.findall(
        r'(?s)<label[^>]*for="id_(\w+)"[^>]*>(.*?)</label>\s*<div[^>]*class="govuk-hint"[^>]*>(.*?)</div>',
        page,
    )
    hints = {name: (words(label), words(hint)) for name, label, hint in pairs}
    label, hint = hints["capacity_test"]
    assert label == "How the council decides whether a member acted as a councillor"
    assert hint.startswith("For example, what makes a post look like a councillor's")
    assert "'Start now' button" in hints["how_to_complain"][1]
