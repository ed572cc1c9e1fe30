"""No back-office page names simple_history's tables of earlier versions (issue 11): the user
and group pages offer no "Can change historical role" permission (they grant nothing), the
demo's Monitoring Officers hold none, and a committee, once kept without history, has a
history page."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from nolan.demo import load_demo
from nolan.registers.models import InterestEntry
from tests.factories import CommitteeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser(client):
    user = get_user_model().objects.create_superuser("root", "root@example.org", "x")
    client.force_login(user)
    return user


def offered(page: str) -> list[str]:
    return [
        re.sub(r"\s+", " ", o)
        for o in re.findall(r"<option value=\"\d+\"[^>]*>(.*?)</option>", page)
    ]


def test_the_permissions_offered_name_records_not_historical_tables(client, superuser):
    for url in (
        reverse("admin:auth_group_add"),
        reverse("admin:auth_user_change", args=[superuser.pk]),
    ):
        options = offered(client.get(url).content.decode())
        assert "Registers | interest entry | Can change interest entry" in options
        assert not [o for o in options if "historical" in o.lower()], url


def test_the_demo_monitoring_officers_hold_no_permission_on_historical_tables(db):
    load_demo()
    names = Group.objects.get(name="Monitoring officers").permissions.values_list("name", flat=True)
    assert "Can change interest entry" in names
    assert not [n for n in names if "historical" in n.lower()]


def test_a_committee_once_kept_without_history_now_has_a_history_page(client, superuser):
    committee = CommitteeFactory()
    response = client.get(reverse("admin:councils_committee_history", args=[committee.pk]))
    assert response.status_code == 200 and "Added" in response.content.decode()


def test_a_record_with_history_still_shows_it(client, superuser):
    load_demo()
    entry = InterestEntry.objects.first()
    response = client.get(reverse("admin:registers_interestentry_history", args=[entry.pk]))
    assert response.status_code == 200 and "Interest registered" in response.content.decode()
