"""The Independent Person's home page lists the complaints awaiting their view (issue 11):
their own councils' cases at a point where the rules take the Independent Person's view
and none is recorded yet, with a count, and without the complainant's identity."""

import pytest
from django.urls import reverse

from nolan.complaints import services
from nolan.councils.models import Role
from tests.complaints.factories import RECEIVED, assessed, complaint, officer
from tests.factories import CouncilFactory, MemberFactory

pytestmark = pytest.mark.django_db


def _home(client, user) -> str:
    client.force_login(user)
    return client.get(reverse("home")).content.decode()


def _section(html: str) -> str:
    return html.split('id="role-independent_person"', 1)[1].split("</section>", 1)[0]


def test_the_independent_person_sees_each_case_awaiting_their_view_with_a_count(
    client, council, member, mo, ip
):
    waiting = complaint(member)
    services.acknowledge(waiting, mo, today=RECEIVED)
    also_waiting = complaint(member)
    services.acknowledge(also_waiting, mo, today=RECEIVED)
    given = assessed(complaint(member), mo, ip)
    not_yet_taken_up = complaint(member)
    section = _section(_home(client, ip))
    assert 'id="awaiting-your-view-' in section
    assert "2 complaints await your view" in section
    for case in (waiting, also_waiting):
        assert reverse("complaint-case", args=[council.slug, case.reference]) in section
    for case in (given, not_yet_taken_up):
        assert case.reference not in section


def test_a_case_leaves_the_list_once_the_view_is_recorded(client, member, mo, ip):
    case = complaint(member)
    services.acknowledge(case, mo, today=RECEIVED)
    assert case.reference in _section(_home(client, ip))
    services.record_ip_view(case, ip, view="The matter is not serious enough to investigate")
    section = _section(_home(client, ip))
    assert case.reference not in section
    assert "No complaint awaits your view" in section


def test_the_list_holds_only_the_independent_persons_own_councils_cases(client, member, mo, ip):
    other = CouncilFactory(slug="bexley")
    elsewhere = complaint(MemberFactory(council=other))
    services.acknowledge(elsewhere, officer(other), today=RECEIVED)
    ours = complaint(member)
    services.acknowledge(ours, mo, today=RECEIVED)
    html = _home(client, ip)
    assert ours.reference in html
    assert elsewhere.reference not in html
    other_ip = officer(other, Role.Kind.INDEPENDENT_PERSON)
    html = _home(client, other_ip)
    assert elsewhere.reference in html and ours.reference not in html


def test_the_list_does_not_name_the_complainant(client, member, mo, ip):
    case = complaint(member, complainant_name="Jordan Quillfeather", complainant_email="jq@x.org")
    services.acknowledge(case, mo, today=RECEIVED)
    section = _section(_home(client, ip))
    assert case.reference in section
    assert "Quillfeather" not in section and "jq@x.org" not in section


def test_only_the_independent_person_gets_the_list(client, member, mo):
    case = complaint(member)
    services.acknowledge(case, mo, today=RECEIVED)
    assert "await your view" not in _home(client, mo)
    assert services.awaiting_ip_view(mo, member.council) == []
