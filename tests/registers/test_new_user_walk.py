"""What a new user met walking the demo's register pages (the walk of 2 December 2026): each
test failed before its change."""

import re

import pytest
from django.urls import reverse
from django.utils import timezone

from nolan.core.dates import long_date
from nolan.councils.models import Role
from tests.registers.factories import gift, interest, officer
from tests.registers.test_plain_words import url, visible_text

pytestmark = pytest.mark.django_db

FIRST_PERSON = (
    ": your register",
    "Your current interests",
    "I have nothing to register",
    "Confirm my register",
    "Register your interests",
    "Your gifts and hospitality",
    "See your public register",
    "you answered",
)


def _text(response) -> str:
    return " ".join(visible_text(response).split())


def test_someone_acting_for_a_member_reads_of_the_member_not_you(client, member):
    """Walk item 12: a parish clerk keeping Oliver Penhale's register read "Oliver Penhale:
    your register", "I have nothing to register (nil return)" and "Confirm my register is up
    to date"."""
    client.force_login(officer(member.council, kind=Role.Kind.CLERK))
    page = _text(client.get(url("register-manage", member)))
    for words in FIRST_PERSON:
        assert words not in page, words
    assert f"{member.name} has nothing to register (nil return)" in page
    assert f"Confirm {member.name}'s register is up to date" in page
    client.force_login(member.user)
    own = _text(client.get(url("register-manage", member)))
    assert "I have nothing to register (nil return)" in own
    assert "Confirm my register is up to date" in own


def test_the_end_and_withhold_pages_say_which_interest(client, member):
    """Walk item 16: "End an interest / When did the interest end?" and the page asking to
    withhold one named no interest, so a member with several could not tell which."""
    entry = interest(member, employer="Hatfield Bakery Ltd", position="Baker")
    client.force_login(member.user)
    for name in ("register-end-interest", "register-request-sensitive"):
        page = _text(client.get(url(name, member, entry.pk)))
        assert "Employment, office, trade, profession or vocation: Hatfield Bakery Ltd; Baker" in (
            page
        ), name


def test_an_interests_details_read_in_the_same_order_everywhere(client, member):
    """Walk item 18: the public register read "Trustee; Friends of Stanborough Park", the
    councillor's own page "Friends of Stanborough Park; Trustee"."""
    interest(member, "charity", body_name="Friends of Stanborough Park", position="Trustee")
    written = "Friends of Stanborough Park; Trustee"
    assert written in _text(client.get(url("register-member", member)))
    council = reverse("register-council", args=[member.council.slug])
    assert written in _text(client.get(council))
    client.force_login(member.user)
    assert written in _text(client.get(url("register-manage", member)))


def test_a_gifts_occasion_is_not_run_into_what_it_was(client, member):
    """Walk item 26: the public register read "What: Dinner at the Hertfordshire Building
    Awards, Shortlisted council housing scheme", the occasion run into the gift."""
    gift(member, description="Dinner at the annual awards", occasion="Shortlisted scheme")
    for page in (
        client.get(url("register-member", member)),
        client.get(reverse("gifts-council", args=[member.council.slug])),
    ):
        text = _text(page)
        assert "Dinner at the annual awards, Shortlisted scheme" not in text
        assert "Dinner at the annual awards Occasion: Shortlisted scheme" in text


def test_the_as_it_stood_date_box_speaks_one_way(client, member):
    """Walk item 19: the hint said "for example 2025-03-01" and the error "for example
    2026-12-02"; 0001-01-01 gave "As it stood at the end of 1 January 1"; the member's page
    said "As it stands today." where the council's said "As it stands on 2 December 2026."."""
    council = reverse("register-council", args=[member.council.slug])
    mine = url("register-member", member)
    for page in (council, mine):
        response = client.get(page, {"on": "1/3/2025"})
        hint = re.search(r'id="on-hint"[^>]*>[^<]*(for example [0-9-]+)', response.content.decode())
        assert hint and response.context["on_error"].endswith(hint[1])
        early = client.get(page, {"on": "0001-01-01"})
        assert early.status_code == 400 and "1 January 1." not in _text(early)
        assert "1 July 2012" in early.context["on_error"]
    assert client.get(mine, {"on": "2012-07-01"}).status_code == 200
    today = long_date(timezone.localdate())
    for page in (council, mine):
        assert f"As it stands on {today}." in _text(client.get(page))
