"""Four fictional complaints for ``nolan demo``, taken through the services like real ones.

Issue 10's "Done means", at Welwyn Hatfield: a resident complains about a councillor's post;
the Monitoring Officer assesses it with the Independent Person; another authority's
Monitoring Officer investigates; the standards sub-committee hears it and imposes a censure
and training; the decision notice is published; the censure is carried out and the training
recorded, so both sanctions show as complied with and the case closes. A second complaint is
dismissed after the Independent Person's comment, a third is refused as anonymous, and a
fourth, received last week, has passed the jurisdiction and public interest tests and awaits
the Independent Person's view, so the Independent Person's home page has a case on it.
Every person and post is fictional. Each step is taken on its own plausible past day, so the
case histories, the days to close and the statistics read as a real year's would. Running it
again adds only a case the council does not have yet (each is known by its councillor), so
an older demo database gains the case awaiting the view without doubling the others.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from nolan.complaints import services
from nolan.complaints.models import Complaint
from nolan.core.screening.model import Post
from nolan.councils.demo import REASON, officer_of
from nolan.councils.models import Council, Member
from nolan.screening import services as screening

COUNCIL = "welwyn-hatfield"

HOW_TO_COMPLAIN = (
    "Select 'Start now' at the bottom of this page to fill in the complaint form. Tell us "
    "who the councillor is, what they said or did, when and "
    "where, and send any evidence you have, such as a screenshot of a post. We will "
    "acknowledge your complaint and tell the councillor, unless there is good reason not to."
)
PUBLIC_INTEREST_TEST = (
    "An investigation costs public money and time, so a complaint is investigated only "
    "where the matter is serious enough, there is evidence, and an investigation is "
    "proportionate."
)
CAPACITY_TEST = (
    "We ask whether the councillor misused their position, or whether a reasonable member of "
    "the public, knowing all the facts, would think they were acting as a councillor: for "
    "example posting as 'Cllr', from an account that presents them as a councillor, or about "
    "council business. A disclaimer on a profile does not settle it."
)


@transaction.atomic
def load_demo_complaints(councils) -> None:
    council = next((c for c in councils if c.slug == COUNCIL), None)
    if council is None:
        return
    _arrangements(council)
    users = get_user_model().objects.in_bulk(["mo", "ip", "bexley-mo"], field_name="username")
    if len(users) < 3:
        return
    today = timezone.localdate()
    have = set(Complaint.objects.filter(council=council).values_list("member__name", flat=True))
    for name, load in CASES:
        if name not in have:
            load(council, users, today)


def _arrangements(council: Council) -> None:
    """Published by the demo Monitoring Officer through the service, as in the back office,
    so the arrangements' history says who and why."""
    by = officer_of(council)
    if by is None:
        return
    arrangements = services.arrangements_for(council)
    texts = {
        "how_to_complain": HOW_TO_COMPLAIN,
        "public_interest_test": PUBLIC_INTEREST_TEST,
        "capacity_test": CAPACITY_TEST,
    }
    if arrangements.pk is None or any(getattr(arrangements, f) != v for f, v in texts.items()):
        for field, value in texts.items():
            setattr(arrangements, field, value)
        services.save_arrangements(by, arrangements, reason=REASON)


POST = (
    "As your councillor: our Head of Planning, Priya Natarajan, is a useless idiot who should "
    "be sacked over the Hatfield Road scheme."
)


def _screened(council: Council, mo, text: str):
    """The Monitoring Officer screens the post with "Check a post" and keeps the check."""
    result = screening.check_post(council, Post(text=text))
    return screening.keep_check(mo, council, text, result)


def _day(start, days: int):
    return start + timedelta(days=days)


def _member(council: Council, name: str) -> Member:
    return Member.objects.get(council=council, name=name)


