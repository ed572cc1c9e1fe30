"""Members' and the Monitoring Officer's register pages, through the real forms."""

import datetime as dt
import html
import secrets

import pytest
from django.urls import reverse

from nolan.core.dates import long_date
from nolan.councils.models import Role
from nolan.registers import services
from nolan.registers.models import Gift, InterestEntry, RegisterConfirmation
from tests.factories import CouncilFactory, RoleFactory, TermFactory, UserFactory
from tests.registers.factories import councillor, gift, interest, officer

pytestmark = pytest.mark.django_db


def url(name, member, *args):
    return reverse(name, args=[member.council.slug, member.slug, *args])


def date_fields(name, day):
    return {f"{name}_0": day.day, f"{name}_1": day.month, f"{name}_2": day.year}


def one_time():
    """The hidden one-time token a registration form carries."""
    return {"submission_token": secrets.token_urlsafe(32)}


@pytest.fixture
def signed_in(client, member):
    client.force_login(member.user)
    return client


def test_a_councillor_registers_an_interest_through_the_form(signed_in, member):
    data = {"category": "employment", "whose": "member", "employer": "Hatfield Bakery Ltd"}
    data |= date_fields("start", dt.date(2020, 1, 1)) | one_time()
    response = signed_in.post(url("register-add-interest", member), data)
    assert response.status_code == 302
    entry = InterestEntry.objects.get()
    assert (entry.member, entry.employer, entry.start) == (
        member,
        "Hatfield Bakery Ltd",
        dt.date(2020, 1, 1),
    )


def test_the_form_shows_errors_against_the_field_at_fault(signed_in, member):
    future = dt.date.today() + dt.timedelta(days=3)
    data = {"category": "employment", "whose": "member", "employer": "X"} | date_fields(
        "start", future
    )
    data |= one_time()
    response = signed_in.post(url("register-add-interest", member), data)
    assert response.status_code == 400
    assert list(response.context["form"].errors) == ["start"]
    assert "govuk-error-summary" in response.content.decode()


def test_an_impossible_date_is_refused_by_the_form(signed_in, member):
    data = {
        "category": "employment",
        "whose": "member",
        "employer": "X",
        "start_0": 31,
        "start_1": 2,
        "start_2": 2024,
    }
    response = signed_in.post(url("register-add-interest", member), data)
    assert response.context["form"].errors.as_data()["start"][0].code == "bad-date"


def test_a_councillor_changes_ends_and_asks_to_withhold_an_interest(signed_in, member):
    entry = interest(member, today=dt.date.today())
    change = {"whose": "member", "employer": "Hatfield Bakery Ltd", "position": "Head baker"}
    assert (
        signed_in.post(url("register-change-interest", member, entry.pk), change).status_code == 302
    )
    sensitive = {"reasons": "A former employee has threatened me"}
    assert (
        signed_in.post(url("register-request-sensitive", member, entry.pk), sensitive).status_code
        == 302
    )
    end = date_fields("end", dt.date.today())
    assert signed_in.post(url("register-end-interest", member, entry.pk), end).status_code == 302
    entry.refresh_from_db()
    assert (entry.position, entry.sensitivity, entry.end) == (
        "Head baker",
        "requested",
        dt.date.today(),
    )


def test_a_councillor_registers_a_gift_in_pounds_and_pence(signed_in, member):
    data = {
        "donor_name": "Acme Builders Ltd",
        "donor_kind": "organisation",
        "description": "Dinner",
        "value": "£75.50",
        "accepted": "yes",
    } | date_fields("received_on", dt.date.today())
    assert signed_in.post(url("register-add-gift", member), data | one_time()).status_code == 302
    assert Gift.objects.get().value_pence == 7550


@pytest.mark.parametrize("value", ["-5", "lots", "1.234"])
def test_a_bad_gift_value_is_refused_against_the_value_field(signed_in, member, value):
    data = {
        "donor_name": "A",
        "donor_kind": "person",
        "description": "D",
        "value": value,
        "accepted": "yes",
    }
    data |= date_fields("received_on", dt.date.today())
    response = signed_in.post(url("register-add-gift", member), data)
    assert response.status_code == 400
    assert "value" in response.context["form"].errors
    assert not Gift.objects.exists()


