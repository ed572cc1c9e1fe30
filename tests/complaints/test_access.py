"""Every complaint page, walked by every role: who sees a case before publication (issue 10).

Only the council's Monitoring Officer, deputies and Independent Persons, and the appointed
investigator, open a case; the public sees the guidance, the form, the published decision
notices and, with the link sent to them, their own complaint.
"""

import pytest
from django.urls import get_resolver, reverse

from nolan.complaints import services
from nolan.complaints.urls import urlpatterns
from nolan.councils.models import Role
from tests.complaints.factories import complaint, heard, investigated, officer
from tests.conftest import VerifiedClient
from tests.factories import CouncilFactory, MemberFactory, RoleFactory, UserFactory

ROLES = [
    "anonymous",
    "councillor",
    "clerk",
    "independent_person",
    "deputy",
    "monitoring_officer",
    "other_council_officer",
    "investigator",
]
CASE_READERS = {"independent_person", "deputy", "monitoring_officer", "investigator"}
OFFICERS = {"independent_person", "deputy", "monitoring_officer"}
EVERYONE = set(ROLES)


@pytest.fixture
def world(db):
    council = CouncilFactory()
    parish = CouncilFactory(slug="northaw-cuffley", principal=council)
    other = CouncilFactory(slug="bexley")
    users = {
        "independent_person": officer(council, Role.Kind.INDEPENDENT_PERSON),
        "deputy": officer(council, Role.Kind.DEPUTY),
        "monitoring_officer": officer(council),
        "clerk": officer(parish, Role.Kind.CLERK),
        "other_council_officer": officer(other),
        "investigator": officer(other),
    }
    councillor = UserFactory()
    RoleFactory(user=councillor, council=council, kind=Role.Kind.COUNCILLOR)
    member = MemberFactory(council=council, user=councillor)
    users["councillor"] = councillor
    mo, ip = users["monitoring_officer"], users["independent_person"]
    open_case = complaint(member, files=[("post.pdf", b"%PDF-1.4\n")])
    services.acknowledge(open_case, mo)
    services.notify_member(open_case, mo)
    services.record_jurisdiction(open_case, mo, passed=True, reasons="ok", capacity="ok")
    services.record_public_interest(open_case, mo, passed=True, factors=[], reasons="ok")
    services.record_ip_view(open_case, ip, view="Investigate")
    services.decide_assessment(open_case, mo, outcome="investigate", reasons="ok")
    services.appoint_investigator(open_case, mo, investigator=users["investigator"], external=True)
    decided = heard(
        investigated(complaint(member), mo, ip, users["investigator"]), mo, ip, view="Breach"
    )
    services.publish_notice(decided, mo, facts="Facts")
    return {"council": council, "case": open_case, "decided": decided, "users": users}


def route(world, name):
    """(method, path) to reach ``name`` with the world's records."""
    slug, case = world["council"].slug, world["case"]
    args = {
        "complaint-step": [slug, "capacity"],
        "decision-notice": [slug, world["decided"].reference],
        "decision-notice-pdf": [slug, world["decided"].reference],
        "complaint-status": [case.token],
        "complaints-about-me": [],
        "complaint-statistics": [slug, 2025],
        "complaint-statistics-csv": [slug, 2025],
        "complaint-case": [slug, case.reference],
        "complaint-evidence": [slug, case.reference, case.evidence.get().pk],
        "complaint-step-take": [slug, case.reference, "investigation-note"],
    }.get(name, [slug])
    return ("post" if name == "complaint-step-take" else "get"), reverse(name, args=args)


# Who may reach each page; everyone else is refused (anonymous: sent to sign in).
ALLOWED = {
    "standards": EVERYONE,
    "complaint-guidance": EVERYONE,
    "complaint-step": EVERYONE,
    "complaint-check": EVERYONE,
    "complaint-sent": EVERYONE,
    "complaint-outside-code": EVERYONE,
    "complaint-clerk": EVERYONE,
    "decision-notice": EVERYONE,
    "decision-notice-pdf": EVERYONE,
    "complaint-status": EVERYONE,
    "complaints-about-me": EVERYONE - {"anonymous"},
    "complaint-statistics": EVERYONE,
    "complaint-statistics-csv": EVERYONE,
    "complaint-dashboard": OFFICERS,
    "complaint-training": {"deputy", "monitoring_officer"},
    "complaint-arrangements": {"deputy", "monitoring_officer"},
    "complaint-case": CASE_READERS,
    "complaint-evidence": CASE_READERS,
    "complaint-step-take": {"deputy", "monitoring_officer", "investigator"},
}


