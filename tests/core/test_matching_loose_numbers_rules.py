"""House numbers an item gives apart from the street's name: "Elm Grove - resurfacing",
then "works between Nos 60 and 110" in the next sentence, or "the Elm Grove shops between
Nos 2 and 40". Where the item names no other street, those numbers are the street's, and a
member whose house is far from them is not asked about it (a needless prompt teaches
members to ignore the rest); a house among or beside them still is, and where the item
names two streets the numbers may be either's, so the street alone is enough. The
street called again in lower case ("closing the lane") is not another street."""

import pytest
from matching_cases import CHELMSFORD, reasons

from nolan.core.matching.model import Reason


def home(number):
    return {"places": CHELMSFORD, "addresses": [f"{number} Orchard Lane, Chelmsford CM2 7QA"]}


@pytest.mark.parametrize(
    ("title", "description"),
    [
        (
            "Orchard Lane - footway reconstruction",
            "Rebuilds the footway between Nos 60 and 110, with new dropped kerbs.",
        ),
        (
            "Orchard Lane shops - shopfront grants",
            "Grants for the Orchard Lane shopping parade between Nos 60 and 110.",
        ),
        (
            "Orchard Lane - waiting restrictions",
            "Double yellow lines outside Nos 62-108 on the school side.",
        ),
    ],
)
def test_numbers_given_apart_from_the_street_far_from_the_member_s_house(title, description):
    assert reasons(title, description, **home(27)) == set()


@pytest.mark.parametrize("number", [71, 104, 54])
def test_a_house_among_or_beside_those_numbers_is_asked_about(number):
    got = reasons(
        "Orchard Lane - footway reconstruction",
        "Rebuilds the footway between Nos 60 and 110, with new dropped kerbs.",
        **home(number),
    )
    assert Reason.ADDRESS in got


def test_numbers_in_an_item_that_names_two_streets_may_be_the_other_s():
    got = reasons(
        "Orchard Lane and Vicarage Road - footway reconstruction",
        "Rebuilds the footway between Nos 60 and 110, with new dropped kerbs.",
        **home(27),
    )
    assert Reason.ADDRESS in got


def test_the_street_without_numbers_is_still_enough():
    got = reasons(
        "Orchard Lane - footway reconstruction",
        "Rebuilds the footway along its length, with new dropped kerbs.",
        **home(27),
    )
    assert Reason.ADDRESS in got


def test_a_house_between_two_listed_numbers_is_asked_about():
    got = reasons(
        "Orchard Lane - new homes on the former garage court",
        "The site lies behind the houses at Nos 40 and 130.",
        **home(90),
    )
    assert Reason.ADDRESS in got


def test_the_street_called_again_in_lower_case_is_not_another_street():
    got = reasons(
        "Orchard Lane - resurfacing",
        "Resurfaces the carriageway outside Nos 60-110, closing the lane for a week.",
        **home(27),
    )
    assert got == set()


def test_a_street_named_the_green_is_another_street():
    got = reasons(
        "Orchard Lane and The Green - resurfacing",
        "Resurfaces the carriageway outside Nos 60-110, closing the roads for a week.",
        **home(27),
    )
    assert Reason.ADDRESS in got
