"""What tuning 75 (disrespect and bullying in their less obvious forms, scored once before it
was tuned on: 0.831, respect recall 40%) showed the rules missing (issue 9, kind 2; fit, not
evidence): a person told there is nothing between their ears, mocked for their voice or
their sense of direction, sent off for "a nice sit down", or called "sweetheart" in a
dispute. Beside them, the plain criticism that must stay clean. Every sentence is new.
Rules alone (``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Dorsey chairs scrutiny with not much between the ears and even less to say.",
        "Cllr Dorsey couldn't find the Civic Offices with a map and a guide dog.",
        "@CllrDorsey you've had your say. Go and have a nice sit down.",
        "@CllrDorsey read the report before you lecture me on reserves, sweetheart.",
    ],
)
def test_these_are_disrespect(rules, text):
    assert "respect" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Dorsey's budget has nothing in it for Elm Drive and even less for the parks.",
        "Long day knocking on doors in Elm Drive. Time for a sit down and a cuppa.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()
