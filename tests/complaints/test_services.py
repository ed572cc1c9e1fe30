"""The complaint services: who may take each step, what it records, and the case log."""

import datetime as dt

import pytest
from django.core import mail

from nolan.complaints import services
from nolan.complaints.models import CaseLog, Complaint
from nolan.complaints.services import ComplaintError
from nolan.councils.models import Role
from tests.complaints.factories import RECEIVED, assessed, complaint, investigated, officer
from tests.factories import CouncilFactory, MemberFactory, UserFactory

PDF = b"%PDF-1.4\n1 0 obj\n"


def refused(code, call, *args, **kwargs):
    with pytest.raises(ComplaintError) as raised:
        call(*args, **kwargs)
    assert raised.value.code == code


def test_a_complaint_gets_a_reference_and_an_acknowledgement_email(member):
    case = complaint(member)
    assert case.reference == "WH-2025-0001"
    assert complaint(member).reference == "WH-2025-0002"
    assert case.state == "received"
    assert [m.to for m in mail.outbox] == [["pat@example.org"]] * 2
    assert case.reference in mail.outbox[0].subject
    assert str(case.token) in mail.outbox[0].body


def test_the_case_log_records_who_did_what(member, mo, ip):
    case = assessed(complaint(member), mo, ip)
    log = list(case.log.values_list("action", "by"))
    assert log == [
        ("submitted", None),
        ("acknowledge", mo.pk),
        ("notify-member", mo.pk),
        ("record-jurisdiction", mo.pk),
        ("record-public-interest", mo.pk),
        ("record-ip-view", ip.pk),
        ("decide-assessment", mo.pk),
    ]


def test_the_case_log_cannot_be_changed_or_deleted(member):
    entry = complaint(member).log.get()
    entry.note = "rewritten"
    with pytest.raises(ValueError):
        entry.save()
    with pytest.raises(ValueError):
        entry.delete()
    assert CaseLog.objects.get().note != "rewritten"


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"complainant_name": ""}, "complainant-required"),
        ({"what_happened": "  "}, "what-happened-required"),
        ({"happened_on": dt.date(2030, 1, 1)}, "future-date"),
        ({"happened_on": dt.date(26, 1, 1)}, "too-early"),
        ({"complainant_phone": "abc"}, "bad-phone"),
        ({"acting_as_councillor": "perhaps"}, "capacity-unanswered"),
        ({"paragraphs": ["code.nonsense"]}, "unknown-paragraph"),
        ({"paragraphs": ["code.respect.guidance"]}, "unknown-paragraph"),
        ({"what_happened": "x" * 10_001}, "too-long"),
        ({"files": [("notes.exe", b"MZ\x90\x00")]}, "file-type"),
        ({"files": [("big.pdf", PDF + b"0" * (5 * 1024 * 1024))]}, "too-large"),
        ({"files": [("empty.pdf", b"")]}, "empty-file"),
    ],
)
def test_a_bad_complaint_is_refused_and_nothing_is_stored(member, changes, code):
    refused(code, complaint, member, **changes)
    assert not Complaint.objects.exists()


def test_a_complaint_dated_in_the_future_is_refused_in_the_forms_words(member):
    """The check page shows the service's refusal: in the words the date's own page uses
    (issue 11; it said "the date cannot be in the future")."""
    with pytest.raises(ComplaintError) as raised:
        complaint(member, happened_on=dt.date(2030, 1, 1))
    assert (raised.value.code, raised.value.field) == ("future-date", "happened_on")
    assert raised.value.message == "The date it happened must be today or in the past"


def test_evidence_is_kept_by_what_its_bytes_are_not_its_name(member):
    files = [
        ("../../etc/post.png", PDF),
        ("note.txt", b"Hello"),
        ("screenshot.PNG", b"\xff\xd8\xff\xe0 a JPEG"),
        ("transcript.md", b"# What was said"),
        ("evidence", b"Hello again"),
    ]
    stored = list(complaint(member, files=files).evidence.values_list("file_name", "content_type"))
    assert stored == [
        ("post.pdf", "application/pdf"),
        ("note.txt", "text/plain"),
        ("screenshot.jpg", "image/jpeg"),
        ("transcript.md.txt", "text/plain"),
        ("evidence.txt", "text/plain"),
    ]


@pytest.mark.parametrize(
    "page",
    [
        b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>",
        b"  <html>\n<p>Hello</p>",
        b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>",
        b"Notes\n<SCRIPT src=//example.org/x.js></SCRIPT>",
    ],
)
def test_a_web_page_is_not_plain_text_whatever_it_is_called(member, page):
    """Walk item 28: an HTML file named fake.png was kept as "plain text" under that name."""
    with pytest.raises(ComplaintError) as raised:
        complaint(member, files=[("fake.png", page)])
    assert raised.value.code == "file-type" and "web page" in raised.value.message
    assert not Complaint.objects.exists()


