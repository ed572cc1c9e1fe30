"""A unit held at a named site that opens with the place the council is named after
("Stall 14, Bexley Covered Market" in Bexley) is touched by an item that calls the site by
its other words alone, as a council's items call its own town's market ("Covered market:
refurbishment ... stallholders moved to temporary stalls"), where they are two or more and
not all kind words. Not another town's site so written (the borough's items about "the
covered market" may mean another town's), nor where the item puts the site in another town
or its numbers leave the member's unit out."""

import pytest
from matching_cases import reasons

OWN_TOWN = ["Stall 14, Bexley Covered Market, Bexley DA5 1AA", "Licence."]
OTHER_TOWN = ["Stall 14, Sidcup Covered Market, Sidcup DA14 6AA", "Licence."]
TITLE = "Covered market: refurbishment and temporary relocation of stallholders"
MOVED = "Stallholders will be moved to temporary stalls for six months."


def test_the_council_s_own_town_s_site_without_the_town_is_it():
    assert reasons(TITLE, MOVED, addresses=OWN_TOWN)


@pytest.mark.parametrize(
    ("addresses", "description"),
    [
        (OTHER_TOWN, MOVED),
        (OWN_TOWN, "Stallholders at the Sidcup covered market will be moved to temporary stalls."),
        (OWN_TOWN, "Stalls 1 to 10 will be moved to the car park for six months."),
    ],
)
def test_another_town_s_site_or_other_stalls_are_not(addresses, description):
    assert not reasons(TITLE, description, addresses=addresses)
