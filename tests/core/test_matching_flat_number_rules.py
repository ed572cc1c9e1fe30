"""Another flat in the member's block, its number written as a house's before the block's
name ("31 Linden House" for the member's "Flat 6, Linden House"): buying back or letting
that flat is its own leaseholder's matter, as "Flat 31, Linden House" already was. The
member's own number so written, and the block's matters that number no flat, are still
asked about."""

import pytest
from matching_cases import BEXLEY, reasons

FLAT = {"places": BEXLEY, "addresses": ["Flat 6, Linden House, Erith DA8 1AA"]}


@pytest.mark.parametrize(
    "title",
    [
        "Right to buy buy-back: 6 Linden House, Erith",
        "Linden House, Erith - replacement of the roof",
    ],
)
def test_the_member_s_flat_or_the_whole_block_is_asked_about(title):
    assert reasons(title, "", **FLAT)


@pytest.mark.parametrize(
    "title",
    ["Right to buy buy-back: 31 Linden House, Erith", "Empty homes: CPO of 2 Linden House"],
)
def test_another_flat_written_as_a_house_s_number_is_not(title):
    assert reasons(title, "", **FLAT) == set()