def test_an_anonymous_complaint_is_refused_unless_a_public_interest_is_recorded(member, mo):
    case = complaint(member, anonymous=True, complainant_name="", complainant_email="")
    refused("anonymous", services.acknowledge, case, mo)
    services.refuse_anonymous(case, mo)
    assert Complaint.objects.get().state == "refused"
    other = complaint(member, anonymous=True, complainant_name="", complainant_email="")
    refused("reason-required", services.record_anonymity_public_interest, other, mo, reasons="")
    services.record_anonymity_public_interest(other, mo, reasons="Threats to a named officer")
    assert services.acknowledge(other, mo).state == "assessment"


@pytest.mark.parametrize(
    "kind", [Role.Kind.INDEPENDENT_PERSON, Role.Kind.CLERK, Role.Kind.COUNCILLOR]
)
def test_only_the_monitoring_officer_moves_a_case(member, kind):
    someone = officer(member.council, kind)
    refused("not-allowed", services.acknowledge, complaint(member), someone)


def test_another_councils_officer_cannot_move_a_case(member):
    stranger = officer(CouncilFactory(slug="bexley"))
    refused("not-allowed", services.acknowledge, complaint(member), stranger)


def test_the_principal_authoritys_officer_acts_for_its_parishes(council, mo):
    parish = CouncilFactory(slug="northaw-cuffley", principal=council)
    case = complaint(MemberFactory(council=parish))
    assert case.reference.startswith("NC-")
    assert services.acknowledge(case, mo).state == "assessment"


def test_the_independent_person_records_their_own_view(member, mo, ip):
    case = complaint(member)
    services.acknowledge(case, mo)
    view = services.record_ip_view(case, ip, view="Trivial")
    assert (view.stage, view.by) == ("assessment", ip)
    refused("not-allowed", services.record_ip_view, case, UserFactory(), view="Mine")
    refused("view-required", services.record_ip_view, case, ip, view=" ")


def test_the_assessment_keeps_its_reasons(member, mo, ip):
    case = complaint(member)
    services.acknowledge(case, mo)
    refused(
        "reason-required",
        services.record_jurisdiction,
        case,
        mo,
        passed=True,
        reasons="",
        capacity="x",
    )
    services.record_jurisdiction(
        case, mo, passed=True, reasons="Serving member", capacity="Official page, council logo"
    )
    refused(
        "unknown-factor",
        services.record_public_interest,
        case,
        mo,
        passed=False,
        factors=["boring"],
        reasons="x",
    )
    services.record_public_interest(
        case, mo, passed=False, factors=["trivial"], reasons="A single rude remark"
    )
    case.refresh_from_db()
    assert case.capacity_determination == "Official page, council logo"
    assert case.public_interest_factors == ["trivial"]
    assert case.assessors == [f"u{mo.pk}"]


def test_a_dismissal_waits_for_the_independent_persons_view(member, mo, ip):
    case = complaint(member)
    services.acknowledge(case, mo)
    services.notify_member(case, mo)
    services.record_jurisdiction(case, mo, passed=True, reasons="ok", capacity="ok")
    services.record_public_interest(case, mo, passed=False, factors=["trivial"], reasons="ok")
    refused(
        "ip-view-required",
        services.decide_assessment,
        case,
        mo,
        outcome="no-further-action",
        reasons="Trivial",
    )
    services.record_ip_view(case, ip, view="I agree it is trivial")
    closed = services.decide_assessment(case, mo, outcome="no-further-action", reasons="Trivial")
    assert closed.state == "closed" and closed.closed_on is not None


def test_a_police_referral_suspends_the_case_and_stops_its_clock(member, mo, ip):
    case = complaint(member, paragraphs=["code.interests.1"])
    case = assessed(case, mo, ip, outcome="refer-to-police")
    assert (case.state, case.paused) == ("assessment", "police")
    pause = case.pauses.get()
    assert (pause.reason, pause.start, pause.end) == ("police", dt.date.today(), None)
    refused("case-paused", services.decide_assessment, case, mo, outcome="investigate", reasons="x")
    services.resume(case, mo, today=dt.date(2025, 6, 2))
    assert case.pauses.get().end == dt.date(2025, 6, 2)


def test_waiting_for_information_suspends_and_resumes(member, mo):
    case = complaint(member)
    services.acknowledge(case, mo)
    services.pause(case, mo, reason="Asked the complainant for the screenshot")
    assert Complaint.objects.get().paused == "information"
    services.resume(case, mo)
    assert Complaint.objects.get().paused == ""


