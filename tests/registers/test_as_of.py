"""The register "as it stood on" a date lists the members serving that day, and the page, the
CSV and JSON files and the API agree on who is listed (issue 11)."""

import csv
import datetime as dt
import html
import io
import json

import pytest
from django.urls import reverse
from freezegun import freeze_time

from nolan.registers import services
from tests.factories import CouncilFactory, TermFactory
from tests.registers.factories import SECRET, councillor, officer, sensitive_interest

pytestmark = pytest.mark.django_db


@pytest.fixture
def council(db):
    """A sitting member, a former one who left at the 2024 election, and a newcomer."""
    council = CouncilFactory()
    sitting = councillor(council=council, name="Sitting Member")
    sitting.terms.update(start=dt.date(2020, 5, 7))
    former = councillor(council=council, name="Former Member", term=None)
    TermFactory(member=former, start=dt.date(2020, 5, 7), end=dt.date(2024, 5, 1))
    newcomer = councillor(council=council, name="New Member")
    with freeze_time("2021-06-01 12:00"):
        for member in (sitting, former):
            services.register_interest(
                member,
                member.user,
                category="employment",
                employer=f"{member.name} Employer Ltd",
                today=dt.date(2021, 6, 1),
            )
    with freeze_time("2025-01-10 12:00"):
        services.register_interest(
            newcomer,
            newcomer.user,
            category="employment",
            employer="New Member Employer Ltd",
            today=dt.date(2025, 1, 10),
        )
    return council


def listed(client, council, on: str = "") -> dict[str, set[str]]:
    """Who each of the four outputs lists, as member names."""
    query = f"?on={on}" if on else ""
    slug = council.slug
    page = client.get(reverse("register-council", args=[slug]) + query)
    assert page.status_code == 200
    csv_body, json_body = (
        b"".join(client.get(reverse(name, args=[slug]) + query).streaming_content)
        for name in ("register-csv", "register-json")
    )
    api = client.get(f"/api/councils/{slug}/interests/{query}").json()
    return {
        "page": {member.name for member, interests in page.context["rows"] if interests},
        "csv": {row["member_name"] for row in csv.DictReader(io.StringIO(csv_body.decode()))},
        "json": {row["member_name"] for row in json.loads(json_body)["interests"]},
        "api": {row["member_name"] for row in api["results"]},
    }


def test_today_every_output_lists_the_members_serving_now(client, council):
    assert set(map(frozenset, listed(client, council).values())) == {
        frozenset({"Sitting Member", "New Member"})
    }


def test_a_past_date_lists_the_members_serving_then_in_every_output(client, council):
    outputs = listed(client, council, on="2024-01-01")
    assert set(map(frozenset, outputs.values())) == {frozenset({"Sitting Member", "Former Member"})}


def test_the_page_lists_a_member_serving_then_with_nothing_registered_yet(client, council):
    page = client.get(reverse("register-council", args=[council.slug]) + "?on=2020-06-01")
    assert [member.name for member, _ in page.context["rows"]] == [
        "Former Member",
        "Sitting Member",
    ]


def test_the_page_links_to_downloads_for_the_same_date(client, council):
    page = client.get(reverse("register-council", args=[council.slug]) + "?on=2024-01-01")
    text = page.content.decode()
    assert reverse("register-csv", args=[council.slug]) + "?on=2024-01-01" in text
    assert reverse("register-json", args=[council.slug]) + "?on=2024-01-01" in text


def test_a_download_for_a_bad_date_says_so(client, council):
    response = client.get(reverse("register-csv", args=[council.slug]) + "?on=2024-02-30")
    assert response.status_code == 400


def test_an_interest_registered_on_its_own_past_day_is_in_the_register_from_that_day(client):
    """A registration given its own day (the demo's, made during the term) is recorded on that
    day, in the entry and its history, so the register as it stood then lists it (issue 11)."""
    council = CouncilFactory()
    member = councillor(council=council, name="Past Member")
    member.terms.update(start=dt.date(2020, 5, 7))
    entry = services.register_interest(
        member,
        member.user,
        category="employment",
        employer="Mimram Joinery Ltd",
        position="Director",
        today=dt.date(2020, 5, 20),
    )
    assert entry.registered_at.date() == dt.date(2020, 5, 20)
    assert listed(client, council, on="2020-06-01")["page"] == {"Past Member"}
    assert listed(client, council, on="2020-05-19")["page"] == set()


REAL_DATE_IN_BOXES = "The date must be a real date"


