"""The demo registers show each thing the Monitoring Officer and the public need to see."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from nolan.councils.models import Council
from nolan.demo import load_demo
from nolan.registers import rules
from nolan.registers.demo import load_demo_registers
from nolan.registers.models import Gift, InterestEntry
from nolan.registers.officer_views import overdue

pytestmark = pytest.mark.django_db


def test_the_demo_has_a_late_registration_a_sensitive_interest_and_someone_overdue():
    load_demo()
    assert InterestEntry.objects.late().exists()
    assert InterestEntry.objects.filter(sensitivity="agreed").exists()
    welwyn = Council.objects.get(slug="welwyn-hatfield")
    # The Monitoring Officer sees the one member who registered nothing, not everyone.
    assert [member.name for member, _ in overdue(welwyn, timezone.localdate())] == ["Fern Lockwood"]
    late = InterestEntry.objects.late().filter(member__council=welwyn)
    assert set(late.values_list("member__name", flat=True)) == {"Bridget Osei"}
    warned = [g for g in Gift.objects.all() if rules.assess_gift(g).warnings]
    assert warned


def test_loading_the_demo_registers_twice_adds_nothing():
    load_demo()
    counts = InterestEntry.objects.count(), Gift.objects.count()
    load_demo_registers(Council.objects.all())
    assert (InterestEntry.objects.count(), Gift.objects.count()) == counts


PLACEHOLDERS = ("fictional", "example", "imaginary")


def _entries():
    return list(InterestEntry.objects.select_related("member__council"))


def test_each_demo_members_interests_are_their_own_and_read_as_real_ones():
    """Issue 11: no entry recurs from member to member, and none names a placeholder."""
    load_demo()
    owners: dict[str, set[int]] = {}
    for entry in _entries():
        owners.setdefault(entry.summary, set()).add(entry.member_id)
    shared = {summary: members for summary, members in owners.items() if len(members) > 1}
    assert not shared
    words = [e.summary for e in _entries()] + [
        text for g in Gift.objects.all() for text in (g.donor_name, g.description, g.occasion)
    ]
    assert not [text for text in words if any(p in text.lower() for p in PLACEHOLDERS)]
    # Each member with interests has more than one kind of them.
    kinds: dict[int, set[str]] = {}
    for entry in _entries():
        kinds.setdefault(entry.member_id, set()).add(entry.category)
    assert kinds and all(len(categories) > 1 for categories in kinds.values())


def test_demo_interests_were_registered_during_the_members_terms_not_on_loading():
    load_demo()
    today = timezone.localdate()
    for entry in _entries():
        registered = timezone.localdate(entry.registered_at)
        term = rules.term_on(entry.member, registered)
        assert term is not None and registered < today, (entry, registered)
        # The history says the same day: the register "as it stood" reads it.
        first = entry.history.earliest("history_date")
        assert timezone.localdate(first.history_date) == registered
    for gift in Gift.objects.all():
        assert gift.received_on <= timezone.localdate(gift.registered_at) < today


@pytest.mark.parametrize("slug", ["welwyn-hatfield", "bexley", "chelmsford"])
def test_the_demo_register_as_it_stood_a_few_months_into_the_term_has_interests(client, slug):
    load_demo()
    council = Council.objects.get(slug=slug)
    term_start = council.members.first().terms.first().start
    on = term_start + timedelta(days=90)
    page = client.get(reverse("register-council", args=[slug]), {"on": on.isoformat()})
    with_interests = [member for member, interests in page.context["rows"] if interests]
    serving = page.context["rows"]
    # All but the member who registered nothing (the Monitoring Officer's late list).
    assert len(with_interests) == len(serving) - 1