def test_a_councillor_makes_a_nil_return_and_confirms_their_register(signed_in, member):
    signed_in.post(url("register-nil-return", member))
    signed_in.post(url("register-confirm", member))
    kinds = sorted(RegisterConfirmation.objects.values_list("kind", flat=True))
    assert kinds == ["annual", "nil-return"]


def test_the_manage_page_shows_what_is_due(signed_in, member):
    member.terms.all().delete()
    TermFactory(member=member, start=dt.date.today() - dt.timedelta(days=10))
    response = signed_in.get(url("register-manage", member))
    assert [d.code for d in response.context["duties"]] == ["initial-registration"]
    assert response.context["duties"][0].state.days_left == 18


def test_the_manage_page_names_categories_as_the_code_does(signed_in, member):
    interest(member)
    html = signed_in.get(url("register-manage", member)).content.decode()
    assert "Employment, office, trade, profession or vocation" in html


def test_a_councillor_cannot_open_or_edit_another_councillors_register(signed_in, member):
    other = councillor(council=member.council)
    entry = interest(other)
    for name, args in [
        ("register-manage", ()),
        ("register-add-interest", ()),
        ("register-change-interest", (entry.pk,)),
        ("register-end-interest", (entry.pk,)),
        ("register-add-gift", ()),
    ]:
        assert signed_in.get(url(name, other, *args)).status_code == 403, name
    assert signed_in.post(url("register-nil-return", other)).status_code == 403
    change = {"whose": "member", "employer": "Hijacked"}
    assert (
        signed_in.post(url("register-change-interest", other, entry.pk), change).status_code == 403
    )
    entry.refresh_from_db()
    assert entry.employer == "Hatfield Bakery Ltd"


def test_a_councillor_cannot_reach_an_interest_of_another_member_through_their_own_url(
    signed_in, member
):
    other_entry = interest(councillor(council=member.council))
    assert signed_in.get(url("register-change-interest", member, other_entry.pk)).status_code == 404


def test_a_clerk_keeps_their_parish_registers_only(client, db):
    principal = CouncilFactory(slug="welwyn-hatfield")
    parish = CouncilFactory(slug="northaw-parish", principal=principal)
    other = CouncilFactory(slug="essendon-parish", principal=principal)
    clerk = UserFactory()
    RoleFactory(user=clerk, council=parish, kind=Role.Kind.CLERK)
    ours, theirs = councillor(council=parish), councillor(council=other)
    client.force_login(clerk)
    assert client.get(url("register-manage", ours)).status_code == 200
    assert client.get(url("register-manage", theirs)).status_code == 403
    listed = client.get(reverse("register-mine")).context["members"]
    assert list(listed) == [ours]


def test_a_councillor_goes_straight_to_their_own_register(signed_in, member):
    """The home page's "Your register of interests and gifts" led to a page headed
    "Registers you keep" listing only their own name: a step, in a clerk's words."""
    response = signed_in.get(reverse("register-mine"))
    assert response.status_code == 302
    assert response["Location"] == url("register-manage", member)


def test_signed_out_visitors_are_sent_to_sign_in(client, member):
    response = client.get(url("register-manage", member))
    assert response.status_code == 302 and "/sign-in/" in response["Location"]


def test_the_monitoring_officer_sees_who_is_late(client, member):
    late = councillor(council=member.council)
    interest(member, today=dt.date.today())
    client.force_login(officer(member.council))
    response = client.get(reverse("register-officer", args=[member.council.slug]))
    assert [m for m, _ in response.context["registrations_overdue"]] == [late]


def test_a_councillor_cannot_see_the_officer_pages(signed_in, member):
    assert signed_in.get(reverse("register-officer", args=[member.council.slug])).status_code == 403


