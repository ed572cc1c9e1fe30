"""The Monitoring Officer's dashboard and case page, the IP's view and the investigator's steps."""

import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from freezegun import freeze_time

from nolan.complaints import services
from nolan.complaints.models import Complaint
from nolan.councils.models import Role
from tests.complaints.factories import assessed, complaint, investigated, officer
from tests.conftest import VerifiedClient
from tests.factories import CouncilFactory, MemberFactory

PDF = b"%PDF-1.4\n"


def dashboard(council):
    return reverse("complaint-dashboard", args=[council.slug])


def codes(form):
    return [error.code for errors in form.errors.as_data().values() for error in errors]


def words(html):
    """What a reader sees of ``html``: its text without tags."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def row(page, key):
    """The value a summary list gives for ``key``, as read."""
    found = re.search(rf"(?s)<dt[^>]*>{re.escape(key)}</dt>\s*<dd[^>]*>(.*?)</dd>", page)
    assert found, key
    return words(found.group(1))


def take(client, case, step, data=None):
    url = reverse("complaint-step-take", args=[case.council.slug, case.reference, step])
    return client.post(url, data or {})


@freeze_time("2025-03-20")
def test_the_dashboard_shows_each_open_case_its_stage_age_and_what_is_overdue(
    client, member, mo, ip
):
    late = complaint(member, today=dt.date(2025, 3, 3))  # acknowledgement was due 10 March
    fresh = complaint(member, today=dt.date(2025, 3, 19))
    closed = assessed(complaint(member, today=dt.date(2025, 3, 3)), mo, ip, "no-further-action")
    client.force_login(mo)
    response = client.get(dashboard(member.council))
    rows = {case.reference: p for case, p in response.context["rows"]}
    assert set(rows) == {late.reference, fresh.reference}
    assert closed.reference not in response.content.decode()
    assert (rows[late.reference].overdue, rows[late.reference].age) == (True, 13)
    assert rows[fresh.reference].overdue is False
    assert response.context["overdue"] == 1
    assert [c.reference for c, _ in response.context["rows"]][0] == late.reference


def test_a_principal_authoritys_dashboard_lists_its_parishes_cases(client, council, mo):
    parish = CouncilFactory(slug="northaw-cuffley", principal=council)
    case = complaint(MemberFactory(council=parish))
    client.force_login(mo)
    assert case.reference in client.get(dashboard(council)).content.decode()
    assert client.get(case.get_absolute_url()).status_code == 200


def test_a_suspended_case_shows_its_clock_stopped(client, member, mo):
    case = complaint(member)
    services.acknowledge(case, mo)
    services.pause(case, mo, reason="Awaiting the screenshot")
    client.force_login(mo)
    ((_, p),) = client.get(dashboard(member.council)).context["rows"]
    assert p.paused and p.clock.code == "stopped" and not p.overdue


def populate(council, n):
    """``n`` open cases in a mix of stages: received, in assessment, on hold, investigated."""
    mo = officer(council)
    ip = officer(council, Role.Kind.INDEPENDENT_PERSON)
    members = [MemberFactory(council=council) for _ in range(3)]
    for i in range(n):
        case = complaint(members[i % 3], today=dt.date(2025, 3, 3))
        if i % 4 == 1:
            services.acknowledge(case, mo)
        elif i % 4 == 2:
            services.acknowledge(case, mo)
            services.pause(case, mo, reason="Awaiting information")
        elif i % 4 == 3:
            assessed(case, mo, ip)
    return mo


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_dashboard_uses_the_same_queries_for_few_or_many_cases(db):
    counts = []
    for slug, n in [("bexley", 4), ("welwyn-hatfield", 40)]:
        council = CouncilFactory(slug=slug)
        client = VerifiedClient()
        client.force_login(populate(council, n))
        counts.append(queries(client, dashboard(council)))
        assert len(client.get(dashboard(council)).context["rows"]) == n
    assert counts[0] == counts[1]


def test_the_monitoring_officer_acknowledges_from_the_case_page(client, member, mo):
    case = complaint(member)
    client.force_login(mo)
    assert "Acknowledge the complaint" in client.get(case.get_absolute_url()).content.decode()
    response = take(client, case, "acknowledge")
    assert response.status_code == 302
    assert Complaint.objects.get().state == "assessment"


def test_only_an_anonymous_complaint_offers_the_anonymity_steps(client, member, mo):
    named = complaint(member)
    anonymous = complaint(member, anonymous=True, complainant_name="", complainant_email="")
    client.force_login(mo)
    named_page = client.get(named.get_absolute_url()).content.decode()
    anonymous_page = client.get(anonymous.get_absolute_url()).content.decode()
    for label in ("Record a compelling public interest in this anonymous", "Refuse as anonymous"):
        assert label not in named_page
        assert label in anonymous_page
    assert "Acknowledge the complaint" in named_page


def test_a_step_refused_by_the_rules_shows_why_and_keeps_the_answers(client, member, mo):
    case = complaint(member)
    services.acknowledge(case, mo)
    services.notify_member(case, mo)
    services.record_jurisdiction(case, mo, passed=True, reasons="ok", capacity="ok")
    services.record_public_interest(case, mo, passed=True, factors=[], reasons="ok")
    client.force_login(mo)
    response = take(
        client,
        case,
        "decide-assessment",
        {"decide-assessment-outcome": "investigate", "decide-assessment-reasons": "Serious"},
    )
    assert response.status_code == 400
    failed = next(f for s, f in response.context["forms"] if s.slug == "decide-assessment")
    assert codes(failed) == ["ip-view-required"]
    assert "Serious" in response.content.decode()
    assert Complaint.objects.get().state == "assessment"


def test_the_independent_person_records_their_view_on_the_case_page(client, member, mo, ip):
    case = complaint(member)
    services.acknowledge(case, mo)
    client.force_login(ip)
    page = client.get(case.get_absolute_url())
    assert [s.slug for s, _ in page.context["forms"]] == ["ip-view"]
    take(client, case, "ip-view", {"ip-view-view": "Trivial: no further action"})
    assert case.ip_views.get().by == ip
    assert take(client, case, "acknowledge").status_code == 403


def test_a_sanction_english_councils_cannot_impose_is_refused_on_the_page(
    client, member, mo, ip, investigator
):
    case = investigated(complaint(member), mo, ip, investigator)
    services.refer_to_hearing(case, mo)
    services.record_ip_view(case, ip, view="Breach")
    panel = MemberFactory(council=member.council)
    client.force_login(mo)
    response = take(
        client,
        case,
        "decision",
        {
            "decision-held_on_0": "1",
            "decision-held_on_1": "5",
            "decision-held_on_2": "2025",
            "decision-panel": [panel.pk],
            "decision-breach": "yes",
            "decision-provisions": ["code.respect.2"],
            "decision-findings": "Posted about an officer",
            "decision-reasoning": "Officers cannot answer back",
            "decision-sanctions": ["censure", "suspension"],
        },
    )
    failed = next(f for s, f in response.context["forms"] if s.slug == "decision")
    assert codes(failed) == ["suspension-not-lawful"]
    assert "Posted about an officer" in response.content.decode()
    assert Complaint.objects.get(pk=case.pk).state == "hearing"


@freeze_time("2025-06-10")
def test_a_hearing_dated_after_today_is_refused_beside_its_date(
    client, member, mo, ip, investigator
):
    """A decision is recorded once the hearing is held: a hearing on a day still to come (a
    mistyped year, say) is refused, and nothing is decided."""
    case = investigated(complaint(member, today=dt.date(2025, 3, 3)), mo, ip, investigator)
    services.refer_to_hearing(case, mo)
    services.record_ip_view(case, ip, view="Breach")
    panel = MemberFactory(council=member.council)
    client.force_login(mo)
    decision = {
        "decision-panel": [panel.pk],
        "decision-breach": "yes",
        "decision-provisions": ["code.respect.2"],
        "decision-findings": "Posted about an officer",
        "decision-reasoning": "Officers cannot answer back",
        "decision-sanctions": ["censure"],
    }
    tomorrow = {"decision-held_on_0": "11", "decision-held_on_1": "6", "decision-held_on_2": "2025"}
    response = take(client, case, "decision", decision | tomorrow)
    assert response.status_code == 400
    failed = next(f for s, f in response.context["forms"] if s.slug == "decision")
    assert failed.has_error("held_on", "future-date")
    assert "The date of the hearing must be today or in the past" in response.content.decode()
    assert Complaint.objects.get(pk=case.pk).state == "hearing"
    assert not case.sanctions.exists()
    today = {"decision-held_on_0": "10", "decision-held_on_1": "6", "decision-held_on_2": "2025"}
    assert take(client, case, "decision", decision | today).status_code == 302
    assert Complaint.objects.get(pk=case.pk).hearing.held_on == dt.date(2025, 6, 10)


def test_the_investigator_sees_only_the_investigation_steps(client, member, mo, ip, investigator):
    case = assessed(complaint(member), mo, ip)
    services.appoint_investigator(case, mo, investigator=investigator, external=True)
    client.force_login(investigator)
    slugs = [s.slug for s, _ in client.get(case.get_absolute_url()).context["forms"]]
    assert slugs == ["tell-parties", "investigation-note", "draft-report", "add-evidence"]
    assert take(client, case, "pause", {"pause-reason": "x"}).status_code == 403


def test_the_investigator_is_named_as_at_appointment_after_their_account_changes(
    client, member, mo, ip
):
    """The case page names the investigator as the Monitoring Officer appointed them: their
    account later renamed, or closed when they leave, does not rewrite the case."""
    investigator = officer(CouncilFactory(slug="bexley"), first_name="Sam", last_name="Okafor")
    case = assessed(complaint(member), mo, ip)
    services.appoint_investigator(case, mo, investigator=investigator, external=True)
    investigator.first_name, investigator.last_name = "Samantha", "Okafor-Reid"
    investigator.is_active = False
    investigator.save(update_fields=["first_name", "last_name", "is_active"])
    client.force_login(mo)
    page = client.get(case.get_absolute_url()).content.decode()
    assert row(page, "Investigator") == "Sam Okafor (another authority)"
    assert "Samantha" not in page


def test_evidence_is_served_only_to_those_who_may_see_the_case(client, member, mo):
    case = complaint(member, files=[("post.pdf", PDF)])
    url = reverse(
        "complaint-evidence", args=[member.council.slug, case.reference, case.evidence.get().pk]
    )
    assert "/sign-in/" in client.get(url)["Location"]
    client.force_login(mo)
    response = client.get(url)
    assert response.content == PDF
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    stranger = officer(CouncilFactory(slug="bexley"))
    client.force_login(stranger)
    assert client.get(url).status_code == 403


@pytest.mark.parametrize("step", ["nonsense"])
def test_an_unknown_step_is_not_found(client, member, mo, step):
    case = complaint(member)
    client.force_login(mo)
    assert take(client, case, step).status_code == 404


def test_the_closed_cases_are_listed_with_how_they_ended(client, member, mo, ip):
    """Walk item 3: only open cases were listed, so a closed case was linked from nowhere."""
    open_case = complaint(member)
    closed = assessed(complaint(member), mo, ip, "no-further-action")
    refused = complaint(member, anonymous=True, complainant_name="", complainant_email="")
    services.refuse_anonymous(refused, mo)
    client.force_login(mo)
    page = client.get(dashboard(member.council)).content.decode()
    closed_list = f"{dashboard(member.council)}?show=closed"
    assert f'href="{closed_list}"' in page
    page = client.get(closed_list).content.decode()
    for case in (closed, refused):
        assert f'href="{case.get_absolute_url()}"' in page
    assert open_case.reference not in page
    assert "No further action" in page and "Refused as anonymous" in page
    client.force_login(ip)
    assert closed.reference in client.get(closed_list).content.decode()


def test_a_kept_post_is_offered_by_what_it_says_not_by_who_kept_it(client, member, mo):
    """Walk item 23: the list read "mo at 2 December 2026 at 9:25am" for every post."""
    from nolan.core.screening.model import Post
    from nolan.screening import services as screening

    text = "As your councillor: our Head of Planning is a useless idiot who should be sacked."
    screening.keep_check(
        mo, member.council, text, screening.check_post(member.council, Post(text=text))
    )
    client.force_login(mo)
    page = client.get(complaint(member).get_absolute_url()).content.decode()
    select = re.search(r'(?s)<select[^>]*name="attach-screened-post-check".*?</select>', page)
    options = [words(o) for o in re.findall(r"(?s)<option[^>]*>(.*?)</option>", select.group())]
    assert options[1].startswith("“As your councillor: our Head of Planning is a useless idiot…”")
    assert ", checked " in options[1] and mo.username not in options[1]


def test_telling_the_member_is_not_offered_again_once_done(client, member, mo):
    """Walk item 24 (WH-2026-0004 and 0006): the step was still offered after it was taken."""
    case = complaint(member)
    services.acknowledge(case, mo)
    client.force_login(mo)
    label = "Tell the member and invite comments"
    assert label in client.get(case.get_absolute_url()).content.decode()
    services.notify_member(case, mo)
    assert label not in client.get(case.get_absolute_url()).content.decode()
    assert (
        take(client, case, "notify-member", {"notify-member-withhold_identity": "no"}).status_code
        == 400
    )
    assert case.log.filter(action="notify-member").count() == 1


def test_the_independent_persons_home_page_leads_to_the_complaints(client, ip, council):
    client.force_login(ip)
    assert dashboard(council) in client.get(reverse("home")).content.decode()


def test_the_council_page_leads_to_its_standards_page(client, council):
    page = client.get(reverse("council", args=[council.slug])).content.decode()
    assert reverse("standards", args=[council.slug]) in page


def test_the_member_sees_a_complaint_once_told_and_not_a_withheld_complainant(client, mo):
    councillor = officer(CouncilFactory(), Role.Kind.COUNCILLOR)
    member = MemberFactory(council=councillor.roles.get().council, user=councillor)
    told = complaint(member, what_happened="Shouted at the clerk")
    services.acknowledge(told, mo)
    services.notify_member(told, mo, withhold_identity=True, withhold_reason="Fear of reprisal")
    untold = complaint(member, what_happened="Misused council paper")
    client.force_login(councillor)
    page = client.get(reverse("complaints-about-me")).content.decode()
    assert told.reference in page and "will send you a summary of what is alleged" in page
    assert "Shouted at the clerk" not in page  # the complainant's own words (item 1 of the walk)
    assert untold.reference not in page and "Misused council paper" not in page
    assert "Pat Resident" not in page and "Fear of reprisal" not in page
    client.force_login(mo)
    assert told.reference not in client.get(reverse("complaints-about-me")).content.decode()


def test_the_investigator_adds_evidence_and_a_wrong_type_is_refused(
    client, member, mo, ip, investigator
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    case = assessed(complaint(member), mo, ip)
    services.appoint_investigator(case, mo, investigator=investigator, external=True)
    client.force_login(investigator)
    bad = SimpleUploadedFile("notes.pdf", b"MZ\x90\x00")
    response = take(client, case, "add-evidence", {"add-evidence-file": bad})
    failed = next(f for s, f in response.context["forms"] if s.slug == "add-evidence")
    assert codes(failed) == ["file-type"]
    good = SimpleUploadedFile("interview.txt", b"Notes of the interview")
    response = take(
        client, case, "add-evidence", {"add-evidence-file": good, "add-evidence-description": "x"}
    )
    assert response.status_code == 302
    assert case.evidence.get().uploaded_by == investigator


def test_every_step_the_services_log_has_a_name_on_the_case_page():
    import re
    from pathlib import Path

    from nolan.complaints.models import LOG_NAMES
    from nolan.core.complaints import Action

    source = Path(services.__file__).read_text()
    logged = set(re.findall(r'_log\(complaint, \w+, "([a-z-]+)"', source))
    assert logged | {a.value for a in Action} <= set(LOG_NAMES)


def test_a_complaint_without_evidence_says_so(client, member, mo):
    case = complaint(member)
    client.force_login(mo)
    page = client.get(case.get_absolute_url()).content.decode()
    assert row(page, "Evidence") == "No evidence was attached"


def test_the_case_names_the_paragraphs_as_the_council_does(client, member, mo, ip, investigator):
    case = assessed(complaint(member, paragraphs=["code.respect.2", "smp.3-2-b"]), mo, ip)
    services.appoint_investigator(case, mo, investigator=investigator, external=True)
    services.tell_parties(case, investigator)
    client.force_login(mo)
    page = client.get(case.get_absolute_url()).content.decode()
    named = row(page, "Paragraphs named")
    assert named.startswith("Councillor Code of Conduct, paragraph 1.2: I treat local authority")
    assert "Social Media Protocol, paragraph 3.2(b): Bully or harass anyone" in named
    told = next(e for e in case.log.all() if e.action == "tell-parties")
    assert (
        told.note
        == "Councillor Code of Conduct, paragraph 1.2; Social Media Protocol, paragraph 3.2(b)"
    )
    assert "code.respect.2" not in words(page)


@pytest.mark.parametrize("page", ["complaint-training", "complaint-arrangements"])
def test_the_officers_pages_lead_back_to_the_complaints(client, council, mo, page):
    client.force_login(mo)
    html = client.get(reverse(page, args=[council.slug])).content.decode()
    back = f'<a href="{dashboard(council)}" class="govuk-back-link">All complaints</a>'
    assert back in html


def test_every_paragraph_named_on_the_case_shows_its_own_words(client, member, mo):
    """Found walking the demo: "Paragraphs named" showed paragraph 4.1 by its section's
    heading ("Confidentiality and access to information") where every other paragraph shows
    its own words; it now reads as the complainant chose it on the form."""
    case = complaint(member, paragraphs=["code.confidentiality.1", "code.respect.2"])
    client.force_login(mo)
    named = row(client.get(case.get_absolute_url()).content.decode(), "Paragraphs named")
    assert "paragraph 4.1: I do not disclose information: a. given to me in confidence" in named
    assert "Confidentiality and access to information" not in named
    offered = dict(c for _, choices in services.paragraph_groups(case.council) for c in choices)
    named = services.provisions_named(case.council, ["code.confidentiality.1"], as_offered=True)
    assert [str(p) for p in named] == [offered["code.confidentiality.1"]]


def test_an_empty_independent_persons_view_is_named_once_in_the_error_summary(
    client, member, mo, ip
):
    """Found walking the demo: the summary read "The Independent Person's view: Enter the
    Independent Person's view", the page adding the field's label before a message that
    already names it."""
    case = complaint(member)
    services.acknowledge(case, mo)
    client.force_login(ip)
    page = words(take(client, case, "ip-view", {"ip-view-view": ""}).content.decode())
    assert "Enter the Independent Person's view" in page.replace("&#x27;", "'")
    assert page.replace("&#x27;", "'").count("Independent Person's view: Enter") == 0


def test_the_assessments_tests_once_recorded_are_marked_done_not_offered_again(client, member, mo):
    """Found walking the demo: "Next steps" kept offering the jurisdiction and public
    interest tests' forms after both were recorded."""
    case = complaint(member)
    services.acknowledge(case, mo)
    services.notify_member(case, mo)
    client.force_login(mo)
    steps = [s.slug for s, _ in client.get(case.get_absolute_url()).context["forms"]]
    assert {"jurisdiction", "public-interest"} <= set(steps)
    services.record_jurisdiction(case, mo, passed=True, reasons="ok", capacity="ok")
    services.record_public_interest(case, mo, passed=True, factors=[], reasons="ok")
    response = client.get(case.get_absolute_url())
    steps = [s.slug for s, _ in response.context["forms"]]
    assert "jurisdiction" not in steps and "public-interest" not in steps
    assert "decide-assessment" in steps
    page = words(response.content.decode())
    assert "Jurisdiction test recorded Done" in page
    assert "Public interest test recorded Done" in page


