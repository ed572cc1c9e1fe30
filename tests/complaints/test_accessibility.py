"""Complaint pages pass axe-core in headless Chromium (WCAG 2.2 AA): the public guidance,
every question of the form with and without an error, the check and sent pages, the
decision notice, the complainant's status page, the dashboard and the case page."""

import pytest
from django.urls import reverse

from nolan.complaints import services
from nolan.core.screening.model import Post
from nolan.councils.models import Role
from nolan.screening import services as screening
from tests.complaints.factories import complaint, heard, investigated, officer
from tests.factories import PASSWORD, CouncilFactory, MemberFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def world(transactional_db):
    council = CouncilFactory()
    CouncilFactory(slug="northaw-cuffley", principal=council)
    mo = officer(council)
    ip = officer(council, Role.Kind.INDEPENDENT_PERSON)
    councillor = officer(council, Role.Kind.COUNCILLOR)
    member = MemberFactory(council=council, name="Alex Fairweather", user=councillor)
    open_case = complaint(member, files=[("post.pdf", b"%PDF-1.4\n")])
    services.acknowledge(open_case, mo)
    services.notify_member(open_case, mo)
    text = "As your councillor: our Head of Planning is a useless idiot who should be sacked."
    kept = screening.keep_check(mo, council, text, screening.check_post(council, Post(text=text)))
    services.attach_screened_post(open_case, mo, kept)
    decided = heard(
        investigated(complaint(member), mo, ip, officer(CouncilFactory(slug="bexley"))),
        mo,
        ip,
        findings="Posted about an officer",
        reasoning="Officers cannot answer back",
        sanctions=[{"kind": "censure"}, {"kind": "training"}],
    )
    services.publish_notice(decided, mo, facts="The councillor posted about an officer.")
    refused = complaint(member, anonymous=True, complainant_name="", complainant_email="")
    services.refuse_anonymous(refused, mo)
    return {
        "council": council,
        "mo": mo,
        "councillor": councillor,
        "open": open_case,
        "decided": decided,
    }


def test_public_complaint_pages_have_no_serious_violations(axe_violations, world):
    slug = world["council"].slug
    for path in (
        reverse("complaint-guidance", args=[slug]),
        reverse("complaint-guidance", args=["northaw-cuffley"]),
        reverse("standards", args=[slug]),
        reverse("decision-notice", args=[slug, world["decided"].reference]),
        reverse("complaint-status", args=[world["open"].token]),
        reverse("complaint-outside-code", args=[slug]),
        reverse("complaint-clerk", args=["northaw-cuffley"]),
        reverse("complaint-statistics", args=[slug, 2025]),
    ):
        assert axe_violations(path) == [], path


def test_every_question_of_the_form_has_no_serious_violations(axe_violations, browser_page, world):
    slug = world["council"].slug
    assert axe_violations(reverse("complaint-step", args=[slug, "capacity"])) == []
    browser_page.click("button[type=submit]")  # nothing chosen: the error state
    assert axe_violations.here() == [], "capacity with an error"
    answers = [
        lambda: browser_page.check("input[value=yes]"),
        lambda: browser_page.select_option("select", label="Alex Fairweather"),
        lambda: browser_page.check("input[value=yes]"),
        lambda: (
            browser_page.fill("input[name=name]", "Pat Resident"),
            browser_page.fill("input[name=email]", "pat@example.org"),
        ),
        lambda: browser_page.fill("textarea", "Called an officer useless"),
        lambda: (
            browser_page.fill("input[name=happened_on_0]", "24"),
            browser_page.fill("input[name=happened_on_1]", "2"),
            browser_page.fill("input[name=happened_on_2]", "2025"),
        ),
        lambda: browser_page.check("input[value='code.respect.2']"),
    ]
    for answer in answers:
        answer()
        browser_page.click("button[type=submit]")
        assert axe_violations.here() == [], browser_page.url
    assert "/check/" in browser_page.url
    browser_page.set_input_files(
        "#evidence",
        files=[{"name": "virus.exe", "mimeType": "application/pdf", "buffer": b"MZ\x90\x00"}],
    )
    browser_page.click("button[type=submit]")
    assert "There is a problem" in browser_page.content()
    assert axe_violations.here() == [], "check page with a refused file"
    browser_page.set_input_files("#evidence", files=[])
    browser_page.click("button[type=submit]")
    assert "/sent/" in browser_page.url
    assert axe_violations.here() == [], "sent"


def test_officer_complaint_pages_have_no_serious_violations(axe_violations, browser_page, world):
    slug = world["council"].slug
    login = (world["mo"].username, PASSWORD)
    assert axe_violations(reverse("complaint-dashboard", args=[slug]), login=login) == []
    closed = reverse("complaint-dashboard", args=[slug]) + "?show=closed"
    assert axe_violations(closed) == []
    assert axe_violations(reverse("complaint-training", args=[slug])) == []
    browser_page.click("form button[type=submit] >> text=Record training")
    assert axe_violations.here() == [], "training page with errors"
    assert axe_violations(reverse("complaint-arrangements", args=[slug])) == []
    assert axe_violations(world["open"].get_absolute_url()) == []
    for details in browser_page.query_selector_all("details"):
        details.evaluate("d => d.open = true")
    assert axe_violations.here() == [], "case page with every step's form open"
    browser_page.click("form[action$='/steps/decide-assessment/'] button[type=submit]")
    assert axe_violations.here() == [], "case page with a refused step"
    assert axe_violations(world["decided"].get_absolute_url()) == []


def test_the_decision_forms_paragraphs_have_no_serious_violations(
    axe_violations, browser_page, world
):
    """The hearing's decision offers the code's and the social media protocol's paragraphs, a
    fieldset for each document within the question's (issue 11)."""
    council = world["council"]
    ip = officer(council, Role.Kind.INDEPENDENT_PERSON)
    case = investigated(
        complaint(MemberFactory(council=council)),
        world["mo"],
        ip,
        officer(CouncilFactory(slug="bexley")),
    )
    services.refer_to_hearing(case, world["mo"])
    services.record_ip_view(case, ip, view="A breach")
    login = (world["mo"].username, PASSWORD)
    assert axe_violations(case.get_absolute_url(), login=login) == []
    browser_page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    browser_page.check("input[value='smp.3-1-g']")
    assert axe_violations.here() == [], "the decision form open, a protocol paragraph ticked"
    browser_page.click("form[action$='/steps/decision/'] button[type=submit]")
    assert "There is a problem" in browser_page.content()
    assert axe_violations.here() == [], "the decision form refused"


def test_the_members_own_complaints_page_has_no_serious_violations(axe_violations, world):
    login = (world["councillor"].username, PASSWORD)
    assert axe_violations(reverse("complaints-about-me"), login=login) == []
