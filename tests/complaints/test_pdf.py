"""The decision notice's PDF, rendered by a background task when the notice is published."""

from django.urls import reverse

from nolan.complaints import services
from nolan.complaints.pdf import latin1
from tests.complaints.factories import complaint, heard, investigated


def published(member, mo, ip, investigator, facts):
    case = investigated(complaint(member), mo, ip, investigator)
    heard(case, mo, ip, reasoning="Officers cannot answer back")
    return services.publish_notice(case, mo, facts=facts)


def test_publishing_a_notice_renders_its_pdf(client, member, mo, ip, investigator):
    notice = published(member, mo, ip, investigator, "The councillor’s post – about Zoë Łukasz")
    notice.refresh_from_db()
    pdf = bytes(notice.pdf)
    assert pdf.startswith(b"%PDF-") and b"Decision notice" in pdf
    url = reverse("decision-notice-pdf", args=[member.council.slug, notice.complaint.reference])
    response = client.get(url)
    assert response["Content-Type"] == "application/pdf" and response.content == pdf
    page = client.get(notice.complaint.decision_notice.get_absolute_url()).content.decode()
    assert url in page


def test_a_notice_not_yet_rendered_has_no_pdf(client, member, mo, ip, investigator):
    notice = published(member, mo, ip, investigator, "Facts")
    notice.pdf = b""
    notice.save(update_fields=["pdf"])
    url = reverse("decision-notice-pdf", args=[member.council.slug, notice.complaint.reference])
    assert client.get(url).status_code == 404


def test_text_outside_latin1_becomes_its_nearest_plain_letters():
    assert latin1("‘Zoë’ – Dvořák “ok” 東") == "'Zoë' - Dvorák \"ok\" ?"


def test_the_notice_words_each_sanction_as_the_law_allows_it(client, member, mo, ip, investigator):
    notice = published(member, mo, ip, investigator, "Facts")
    page = client.get(notice.get_absolute_url()).content.decode()
    assert "Censure" in page
    sanction = notice.complaint.sanctions.get()
    sanction.kind = "exclude-from-premises"
    assert sanction.get_kind_display() == "Exclude from council premises other than meeting rooms"
