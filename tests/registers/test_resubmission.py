"""A registration form posted again (a client retrying after a dropped connection) registers
what it describes once: the one-time token in the form finds the entry already registered."""

import datetime as dt

import pytest
from django.urls import reverse

from nolan.registers import services
from nolan.registers.models import Gift, InterestEntry
from nolan.registers.services import RegisterError
from tests.registers.factories import TODAY, councillor, officer

pytestmark = pytest.mark.django_db

INTEREST = {
    "category": "employment",
    "whose": "member",
    "employer": "Hatfield Bakery Ltd",
    "start_0": 1,
    "start_1": 1,
    "start_2": 2020,
}


def gift_data():
    today = dt.date.today()
    return {
        "donor_name": "Acme Builders Ltd",
        "donor_kind": "organisation",
        "description": "Dinner",
        "value": "75.50",
        "accepted": "yes",
        "received_on_0": today.day,
        "received_on_1": today.month,
        "received_on_2": today.year,
    }


def url(name, member):
    return reverse(name, args=[member.council.slug, member.slug])


@pytest.fixture
def signed_in(client, member):
    client.force_login(member.user)
    return client


def shown_token(client, path):
    """The token in the form as the page shows it."""
    return client.get(path).context["form"]["submission_token"].value()


@pytest.mark.parametrize(
    ("name", "data", "model"),
    [
        ("register-add-interest", INTEREST, InterestEntry),
        ("register-add-gift", gift_data(), Gift),
    ],
)
def test_the_same_form_posted_twice_registers_once(signed_in, member, name, data, model):
    path = url(name, member)
    data = data | {"submission_token": shown_token(signed_in, path)}
    first = signed_in.post(path, data)
    again = signed_in.post(path, data)
    assert (first.status_code, again.status_code) == (302, 302)
    assert again.url == first.url == url("register-manage", member)
    assert model.objects.count() == 1


def test_each_form_shown_registers_its_own_entry(signed_in, member):
    path = url("register-add-gift", member)
    for _ in range(2):
        signed_in.post(path, gift_data() | {"submission_token": shown_token(signed_in, path)})
    assert Gift.objects.count() == 2


def test_a_form_posted_without_its_token_is_refused_and_shown_again_with_one(signed_in, member):
    path = url("register-add-interest", member)
    refused = signed_in.post(path, INTEREST)
    assert refused.status_code == 400
    assert refused.context["form"].non_field_errors().as_data()[0].code == "expired-form"
    assert not InterestEntry.objects.exists()
    token = refused.context["form"]["submission_token"].value()
    assert signed_in.post(path, INTEREST | {"submission_token": token}).status_code == 302
    assert InterestEntry.objects.count() == 1


def test_a_token_already_used_for_another_member_is_refused(member):
    mo = officer(member.council)
    other = councillor(member.council)
    token = "t" * 43
    services.register_interest(
        member, mo, category="employment", employer="Bakery", submission_token=token, today=TODAY
    )
    with pytest.raises(RegisterError) as refused:
        services.register_interest(
            other, mo, category="employment", employer="Bakery", submission_token=token
        )
    assert refused.value.code == "submission-reused"


def test_a_repeat_racing_the_first_post_gets_the_first_entry(member, monkeypatch):
    """Both posts pass the look-up before either is saved; the database keeps one."""
    token = "r" * 43
    first = services.register_gift(
        member,
        member.user,
        donor_name="Acme",
        donor_kind="organisation",
        description="Dinner",
        value_pence=7550,
        received_on=dt.date(2025, 2, 1),
        submission_token=token,
        today=TODAY,
    )
    monkeypatch.setattr(services, "_submitted", lambda *args: None)
    again = services.register_gift(
        member,
        member.user,
        donor_name="Acme",
        donor_kind="organisation",
        description="Dinner",
        value_pence=7550,
        received_on=dt.date(2025, 2, 1),
        submission_token=token,
        today=TODAY,
    )
    assert again.pk == first.pk
    assert Gift.objects.count() == 1