def _upheld(council: Council, users, today) -> None:
    mo, ip, investigator = users["mo"], users["ip"], users["bexley-mo"]
    start = today - timedelta(days=150)
    case = services.submit_complaint(
        _member(council, "Callum Hartley"),
        None,
        anonymous=False,
        complainant_name="Robin Ashdown (fictional)",
        complainant_email="robin.ashdown@example.org",
        acting_as_councillor="yes",
        what_happened=(
            "Cllr Hartley posted on his councillor Facebook page that the council's Head of "
            "Planning was 'a useless idiot who should be sacked', naming her."
        ),
        where="Cllr Callum Hartley's Facebook page",
        happened_on=start - timedelta(days=6),
        paragraphs=["code.respect.2", "code.bullying.1"],
        files=[("screenshot.txt", b"Transcript of the post, as captured by the complainant.")],
        today=start,
    )
    services.attach_screened_post(case, mo, _screened(council, mo, POST), today=_day(start, 1))
    services.acknowledge(case, mo, today=_day(start, 2))
    services.notify_member(case, mo, today=_day(start, 3))
    services.record_jurisdiction(
        case,
        mo,
        passed=True,
        reasons="Cllr Hartley was a serving member; the code adopted in 2021 applied.",
        capacity="Posted as 'Cllr Hartley' from a page presenting him as ward councillor, about "
        "a council planning matter: acting as a councillor.",
        today=_day(start, 7),
    )
    services.record_public_interest(
        case,
        mo,
        passed=True,
        factors=[],
        reasons="A named officer, who cannot answer back, was attacked publicly; not trivial.",
        today=_day(start, 7),
    )
    services.record_ip_view(
        case,
        ip,
        view="The post goes beyond criticism of a decision. I agree it is investigated.",
        today=_day(start, 10),
    )
    services.decide_assessment(
        case,
        mo,
        outcome="investigate",
        reasons="Serious, with evidence; the IP agrees.",
        today=_day(start, 13),
    )
    services.appoint_investigator(
        case, mo, investigator=investigator, external=True, today=_day(start, 20)
    )
    services.tell_parties(case, investigator, today=_day(start, 21))
    services.log_investigation(
        case, investigator, what="Interviewed the complainant.", today=_day(start, 35)
    )
    services.log_investigation(
        case, investigator, what="Interviewed Cllr Hartley.", today=_day(start, 42)
    )
    services.issue_draft_report(case, investigator, today=_day(start, 60))
    services.record_comments(case, investigator, party="member", today=_day(start, 65))
    services.record_comments(case, investigator, party="complainant", today=_day(start, 66))
    services.issue_final_report(
        case,
        investigator,
        breach=True,
        agreed_facts="Cllr Hartley wrote the post on his councillor page and named the officer.",
        disputed_facts="Whether the post was meant as criticism of the decision only.",
        conclusion="A breach of paragraph 1.2 (respect for officers).",
        today=_day(start, 70),
    )
    services.refer_to_hearing(case, mo, today=_day(start, 73))
    services.record_ip_view(
        case,
        ip,
        view="A breach of 1.2. Censure and training would be proportionate.",
        today=_day(start, 90),
    )
    services.record_decision(
        case,
        mo,
        held_on=_day(start, 95),
        panel=[_member(council, n) for n in ("Deepa Raman", "Edmund Pryce", "Fern Lockwood")],
        breach=True,
        provisions_breached=["code.respect.2"],
        findings="The post named the officer and called her useless; it was about her, not "
        "the decision.",
        reasoning="Officers cannot answer back in public. Robust criticism of a decision is "
        "protected; a personal attack on a named officer is not.",
        sanctions=[
            {"kind": "censure", "detail": "Censure moved at full council"},
            {"kind": "training", "detail": "Code of conduct training within three months"},
        ],
        today=_day(start, 95),
    )
    services.publish_notice(
        case,
        mo,
        facts="A resident complained that Cllr Hartley attacked a named planning officer in a "
        "post on his councillor page. An independent investigator found a breach; the "
        "standards sub-committee agreed.",
        today=_day(start, 98),
    )
    censure, _ = case.sanctions.order_by("pk")
    services.record_sanction_done(censure, mo, today=_day(start, 110))
    services.record_training(
        case.member,
        mo,
        course="Code of conduct training",
        attended_on=_day(start, 120),
        today=_day(start, 121),
    )
    services.close(case, mo, today=_day(start, 122))