@pytest.mark.parametrize(
    "on, words, on_the_page",
    [
        ("2024-02-30", "Enter a real date written year-month-day", REAL_DATE_IN_BOXES),
        ("not-a-date", "Enter a real date written year-month-day", REAL_DATE_IN_BOXES),
        ("20240101", "Enter a real date written year-month-day", REAL_DATE_IN_BOXES),
        ("2099-01-01", "Enter today's date or a date in the past", None),
    ],
)
def test_the_api_refuses_a_bad_or_future_date_as_the_page_and_downloads_do(
    client, council, on, words, on_the_page
):
    """A day still to come or a date that is not real is refused by the API and the page
    alike, never answered with today's register (issue 11). A day to come is refused in the
    same words; a date that is no date, which the API asks for as year-month-day, is asked
    for on the page as its date boxes ask for it (day, month, year)."""
    slug, member = council.slug, council.members.first().slug
    for path in (
        f"/api/councils/{slug}/interests/",
        f"/api/councils/{slug}/members/{member}/interests/",
        f"/api/councils/{slug}/members/",
    ):
        response = client.get(f"{path}?on={on}")
        assert response.status_code == 400, path
        assert list(response.json()) == ["on"]
        assert response.json()["on"].startswith(words)
    page = client.get(reverse("register-council", args=[slug]) + f"?on={on}")
    assert page.status_code == 400
    assert page.context["on_error"] == (on_the_page or response.json()["on"])
    download = client.get(reverse("register-json", args=[slug]) + f"?on={on}")
    assert download.status_code == 400
    assert words in html.unescape(download.content.decode())


def test_the_api_refuses_an_empty_date_which_the_page_reads_as_no_date(client, council):
    """The page's date box left empty means today; the API, whose ``on`` is a date or absent,
    refuses an empty one as it refuses any other that is not a date."""
    response = client.get(f"/api/councils/{council.slug}/interests/?on=")
    assert response.status_code == 400
    assert response.json()["on"].startswith("Enter a real date written year-month-day")
    page = client.get(reverse("register-council", args=[council.slug]) + "?on=")
    assert page.status_code == 200 and not page.context["on_error"]


def members_listed(client, council, on: str = "") -> dict[str, list[str]]:
    """Every member each of the four outputs lists, interests or none, as names in the order
    given."""
    query = f"?on={on}" if on else ""
    slug = council.slug
    page = client.get(reverse("register-council", args=[slug]) + query)
    assert page.status_code == 200
    csv_body, json_body = (
        b"".join(client.get(reverse(name, args=[slug]) + query).streaming_content).decode()
        for name in ("register-csv", "register-json")
    )
    csv_names = [row["member_name"] for row in csv.DictReader(io.StringIO(csv_body))]
    api = client.get(f"/api/councils/{slug}/members/{query}")
    assert api.status_code == 200, api.content
    return {
        "page": [member.name for member, _ in page.context["rows"]],
        "csv": list(dict.fromkeys(csv_names)),
        "json": [member["member_name"] for member in json.loads(json_body)["members"]],
        "api": [member["member_name"] for member in api.json()["results"]],
    }


@pytest.mark.parametrize(
    "on, serving",
    [
        ("", ["New Member", "Quiet Member", "Sitting Member"]),
        ("2024-01-01", ["Former Member", "Quiet Member", "Sitting Member"]),
        ("2020-06-01", ["Former Member", "Quiet Member", "Sitting Member"]),
    ],
)
def test_a_member_with_nothing_registered_is_listed_by_the_page_and_both_downloads(
    client, council, on, serving
):
    """A member serving with nothing in the register (a registration overdue, say) is on the
    page, so the CSV gives them a row saying nothing is registered, the JSON and the API's
    members an entry with an empty list: the page, the downloads and the API list the same
    members (issue 11)."""
    quiet = councillor(council=council, name="Quiet Member")
    quiet.terms.update(start=dt.date(2020, 5, 7))
    assert members_listed(client, council, on) == {
        "page": serving,
        "csv": serving,
        "json": serving,
        "api": serving,
    }
    query = f"?on={on}" if on else ""
    csv_body = b"".join(
        client.get(reverse("register-csv", args=[council.slug]) + query).streaming_content
    ).decode()
    (row,) = [
        r for r in csv.DictReader(io.StringIO(csv_body)) if r["member_name"] == "Quiet Member"
    ]
    assert row["member_identifier"] == f"member-{quiet.pk}"
    assert (row["nothing_registered"], row["withheld"]) == ("yes", "no")
    assert not any(row[name] for name in ("identifier", "category", "employer", "details"))
    json_body = b"".join(
        client.get(reverse("register-json", args=[council.slug]) + query).streaming_content
    )
    data = json.loads(json_body)
    members = {m["member_name"]: m for m in data["members"]}
    assert members["Quiet Member"] == {
        "member_identifier": f"member-{quiet.pk}",
        "member_name": "Quiet Member",
        "interests": [],
    }
    # The interests themselves are listed once each, as before, and named by their members.
    listed_interests = [i["identifier"] for i in data["interests"]]
    assert sorted(listed_interests) == sorted(
        identifier for m in data["members"] for identifier in m["interests"]
    )
    assert "Quiet Member" not in {i["member_name"] for i in data["interests"]}