def test_withholding_the_complainants_identity_is_recorded_with_why(member, mo):
    case = complaint(member)
    services.acknowledge(case, mo)
    refused("withholding-needs-reason", services.notify_member, case, mo, withhold_identity=True)
    services.notify_member(case, mo, withhold_identity=True, withhold_reason="Fear of reprisal")
    case.refresh_from_db()
    assert (case.withhold_identity, case.withhold_reason) == (True, "Fear of reprisal")


def test_with_a_conflict_another_authoritys_officer_investigates(member, mo, ip, investigator):
    case = assessed(complaint(member), mo, ip)
    refused(
        "conflict-needs-external-investigator",
        services.appoint_investigator,
        case,
        mo,
        investigator=mo,
        conflict=True,
    )
    services.appoint_investigator(case, mo, investigator=investigator, conflict=True, external=True)
    assert services.can_see(investigator, case)
    assert not services.can_see(investigator, complaint(member))


def test_the_investigation_is_the_investigators(member, mo, ip, investigator):
    case = assessed(complaint(member), mo, ip)
    services.appoint_investigator(case, mo, investigator=investigator)
    refused("not-allowed", services.tell_parties, case, ip)
    services.tell_parties(case, investigator)
    services.log_investigation(case, investigator, what="Interviewed the complainant")
    draft = services.issue_draft_report(case, investigator, today=dt.date(2025, 4, 1))
    assert draft.comments_due == dt.date(2025, 4, 15)  # 10 working days
    assert case.log.filter(action="investigation-note").exists()


def test_the_final_report_waits_for_comments(member, mo, ip, investigator):
    case = assessed(complaint(member), mo, ip)
    services.appoint_investigator(case, mo, investigator=investigator)
    services.tell_parties(case, investigator)
    services.issue_draft_report(case, investigator, today=dt.date(2025, 4, 1))
    refused(
        "comment-period-open",
        services.issue_final_report,
        case,
        investigator,
        breach=True,
        agreed_facts="a",
        disputed_facts="",
        conclusion="c",
        today=dt.date(2025, 4, 15),
    )
    final = services.issue_final_report(
        case,
        investigator,
        breach=True,
        agreed_facts="a",
        disputed_facts="",
        conclusion="c",
        today=dt.date(2025, 4, 16),
    )
    assert (final.state, final.breach_found) == ("final-report", True)


def hear(case, mo, ip, panel, sanctions):
    services.refer_to_hearing(case, mo)
    services.record_ip_view(case, ip, view="A breach; censure and training are proportionate")
    return services.record_decision(
        case,
        mo,
        held_on=dt.date(2025, 5, 1),
        panel=panel,
        breach=True,
        provisions_breached=["code.respect.2"],
        findings="The post was about an officer.",
        reasoning="Officers cannot answer back.",
        sanctions=sanctions,
    )


def test_a_hearing_still_to_come_is_refused_and_nothing_is_stored(member, mo, ip, investigator):
    case = investigated(complaint(member), mo, ip, investigator)
    panel = [MemberFactory(council=member.council)]
    services.refer_to_hearing(case, mo)
    services.record_ip_view(case, ip, view="A breach")
    decision = {
        "panel": panel,
        "breach": True,
        "provisions_breached": ["code.respect.2"],
        "findings": "f",
        "reasoning": "r",
        "sanctions": [{"kind": "censure"}],
    }
    with pytest.raises(ComplaintError) as raised:
        services.record_decision(
            case, mo, held_on=dt.date(2025, 5, 2), today=dt.date(2025, 5, 1), **decision
        )
    assert (raised.value.code, raised.value.field) == ("future-date", "held_on")
    case.refresh_from_db()
    assert case.state == "hearing" and not case.sanctions.exists()
    services.record_decision(
        case, mo, held_on=dt.date(2025, 5, 1), today=dt.date(2025, 5, 1), **decision
    )
    assert Complaint.objects.get(pk=case.pk).state == "decided"


def test_a_sanction_english_councils_cannot_impose_is_refused_and_nothing_is_stored(
    member, mo, ip, investigator
):
    case = investigated(complaint(member), mo, ip, investigator)
    panel = [MemberFactory(council=member.council) for _ in range(3)]
    with pytest.raises(ComplaintError) as raised:
        hear(case, mo, ip, panel, [{"kind": "censure"}, {"kind": "suspension"}])
    assert raised.value.code == "suspension-not-lawful"
    case.refresh_from_db()
    assert case.state == "hearing" and not case.sanctions.exists()


