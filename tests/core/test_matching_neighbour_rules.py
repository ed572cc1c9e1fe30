"""Land whose entry says in its own words what it lies next to ("the side fence adjoins the
Kelvin bus depot"): an item that names that place by a word the entry writes with a capital,
with a word of the place in lower case in the same clause or a name from the member's
address, is the neighbour's matter. A place without a name of its own ("the old station
goods yard"), a name with only a kind of place ("the Kelvin bus depot" for a bus stop on
Kelvin Grove, "the Salvation Army hall"), and another branch placed in another town are
not."""

import pytest
from matching_cases import BEXLEY, CHELMSFORD, WELWYN_HATFIELD, reasons

from nolan.core.matching.model import Reason

DEPOT = {
    "places": BEXLEY,
    "addresses": [
        "4 Saltcoats Close, Welling DA16 4TT",
        "Owner-occupier; the side fence adjoins the Kelvin bus depot.",
    ],
}
WORKS = {
    "places": CHELMSFORD,
    "addresses": [
        "12 Wharf Road, Chelmsford CM2 6LU",
        "Freehold house; the garden backs onto the Marlowe Works timber yard.",
    ],
}
MEADOW = {
    "places": WELWYN_HATFIELD,
    "addresses": [
        "The Old Forge, Brindle Lane, Welwyn AL6 0XX",
        "Freehold; the orchard borders Brindle Meadow.",
    ],
}
STORE = {
    "places": BEXLEY,
    "addresses": [
        "2 Hook Lane, Welling DA16 2DR",
        "Freehold house; the rear fence abuts the Tesco car park.",
    ],
}
HALL = {
    "places": WELWYN_HATFIELD,
    "addresses": [
        "3 Russellcroft Road, Welwyn Garden City AL8 6XX",
        "Freehold; next to the Salvation Army hall.",
    ],
}
YARD = {
    "places": BEXLEY,
    "addresses": [
        "12 Kemble Drive, Bexley DA5 2QQ",
        "Freehold house; the back garden backs onto the old station goods yard.",
    ],
}


@pytest.mark.parametrize(
    ("entry", "title", "description"),
    [
        (DEPOT, "Sale of the Kelvin depot", "Disposes of the site for housing."),
        (WORKS, "Marlowe Works timber yard: demolition", "Clears the yard for eight houses."),
        # The place's name, and a name of the member's address.
        (MEADOW, "Brindle Meadow: play area", "A new play area with a path from the lane."),
    ],
)
def test_the_named_place_the_land_lies_next_to_is_its_matter(entry, title, description):
    assert Reason.ADDRESS in reasons(title, description, **entry)


@pytest.mark.parametrize(
    ("entry", "title", "description"),
    [
        # A place with no name of its own: every station had a goods yard.
        (YARD, "Bexley station: former goods yard", "Twelve flats on the disused yard."),
        # Another branch, placed in another town after its comma.
        (
            STORE,
            "Tesco Extra, Bexleyheath: car park cameras",
            "Number-plate cameras in the car park.",
        ),
        # The body, not its premises.
        (HALL, "Salvation Army Christmas toy appeal", "The council's staff collect toys."),
        # A name of the place alone, and nothing else of it but a kind of place.
        (DEPOT, "Kelvin Way: new crossing", "A zebra crossing by the school."),
        (DEPOT, "Kelvin Grove: new bus stop", "A shelter and a raised kerb."),
        (HALL, "Salvation Army hall: sale", "The Army is selling its hall for housing."),
    ],
)
def test_a_place_without_a_name_another_branch_or_the_body_is_not(entry, title, description):
    assert Reason.ADDRESS not in reasons(title, description, **entry)


def test_a_house_beside_the_land_is_left_to_the_address_rules():
    """The house number says which house: one at the other end of the road is not it."""
    plot = {
        "places": BEXLEY,
        "addresses": ["Allotment plot, Tavy Road, Thamesmead SE2", "Plot beside 2 Tavy Road."],
    }
    title, description = "Tavy Road: eight flats", "On the land next to no. 180 Tavy Road."
    assert Reason.ADDRESS not in reasons(title, description, **plot)
