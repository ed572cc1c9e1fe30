"""What tuning 75 (disrespect and bullying in their less obvious forms, scored once before it
was tuned on: 0.831, respect recall 40%) showed the rules missing (issue 9, kind 2; fit, not
evidence): a person told there is nothing between their ears, mocked for their voice or
their sense of direction, sent off for "a nice sit down", called "sweetheart" in a dispute,
likened to a puddle's depth or a chocolate teapot, or called a halfwit; an epithet
("Absolutely useless man.") for the officer the sentence before named. Beside them, the
plain criticism that must stay clean. Every sentence is new. Rules alone
(``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Dorsey chairs scrutiny with not much between the ears and even less to say.",
        "Cllr Dorsey couldn't find the Civic Offices with a map and a guide dog.",
        "@CllrDorsey you've had your say. Go and have a nice sit down.",
        "@CllrDorsey read the report before you lecture me on reserves, sweetheart.",
        "Cllr Dorsey has the intellectual depth of a puddle on Elm Drive.",
        "Cllr Dorsey is about as much use as a chocolate teapot.",
        "If brains were bus fares, Cllr Dorsey couldn't get to the end of Elm Drive.",
        "That Elm Drive Facebook bloke is a complete halfwit, ignore him.",
    ],
)
def test_these_are_disrespect(rules, text):
    assert "respect" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Dorsey's budget has nothing in it for Elm Drive and even less for the parks.",
        "Long day knocking on doors in Elm Drive. Time for a nice sit down and a cuppa.",
        "Hatfield has the personality of a proper market town and I love it.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()


def test_an_epithet_after_a_named_officer_is_theirs(rules):
    text = "Asked David Lindqvist about the Elm Drive report again. Absolutely useless man."
    assert "officer_impartiality" in categories(rules, text)


def test_an_epithet_for_someone_unnamed_is_no_named_insult(rules):
    text = "Asked the bus company about the Elm Drive route again. Absolutely useless service."
    assert categories(rules, text) == set()
