"""What a new user met walking the demo's register pages (the walk of 2 December 2026): each
test failed before its change."""

import datetime as dt
import re
import secrets

import pytest
import tablib
from django.urls import reverse
from django.utils import timezone

from nolan.core.dates import long_date
from nolan.councils.models import Role
from nolan.registers import rules, services
from nolan.registers.imports import InterestResource
from tests.registers.factories import TODAY, gift, interest, officer
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
        for asked in ({"on": "1/3/2025"}, {"on_0": "31", "on_1": "2", "on_2": "2025"}):
            response = client.get(page, asked)
            hint = re.search(
                r'id="on-hint"[^>]*>For example, ([0-9 ]+)<', response.content.decode()
            )
            error = response.context["on_error"]
            # The error gives no example (GOV.UK's "must be a real date"), or the hint's.
            assert hint and (error.endswith(f"for example {hint[1]}") or "example" not in error)
        early = client.get(page, {"on": "0001-01-01"})
        assert early.status_code == 400 and "1 January 1." not in _text(early)
        assert "1 July 2012" in early.context["on_error"]
    assert client.get(mine, {"on": "2012-07-01"}).status_code == 200
    today = long_date(timezone.localdate())
    for page in (council, mine):
        assert f"As it stands on {today}." in _text(client.get(page))


def _refusal(call, *args, **kwargs) -> services.RegisterError:
    with pytest.raises(services.RegisterError) as refused:
        call(*args, **kwargs)
    return refused.value


def test_a_refusal_speaks_to_whoever_acts(member):
    """Walk item 7: the councillor adding a 2019 gift read "the member did not hold office when
    the gift was received"; the Monitoring Officer "an agreed sensitive interest needs a future
    review date"."""
    values = {
        "donor_name": "Acme Builders Ltd",
        "donor_kind": "organisation",
        "description": "Dinner",
        "value_pence": 7500,
        "received_on": dt.date(2019, 6, 1),
        "today": TODAY,
    }
    own = _refusal(services.register_gift, member, member.user, **values)
    assert own.code == "before-term"
    assert own.message.startswith("You did not hold office")
    mo = officer(member.council)
    theirs = _refusal(services.register_gift, member, mo, **values)
    assert theirs.message.startswith(f"{member.name} did not hold office")
    entry = interest(member)
    services.request_sensitive(entry, member.user, reasons="Threats")
    review = _refusal(
        services.decide_sensitive, entry, mo, agree=True, reasons="Agreed", today=TODAY
    )
    assert review.code == "review-date-required"
    for refusal in (own, theirs, review):
        assert refusal.message[0].isupper(), refusal.message


@pytest.mark.parametrize(
    ("field", "written"),
    [("donor_company_number", "not a number!!"), ("donor_charity_number", "not a number!!")],
)
def test_a_donors_number_must_be_one(client, member, field, written):
    """Walk item 17: a company number of "not a number!!" was accepted."""
    refused = _refusal(gift, member, **{field: written})
    assert (refused.code, refused.field) == ("bad-donor-number", field)
    client.force_login(member.user)
    form = {
        "donor_name": "Acme Builders Ltd",
        "donor_kind": "organisation",
        "description": "Dinner",
        "value": "75",
        "received_on_0": "1",
        "received_on_1": "2",
        "received_on_2": "2025",
        "accepted": "yes",
        "submission_token": secrets.token_urlsafe(32),
        field: written,
    }
    response = client.post(url("register-add-gift", member), form)
    assert response.status_code == 400
    assert [e.code for e in response.context["form"].errors.as_data()[field]] == [
        "bad-donor-number"
    ]


def test_a_gift_with_a_company_number_adds_up_with_the_donors_gifts_by_name(client, member):
    """Walk item 17: Mardley Hill Construction Ltd's gift entered with its company number drew
    no "Gifts from ... add up" warning, and the dashboard's same-donor total left it out."""
    donor = "Mardley Hill Construction Ltd"
    gift(member, value_pence=3000, donor_name=donor)
    numbered = gift(member, value_pence=3000, donor_name=donor, donor_company_number="1234567")
    assert numbered.donor_company_number == "01234567"
    assert rules.assess_gift(numbered).warnings == ("same-donor-aggregate",)
    client.force_login(officer(member.council))
    page = _text(client.get(reverse("register-officer", args=[member.council.slug])))
    assert "Same donor: £60 in 12 months" in page


def test_the_import_takes_the_category_names_people_see(member):
    """Walk item 8: a category of "Land and property", the name on every page, was refused with
    "choose one of employment, sponsorship, contracts, land, ..."."""
    mo = officer(member.council)
    data = tablib.Dataset(headers=["member", "category", "land_address", "start"])
    data.append([member.slug, "land AND  property", "Home Farm, Welwyn", "2024-05-20"])
    data.append([member.slug, "land", "Mill Cottage, Welwyn", "2024-05-20"])
    result = InterestResource(user=mo).import_data(data, dry_run=False)
    assert not result.has_validation_errors()
    assert sorted(member.interests.values_list("category", flat=True)) == ["land", "land"]
    wrong = tablib.Dataset(headers=["member", "category", "land_address", "start"])
    wrong.append([member.slug, "Houses", "Home Farm, Welwyn", "2024-05-20"])
    refused = InterestResource(user=mo).import_data(wrong, dry_run=True)
    (row,) = refused.invalid_rows
    (message,) = row.field_specific_errors["category"]
    assert "“Land and property”" in message and "“Sponsorship”" in message
    assert "corporate-tenancies" not in message
