"""A company named by its place, a word of its own and the initials of the scheme it runs
("Bexleyheath Together BID Ltd") is called by its place and initials alone ("Bexleyheath
BID: renewal ballot", ``matching.place_initials``). Another place's scheme, the word in
lower case ("a bid for funding"), and initials inside a name that only qualify it ("NHS"
of a trust's name, which every trust of the county shares) are not."""

import pytest
from matching_cases import reasons

BID = {"names": ["Bexleyheath Together BID Ltd"], "details": "Chair of the board."}
TRUST = {"names": ["Bexleyheath Community NHS Care Trust"], "details": "Governor."}


def test_the_place_and_the_initials_are_the_company():
    assert reasons("Bexleyheath BID: renewal ballot", "The council's vote as a levy payer.", **BID)


@pytest.mark.parametrize(
    "title",
    ["Sidcup BID: renewal ballot", "Bexleyheath: a bid for the high streets fund"],
)
def test_another_place_s_scheme_or_a_bid_in_lower_case_is_not(title):
    assert not reasons(title, "The council's vote as a levy payer.", **BID)


def test_initials_inside_the_name_are_not_the_body():
    assert not reasons("Bexleyheath NHS walk-in centre: opening hours", "", **TRUST)
