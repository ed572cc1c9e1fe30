"""A street whose name is only words anyone's property may have, its street type followed
by a compass word ("New Mill Road West"), is still a street: a house number there places the
member's home, and an item's range of that street's numbers that holds it, or a neighbour's,
touches it. Numbers far from the member's, or the street with another compass word, do
not."""

import pytest
from matching_cases import reasons

HOME = {
    "names": ["12 New Mill Road West"],
    "addresses": ["12 New Mill Road West, Erith DA8 2QT", "Home (freehold)."],
}


@pytest.mark.parametrize(
    "title",
    [
        "Land rear of 8-16 New Mill Road West: three bungalows",
        "New Mill Road West (Nos 2 to 20): dropped kerbs",
    ],
)
def test_a_range_of_the_street_that_holds_the_home_touches_it(title):
    assert reasons(title, "Backland development in the rear gardens.", **HOME)


@pytest.mark.parametrize(
    "title",
    [
        "Land rear of 40-52 New Mill Road West: three bungalows",
        "Land rear of 8-16 New Mill Road East: three bungalows",
    ],
)
def test_numbers_far_away_or_another_compass_word_do_not(title):
    assert not reasons(title, "Backland development in the rear gardens.", **HOME)
