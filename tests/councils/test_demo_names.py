"""The demo's officers can be told apart by name (issue 11): Bexley's Monitoring Officer, the
outside investigator of Welwyn Hatfield's heard complaint, was "Demo Monitoring Officer" like
Welwyn Hatfield's own, so the case history could not say which of them interviewed whom."""

import pytest
from django.contrib.auth import get_user_model

from nolan.complaints.models import Complaint
from nolan.councils.models import Role
from nolan.demo import load_demo
from tests.complaints.test_plain_words import history

pytestmark = pytest.mark.django_db


def test_each_demo_officer_has_a_name_of_their_own(client):
    load_demo()
    kinds = [Role.Kind.MONITORING_OFFICER, Role.Kind.DEPUTY]
    officers = get_user_model().objects.filter(roles__kind__in=kinds).distinct()
    names = [user.get_full_name() for user in officers]
    assert len(names) == 4 and len(set(names)) == 4, names
    heard = Complaint.objects.get(member__name="Callum Hartley")
    client.force_login(get_user_model().objects.get(username="mo"))
    rows = history(client, heard)
    assert ("Demo Monitoring Officer", "Acknowledged", "") in rows
    interviews = {who for who, what, _ in rows if what == "Investigation note"}
    assert interviews == {"Demo Monitoring Officer, London Borough of Bexley"}
