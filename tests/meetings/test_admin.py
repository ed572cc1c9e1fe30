"""The back office shows an officer only their councils' meetings, never edits
declarations or dispensations outside the services, and their history says who acted and
what they did."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from nolan.councils.models import Member, Role
from nolan.demo import load_demo
from nolan.meetings import services
from nolan.meetings.models import Declaration, Dispensation
from tests.factories import CommitteeFactory, CouncilFactory, RoleFactory, UserFactory
from tests.history import history_table
from tests.meetings.factories import MeetingFactory, typed_date

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


def test_the_history_of_a_dispensation_and_a_declaration_names_who_acted_and_why(client):
    """The demo makes both through the meetings services, with no request to say who."""
    load_demo()
    mo = get_user_model().objects.get(username="mo")
    dispensation = Dispensation.objects.get(member__council__slug="welwyn-hatfield")
    declaration = Declaration.objects.get(meeting__committee__council__slug="welwyn-hatfield")
    client.force_login(mo)
    name = mo.get_full_name()
    dispensation_history = history_table(client, dispensation)
    assert f"Dispensation applied for {name}" in dispensation_history
    assert f"Dispensation granted {name}" in dispensation_history
    assert f"Interest declared at a meeting {name}" in history_table(client, declaration)
    assert f"Declarations published {name}" in history_table(client, declaration.meeting)
    for text in (dispensation_history, history_table(client, declaration)):
        assert "Not recorded" not in text
        assert "Added" not in text and "Changed" not in text


def test_a_decision_made_on_the_page_is_recorded_with_the_officer_and_the_decision(client):
    load_demo()
    mo = get_user_model().objects.get(username="mo")
    bridget = Member.objects.get(council__slug="welwyn-hatfield", name="Bridget Osei")
    application = services.apply_for_dispensation(
        mo, member=bridget, ground="b", matters="Library closures", applied_on=dt.date(2026, 1, 1)
    )
    client.force_login(mo)
    url = reverse("decide-dispensation", args=["welwyn-hatfield", application.pk])
    data = {
        "grant": "no",
        "decided_by": "monitoring_officer",
        **typed_date("decided_on", dt.date(2026, 1, 2)),
        "reasons": "Too few members are affected",
    }
    assert client.post(url, data).status_code == 302
    assert f"Dispensation refused {mo.get_full_name()}" in history_table(client, application)


def test_the_officer_can_set_when_a_meeting_ends_in_the_back_office(client):
    load_demo()
    meeting = MeetingFactory(committee=CommitteeFactory(council=CouncilFactory()))
    client.force_login(UserFactory(username="mo"))
    page = client.get(reverse("admin:meetings_meeting_change", args=[meeting.pk]))
    assert 'name="ends_0"' in page.content.decode()
    assert "Nolan takes it to last three hours" in page.content.decode()
