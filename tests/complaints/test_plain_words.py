"""The complaint pages in plain words (issue 11): the case history, the dropdowns, a closed
case's standing and the training page's citation read as a Monitoring Officer, Independent
Person, councillor or resident would say them, never as a stored code."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from nolan.complaints import services
from nolan.complaints.models import CaseLog, Complaint
from nolan.demo import load_demo
from tests.complaints.factories import assessed, complaint, heard, investigated


def words(html: str) -> str:
    """What a reader sees of ``html``: its text without tags."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace("&#x27;", "'").strip()


def history(client, case) -> list[tuple[str, str, str]]:
    """The case page's history as read: who, what, note, one row at a time."""
    page = client.get(case.get_absolute_url()).content.decode()
    table = page.split("Who did what, and when")[1]
    rows = re.findall(r"(?s)<tr class=\"govuk-table__row\">(.*?)</tr>", table)
    cells = [[words(c) for c in re.findall(r"(?s)<td[^>]*>(.*?)</td>", r)] for r in rows]
    return [tuple(c[1:]) for c in cells if c]


@pytest.fixture
def demo(db, client):
    load_demo()
    client.force_login(get_user_model().objects.get(username="mo"))
    return {c.member.name: c for c in Complaint.objects.select_related("member", "council")}


def test_the_case_history_says_what_each_step_decided_in_words(client, demo):
    heard = [what for _, what, _ in history(client, demo["Callum Hartley"])]
    due = demo["Callum Hartley"].comments_due
    assert "Complaint sent with 1 evidence file" in heard
    assert "Assessment decided: investigation" in heard
    assert f"Draft report sent to the parties: comments due {due.day} {due:%B %Y}" in heard
    assert "Comments on the draft recorded from the member" in heard
    assert "Comments on the draft recorded from the complainant" in heard
    assert "Final report issued: breach found" in heard
    assert "Hearing decided: censure; training" in heard
    assert "Sanction carried out: censure" in heard
    assert "Sanction complied with: training" in heard
    dismissed = history(client, demo["Edmund Pryce"])
    assert ("The complainant", "Complaint sent with no evidence files", "") in dismissed
    assert (
        "Demo Monitoring Officer",
        "Assessment decided: no further action",
        "Protected political expression; the IP agrees.",
    ) in dismissed


def test_the_case_history_shows_no_stored_code_or_user_name(client, demo):
    for case in demo.values():
        page = words(client.get(case.get_absolute_url()).content.decode())
        for internal in (
            "no-further-action",
            "evidence file(s)",
            "recorded member",
            "issued breach",
            "censure, training",
            "carried out censure",
            "bexley-mo",
        ):
            assert internal not in page
        assert not re.search(r"\d{4}-\d{2}-\d{2}", page)


def test_a_sanction_met_by_recorded_training_is_logged_as_done_by_the_officer(client, demo):
    rows = history(client, demo["Callum Hartley"])
    complied = [who for who, what, _ in rows if what.startswith("Sanction complied with")]
    assert complied == ["Demo Monitoring Officer", "Demo Monitoring Officer"]
    assert ("The complainant", "Complaint sent with 1 evidence file", "") in rows


def test_history_written_before_the_notes_were_values_reads_the_same(client, member, mo):
    case = complaint(member)
    CaseLog.objects.create(
        complaint=case,
        by=mo,
        action="issue-draft-report",
        state="draft-report",
        note="comments due 2026-09-16",
    )
    CaseLog.objects.create(
        complaint=case, action="submitted", state="received", note="2 evidence file(s)"
    )
    client.force_login(mo)
    read = [what for _, what, _ in history(client, case)]
    assert "Draft report sent to the parties: comments due 16 September 2026" in read
    assert "Complaint sent with 2 evidence files" in read


def test_dropdowns_start_with_a_choose_prompt(client, member, mo, ip, investigator):
    client.force_login(mo)
    training = client.get(reverse("complaint-training", args=[member.council.slug]))
    assert '<option value="">Choose a member</option>' in training.content.decode()
    case = assessed(complaint(member), mo, ip)
    page = client.get(case.get_absolute_url()).content.decode()
    assert '<option value="">Choose an investigator</option>' in page
    decided = heard(
        investigated(complaint(member), mo, ip, investigator),
        mo,
        ip,
        view="Breach",
        provisions=[],
        findings="Posted about an officer",
        reasoning="Officers cannot answer back",
    )
    services.publish_notice(decided, mo, facts="The facts")
    page = client.get(decided.get_absolute_url()).content.decode()
    assert '<option value="">Choose a sanction</option>' in page
    for shown in (training.content.decode(), page):
        assert "---------" not in shown


def test_a_closed_case_says_where_it_closed_not_a_stage_counter(client, demo):
    for name, ended in (
        ("Edmund Pryce", "Closed at assessment"),
        ("Callum Hartley", "Closed after the hearing"),
        ("Fern Lockwood", "Refused as anonymous"),
    ):
        page = words(client.get(demo[name].get_absolute_url()).content.decode())
        assert ended in page
        assert not re.search(r"Stage \d of \d", page)


def test_the_training_page_cites_the_councils_own_paragraph(client, member, mo):
    client.force_login(mo)
    page = client.get(reverse("complaint-training", args=[member.council.slug])).content.decode()
    code = member.council.code
    cite = code.cite("code.compliance.1")
    anchor = code.provision("code.compliance.1").anchor
    assert f'href="/codes/{member.council.code_slug}/#{anchor}">{cite}</a>' in page
    assert "code paragraph" not in page


def test_the_complaint_forms_refuse_in_the_words_of_their_questions():
    """A name or place too long was refused as "Complainant name ..." and "Where ...", the
    column's names; the page asks for "Full name" and "Where did it happen?". An officer's
    step spelt the role in lower case: "Enter the independent person's view"."""
    from nolan.complaints.forms import ContactForm, WhatForm
    from nolan.complaints.officer_forms import IPViewForm

    contact = ContactForm({"name": "x" * 1000, "email": "pat@example.org"})
    assert contact.errors["name"] == ["Your full name must be 200 characters or fewer"]
    what = WhatForm({"what_happened": "He shouted.", "where": "x" * 1000})
    assert what.errors["where"] == ["Where it happened must be 500 characters or fewer"]
    assert IPViewForm({}).errors["view"] == ["Enter the Independent Person's view"]
