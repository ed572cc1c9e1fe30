"""A council's register shows ten members a page, in name order, keeping the chosen date."""

import pytest

from tests.factories import CouncilFactory, MemberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def council():
    council = CouncilFactory()
    for n in range(12):
        MemberFactory(council=council, name=f"Cllr Member {n:02d}", slug=f"member-{n:02d}")
    return council


def test_the_first_page_shows_the_first_ten_members(client, council):
    html = client.get(f"/councils/{council.slug}/register/").content.decode()
    assert "Cllr Member 09" in html
    assert "Cllr Member 10" not in html
    assert "Members 1 to 10 of 12" in html


def test_the_next_page_shows_the_rest_and_keeps_the_date(client, council):
    html = client.get(f"/councils/{council.slug}/register/?page=2&on=2025-01-01").content.decode()
    assert "Cllr Member 10" in html and "Cllr Member 11" in html
    assert "Cllr Member 09" not in html
    assert "?page=1&amp;on=2025-01-01" in html


def test_a_page_number_out_of_range_shows_the_last_page(client, council):
    response = client.get(f"/councils/{council.slug}/register/?page=99")
    assert response.status_code == 200
    assert "Cllr Member 11" in response.content.decode()
