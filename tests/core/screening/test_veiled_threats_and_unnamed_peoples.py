"""Tuning 103's misses, mended by class (fit, not evidence): what will happen left to the
reader beside a named person ("accidents seem to happen to people who ..., Mr Doyle",
"next time you won't get a polite warning"), not road safety or a hope, and peoples
left unnamed or named by what they do ("certain communities", "prayers five times a day",
"bedroom choices"). Every sentence is new. Rules alone (``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "Accidents seem to happen to people who keep objecting to the Birchall Lane scheme, "
        "Mr Doyle.",
        "Carry on heckling at my surgeries, Sean Doyle. Next time you won't get a polite warning.",
    ],
)
def test_harm_left_to_the_reader_is_a_threat(rules, text):
    assert "bullying" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Certain communities just don't want to integrate, and Hatfield pays for it.",
        "A room at the civic offices so people can pray five times a day? They're disgusting.",
        "Flags for people's bedroom choices on the town hall again. They're disgusting.",
    ],
)
def test_a_people_left_unnamed_or_named_by_what_they_do_is_a_group(rules, text):
    assert "discrimination" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Certain communities in Hatfield have waited too long for a GP surgery; I'll keep "
        "pushing the ICB.",
        "Accidents seem to happen every winter on the A414 slip road. I've asked for gritting.",
        "It would be such a shame if the lido didn't open this summer. Please reply to the "
        "consultation.",
    ],
)
def test_a_campaign_for_communities_and_road_safety_are_clean(rules, text):
    assert categories(rules, text) == set()
