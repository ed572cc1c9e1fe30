"""What a councillor met walking the demo's register pages (issue 11): an error summary that
says which question each error is about, a too-long answer named as the page names it, and
screen-reader link text naming the interest rather than its database number."""

import datetime as dt
import re
import secrets

import pytest
from django.urls import reverse
from django.utils import timezone

from nolan.councils.models import Role
from tests.registers.factories import SECRET, gift, interest, officer, sensitive_interest

pytestmark = pytest.mark.django_db

DJANGO_DEFAULT = "This field is required."


def url(name, member, *args):
    return reverse(name, args=[member.council.slug, member.slug, *args])


@pytest.fixture
def signed_in(client, member):
    client.force_login(member.user)
    return client


def summary_items(response) -> list[str]:
    summary = response.content.decode().split("govuk-error-summary__list", 1)[1].split("</ul>")[0]
    return [re.sub(r"<[^>]+>", "", item).strip() for item in re.findall(r"<li>.*?</li>", summary)]


def test_an_empty_gift_form_says_what_each_error_is_about(signed_in, member):
    token = secrets.token_urlsafe(32)
    response = signed_in.post(url("register-add-gift", member), {"submission_token": token})
    assert response.status_code == 400
    errors = response.context["form"].errors.as_data()
    assert set(errors) == {
        "donor_name",
        "donor_kind",
        "description",
        "value",
        "received_on",
        "accepted",
    }
    assert {e.code for field in errors.values() for e in field} == {"required"}
    items = summary_items(response)
    assert len(items) == 6 and len(set(items)) == 6
    assert DJANGO_DEFAULT not in response.content.decode()


@pytest.mark.parametrize(
    ("name", "args", "data"),
    [
        ("register-add-interest", (), {"category": "land", "land_address": "1 Road"}),
        ("register-end-interest", ("entry",), {}),
        ("register-request-sensitive", ("entry",), {}),
    ],
)
def test_other_register_forms_never_say_only_this_field_is_required(
    signed_in, member, name, args, data
):
    entry = interest(member)
    args = [entry.pk if a == "entry" else a for a in args]
    response = signed_in.post(
        url(name, member, *args), {"submission_token": secrets.token_urlsafe(32), **data}
    )
    assert response.status_code == 400
    assert summary_items(response)
    assert DJANGO_DEFAULT not in response.content.decode()


def test_a_too_long_answer_is_named_as_the_page_names_it(signed_in, member):
    data = {
        "category": "land",
        "whose": "member",
        "land_address": "x" * 301,
        "submission_token": secrets.token_urlsafe(32),
    }
    response = signed_in.post(url("register-add-interest", member), data)
    error = response.context["form"].errors.as_data()["land_address"][0]
    assert error.code == "max_length"
    assert "land address" not in error.message.lower()
    assert "address" in error.message


def test_the_manage_pages_links_name_the_interest_not_its_number(signed_in, member):
    entry = interest(member, employer="Hatfield Bakery Ltd", position="Baker")
    html = signed_in.get(url("register-manage", member)).content.decode()
    hidden = re.findall(r'govuk-visually-hidden">([^<]*)</span>', html)
    assert not [text for text in hidden if re.search(rf"\b{entry.pk}\b", text)]
    assert sum("Hatfield Bakery Ltd" in text for text in hidden) == 3


def test_a_withheld_interests_links_do_not_reveal_it_to_a_clerk(client, member):
    sensitive_interest(member, officer(member.council))
    client.force_login(officer(member.council, kind=Role.Kind.CLERK))
    html = client.get(url("register-manage", member)).content.decode()
    hidden = re.findall(r'govuk-visually-hidden">([^<]*)</span>', html)
    assert any("Land" in text for text in hidden)
    assert SECRET not in html


def test_a_members_register_as_it_stood_leaves_out_gifts_registered_later(client, member):
    entry = gift(member)
    page = url("register-member", member)
    assert [g.identifier for g in client.get(page).context["gifts"]] == [f"gift-{entry.pk}"]
    earlier = client.get(page, {"on": "2025-01-01"})
    assert earlier.status_code == 200
    assert earlier.context["gifts"] == []
    assert entry.description not in earlier.content.decode()


def test_the_back_office_names_interests_and_gifts_in_words(client, member):
    entry = interest(member, category="land", land_address="1 Mill Lane")
    given = gift(member, value_pence=6500)
    mo = officer(member.council)
    mo.is_staff = mo.is_superuser = True
    mo.save()
    client.force_login(mo)
    listing = client.get(reverse("admin:registers_interestentry_changelist"))
    assert "Land and property" in listing.content.decode()
    assert '<a href="?category=land">Land and property</a>' in listing.content.decode()
    page = client.get(reverse("admin:registers_interestentry_change", args=[entry.pk]))
    html = page.content.decode()
    assert f"#{entry.pk}" not in html
    assert "Land and property" in html
    assert "Submission token" not in html and "category key" not in html
    assert str(entry) == f"{member}: Land and property, registered " + (
        f"{timezone.localtime(entry.registered_at):%d %B %Y}".lstrip("0")
    )
    gifts = client.get(reverse("admin:registers_gift_changelist")).content.decode()
    assert "£65" in gifts and ">6500<" not in gifts
    page = client.get(reverse("admin:registers_gift_change", args=[given.pk])).content.decode()
    assert "£65" in page and "Value pence" not in page


def test_a_gift_below_the_threshold_is_never_called_late(client, member):
    late_day = dt.date(2025, 6, 1)
    small = gift(member, value_pence=2500, today=late_day, donor_name="Harbour Rotary Club")
    large = gift(member, value_pence=7500, today=late_day)
    client.force_login(officer(member.council))
    review = "register-review-gift"
    small_page = client.get(reverse(review, args=[member.council.slug, small.pk])).content
    large_page = client.get(reverse(review, args=[member.council.slug, large.pk])).content
    assert b"(late)" not in small_page
    assert b"(late)" in large_page


def test_a_body_is_named_before_the_members_role_in_it(member):
    entry = interest(
        member, category="charity", body_name="Crayford Community Sports Trust", position="Trustee"
    )
    assert entry.summary == "Crayford Community Sports Trust; Trustee"


def test_the_api_names_an_unknown_council_in_words(client, db):
    response = client.get("/api/councils/atlantis/interests/")
    assert response.status_code == 404
    assert response.json()["detail"] == "No council is called “atlantis”."