def test_nobody_who_assessed_sits_on_the_panel(member, mo, ip, investigator):
    case = investigated(complaint(member), mo, ip, investigator)
    assessor = MemberFactory(council=member.council, user=mo)
    with pytest.raises(ComplaintError) as raised:
        hear(case, mo, ip, [assessor, MemberFactory(council=member.council)], [])
    assert raised.value.code == "panel-took-part-in-assessment"


def test_from_hearing_to_published_notice_and_complied_sanctions(member, mo, ip, investigator):
    case = investigated(complaint(member), mo, ip, investigator)
    panel = [MemberFactory(council=member.council) for _ in range(3)]
    hear(case, mo, ip, panel, [{"kind": "censure"}, {"kind": "training"}])
    mail.outbox.clear()
    notice = services.publish_notice(case, mo, facts="The councillor posted about an officer.")
    assert notice.ip_view.startswith("A breach")
    assert sorted(mail.outbox[0].to) == ["member@example.org", "pat@example.org"]
    refused("sanctions-outstanding", services.close, case, mo)
    censure, training = case.sanctions.all()
    refused("training-from-record", services.record_sanction_done, training, mo)
    services.record_sanction_done(censure, mo)
    services.record_training(
        member, mo, course="Code of conduct refresher", attended_on=dt.date(2025, 5, 20)
    )
    censure, training = case.sanctions.all()
    assert (censure.complied_on, training.complied_on) == (dt.date.today(), dt.date(2025, 5, 20))
    assert services.close(case, mo).state == "closed"


def test_training_before_the_decision_does_not_meet_a_training_sanction(
    member, mo, ip, investigator
):
    case = investigated(complaint(member), mo, ip, investigator)
    panel = [MemberFactory(council=member.council)]
    hear(case, mo, ip, panel, [{"kind": "training"}])
    services.record_training(member, mo, course="Induction", attended_on=dt.date(2025, 4, 1))
    assert case.sanctions.get().complied_on is None


def test_training_is_recorded_by_the_monitoring_officer_only(member, ip):
    refused(
        "not-allowed",
        services.record_training,
        member,
        ip,
        course="Code",
        attended_on=RECEIVED,
    )


def test_a_post_the_monitoring_officer_screened_is_attached_with_its_findings(member, mo):
    from nolan.core.screening.model import Post
    from nolan.screening import services as screening

    text = "Cllr Example: the planning officer is useless and should be sacked"
    kept = screening.keep_check(
        mo, member.council, text, screening.check_post(member.council, Post(text=text))
    )
    case = complaint(member)
    evidence = services.attach_screened_post(case, mo, kept)
    assert bytes(evidence.data).decode() == text
    assert evidence.screening == kept.result
    assert case.log.filter(action="screened-post-attached", by=mo).exists()
    someone_else = officer(member.council)
    refused("not-your-check", services.attach_screened_post, case, someone_else, kept)


def test_every_email_links_to_the_site_by_its_full_address(member, mo, ip, investigator, settings):
    """Acknowledged and decided from officers' pages, not the public form, the e-mails still
    carry a link a mail reader can open, not a bare path."""
    settings.SITE_URL = "https://standards.example.gov.uk"
    case = investigated(complaint(member), mo, ip, investigator)
    hear(case, mo, ip, [MemberFactory(council=member.council) for _ in range(3)], [])
    services.publish_notice(case, mo, facts="The councillor posted about an officer.")
    received, acknowledged, decision = [m for m in mail.outbox if "pat@example.org" in m.to]
    assert decision.subject == f"Decision notice for complaint {case.reference}"
    status = f"https://standards.example.gov.uk/complaints/{case.token}/"
    assert status in received.body and status in acknowledged.body
    notice = f"https://standards.example.gov.uk/councils/{member.council.slug}/"
    assert notice in decision.body
    for sent in (received, acknowledged, decision):
        assert "\n/" not in sent.body, sent.body


def test_refusing_a_named_complaint_as_anonymous_says_why_in_a_sentence(member, mo):
    with pytest.raises(ComplaintError) as raised:
        services.refuse_anonymous(complaint(member), mo)
    assert raised.value.message == (
        "This complaint is not anonymous: the complainant gave their name."
    )


def test_the_complainant_and_the_member_are_written_to_as_the_case_moves(member, mo):
    case = complaint(member)
    services.acknowledge(case, mo)
    services.notify_member(case, mo, withhold_identity=True, withhold_reason="Fear of reprisal")
    received, acknowledged, notified = mail.outbox
    assert acknowledged.to == ["pat@example.org"] and case.reference in acknowledged.subject
    assert notified.to == ["member@example.org"]
    assert "Pat Resident" not in notified.body and "Fear of reprisal" not in notified.body
