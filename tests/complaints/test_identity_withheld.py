"""A complainant whose identity is kept from the member is not identified by their own words.

The walk of the demo (item 1): the Monitoring Officer withheld the complainant's identity,
and the councillor's "Complaints about you" page said "Made by: Withheld by the Monitoring
Officer" beside the complainant's own words, "Cllr Fairweather shouted at me, Jo
Secretwitness of 3 Mill Lane". The member now reads the Monitoring Officer's summary of the
allegation, and until it is written, that one will be sent to them.
"""

from html import unescape

import pytest
from django.core import mail
from django.urls import reverse

from nolan.complaints import services
from nolan.councils.models import Role
from tests.complaints.factories import complaint, officer
from tests.complaints.test_officer_pages import row, take
from tests.complaints.test_services import refused
from tests.factories import MemberFactory

IDENTIFYING = "Cllr Fairweather shouted at me, Jo Secretwitness of 3 Mill Lane, in the street."
WHO = ("Secretwitness", "Mill Lane")
SUMMARY = "It is alleged that you shouted at a resident in the street in March."


@pytest.fixture
def councillor(council):
    return officer(council, Role.Kind.COUNCILLOR)


@pytest.fixture
def case(council, councillor, mo):
    member = MemberFactory(council=council, user=councillor, email="member@example.org")
    made = complaint(member, what_happened=IDENTIFYING)
    services.acknowledge(made, mo)
    return made


def about_me(client, councillor):
    client.force_login(councillor)
    return client.get(reverse("complaints-about-me")).content.decode()


def assert_unidentified(text):
    for words in WHO:
        assert words not in text


def test_a_withheld_complainants_words_never_reach_the_member(client, case, mo, councillor):
    client.force_login(mo)
    response = take(
        client,
        case,
        "notify-member",
        {"notify-member-withhold_identity": "yes", "notify-member-withhold_reason": "Reprisal"},
    )
    assert response.status_code == 302
    page = about_me(client, councillor)
    assert case.reference in page
    assert_unidentified(page)
    assert row(page, "What is alleged").startswith("The Monitoring Officer will send you a summary")
    for sent in mail.outbox:
        if sent.to == ["member@example.org"]:
            assert_unidentified(sent.body)

    client.force_login(mo)
    response = take(client, case, "summarise-allegation", {"summarise-allegation-summary": SUMMARY})
    assert response.status_code == 302
    page = about_me(client, councillor)
    assert row(page, "What is alleged").startswith(SUMMARY)
    assert_unidentified(page)
    (told,) = [m for m in mail.outbox if "allegation in complaint" in m.subject]
    assert told.to == ["member@example.org"]
    assert SUMMARY not in told.body
    assert_unidentified(told.body)


def test_the_summary_can_be_written_when_the_member_is_told(client, case, mo, councillor):
    services.notify_member(
        case, mo, withhold_identity=True, withhold_reason="Reprisal", allegation_summary=SUMMARY
    )
    page = about_me(client, councillor)
    assert row(page, "What is alleged").startswith(SUMMARY)
    assert_unidentified(page)


def test_an_anonymous_complainants_words_never_reach_the_member(council, councillor, mo, client):
    member = MemberFactory(council=council, user=councillor)
    case = complaint(
        member, anonymous=True, complainant_name="", complainant_email="", what_happened=IDENTIFYING
    )
    services.record_anonymity_public_interest(case, mo, reasons="Repeated conduct at meetings")
    services.acknowledge(case, mo)
    services.notify_member(case, mo)
    assert_unidentified(about_me(client, councillor))


def test_a_named_complainants_words_are_shown_as_made(client, case, mo, councillor):
    services.notify_member(case, mo)
    assert row(about_me(client, councillor), "What is alleged") == IDENTIFYING
    refused("summary-not-needed", services.summarise_allegation, case, mo, summary=SUMMARY)


def test_the_monitoring_officer_is_told_what_withholding_does_to_the_allegation(client, case, mo):
    client.force_login(mo)
    page = unescape(client.get(case.get_absolute_url()).content.decode())
    assert "the member does not see the complainant's own words" in page
    services.notify_member(case, mo, withhold_identity=True, withhold_reason="Reprisal")
    page = client.get(case.get_absolute_url()).content.decode()
    assert row(page, "What the member reads").startswith("No summary yet")
    assert "Write the summary of the allegation the member reads" in page


def test_only_the_monitoring_officer_writes_the_summary(case, mo, councillor):
    services.notify_member(case, mo, withhold_identity=True, withhold_reason="Reprisal")
    refused("not-allowed", services.summarise_allegation, case, councillor, summary=SUMMARY)
    assert case.log.filter(action="summarise-allegation").count() == 0
