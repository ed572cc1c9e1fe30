"""Complaints made and moved through the services, as the pages do it."""

import datetime as dt

from nolan.complaints import services
from nolan.councils.models import Role
from tests.factories import CouncilFactory, MemberFactory, RoleFactory, UserFactory

RECEIVED = dt.date(2025, 3, 3)  # a Monday


def officer(council, kind=Role.Kind.MONITORING_OFFICER, **user):
    person = UserFactory(**user)
    RoleFactory(user=person, council=council, kind=kind)
    return person


def complaint(member=None, today=RECEIVED, **overrides):
    member = member or MemberFactory(council=CouncilFactory())
    values = {
        "anonymous": False,
        "complainant_name": "Pat Resident",
        "complainant_email": "pat@example.org",
        "acting_as_councillor": "yes",
        "what_happened": "A post on the councillor's page called a planning officer useless.",
        "happened_on": dt.date(2025, 2, 24),
        "paragraphs": ["code.respect.2"],
        **overrides,
    }
    return services.submit_complaint(member, None, today=today, **values)


def assessed(case, mo, ip, outcome="investigate", today=RECEIVED):
    """Acknowledged, notified, both tests passed, the IP's view in, and ``outcome`` decided."""
    services.acknowledge(case, mo, today=today)
    services.notify_member(case, mo, today=today)
    services.record_jurisdiction(
        case, mo, passed=True, reasons="Named serving member", capacity="Councillor's page"
    )
    services.record_public_interest(case, mo, passed=True, factors=[], reasons="Serious")
    services.record_ip_view(case, ip, view="Agree it should be investigated")
    return services.decide_assessment(case, mo, outcome=outcome, reasons="As the IP advised")


def investigated(case, mo, ip, investigator, breach=True):
    assessed(case, mo, ip)
    services.appoint_investigator(case, mo, investigator=investigator, today=RECEIVED)
    services.tell_parties(case, investigator, today=RECEIVED)
    services.issue_draft_report(case, investigator, today=dt.date(2025, 4, 1))
    services.record_comments(case, investigator, party="member")
    services.record_comments(case, investigator, party="complainant")
    return services.issue_final_report(
        case,
        investigator,
        breach=breach,
        agreed_facts="The post was made from the councillor's page.",
        disputed_facts="",
        conclusion="Breach of 1.2" if breach else "No breach",
        today=dt.date(2025, 4, 10),
    )


def heard(
    case,
    mo,
    ip,
    *,
    view="A breach",
    provisions=("code.respect.2",),
    findings="f",
    reasoning="r",
    sanctions=({"kind": "censure"},),
):
    """Referred to a hearing whose panel finds a breach: the notice, its PDF, the statistics and
    the closing e-mails all start from here, and differ only in the words the decision uses."""
    services.refer_to_hearing(case, mo)
    services.record_ip_view(case, ip, view=view)
    services.record_decision(
        case,
        mo,
        held_on=dt.date(2025, 5, 1),
        panel=[MemberFactory(council=case.council)],
        breach=True,
        provisions_breached=list(provisions),
        findings=findings,
        reasoning=reasoning,
        sanctions=[dict(s) for s in sanctions],
    )
    return case
