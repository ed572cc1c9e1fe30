"""Annual statistics: anonymised counts by stage, outcome and paragraph, a chart and a CSV."""

import csv
import datetime as dt
import io

from django.urls import reverse

from nolan.complaints import services
from tests.complaints.factories import assessed, complaint, heard, investigated


def test_the_years_complaints_are_counted_without_naming_anyone(client, member, mo, ip):
    closed = assessed(complaint(member), mo, ip, "no-further-action")  # the one finished
    complaint(member, paragraphs=["code.respect.2", "code.bullying.1"])
    complaint(member, today=dt.date(2024, 6, 3), happened_on=dt.date(2024, 6, 1))  # not 2025
    url = reverse("complaint-statistics", args=[member.council.slug, 2025])
    response = client.get(url)
    figures = response.context["figures"]
    assert figures.received == 2
    assert dict(figures.by_stage) == {"Received": 1, "Closed": 1}
    assert dict(figures.by_outcome) == {"No further action": 1}
    assert [n for _, n in figures.by_paragraph] == [2, 1]
    assert (
        figures.finished == 1
        and figures.median_days == closed.log.count() * 0 + figures.longest_days
    )
    page = response.content.decode()
    for private in (member.name, "Pat Resident", closed.reference):
        assert private not in page
    assert "<svg" in page


def test_the_statistics_download_as_csv(client, member):
    complaint(member)
    response = client.get(reverse("complaint-statistics-csv", args=[member.council.slug, 2025]))
    rows = list(
        csv.DictReader(
            io.StringIO(
                b"".join(response.streaming_content).decode()
                if response.streaming
                else response.content.decode()
            )
        )
    )
    assert {"measure": "received", "category": "all", "value": "1"} in rows
    assert member.name not in str(rows)


def test_a_year_outside_reason_is_not_found(client, member):
    for year in (1999, 3000, 10**12):
        url = reverse("complaint-statistics", args=[member.council.slug, year])
        assert client.get(url).status_code == 404


def test_each_case_is_counted_once_under_how_it_ended(client, member, mo, ip, investigator):
    """Walk item 4: a case heard was counted twice ('Investigated' and 'Hearing: breach'),
    'Investigated' was shown as an outcome, and a complaint refused as anonymous was left out."""
    heard(investigated(complaint(member), mo, ip, investigator), mo, ip)
    assessed(complaint(member), mo, ip, "no-further-action")
    assessed(complaint(member), mo, ip, "investigate")  # under way: no outcome yet
    anonymous = complaint(member, anonymous=True, complainant_name="", complainant_email="")
    services.refuse_anonymous(anonymous, mo)
    url = reverse("complaint-statistics", args=[member.council.slug, 2025])
    figures = client.get(url).context["figures"]
    assert figures.by_outcome == [
        ("Breach found at a hearing", 1),
        ("No further action", 1),
        ("Refused as anonymous", 1),
    ]
    response = client.get(reverse("complaint-statistics-csv", args=[member.council.slug, 2025]))
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [(r["category"], r["value"]) for r in rows if r["measure"] == "outcome"] == [
        ("Breach found at a hearing", "1"),
        ("No further action", "1"),
        ("Refused as anonymous", "1"),
    ]
