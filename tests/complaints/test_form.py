"""The public complaint form, one question per page, as a complainant goes through it."""

import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from nolan.complaints.models import Complaint
from tests.factories import CouncilFactory, MemberFactory

PDF = b"%PDF-1.4\n"


def words(html):
    """What a reader sees of ``html``: its text without tags, the <title> left out."""
    html = re.sub(r"(?s)<title>.*?</title>", "", html)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def step(council, name):
    return reverse("complaint-step", args=[council.slug, name])


def answer(client, council, name, data):
    response = client.post(step(council, name), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return response["Location"]


def fill(client, council, member, *, give_name="yes"):
    assert answer(client, council, "capacity", {"acting": "yes"}) == step(council, "member")
    answer(client, council, "member", {"member": member.slug})
    if council.tier == "parish":
        answer(client, council, "who", {"who": "parish-council"})
    after_name = answer(client, council, "name", {"give_name": give_name})
    if give_name == "yes":
        assert after_name == step(council, "contact")
        answer(client, council, "contact", {"name": "Pat Resident", "email": "pat@example.org"})
    else:
        assert after_name == step(council, "what")
    answer(client, council, "what", {"what_happened": "Called an officer useless", "where": ""})
    answer(
        client,
        council,
        "when",
        {"happened_on_0": "24", "happened_on_1": "2", "happened_on_2": "2025"},
    )
    last = answer(client, council, "paragraphs", {"paragraphs": ["code.respect.2"]})
    assert last == reverse("complaint-check", args=[council.slug])
    return last


def test_a_resident_complains_and_gets_a_reference_and_an_email(client, member):
    council = member.council
    check = fill(client, council, member)
    page = client.get(check).content.decode()
    assert "Called an officer useless" in page and member.name in page
    evidence = SimpleUploadedFile("post.pdf", PDF, content_type="application/pdf")
    response = client.post(check, {"evidence": [evidence]})
    assert response["Location"] == reverse("complaint-sent", args=[council.slug])
    complaint = Complaint.objects.get()
    assert (complaint.member, complaint.anonymous, complaint.paragraphs) == (
        member,
        False,
        ["code.respect.2"],
    )
    assert complaint.evidence.get().content_type == "application/pdf"
    assert complaint.reference in client.get(response["Location"]).content.decode()
    assert mail.outbox[0].to == ["pat@example.org"]
    assert reverse("complaint-status", args=[complaint.token]) in mail.outbox[0].body


def test_a_wrong_type_of_file_is_refused_and_the_answers_are_kept(client, member):
    check = fill(client, member.council, member)
    bad = SimpleUploadedFile("virus.exe", b"MZ\x90\x00\x03", content_type="application/pdf")
    response = client.post(check, {"evidence": [bad]})
    assert response.status_code == 400
    assert response.context["error"].code == "file-type"
    assert not Complaint.objects.exists()
    assert "Called an officer useless" in response.content.decode()
    good = SimpleUploadedFile("note.txt", b"Screenshot transcript")
    assert client.post(check, {"evidence": [good]}).status_code == 302
    assert Complaint.objects.count() == 1


def test_an_anonymous_complaint_is_received_with_a_warning_and_no_email(client, member):
    check = fill(client, member.council, member, give_name="no")
    assert "compelling public interest" in client.get(check).content.decode()
    sent = client.post(check)["Location"]
    assert Complaint.objects.get().anonymous
    assert mail.outbox == []
    # Walk item 27: the page said "If you gave your email address, we have sent you a
    # confirmation" to a complainant who had just chosen to give none.
    page = words(client.get(sent).content.decode())
    assert "confirmation" in page and "we cannot send you a confirmation" in page
    assert "we have sent" not in page.lower() and "If you gave" not in page


def test_a_named_complainant_is_told_where_the_confirmation_went(client, member):
    sent = client.post(fill(client, member.council, member))["Location"]
    page = words(client.get(sent).content.decode())
    assert "We have sent a confirmation to pat@example.org" in page


def test_a_malformed_answer_is_shown_again_with_its_error(client, member):
    council = member.council
    answer(client, council, "capacity", {"acting": "yes"})
    answer(client, council, "member", {"member": member.slug})
    answer(client, council, "name", {"give_name": "yes"})
    response = client.post(step(council, "contact"), {"name": "Pat", "email": "not-an-address"})
    assert response.status_code == 400 and "email" in response.context["form"].errors
    assert 'value="Pat"' in response.content.decode()


def test_a_future_date_is_refused(client, member):
    council = member.council
    for name, data in [
        ("capacity", {"acting": "yes"}),
        ("member", {"member": member.slug}),
        ("name", {"give_name": "no"}),
        ("what", {"what_happened": "x"}),
    ]:
        answer(client, council, name, data)
    response = client.post(
        step(council, "when"), {"happened_on_0": "1", "happened_on_1": "1", "happened_on_2": "2999"}
    )
    assert response.status_code == 400 and "happened_on" in response.context["form"].errors


def up_to(client, council, member, last):
    """Answer every question before ``last``, naming the complainant."""
    for name, data in [
        ("capacity", {"acting": "yes"}),
        ("member", {"member": member.slug}),
        ("name", {"give_name": "yes"}),
        ("contact", {"name": "Pat Resident", "email": "pat@example.org"}),
        ("what", {"what_happened": "x", "where": ""}),
    ]:
        if name == last:
            return
        answer(client, council, name, data)


@pytest.mark.parametrize(
    ("year", "message"),
    [
        ("26", "The year in the date it happened must include 4 numbers"),
        ("0026", "The date it happened must be 1 January 2000 or later"),
        ("1900", "The date it happened must be 1 January 2000 or later"),
        ("2999", "The date it happened must be today or in the past"),
    ],
)
def test_the_date_must_be_a_real_full_date_not_long_ago(client, member, year, message):
    """Walk item 14: the year 26 was taken and shown as "When: 1 January 26"; 1900 too."""
    council = member.council
    up_to(client, council, member, "when")
    data = {"happened_on_0": "1", "happened_on_1": "1", "happened_on_2": year}
    response = client.post(step(council, "when"), data)
    assert response.status_code == 400
    assert response.context["form"].errors["happened_on"] == [message]


@pytest.mark.parametrize("phone", ["abc", "123", "call me"])
def test_a_phone_number_must_look_like_one(client, member, phone):
    council = member.council
    up_to(client, council, member, "contact")
    data = {"name": "Pat Resident", "email": "pat@example.org", "phone": phone}
    response = client.post(step(council, "contact"), data)
    assert response.status_code == 400
    assert response.context["form"].has_error("phone", "bad-phone")


@pytest.mark.parametrize("phone", ["01632 960 001", "07700 900982", "+33 1 23 45 67 89"])
def test_a_uk_or_international_phone_number_is_taken(client, member, phone):
    council = member.council
    up_to(client, council, member, "contact")
    data = {"name": "Pat Resident", "email": "pat@example.org", "phone": phone}
    assert client.post(step(council, "contact"), data).status_code == 302


def test_saying_the_councillor_was_not_acting_as_one_explains_the_code_may_not_apply(
    client, member
):
    location = answer(client, member.council, "capacity", {"acting": "no"})
    assert location == reverse("complaint-outside-code", args=[member.council.slug])
    assert step(member.council, "member") in client.get(location).content.decode()


def test_a_later_question_sends_the_complainant_back_to_the_first_unanswered(client, member):
    response = client.get(step(member.council, "when"))
    assert response["Location"] == step(member.council, "capacity")
    check = client.get(reverse("complaint-check", args=[member.council.slug]))
    assert check["Location"] == step(member.council, "capacity")


def test_a_parish_clerks_complaint_is_routed_to_the_chair(client, db):
    parish = CouncilFactory(slug="northaw-cuffley", principal=CouncilFactory())
    member = MemberFactory(council=parish)
    answer(client, parish, "capacity", {"acting": "yes"})
    answer(client, parish, "member", {"member": member.slug})
    location = answer(client, parish, "who", {"who": "clerk"})
    assert location == reverse("complaint-clerk", args=[parish.slug])
    assert client.get(step(parish, "name"))["Location"] == step(parish, "who")


def test_a_parish_councils_complaint_is_made_by_the_parish_council(client, db):
    parish = CouncilFactory(slug="northaw-cuffley", principal=CouncilFactory())
    member = MemberFactory(council=parish)
    client.post(fill(client, parish, member))
    assert Complaint.objects.get().made_by == "parish-council"


@pytest.mark.parametrize("name", ["nonsense", "check-answers"])
def test_an_unknown_question_is_not_found(client, member, name):
    assert client.get(step(member.council, name)).status_code == 404


# Each question page's heading, as the complainant reads it.
HEADINGS = {
    "capacity": "Was the councillor acting as a councillor?",
    "member": "Which councillor is your complaint about?",
    "name": "Will you give your name?",
    "contact": "Your contact details",
    "what": "What happened?",
    "when": "When did it happen?",
    "paragraphs": "Which parts of the code do you think were broken? (optional)",
}


def test_each_question_is_asked_once_as_its_pages_heading(client, member):
    fill(client, member.council, member)
    for name, heading in HEADINGS.items():
        page = client.get(step(member.council, name)).content.decode()
        (h1,) = re.findall(r"(?s)<h1[^>]*>(.*?)</h1>", page)
        assert words(h1) == heading, name
        question = heading.removesuffix(" (optional)")
        assert words(page).count(question) == 1, name


def test_the_paragraphs_are_named_as_the_council_names_them(client, member):
    council = member.council  # Welwyn Hatfield: a code and a social media protocol
    fill(client, council, member)
    page = client.get(step(council, "paragraphs")).content.decode()
    choices = [words(c) for c in re.findall(r"(?s)<label[^>]*>(.*?)</label>", page)]
    assert "Social Media Protocol, paragraph 3.2(b): Bully or harass anyone" in " ".join(choices)
    assert all(
        c.startswith(("Councillor Code of Conduct, ", "Social Media Protocol, ")) for c in choices
    )
    check = words(client.get(reverse("complaint-check", args=[council.slug])).content.decode())
    assert "Parts of the code Councillor Code of Conduct, paragraph 1.2: I treat" in check


@pytest.mark.parametrize(
    "parts", [("ab", "cd", "efgh"), ("1", "x", "2025"), ("31", "2", "2025"), ("0", "13", "2025")]
)
def test_a_date_that_is_no_date_gets_one_message_naming_it(client, member, parts):
    """Found walking the demo: letters in all three boxes gave only "Year must include 4
    numbers"; GOV.UK's pattern gives one message naming the date and what is wrong."""
    council = member.council
    up_to(client, council, member, "when")
    data = {f"happened_on_{i}": part for i, part in enumerate(parts)}
    response = client.post(step(council, "when"), data)
    assert response.status_code == 400
    errors = response.context["form"].errors["happened_on"]
    assert errors == ["The date it happened must be a real date"]


def test_the_outside_the_code_page_names_the_council_as_the_other_steps_do(client, member):
    council = member.council
    page = client.get(reverse("complaint-outside-code", args=[council.slug])).content.decode()
    assert f"Complain about a councillor of {council.name}" in page
