"""A unit registered in a block the address places behind a street without numbers
("Garage 6, garage block rear of Larner Road") is touched by an item that puts the block
behind numbered houses of that street ("garage block rear of 2-24 Larner Road"): those
numbers say where the block is, not which unit is meant (``matching.land``). A house's
own matter at the member's number ("the garage at 6 Larner Road"), or other units of the
block numbered without the member's, is still not."""

import pytest
from matching_cases import reasons

ENTRY = {
    "addresses": [
        "Garage 6, garage block rear of Larner Road, Erith",
        "Licence of garage 6 from the council (monthly).",
    ]
}


def test_houses_the_block_stands_behind_leave_the_member_s_unit_in():
    title = "Garage block rear of 2-24 Larner Road, Erith: redevelopment"
    description = "Ending the garage licences and building six homes on the block."
    assert reasons(title, description, **ENTRY)


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("6 Larner Road, Erith: householder application", "Converting the garage to a study."),
        (
            "Garage block rear of 2-24 Larner Road, Erith: repairs",
            "New doors for garages 1-4 of the block.",
        ),
    ],
)
def test_a_house_s_matter_or_other_units_of_the_block_are_not(title, description):
    assert not reasons(title, description, **ENTRY)
