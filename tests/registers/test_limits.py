"""Over-long text and out-of-range money: a clear error on the form and from the services,
never an HTTP 500 (PostgreSQL) or text stored whole past its column's limit (SQLite)."""

import datetime as dt

import pytest
from django.urls import reverse

from nolan.core.gifts import MAX_VALUE_PENCE
from nolan.limits import TEXT_MAX_LENGTH
from nolan.registers import services
from nolan.registers.models import Gift, InterestEntry
from nolan.registers.services import RegisterError
from tests.registers.factories import TODAY, gift, interest, officer

pytestmark = pytest.mark.django_db

GIFT = {"donor_name": "Acme Ltd", "donor_kind": "organisation", "description": "Dinner"}


def url(name, member, *args):
    return reverse(name, args=[member.council.slug, member.slug, *args])


def today_fields(name):
    day = dt.date.today()
    return {f"{name}_0": day.day, f"{name}_1": day.month, f"{name}_2": day.year}


@pytest.fixture
def signed_in(client, member):
    client.force_login(member.user)
    return client


def error_codes(response, field):
    return [error.code for error in response.context["form"].errors.as_data()[field]]


def test_a_201_character_employer_is_refused_by_the_form_and_nothing_is_stored(signed_in, member):
    data = {"category": "employment", "whose": "member", "employer": "E" * 201}
    response = signed_in.post(url("register-add-interest", member), data)
    assert response.status_code == 400
    assert error_codes(response, "employer") == ["max_length"]
    assert "govuk-error-summary" in response.content.decode()
    assert not InterestEntry.objects.exists()


def test_over_long_details_are_refused_by_the_form(signed_in, member):
    data = {"category": "sponsorship", "whose": "member", "body_name": "Trust"}
    data["details"] = "d" * (TEXT_MAX_LENGTH + 1)
    response = signed_in.post(url("register-add-interest", member), data)
    assert response.status_code == 400
    assert error_codes(response, "details") == ["max_length"]


def test_a_201_character_donor_is_refused_by_the_form(signed_in, member):
    data = GIFT | {"donor_name": "D" * 201, "value": "75", "accepted": "yes"}
    response = signed_in.post(url("register-add-gift", member), data | today_fields("received_on"))
    assert response.status_code == 400
    assert error_codes(response, "donor_name") == ["max_length"]
    assert not Gift.objects.exists()


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("£99,999,999,999", "value-too-large"),
        ("10000000.01", "value-too-large"),
        ("Infinity", "invalid-value"),
        ("1e400", "value-too-large"),
        ("9" * 40, "max_length"),
    ],
)
def test_an_impossible_gift_value_is_refused_by_the_form(signed_in, member, value, code):
    data = GIFT | {"value": value, "accepted": "yes"} | today_fields("received_on")
    response = signed_in.post(url("register-add-gift", member), data)
    assert response.status_code == 400
    assert error_codes(response, "value") == [code]
    assert not Gift.objects.exists()


def test_a_date_with_an_enormous_year_is_refused_by_the_form(signed_in, member):
    data = {"category": "employment", "whose": "member", "employer": "X"}
    data |= {"start_0": 1, "start_1": 1, "start_2": "9" * 30}
    response = signed_in.post(url("register-add-interest", member), data)
    assert response.status_code == 400
    assert error_codes(response, "start") == ["bad-date"]


def test_the_services_refuse_over_long_interest_text_naming_the_field(member):
    with pytest.raises(RegisterError) as error:
        interest(member, employer="E" * 201)
    assert (error.value.code, error.value.field) == ("too-long", "employer")
    entry = interest(member)
    with pytest.raises(RegisterError) as error:
        services.change_interest(
            entry, member.user, details="d" * (TEXT_MAX_LENGTH + 1), today=TODAY
        )
    assert (error.value.code, error.value.field) == ("too-long", "details")
    with pytest.raises(RegisterError) as error:
        services.request_sensitive(entry, member.user, reasons="r" * (TEXT_MAX_LENGTH + 1))
    assert (error.value.code, error.value.field) == ("too-long", "reasons")
    assert not InterestEntry.objects.exclude(pk=entry.pk).exists()


def test_the_services_refuse_an_over_long_donor_or_query_and_an_impossible_value(member):
    with pytest.raises(RegisterError) as error:
        gift(member, donor_name="D" * 201)
    assert (error.value.code, error.value.field) == ("too-long", "donor_name")
    with pytest.raises(RegisterError) as error:
        gift(member, value_pence=9_999_999_999_900)
    assert (error.value.code, error.value.field) == ("value-too-large", "value_pence")
    entry = gift(member)
    with pytest.raises(RegisterError) as error:
        services.query_gift(entry, officer(member.council), text="q" * (TEXT_MAX_LENGTH + 1))
    assert (error.value.code, error.value.field) == ("too-long", "text")


def test_the_longest_allowed_text_and_value_are_stored_whole(member):
    """On PostgreSQL this proves the limits fit the columns."""
    entry = interest(member, employer="E" * 200, details="d" * TEXT_MAX_LENGTH)
    received = gift(member, donor_name="D" * 200, value_pence=MAX_VALUE_PENCE)
    entry.refresh_from_db()
    received.refresh_from_db()
    assert (len(entry.employer), len(entry.details)) == (200, TEXT_MAX_LENGTH)
    assert (len(received.donor_name), received.value_pence) == (200, MAX_VALUE_PENCE)
