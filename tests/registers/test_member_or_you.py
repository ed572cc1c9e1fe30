"""The register speaks to the member as "you" only on their own pages (issue 11). A new user
found "Body to which you are appointed by the council" on the public register, its changes
page and the Monitoring Officer's late list, and an officer adding an interest for a member
asked "The member / The member's partner" of the member themselves: pages the public or
officers read say "the member", the member's own pages keep "you"."""

import datetime as dt
import secrets

import pytest
from django.urls import reverse

from nolan.registers import services
from tests.registers.factories import interest, officer
from tests.registers.test_plain_words import url, visible_text

pytestmark = pytest.mark.django_db

THEIRS = "Body to which the member is appointed by the council"
YOURS = "Body to which you are appointed by the council"


@pytest.fixture
def appointed(member):
    """One appointment registered late (for the late list) and one changed (for the changes
    page): a change is on time, so it takes the earlier entry off the late list."""
    interest(
        member,
        "appointed-body",
        today=dt.date(2025, 6, 1),
        start=dt.date(2024, 5, 20),
        body_name="Hatfield Town Centre Partnership",
    )
    changed = interest(member, "appointed-body", body_name="Welwyn Garden City Heritage Trust")
    services.change_interest(changed, member.user, details="Trustee", today=dt.date(2025, 3, 2))


def test_the_public_and_the_monitoring_officer_read_the_member(client, member, appointed):
    register = visible_text(client.get(url("register-member", member)))
    changes = visible_text(client.get(url("register-member-changes", member)))
    client.force_login(officer(member.council))
    late = visible_text(client.get(reverse("register-officer", args=[member.council.slug])))
    for page in (register, changes, late):
        assert THEIRS in page and YOURS not in page


def test_the_members_own_page_keeps_you(client, member, appointed):
    client.force_login(member.user)
    page = visible_text(client.get(url("register-manage", member)))
    assert YOURS in page and THEIRS not in page


def whose_choices(response) -> list[str]:
    return [label for _, label in response.context["form"].fields["whose"].choices]


def test_the_add_interest_form_asks_you_of_the_member_and_the_member_of_an_officer(client, member):
    client.force_login(member.user)
    own = client.get(url("register-add-interest", member))
    assert whose_choices(own) == ["You", "Your partner"]
    assert YOURS in visible_text(own) and "Land and property" in visible_text(own)
    client.force_login(officer(member.council))
    theirs = client.get(url("register-add-interest", member))
    assert whose_choices(theirs) == ["The member", "The member's partner"]
    text = visible_text(theirs)
    assert THEIRS in text and YOURS not in text
    assert "When did the member become aware of it?" in text
    assert "Land and property" in text and "Land and Property" not in text


def test_the_second_step_without_javascript_keeps_speaking_to_the_member(client, member):
    client.force_login(member.user)
    data = {"choose": "1", "category": "appointed-body", "whose": "member"}
    data["submission_token"] = secrets.token_urlsafe(32)
    step = client.post(url("register-add-interest", member), data)
    assert whose_choices(step) == ["You", "Your partner"]