def test_a_refused_step_says_so_in_plain_words_at_the_top_of_the_page(client, member, mo):
    """The ordering refusals are sentences that say what to do and why, and the page's one
    error summary stands above the heading, as GOV.UK places it, not in the folded form."""
    case = complaint(member)
    services.acknowledge(case, mo)
    services.notify_member(case, mo)
    client.force_login(mo)
    data = {"decide-assessment-outcome": "investigate", "decide-assessment-reasons": "Serious"}
    page = take(client, case, "decide-assessment", data).content.decode().replace("&#x27;", "'")
    assert re.search(r"<title>\s*Error: ", page)
    summary, heading = page.index("govuk-error-summary"), page.index("<h1")
    assert summary < heading and page.count('class="govuk-error-summary"') == 1
    assert "Record the jurisdiction test first" in words(page[summary:heading])
    services.record_jurisdiction(case, mo, passed=True, reasons="ok", capacity="ok")
    services.record_public_interest(case, mo, passed=True, factors=[], reasons="ok")
    page = take(client, case, "decide-assessment", data).content.decode().replace("&#x27;", "'")
    summary = words(page[page.index("govuk-error-summary") : page.index("<h1")])
    assert "The council's procedure asks for the Independent Person's view" in summary
    assert "(CSPL best practice 8)" in summary
