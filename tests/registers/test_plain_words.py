"""Register pages in plain words (issue 11): no internal name reaches a person, and each page
offers only what applies to the member in front of it."""

import datetime as dt
import html
import re
import secrets

import pytest
from django.urls import reverse

from nolan.registers import services
from tests.registers.factories import gift, interest, officer

pytestmark = pytest.mark.django_db

COLUMN_NAMES = re.compile(
    r"land_address|land_description|securities_body|securities_test_met|body_name|"
    r"became_aware|received_on|value_pence|at-or-above-threshold|\b(employment|land|securities):"
)


def url(name, member, *args):
    return reverse(name, args=[member.council.slug, member.slug, *args])


@pytest.fixture
def signed_in(client, member):
    client.force_login(member.user)
    return client


def visible_text(response) -> str:
    """What a person reads: the page without its tags, attributes and scripts."""
    body = re.sub(r"<script.*?</script>", "", response.content.decode(), flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", body))


def test_a_missing_detail_is_named_by_its_label_not_its_column(signed_in, member):
    data = {"category": "land", "whose": "member", "submission_token": secrets.token_urlsafe(32)}
    response = signed_in.post(url("register-add-interest", member), data)
    assert response.status_code == 400
    error = response.context["form"].errors.as_data()["land_address"][0]
    assert "the land's address" in error.message
    assert not COLUMN_NAMES.search(visible_text(response))


def test_a_future_date_is_named_by_its_label(member):
    with pytest.raises(services.RegisterError) as raised:
        interest(member, today=dt.date(2025, 3, 1), start=dt.date(2025, 4, 1), employer="X")
    assert raised.value.code == "future-date"
    assert "start" not in raised.value.message.split()


def test_the_late_list_leaves_out_gifts_below_the_threshold(client, member):
    late_day = dt.date(2025, 6, 1)
    small = gift(member, value_pence=2500, today=late_day, donor_name="Harbour Rotary Club")
    large = gift(member, value_pence=7500, today=late_day)
    assert small.registered_late and large.registered_late
    client.force_login(officer(member.council))
    response = client.get(reverse("register-officer", args=[member.council.slug]))
    assert list(response.context["late_gifts"]) == [large]


def test_a_queried_gift_is_part_of_what_is_due(signed_in, member):
    entry = gift(member)
    services.query_gift(entry, officer(member.council), text="Who paid for the dinner?")
    response = signed_in.get(url("register-manage", member))
    assert list(response.context["queried"]) == [entry]
    due = visible_text(response).split("What is due")[1].split("Your current interests")[0]
    assert "Who paid for the dinner?" in due
    services.answer_gift_query(entry, member.user, text="The federation.")
    assert not signed_in.get(url("register-manage", member)).context["queried"]


def test_the_nil_return_is_offered_only_to_a_member_with_no_current_interests(signed_in, member):
    nil_return = url("register-nil-return", member)
    assert nil_return in signed_in.get(url("register-manage", member)).content.decode()
    interest(member, today=dt.date.today())
    assert nil_return not in signed_in.get(url("register-manage", member)).content.decode()


def test_the_officer_reads_a_gift_and_a_sensitive_request_without_internal_keys(client, member):
    the_officer = officer(member.council)
    entry = interest(member, category="land", land_address="1 Mill Lane", land_description="Home")
    services.request_sensitive(entry, member.user, reasons="Threats")
    client.force_login(the_officer)
    council = member.council.slug
    decide = client.get(reverse("register-decide-sensitive", args=[council, entry.pk]))
    review = client.get(reverse("register-review-gift", args=[council, gift(member).pk]))
    assert "Land and property" in visible_text(decide)
    assert "the council's threshold, so it must be registered" in visible_text(review)
    for page in (decide, review):
        assert not COLUMN_NAMES.search(visible_text(page))
