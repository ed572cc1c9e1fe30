"""Readings mended after tuning 64 was first scored (issue 9; fit, not evidence). Every
sentence is new. Rules alone (``signal=None``)."""

import pytest

from .conftest import categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        # a part of a road, or the whole of it, is no one's home address
        "Cllr Dunn and I walked the length of Ridgeway Avenue tonight; the pavement is a mess.",
        "Mrs Okoro says the whole of Park View Road knows about the burst main.",
        # a group the author says they belong to names the author
        "As a deaf woman I get lazy about booking the interpreter for ward surgeries, I admit.",
        # moved, not a stereotype
        "Walking with the Pride march through Chelmsford made me so emotional.",
        # declining to give a view before the hearing keeps an open mind
        "I sit on licensing for the Crown variation, so I can't give you a view before the "
        "hearing. Send in your representations and I promise every one will be read.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()


def test_a_named_persons_address_after_of_is_still_their_home(rules):
    text = "Mrs Hilda Crane of 14 Oak Tree Close has been waiting a year for a ramp."
    assert "personal_data" in categories(rules, text)


def test_a_group_spoken_of_by_a_member_of_it_is_still_a_group(rules):
    text = "As a disabled man I can say it: disabled people are a burden on this council."
    assert "discrimination" in categories(rules, text)


def test_food_for_anyone_who_shows_their_poll_card_is_treating(rules):
    text = "Show your poll card at the Fox on Thursday and the first pint's on me."
    assert "election.treating" in rule_ids(rules, text)


def test_blue_badge_holders_are_a_group_by_disability(rules):
    text = "Half the blue badge lot in Sidcup are faking it. Watch them walk off."
    assert "discrimination" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tell the enforcement officer to leave his van outside my house again. Can't promise "
        "it'll still have its wheels by Friday.",
        "Cllr Platt's car was keyed last night. Won't lose much sleep over it, and he won't "
        "be the last if he keeps this up.",
    ],
)
def test_harm_foretold_as_unpreventable_or_no_loss_is_a_threat(rules, text):
    assert "bullying" in categories(rules, text)


def test_what_a_title_qualifies_in_lower_case_is_no_members_name(rules):
    """ "my councillor discount" is a perk, not a member called Discount: the leverage in it
    is read, not set aside as part of a name."""
    text = "Still waiting on my councillor discount at the Crown, lads. Funny how these things go."
    assert "use_of_position" in categories(rules, text)


def test_a_seat_named_as_the_reason_to_comply_is_leverage(rules):
    text = (
        "Might ask environmental health to pop round to the chip shop, seeing as I'm "
        "cabinet member."
    )
    assert "leverage.position" in rule_ids(rules, text)
