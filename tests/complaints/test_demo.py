"""The demo shows issue 10's "Done means": one complaint upheld with its sanctions complied
with, one dismissed after the Independent Person's comment, one refused as anonymous; and
(issue 11) one awaiting the Independent Person's view, so their home page is not empty."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from nolan.complaints import services
from nolan.complaints.models import Complaint
from nolan.demo import load_demo

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    load_demo()
    return {c.member.name: c for c in Complaint.objects.select_related("member", "council")}


def test_the_post_complaint_is_heard_published_and_its_sanctions_complied_with(client, demo):
    case = demo["Callum Hartley"]
    assert case.state == "closed" and case.investigator.username == "bexley-mo"
    assert case.investigator_external
    assert {s.kind: bool(s.complied_on) for s in case.sanctions.all()} == {
        "censure": True,
        "training": True,
    }
    assert set(case.ip_views.values_list("stage", flat=True)) == {"assessment", "hearing"}
    screened = case.evidence.get(screening__isnull=False)
    assert any(
        p["key"].startswith("code.")
        for f in screened.screening["findings"]
        for p in f["paragraphs"]
    )
    page = client.get(reverse("standards", args=["welwyn-hatfield"])).content.decode()
    assert case.reference in page
    notice = client.get(reverse("decision-notice", args=["welwyn-hatfield", case.reference]))
    assert "Complied with" in notice.content.decode()


def test_the_second_complaint_is_dismissed_after_the_independent_persons_comment(demo):
    case = demo["Edmund Pryce"]
    assert (case.state, case.outcome) == ("closed", "no-further-action")
    actions = list(case.log.values_list("action", flat=True))
    assert actions.index("record-ip-view") < actions.index("decide-assessment")


def test_the_third_complaint_is_refused_as_anonymous(demo):
    case = demo["Fern Lockwood"]
    assert (case.anonymous, case.state) == (True, "refused")


def test_the_fourth_complaint_awaits_the_independent_persons_view_on_their_home_page(client, demo):
    case = demo["Bridget Osei"]
    assert (case.state, case.jurisdiction, case.public_interest) == ("assessment", True, True)
    assert not case.ip_views.exists()
    ip = get_user_model().objects.get(username="ip")
    assert services.awaiting_ip_view(ip, case.council) == [case]
    client.force_login(ip)
    home = client.get(reverse("home")).content.decode()
    assert "1 complaint awaits your view" in home
    assert reverse("complaint-case", args=["welwyn-hatfield", case.reference]) in home
    assert "Whitcombe" not in home


def test_loading_the_demo_again_adds_no_complaint(demo):
    load_demo()
    assert Complaint.objects.count() == 4


def test_loading_the_demo_again_adds_only_the_cases_missing(demo):
    demo["Bridget Osei"].delete()
    load_demo()
    assert sorted(Complaint.objects.values_list("member__name", flat=True)) == sorted(demo)
