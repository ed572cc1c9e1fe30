"""A place-and-trade name called by its trade at its place ("Beaulieu Florist" for
"Beaulieu Park Florist", both places in Chelmsford), but not by a place's word that is
another town inside the longer place the name holds: "Welwyn Bowls Club" is the village's
club, not "Welwyn Garden City Bowls Club"."""

import pytest
from matching_cases import CHELMSFORD, WELWYN_HATFIELD, reasons

FLORIST = {"places": CHELMSFORD, "names": ["Beaulieu Park Florist Ltd"], "details": "Owner"}
BOWLS = {"places": WELWYN_HATFIELD, "names": ["Welwyn Garden City Bowls Club"], "details": "Chair"}


def test_the_trade_at_a_part_of_the_same_town_is_the_name():
    assert reasons("Market stall licence: Beaulieu Florist", "Saturdays.", **FLORIST)


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Welwyn Bowls Club: green renovation", "A grant for the club's green in Welwyn village."),
        ("Sports grants", "Bowls at Welwyn: new mats for the village hall."),
    ],
)
def test_another_town_inside_the_name_s_place_is_not(title, description):
    assert reasons(title, description, **BOWLS) == set()
