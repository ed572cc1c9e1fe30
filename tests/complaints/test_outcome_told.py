"""The parties are told the outcome and its reasons when a case closes (walk item 2).

The acknowledgement promises the complainant "You will be told the outcome", yet a closed
case's status page said only "Stage: Closed" and no e-mail was sent. Now the closing e-mails
the complainant (and the member, once told of the complaint) the outcome and its reasons, and
both parties' pages show them, with the decision notice once published.
"""

from django.core import mail
from django.urls import reverse

from nolan.complaints import services
from nolan.councils.models import Role
from tests.complaints.factories import assessed, complaint, heard, investigated, officer
from tests.complaints.test_officer_pages import row
from tests.factories import MemberFactory


def status(client, case):
    return client.get(reverse("complaint-status", args=[case.token])).content.decode()


def sent_to(address):
    return [m for m in mail.outbox if m.to == [address]]


def test_no_further_action_is_told_with_its_reasons(client, member, mo, ip):
    case = complaint(member)
    assert "Outcome" not in status(client, case)
    assessed(case, mo, ip, "no-further-action")
    page = status(client, case)
    assert row(page, "Outcome") == "No further action"
    assert row(page, "Reasons") == "As the IP advised"
    (told,) = [m for m in sent_to("pat@example.org") if "outcome" in m.subject]
    assert "Outcome: No further action" in told.body and "As the IP advised" in told.body
    assert reverse("complaint-status", args=[case.token]) in told.body
    (member_told,) = [m for m in sent_to("member@example.org") if "closed" in m.subject]
    assert "Outcome: No further action" in member_told.body
    assert str(case.token) not in member_told.body  # the complainant's link is theirs alone


def test_an_informal_resolution_is_told_with_how_it_was_resolved(client, member, mo, ip):
    case = assessed(complaint(member), mo, ip, "informal-resolution")
    services.resolve_informally(case, mo, how="The councillor apologised in writing.")
    page = status(client, case)
    assert row(page, "Outcome") == "Resolved informally"
    assert row(page, "Reasons") == "The councillor apologised in writing."
    assert any("apologised in writing" in m.body for m in sent_to("pat@example.org"))


def test_no_breach_after_the_investigation_is_told(client, member, mo, ip, investigator):
    case = investigated(complaint(member), mo, ip, investigator, breach=False)
    services.record_ip_view(case, ip, view="Agree: no breach")
    services.close_no_breach(case, mo, reasons="The investigator found no breach.")
    page = status(client, case)
    assert row(page, "Outcome") == "No breach found by the investigation"
    assert row(page, "Reasons") == "The investigator found no breach."


def test_a_hearings_outcome_is_told_with_the_decision_notice(client, member, mo, ip, investigator):
    case = investigated(complaint(member), mo, ip, investigator)
    heard(case, mo, ip, reasoning="A personal attack on a named officer.", sanctions=[])
    services.publish_notice(case, mo, facts="Facts")
    mail.outbox.clear()
    services.close(case, mo)
    page = status(client, case)
    assert row(page, "Outcome") == "Breach found at a hearing"
    assert row(page, "Reasons") == "A personal attack on a named officer."
    assert reverse("decision-notice", args=[case.council.slug, case.reference]) in page
    (told,) = sent_to("pat@example.org")
    assert reverse("decision-notice", args=[case.council.slug, case.reference]) in told.body


def test_a_refused_anonymous_complaint_says_why(client, member, mo):
    case = complaint(member, anonymous=True, complainant_name="", complainant_email="")
    services.refuse_anonymous(case, mo)
    page = status(client, case)
    assert row(page, "Outcome") == "Refused as anonymous"
    assert "compelling public interest" in row(page, "Reasons")
    assert mail.outbox == []  # nobody to write to


def test_the_member_reads_the_outcome_on_their_page(client, council, mo, ip):
    councillor = officer(council, Role.Kind.COUNCILLOR)
    member = MemberFactory(council=council, user=councillor)
    assessed(complaint(member), mo, ip, "no-further-action")
    client.force_login(councillor)
    page = client.get(reverse("complaints-about-me")).content.decode()
    assert row(page, "Outcome") == "No further action"
    assert row(page, "Reasons") == "As the IP advised"
