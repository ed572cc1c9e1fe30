"""The council's published complaint arrangements and timescales, set by its Monitoring Officer."""

from django.urls import reverse

from nolan.complaints.models import Arrangements
from nolan.complaints.services import ARRANGEMENT_FIELDS
from tests.factories import CouncilFactory

DEFAULTS = {name: Arrangements._meta.get_field(name).default for name in ARRANGEMENT_FIELDS}


def form_data(**changes):
    data = {k: ("" if isinstance(v, str) else v) for k, v in DEFAULTS.items()}
    return {**data, "reason": "Cabinet agreed shorter timescales", **changes}


def page(council):
    return reverse("complaint-arrangements", args=[council.slug])


def test_the_monitoring_officer_sets_a_timescale_and_the_guidance_shows_it(client, council, mo):
    client.force_login(mo)
    response = client.post(page(council), form_data(acknowledge_days=3, how_to_complain="Write"))
    assert response.status_code == 302
    saved = Arrangements.objects.get(council=council)
    assert saved.timescales.acknowledge == 3
    latest = saved.history.latest()
    assert (latest.history_user, latest.history_change_reason) == (
        mo,
        "Cabinet agreed shorter timescales",
    )
    guidance = client.get(reverse("complaint-guidance", args=[council.slug]))
    assert ("Acknowledge the complaint", 3) in guidance.context["timescales"]


def test_a_timescale_outside_reason_is_refused_and_nothing_changes(client, council, mo):
    client.force_login(mo)
    response = client.post(page(council), form_data(hear_days=0))
    assert response.status_code == 400 and response.context["form"].errors
    assert not Arrangements.objects.exists()


def test_a_change_needs_a_reason(client, council, mo):
    client.force_login(mo)
    response = client.post(page(council), form_data(reason=""))
    assert "reason" in response.context["form"].errors


def test_a_parish_uses_its_principal_authoritys_arrangements(client, council, mo):
    parish = CouncilFactory(slug="northaw-cuffley", principal=council)
    client.force_login(mo)
    assert client.get(page(parish))["Location"] == page(council)
    client.post(page(council), form_data(assess_days=15))
    guidance = client.get(reverse("complaint-guidance", args=[parish.slug]))
    assert ("Decide what happens next (initial assessment)", 15) in guidance.context["timescales"]


def test_timescales_that_contradict_each_other_are_refused(client, council, mo):
    """Walk item 25: acknowledging in 30 working days and telling the councillor in 10 was
    saved and published."""
    client.force_login(mo)
    response = client.post(page(council), form_data(acknowledge_days=30, notify_member_days=10))
    assert response.status_code == 400
    assert response.context["form"].has_error("notify_member_days", "timescales-out-of-order")
    response = client.post(page(council), form_data(notify_member_days=20, assess_days=20))
    assert response.context["form"].has_error("assess_days", "timescales-out-of-order")
    assert not Arrangements.objects.exists()
    response = client.post(page(council), form_data(acknowledge_days=10, notify_member_days=10))
    assert response.status_code == 302


def test_arrangements_saved_before_the_check_still_read(council):
    stored = Arrangements.objects.create(
        council=council, acknowledge_days=30, notify_member_days=10
    )
    assert stored.timescales.acknowledge == 30