def test_every_complaint_page_is_in_the_walk():
    assert {p.name for p in urlpatterns} == set(ALLOWED)
    assert all(get_resolver().reverse_dict.getlist(name) for name in ALLOWED)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(ALLOWED))
def test_each_role_reaches_only_the_pages_it_may(world, name, role):
    client = VerifiedClient()
    if role != "anonymous":
        client.force_login(world["users"][role])
    method, path = route(world, name)
    response = getattr(client, method)(path)
    if role in ALLOWED[name]:
        # 400: the page was reached and refused the empty form posted to it.
        assert response.status_code in (200, 302, 400), f"{role} refused {name}"
        if response.status_code == 302:
            assert "/sign-in/" not in response["Location"]
    elif role == "anonymous":
        assert response.status_code == 302 and "/sign-in/" in response["Location"]
    else:
        assert response.status_code == 403, f"{role} reached {name}"


def test_a_case_is_not_public_before_its_notice_is_published(world, client):
    path = reverse("decision-notice", args=[world["council"].slug, world["case"].reference])
    assert client.get(path).status_code == 404


def _case_page(user, case):
    client = VerifiedClient()
    client.force_login(user)
    return client, client.get(case.get_absolute_url())


def test_an_investigator_reads_the_complainant_as_the_member_does(world):
    """While the complainant's identity is kept from the member, the investigator from
    another authority reads neither their name, their e-mail, their own words nor the files
    they sent; the Independent Person's views and the assessment's history are not theirs."""
    mo, ip = world["users"]["monitoring_officer"], world["users"]["independent_person"]
    member = world["case"].member
    case = complaint(
        member, complainant_name="Pat Sentinel", files=[("mine.pdf", b"%PDF-1.4\nPat")]
    )
    services.acknowledge(case, mo)
    services.notify_member(
        case,
        mo,
        withhold_identity=True,
        withhold_reason="Sentinel fear of reprisal",
        allegation_summary="A post called an officer useless.",
    )
    services.record_jurisdiction(case, mo, passed=True, reasons="ok", capacity="ok")
    services.record_public_interest(case, mo, passed=True, factors=[], reasons="ok")
    services.record_ip_view(case, ip, view="Sentinel view of the IP")
    services.decide_assessment(case, mo, outcome="investigate", reasons="ok")
    services.appoint_investigator(case, mo, investigator=world["users"]["investigator"])
    client, response = _case_page(world["users"]["investigator"], case)
    assert response.status_code == 200
    page = response.content.decode()
    assert "A post called an officer useless." in page
    assert "Withheld by the Monitoring Officer" in page
    for secret in (
        "Pat Sentinel",
        "pat@example.org",
        "planning officer useless",  # the complainant's own words
        "Sentinel fear of reprisal",
        "Sentinel view of the IP",
        "mine.pdf",
    ):
        assert secret not in page, secret
    mine = case.evidence.get()
    path = reverse("complaint-evidence", args=[case.council.slug, case.reference, mine.pk])
    assert client.get(path).status_code == 403
    _, officers = _case_page(mo, case)
    assert all(s in officers.content.decode() for s in ("Pat Sentinel", "mine.pdf"))


def test_an_investigator_no_longer_sees_a_decided_case(world):
    decided = world["decided"]
    assert decided.investigator == world["users"]["investigator"]
    client, response = _case_page(world["users"]["investigator"], decided)
    assert response.status_code == 403
    path = reverse("complaint-evidence", args=[decided.council.slug, decided.reference, 1])
    assert client.get(path).status_code == 403
    assert _case_page(world["users"]["monitoring_officer"], decided)[1].status_code == 200