def test_the_monitoring_officer_decides_a_sensitive_request(client, member):
    entry = interest(member)
    from nolan.registers import services

    services.request_sensitive(entry, member.user, reasons="Threats")
    client.force_login(officer(member.council))
    path = reverse("register-decide-sensitive", args=[member.council.slug, entry.pk])
    missing_review = client.post(path, {"decision": "agree", "reasons": "Risk shown"})
    assert list(missing_review.context["form"].errors) == ["review_on"]
    data = {"decision": "agree", "reasons": "Risk shown"} | date_fields(
        "review_on", dt.date.today() + dt.timedelta(days=365)
    )
    agreed = html.unescape(client.post(path, data, follow=True).content.decode())
    entry.refresh_from_db()
    assert entry.sensitivity == "agreed"
    review = long_date(dt.date.today() + dt.timedelta(days=365))
    assert f"Request agreed: {member}'s interest stays off the public register until {review}" in (
        agreed
    )
    # deciding again is the review, and says so; refusing puts it on the register
    reviewed = html.unescape(client.post(path, data, follow=True).content.decode())
    assert f"Review recorded: {member}'s interest stays off the public register" in reviewed
    refused = client.post(path, {"decision": "refuse", "reasons": "Risk gone"}, follow=True)
    assert f"Request refused: {member}'s interest now shows on the public register" in (
        html.unescape(refused.content.decode())
    )


def test_the_monitoring_officer_queries_then_accepts_a_gift(client, member):
    entry = gift(member)
    client.force_login(officer(member.council))
    path = reverse("register-review-gift", args=[member.council.slug, entry.pk])
    assert client.post(path, {"text": "Who paid?"}).status_code == 302
    entry.refresh_from_db()
    assert (entry.review, entry.query_text) == ("queried", "Who paid?")
    client.post(path, {"accept": "1"})
    entry.refresh_from_db()
    assert entry.review == "accepted"


def test_the_officer_dashboard_flags_same_donor_gifts(client, member):
    gift(member, value_pence=3000, received_on=dt.date(2024, 10, 1))
    gift(member, value_pence=3000, received_on=dt.date(2025, 2, 1))
    client.force_login(officer(member.council))
    response = client.get(reverse("register-officer", args=[member.council.slug]))
    warnings = [a.warnings for _, a in response.context["gifts"]]
    assert ("same-donor-aggregate",) in warnings


def test_a_councillor_answers_a_query_from_their_page(signed_in, member):
    entry = gift(member)
    services.query_gift(entry, officer(member.council), text="Who paid for the dinner?")
    manage = signed_in.get(url("register-manage", member)).content.decode()
    answer_url = url("register-answer-gift", member, entry.pk)
    assert answer_url in manage
    assert "Who paid for the dinner?" in signed_in.get(answer_url).content.decode()
    signed_in.post(answer_url, {"text": "The builders' federation."})
    entry.refresh_from_db()
    assert (entry.review, entry.query_answer) == ("answered", "The builders' federation.")


def test_a_clerk_sees_a_sensitive_interest_only_as_withheld(client, db):
    from tests.registers.factories import SECRET, sensitive_interest

    principal = CouncilFactory(slug="welwyn-hatfield")
    parish = CouncilFactory(slug="northaw-parish", principal=principal)
    clerk = UserFactory()
    RoleFactory(user=clerk, council=parish, kind=Role.Kind.CLERK)
    member = councillor(council=parish)
    entry = sensitive_interest(member, officer(principal))
    client.force_login(clerk)
    page = client.get(url("register-manage", member))
    assert page.status_code == 200 and SECRET not in page.content.decode()
    assert client.get(url("register-change-interest", member, entry.pk)).status_code == 403
    client.force_login(member.user)
    assert SECRET in client.get(url("register-manage", member)).content.decode()
    client.force_login(officer(principal))
    assert SECRET in client.get(url("register-manage", member)).content.decode()


def test_a_date_with_a_two_digit_year_is_refused_not_read_as_the_year_24(client, member):
    entry = interest(member)
    services.request_sensitive(entry, member.user, reasons="Threats")
    client.force_login(officer(member.council))
    path = reverse("register-decide-sensitive", args=[member.council.slug, entry.pk])
    data = {"decision": "agree", "reasons": "Risk shown", "review_on_0": 1, "review_on_1": 6}
    response = client.post(path, data | {"review_on_2": "27"})
    assert response.status_code == 400
    assert response.context["form"].errors["review_on"] == [
        "The year in the review date must include 4 numbers"
    ]
    entry.refresh_from_db()
    assert entry.sensitivity == "requested"  # nothing decided on a misread date
