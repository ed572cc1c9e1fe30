"""A parish or town council is the qualifying body that prepares its parish's neighbourhood
plan, so a member of it is asked about the plan's examination, referendum or area, though
the item says only "the plan prepared by the parish". Not another parish's plan, nor that
of a longer place that begins with the parish's name, nor for a body that only shares the
parish's name. So is a community governance review of exactly that parish."""

import pytest
from matching_cases import BEXLEY, CHELMSFORD, WELWYN_HATFIELD, reasons

BOREHAM = {"places": CHELMSFORD, "names": ["Boreham Parish Council"], "details": "Member"}
WELWYN = {"places": WELWYN_HATFIELD, "names": ["Welwyn Parish Council"], "details": "Member"}
SOCIETY = {"places": CHELMSFORD, "names": ["Boreham Village Society"], "details": "Member"}


@pytest.mark.parametrize(
    ("entry", "title", "description"),
    [
        (BOREHAM, "Boreham Neighbourhood Plan: referendum", "The examiner's modifications."),
        (WELWYN, "Welwyn Neighbourhood Development Plan", "Whether to hold a referendum."),
    ],
)
def test_the_parish_s_own_neighbourhood_plan_is_asked_about(entry, title, description):
    assert reasons(title, description, **entry)


@pytest.mark.parametrize(
    ("entry", "title", "description"),
    [
        (BOREHAM, "Danbury Neighbourhood Plan: referendum", "Prepared by the parish council."),
        (WELWYN, "Welwyn Garden City Neighbourhood Plan", "Whether to hold a referendum."),
        (SOCIETY, "Boreham Neighbourhood Plan: referendum", "The examiner's modifications."),
    ],
)
def test_another_parish_s_plan_or_another_body_is_not(entry, title, description):
    assert reasons(title, description, **entry) == set()


def test_a_town_council_s_plan_is_its_own_in_any_council():
    entry = {"places": BEXLEY, "names": ["Crayford Town Council"], "details": "Member"}
    assert reasons("Crayford Neighbourhood Plan", "Designation of the area.", **entry)


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Community governance review: Boreham", "Whether to reduce the parish council to 7."),
        ("Boreham parish boundary with Little Waltham", "Moving two farms into the parish."),
    ],
)
def test_a_governance_review_of_the_parish_is_asked_about(title, description):
    assert reasons(title, description, **BOREHAM)


@pytest.mark.parametrize(
    ("entry", "title"),
    [
        (BOREHAM, "Community governance review: Little Waltham"),
        (WELWYN, "Community governance review: Welwyn Garden City warding"),
        (SOCIETY, "Community governance review: Boreham"),
    ],
)
def test_another_parish_s_review_or_a_body_sharing_the_name_is_not(entry, title):
    assert reasons(title, "", **entry) == set()
