"""The public API's paging parameters: any malformed or enormous number is a 400, never a 500."""

import pytest

from tests.registers.factories import gift

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "query", ["offset=²", "limit=٣", "limit=" + "9" * 5000, "offset=" + "9" * 19, "limit=0"]
)
def test_a_malformed_or_enormous_paging_number_is_a_bad_request(client, member, query):
    gift(member)
    response = client.get(f"/api/councils/{member.council.slug}/gifts/?{query}")
    assert response.status_code == 400
    assert list(response.json()) == [query.split("=")[0]]


def test_the_largest_offset_answers_with_no_entries(client, member):
    gift(member)
    response = client.get(f"/api/councils/{member.council.slug}/gifts/?offset={'9' * 18}")
    assert response.status_code == 200 and response.json()["results"] == []
