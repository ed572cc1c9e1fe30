"""A place of work the entry's details name ("Staff nurse, Broomfield Hospital", "operator of
Barnehurst Golf Course") is what an item is about when it opens the item's title ("Broomfield
Hospital: multi-storey car park"). Named further in, the place is only where something else
happens, and another unit of the place is another tenant's."""

import pytest
from matching_cases import reasons

PORTER = {
    "names": ["Dartford and Gravesham NHS Trust"],
    "details": "Hospital porter, Darenth Valley Hospital",
}
TENANT = {
    "names": ["Lamb Ceramics Ltd"],
    "details": "Director; the company leases Unit 3, Slade Green Enterprise Centre",
}


def test_the_workplace_opening_the_title_is_named():
    title = "Darenth Valley Hospital, Darenth Wood Road: multi-storey car park"
    assert reasons(title, "A 900-space car park for staff and visitors.", **PORTER)


@pytest.mark.parametrize(
    ("entry", "title"),
    [
        (PORTER, "Route 96: new stop outside Darenth Valley Hospital"),
        (TENANT, "Slade Green Enterprise Centre: letting of Unit 14"),
    ],
)
def test_the_workplace_further_in_or_another_unit_is_not(entry, title):
    assert reasons(title, "", **entry) == set()
