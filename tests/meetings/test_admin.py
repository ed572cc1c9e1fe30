"""The back office shows an officer only their councils' meetings and never edits
declarations or dispensations outside the services."""

import pytest
from django.urls import reverse

from nolan.councils.models import Role
from nolan.demo import load_demo
from tests.factories import CommitteeFactory, CouncilFactory, RoleFactory, UserFactory
from tests.meetings.factories import MeetingFactory

pytestmark = pytest.mark.django_db


def test_officer_sees_only_their_councils_meetings_in_the_back_office(client):
    load_demo()  # grants the demo officers their back-office permissions
    ours = MeetingFactory(committee=CommitteeFactory(council=CouncilFactory()), venue="Ours")
    theirs = MeetingFactory(
        committee=CommitteeFactory(council=CouncilFactory(slug="bexley")), venue="Theirs"
    )
    client.force_login(UserFactory(username="mo"))
    page = client.get(reverse("admin:meetings_meeting_changelist"))
    assert page.status_code == 200
    shown = list(page.context["cl"].result_list)
    assert ours in shown and theirs not in shown


def test_declarations_cannot_be_added_in_the_back_office(client):
    user = UserFactory(username="super")
    user.is_staff = user.is_superuser = True
    user.save()
    RoleFactory(user=user, kind=Role.Kind.MONITORING_OFFICER)
    client.force_login(user)
    assert client.get(reverse("admin:meetings_declaration_add")).status_code == 403
    assert client.get(reverse("admin:meetings_dispensation_add")).status_code == 403
