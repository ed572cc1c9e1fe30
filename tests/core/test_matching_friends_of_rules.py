"""A company named after a river, park or common ("Colne Brook Homes Ltd") shares that word
with the volunteers named after the same place ("Friends of Colne Brook"): a grant to the
friends' group is not the developer's matter, and a prompt there teaches members to ignore
the rest. The company named anywhere else in the item, or a member who is one of the
friends, is still asked about."""

import pytest
from matching_cases import WELWYN_HATFIELD, reasons

from nolan.core.matching.model import Reason

HOMES = {"places": WELWYN_HATFIELD, "names": ["Colne Brook Homes Ltd"]}


@pytest.mark.parametrize(
    ("title", "description"),
    [
        (
            "Environmental grants - Friends of Colne Brook bank clearance",
            "Awards GBP 2,000 to Friends of Colne Brook for clearing balsam from the banks.",
        ),
        (
            "Community grant to the Friends of the Colne Brook",
            "Tools and training for monthly volunteer days.",
        ),
    ],
)
def test_a_friends_group_named_after_the_same_place_is_another_body(title, description):
    assert reasons(title, description, **HOMES) == set()


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Colne Brook Homes - reserved matters for 40 homes", ""),
        (
            "Reserved matters for 40 homes by Colne Brook Homes",
            "Friends of Colne Brook object to the loss of the meadow.",
        ),
    ],
)
def test_the_company_named_elsewhere_is_still_asked_about(title, description):
    assert reasons(title, description, **HOMES) & {Reason.NAME, Reason.NAME_WORD}


def test_a_member_of_the_friends_is_asked_about_their_group():
    got = reasons(
        "Environmental grants - Friends of Colne Brook bank clearance",
        "Awards GBP 2,000 to Friends of Colne Brook for clearing balsam from the banks.",
        places=WELWYN_HATFIELD,
        names=["Friends of Colne Brook"],
    )
    assert Reason.NAME in got
