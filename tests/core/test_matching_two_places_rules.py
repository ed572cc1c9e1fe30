"""A body named for two places joined by "and" ("Welling and Blackfen Bowls Club") is
called by one place with what it is where the item names the other place apart ("a new
green for the Welling bowls club at its Blackfen ground", ``matching.two_places``); the
shortened name alone may be another body of that one place, so without the other place it
is not the member's."""

import pytest
from matching_cases import reasons

ENTRY = {"names": ["Welling and Blackfen Bowls Club"], "details": "Treasurer."}


def test_one_place_with_the_other_named_apart_is_the_body():
    title = "Sports grants 2026"
    description = "£3,000 to the Welling bowls club for a new green at its Blackfen ground."
    assert reasons(title, description, **ENTRY)


@pytest.mark.parametrize(
    "description",
    [
        "£3,000 to the Welling bowls club for a new green.",
        "£3,000 to the Sidcup bowls club for a new green at its Blackfen ground.",
    ],
)
def test_one_place_alone_or_another_place_s_body_is_not(description):
    assert not reasons("Sports grants 2026", description, **ENTRY)
