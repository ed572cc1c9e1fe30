"""A house or a pub registered by its name is placed by its address: the same name on another
road or in another town is another house ("The Laurels, Brookmans Avenue" is not "The
Laurels, Digswell Road, Welwyn Garden City"; a licence at "The Red Lion, 1 Great North Road,
Hatfield" is not "The Red Lion, London Road, Woolmer Green"). The name in the member's own
road or town, or with no place after it, still matches."""

import pytest
from matching_cases import WELWYN_HATFIELD, reasons

HOME = {
    "names": ["The Laurels"],
    "addresses": ["The Laurels, Brookmans Avenue, Brookmans Park AL9 7QJ"],
}
PUB = {
    "names": ["The Red Lion"],
    "addresses": ["1 Great North Road, Hatfield AL9 5EU"],
    "details": "Licence for a catering trailer pitch on the pub forecourt",
}


@pytest.mark.parametrize(
    ("entry", "title"),
    [
        (HOME, "The Laurels, Digswell Road, Welwyn Garden City: demolition and four dwellings"),
        (PUB, "Premises licence review: The Red Lion, London Road, Woolmer Green"),
    ],
)
def test_the_same_name_in_another_road_or_town_is_another_house(entry, title):
    assert reasons(title, "", places=WELWYN_HATFIELD, **entry) == set()


@pytest.mark.parametrize(
    ("entry", "title"),
    [
        (HOME, "The Laurels, Brookmans Avenue: rear extension"),
        (PUB, "Premises licence review: The Red Lion, Hatfield"),
        (PUB, "Premises licence review: The Red Lion"),
    ],
)
def test_the_name_in_the_members_own_road_or_town_still_matches(entry, title):
    assert reasons(title, "", places=WELWYN_HATFIELD, **entry)
