"""The register-an-interest form shows only the chosen category's fields (issue 11).

Each category's fields sit under its radio in a conditional reveal; a category not chosen has
its fields hidden and disabled, so a browser neither shows nor sends them. Without JavaScript
the form is two steps: choose a category and "Continue", then give its details.
"""

import datetime as dt
import re
import secrets

import pytest
from django.urls import reverse

from nolan.registers.models import InterestEntry
from tests.registers.factories import interest

pytestmark = pytest.mark.django_db

SECTION = re.compile(
    r'<div class="govuk-radios__conditional" id="conditional-(?P<key>[a-z0-9-]+)"'
    r' data-nolan-section="[a-z0-9-]+"(?P<hidden> hidden)?>\s*'
    r'<fieldset class="govuk-fieldset"(?P<disabled> disabled)?>(?P<body>.*?)</fieldset>',
    re.S,
)


def url(name, member, *args):
    return reverse(name, args=[member.council.slug, member.slug, *args])


@pytest.fixture
def signed_in(client, member):
    client.force_login(member.user)
    return client


def shown_sections(response) -> dict[str, str]:
    """Each category section a person sees (not hidden) and can send (not disabled)."""
    sections = list(SECTION.finditer(response.content.decode()))
    assert sections, "the form has no category sections"
    for found in sections:
        # A section is hidden exactly when its fields are disabled: never one without the other.
        assert bool(found["hidden"]) == bool(found["disabled"]), found["key"]
    return {found["key"]: found["body"] for found in sections if not found["hidden"]}


def input_names(html: str) -> set[str]:
    return set(re.findall(r'name="([a-z_]+)"', html))


def test_the_first_step_shows_the_categories_and_no_category_s_fields(signed_in, member):
    response = signed_in.get(url("register-add-interest", member))
    assert shown_sections(response) == {}
    page = response.content.decode()
    assert 'name="choose"' in page  # "Continue", for a browser without JavaScript
    assert "Land and property" in page


def test_choosing_a_category_shows_only_its_fields(signed_in, member):
    response = signed_in.post(
        url("register-add-interest", member), {"category": "land", "choose": "1"}
    )
    assert response.status_code == 200
    shown = shown_sections(response)
    assert list(shown) == ["land"]
    assert input_names(shown["land"]) == {"land_address", "land_description"}
    assert not response.context["form"].errors


def test_continuing_without_a_category_asks_for_one(signed_in, member):
    response = signed_in.post(url("register-add-interest", member), {"choose": "1"})
    assert response.status_code == 400
    assert list(response.context["form"].errors) == ["category"]
    assert shown_sections(response) == {}


def test_an_error_keeps_the_chosen_category_open_with_what_was_typed(signed_in, member):
    data = {"category": "securities", "whose": "member", "securities_body": "Acme plc"}
    data |= {"submission_token": secrets.token_urlsafe(32)}
    response = signed_in.post(url("register-add-interest", member), data)
    assert response.status_code == 400
    shown = shown_sections(response)
    assert list(shown) == ["securities"] and 'value="Acme plc"' in shown["securities"]
    assert list(response.context["form"].errors) == ["securities_test_met"]


def test_only_the_chosen_category_s_details_are_registered(signed_in, member):
    data = {
        "category": "employment",
        "whose": "member",
        "employer": "Hatfield Bakery Ltd",
        # Sent by a client that ignores the form's disabled fields: not part of this entry.
        "land_address": "1 Mill Lane",
        "submission_token": secrets.token_urlsafe(32),
    }
    assert signed_in.post(url("register-add-interest", member), data).status_code == 302
    entry = InterestEntry.objects.get()
    assert (entry.employer, entry.land_address) == ("Hatfield Bakery Ltd", "")


def test_posting_the_same_form_twice_registers_the_interest_once(signed_in, member):
    data = {"category": "charity", "whose": "member", "body_name": "Friends of the Park"}
    data |= {"submission_token": secrets.token_urlsafe(32)}
    for _ in range(2):
        assert signed_in.post(url("register-add-interest", member), data).status_code == 302
    assert InterestEntry.objects.count() == 1


def test_the_change_form_shows_only_the_entry_s_category_fields(signed_in, member):
    entry = interest(member, today=dt.date.today())
    response = signed_in.get(url("register-change-interest", member, entry.pk))
    page = response.content.decode()
    assert "Employment, office, trade, profession or vocation" in page
    assert {"employer", "position"} <= input_names(page)
    assert not {"land_address", "securities_body", "counterparty"} & input_names(page)
