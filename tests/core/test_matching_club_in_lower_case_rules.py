"""A club or trust called "the club" or "the trust" in lower case is the member's where the
item has every other word of its name too, its place and what it does ("Danson Park: lease
of the croquet lawn and pavilion to the club that plays there" for "Danson Croquet Club").
Without what it does, or its place, "the club" is any club, and so it is where the name is
only words anyone's ("Church Lane Club")."""

import pytest
from matching_cases import reasons

ENTRY = {"names": ["Danson Croquet Club"], "details": "Club secretary."}
LEASE = "A 25-year lease on a full repairing basis."


def test_the_club_with_its_place_and_what_it_does_is_it():
    title = "Danson Park: lease of the croquet lawn and pavilion to the club that plays there"
    assert reasons(title, LEASE, **ENTRY)


@pytest.mark.parametrize(
    "title",
    [
        "Danson Park: lease of the pavilion to the club that plays there",
        "Hall Place: lease of the croquet lawn and pavilion to the club that plays there",
    ],
)
def test_the_club_without_what_it_does_or_its_place_is_any_club(title):
    assert not reasons(title, LEASE, **ENTRY)


def test_a_name_of_words_anyone_s_in_lower_case_is_not_the_club():
    title = "Parking on church lane near the club's hall"
    assert not reasons(title, "Double yellow lines.", names=["Church Lane Club"])
