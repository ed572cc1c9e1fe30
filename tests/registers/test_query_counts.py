"""The public register pages are served in a number of queries that does not grow with entries."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from freezegun import freeze_time

from nolan.registers import services
from tests.factories import CouncilFactory
from tests.registers.factories import councillor, gift, officer

pytestmark = pytest.mark.django_db


def populate(council, members, entries_each):
    mo = officer(council)
    for _ in range(members):
        member = councillor(council=council)
        for n in range(entries_each):
            entry = services.register_interest(
                member, member.user, category="employment", employer=f"Employer {n}"
            )
            if n == 0:
                services.request_sensitive(entry, member.user, reasons="Threats")
                services.decide_sensitive(
                    entry,
                    mo,
                    agree=True,
                    reasons="ok",
                    review_on=entry.registered_at.date().replace(year=2099),
                )
            gift(
                member,
                value_pence=1000 + n,
                donor_name=f"Donor {n}",
                today=date(2025, 1, 10),
                received_on=date(2025, 1, 5),
            )


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.fixture
def councils(db):
    """A small council (2 members, 2 entries) and a larger one (6 members, 30 entries)."""
    small = CouncilFactory(slug="welwyn-hatfield")
    large = CouncilFactory(slug="bexley", code_slug="welwyn-hatfield")
    with freeze_time("2025-01-10 12:00"):
        populate(small, members=2, entries_each=1)
        populate(large, members=6, entries_each=5)
    return small, large


@pytest.mark.parametrize(
    ("name", "query"),
    [("register-council", ""), ("register-council", "?on=2025-01-20"), ("gifts-council", "")],
)
def test_a_council_page_uses_the_same_queries_for_few_or_many_entries(
    client, councils, name, query
):
    small, large = (reverse(name, args=[c.slug]) + query for c in councils)
    assert queries(client, small) == queries(client, large)
    assert ("Donor 4" if name == "gifts-council" else "Employer 4") in client.get(
        large
    ).content.decode()
