"""What a new user met walking the demo's gifts pages (registers, gifts, downloads and the
import walk, issue 11): each test failed before its change."""

import datetime as dt

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from nolan.core import gifts as gift_rules
from nolan.core.codes.model import Parameters
from nolan.registers import services
from nolan.registers.models import Gift
from tests.registers.factories import councillor, gift, officer
from tests.registers.test_pages import date_fields, url
from tests.registers.test_plain_words import visible_text

pytestmark = pytest.mark.django_db


def _form(value: str, received_on: dt.date, donor="Acme Builders Ltd") -> dict:
    return {
        "donor_name": donor,
        "donor_kind": "organisation",
        "description": "Lunch",
        "value": value,
        "accepted": "yes",
        **date_fields("received_on", received_on),
    }


def _notices(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


def test_a_small_gift_that_reaches_the_threshold_with_the_donors_others_is_not_voluntary(
    client, member
):
    """Walk: a £30 gift read both "Gift registered (voluntary under ...)" and "Gifts from X
    ... add up to the council's threshold"."""
    today = timezone.localdate()
    gift(member, 4000, received_on=today - dt.timedelta(days=30), today=today)
    client.force_login(member.user)
    form = {**_form("30", today - dt.timedelta(days=1)), "submission_token": "t" * 32}
    response = client.post(url("register-add-gift", member), form)
    assert response.status_code == 302
    notices = _notices(response)
    assert not any("voluntary" in notice for notice in notices), notices
    assert any("add up to £70, which reaches the council's £50 threshold" in n for n in notices)


def test_a_small_gift_alone_is_still_voluntary(client, member):
    client.force_login(member.user)
    form = {**_form("30", timezone.localdate()), "submission_token": "t" * 32}
    notices = _notices(client.post(url("register-add-gift", member), form))
    assert len(notices) == 1 and "voluntary under" in notices[0]


def test_a_councillor_corrects_a_mistyped_gift_and_its_history_keeps_the_old_one(client, member):
    """Walk: "Your gifts and hospitality" had no way to correct a mistyped gift."""
    today = timezone.localdate()
    typed = gift(member, 650000, received_on=today - dt.timedelta(days=3), today=today)
    client.force_login(member.user)
    page = client.get(url("register-manage", member)).content.decode()
    change = url("register-change-gift", member, typed.pk)
    assert f'href="{change}"' in page
    form = client.get(change)
    assert form.context["form"]["value"].value() == "6500"
    response = client.post(change, _form("65", today - dt.timedelta(days=3)))
    assert response.status_code == 302
    typed.refresh_from_db()
    assert (typed.value_pence, typed.description, typed.required) == (6500, "Lunch", True)
    assert [h.value_pence for h in typed.history.order_by("history_date")] == [650000, 6500]
    assert typed.history.latest().history_change_reason == "change_gift"
    assert typed.history.latest().history_user == member.user


def test_a_correction_goes_through_the_service_checks(client, member):
    today = timezone.localdate()
    typed = gift(member, 6500, received_on=today - dt.timedelta(days=3), today=today)
    client.force_login(member.user)
    change = url("register-change-gift", member, typed.pk)
    response = client.post(change, _form("65", today + dt.timedelta(days=3)))
    assert response.status_code == 400
    assert "received_on" in response.context["form"].errors
    typed.refresh_from_db()
    assert typed.received_on == today - dt.timedelta(days=3)


def test_an_accepted_gift_that_is_corrected_goes_back_for_review(member):
    today = timezone.localdate()
    typed = gift(member, 6500, received_on=today - dt.timedelta(days=3), today=today)
    services.accept_gift(typed, officer(member.council))
    corrected = services.change_gift(typed, member.user, value_pence=7000)
    assert corrected.review == Gift.Review.PENDING


def test_no_one_else_may_correct_a_members_gift(client, member):
    today = timezone.localdate()
    typed = gift(member, 6500, received_on=today - dt.timedelta(days=3), today=today)
    client.force_login(councillor().user)
    change = url("register-change-gift", member, typed.pk)
    assert client.post(change, _form("1", today)).status_code == 403
    with pytest.raises(services.RegisterError):
        services.change_gift(typed, councillor().user, value_pence=100)
    typed.refresh_from_db()
    assert typed.value_pence == 6500


def test_every_gift_of_a_donor_set_that_reaches_the_threshold_is_flagged_for_the_officer(
    client, member
):
    """Walk: "Same donor: £105 in 12 months" showed on the £65 gift, not the £40 one."""
    today = timezone.localdate()
    gift(member, 4000, received_on=today - dt.timedelta(days=60), today=today)
    gift(member, 6500, received_on=today - dt.timedelta(days=20), today=today)
    client.force_login(officer(member.council))
    page = visible_text(client.get(reverse("register-officer", args=[member.council.slug])))
    assert page.count("Same donor: £105 in 12 months") == 2


def test_an_earlier_gift_is_flagged_only_by_later_gifts_that_take_it_in():
    parameters = Parameters(5000, 28, 28, 28, (), 2500000, (1, 100))
    first = gift_rules.GiftFacts("Acme", 4000, dt.date(2025, 1, 10))
    second = gift_rules.GiftFacts("Acme", 6500, dt.date(2025, 6, 1))
    too_late = gift_rules.GiftFacts("Acme", 6500, dt.date(2026, 1, 10))
    other_donor = gift_rules.GiftFacts("Bexco", 6500, dt.date(2025, 6, 1))
    flagged = gift_rules.assess_in_any_window(first, parameters, [second])
    assert flagged.warnings == (gift_rules.GiftWarning.SAME_DONOR_AGGREGATE,)
    assert flagged.donor_total_pence == 10500
    assert not flagged.required
    for later in (too_late, other_donor):
        assert not gift_rules.assess_in_any_window(first, parameters, [later]).warnings