def _dismissed(council: Council, users, today) -> None:
    mo, ip = users["mo"], users["ip"]
    start = today - timedelta(days=40)
    case = services.submit_complaint(
        _member(council, "Edmund Pryce"),
        None,
        anonymous=False,
        complainant_name="Sam Okafor (fictional)",
        complainant_email="sam.okafor@example.org",
        acting_as_councillor="yes",
        what_happened="Cllr Pryce said at the budget meeting that the Executive's plan was "
        "'reckless and incompetent'.",
        where="Budget council meeting",
        happened_on=start - timedelta(days=3),
        paragraphs=["code.respect.1"],
        today=start,
    )
    services.acknowledge(case, mo, today=_day(start, 1))
    services.notify_member(case, mo, today=_day(start, 2))
    services.record_jurisdiction(
        case,
        mo,
        passed=True,
        reasons="Serving member at a council meeting.",
        capacity="At a council meeting: acting as a councillor.",
        today=_day(start, 5),
    )
    services.record_public_interest(
        case,
        mo,
        passed=False,
        factors=["political-debate"],
        reasons="Robust criticism of a policy in debate has enhanced protection (Article 10).",
        today=_day(start, 5),
    )
    services.record_ip_view(
        case,
        ip,
        view="This is political debate. I agree no further action is needed.",
        today=_day(start, 8),
    )
    services.decide_assessment(
        case,
        mo,
        outcome="no-further-action",
        reasons="Protected political expression; the IP agrees.",
        today=_day(start, 10),
    )


def _anonymous(council: Council, users, today) -> None:
    mo = users["mo"]
    case = services.submit_complaint(
        _member(council, "Fern Lockwood"),
        None,
        anonymous=True,
        acting_as_councillor="not-sure",
        what_happened="She is always rude on the internet.",
        happened_on=today - timedelta(days=12),
        today=today - timedelta(days=10),
    )
    services.refuse_anonymous(case, mo, today=today - timedelta(days=9))


def _awaiting_ip_view(council: Council, users, today) -> None:
    """Received eight days ago, acknowledged, the councillor told, both tests passed: the
    Monitoring Officer now waits for the Independent Person's view before deciding."""
    mo = users["mo"]
    start = today - timedelta(days=8)
    case = services.submit_complaint(
        _member(council, "Bridget Osei"),
        None,
        anonymous=False,
        complainant_name="Dana Whitcombe (fictional)",
        complainant_email="dana.whitcombe@example.org",
        acting_as_councillor="yes",
        what_happened=(
            "I e-mailed Cllr Osei in confidence about a neighbour dispute. She posted a "
            "screenshot of my e-mail, with my name and street, on her councillor Facebook page "
            "and called me 'a serial moaner'."
        ),
        where="Cllr Bridget Osei's councillor Facebook page",
        happened_on=start - timedelta(days=2),
        paragraphs=["code.respect.1", "code.confidentiality.1", "smp.3-2-i"],
        files=[("screenshot.txt", b"Transcript of the post, as captured by the complainant.")],
        today=start,
    )
    services.acknowledge(case, mo, today=_day(start, 1))
    services.notify_member(case, mo, today=_day(start, 2))
    services.record_jurisdiction(
        case,
        mo,
        passed=True,
        reasons="Cllr Osei is a serving member; the code adopted in 2021 applies.",
        capacity="Posted from a page presenting her as ward councillor, about casework a "
        "resident sent her as their councillor: acting as a councillor.",
        today=_day(start, 6),
    )
    services.record_public_interest(
        case,
        mo,
        passed=True,
        factors=[],
        reasons="A resident's name, street and private correspondence were published with a "
        "personal jibe; the post is still up. Not trivial.",
        today=_day(start, 6),
    )


# Each demo case, known by the councillor complained about.
CASES = (
    ("Callum Hartley", _upheld),
    ("Edmund Pryce", _dismissed),
    ("Fern Lockwood", _anonymous),
    ("Bridget Osei", _awaiting_ip_view),
)