@pytest.mark.parametrize(
    "on, registered", [("", True), ("2024-01-01", True), ("2020-06-01", False)]
)
def test_the_api_lists_each_member_with_the_interests_the_json_file_gives_them(
    client, council, on, registered
):
    """The API's members are the JSON file's, each with the same interests' identifiers (an
    empty list for none), and a withheld interest is named there as in the interests list,
    its details kept back (issue 11; Localism Act 2011 s.32)."""
    quiet = councillor(council=council, name="Quiet Member")
    quiet.terms.update(start=dt.date(2020, 5, 7))
    sitting = council.members.get(name="Sitting Member")
    with freeze_time("2021-06-02 12:00"):
        withheld = sensitive_interest(sitting, officer(council), today=dt.date(2021, 6, 2))
    query = f"?on={on}" if on else ""
    slug = council.slug
    json_body = b"".join(
        client.get(reverse("register-json", args=[slug]) + query).streaming_content
    )
    response = client.get(f"/api/councils/{slug}/members/{query}")
    assert response.status_code == 200
    assert SECRET not in response.content.decode()
    data = response.json()
    assert data["count"] == len(data["results"]) == 3
    assert data["results"] == json.loads(json_body)["members"]
    members = {m["member_name"]: m for m in data["results"]}
    assert members["Quiet Member"] == {
        "member_identifier": f"member-{quiet.pk}",
        "member_name": "Quiet Member",
        "interests": [],
    }
    # Registered in 2021, so not in the register as it stood in 2020.
    assert (f"interest-{withheld.pk}" in members["Sitting Member"]["interests"]) is registered
    interests = client.get(f"/api/councils/{slug}/interests/{query}").json()["results"]
    assert sorted(i["identifier"] for i in interests) == sorted(
        identifier for m in data["results"] for identifier in m["interests"]
    )


def test_the_api_pages_its_members_as_it_pages_interests(client, council):
    response = client.get(f"/api/councils/{council.slug}/members/?limit=1&offset=1")
    assert response.status_code == 200
    data = response.json()
    assert data["count"] == 2
    assert [m["member_name"] for m in data["results"]] == ["Sitting Member"]
    assert client.get(f"/api/councils/{council.slug}/members/?limit=0").status_code == 400
    assert client.get("/api/councils/atlantis/members/").status_code == 404


def test_popolo_lists_the_members_serving_on_the_day_asked_for(client, council):
    """Walk: popolo.json?on=DATE ignored the date and listed every member who ever served."""
    path = reverse("popolo-json", args=[council.slug])

    def persons(on: str = "") -> set[str]:
        return {p["name"] for p in client.get(path + on).json()["persons"]}

    everyone = {"Sitting Member", "Former Member", "New Member"}
    assert persons() == everyone
    assert persons("?on=2022-01-01") == {"Sitting Member", "Former Member"}
    data = client.get(path + "?on=2022-01-01").json()
    former = next(p["id"] for p in data["persons"] if p["name"] == "Former Member")
    (term,) = [m for m in data["memberships"] if m["person_id"] == former]
    assert term["end_date"] == "2024-05-01"


@pytest.mark.parametrize(
    "on, words",
    [
        ("2024-02-30", "Enter a real date written year-month-day"),
        ("2099-01-01", "Enter today's date or a date in the past"),
    ],
)
def test_popolo_refuses_a_bad_or_future_date_as_the_other_downloads_do(client, council, on, words):
    response = client.get(reverse("popolo-json", args=[council.slug]) + f"?on={on}")
    assert response.status_code == 400
    assert words in html.unescape(response.content.decode())
