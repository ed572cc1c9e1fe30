"""The demo registers show each thing the Monitoring Officer and the public need to see."""

import pytest
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
