"""Misses and false alarms of the rules in tuning 93 (scored once, then studied: fit, not
evidence), each mended by class. "Mental cases" is a slur for people with mental illness;
a group the town would be "better off without", or that someone should "move them on", is
excluded. "Emotional" at a wedding is the day's feeling, not a stereotype; "the steps
outside" a building are steps, not a call to fight. A quality denied to a group is contempt
("not worth the time of day", "not fit to lead": the "not" of "not fit to" still denies "fit
to lead"), and a denial rejected is not ("it's nonsense to say X can't ..."). A reviewer's
probes took out "a crime wave" (said as often of crime against a group), "move on the" (to
act on), "good mums" and "smart enough" (as often in counter-speech). Every sentence is
new. Rules alone (``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "The new hostel means the mental cases will be living next to the infant school.",
        "Welwyn would be a far better place without all the Muslims moving in.",
        "Time to move them on, the Romanian families begging at the station, for good.",
    ],
)
def test_these_are_contempt_for_a_group(rules, text):
    assert "discrimination" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Referrals of mental health cases to the crisis team rose again this year.",
        "Hatfield would be better off without the one-way system.",
        "Let's move on the Traveller site allocation before the plan goes to inspection.",
        "My cousin's wedding at the gurdwara today: proper emotional, stunning photos.",
        "Please don't leave bikes on the steps outside the library; the rack is round the side.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()


def test_a_call_to_step_outside_is_still_a_threat(rules):
    assert "bullying" in categories(rules, "If Cllr Hale wants a fight he can step outside.")


@pytest.mark.parametrize(
    "text",
    [
        "Muslims are not fit to lead a council in this country.",
        "Travellers aren't worth the time of day.",
    ],
)
def test_a_quality_denied_to_a_group_is_contempt(rules, text):
    assert "discrimination" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "It's nonsense to say Travellers aren't worth the time of day.",
        "It's a myth that disabled people don't want to work.",
        "It's rubbish to say Muslims aren't fit to lead a council.",
        "I don't think the cabinet is clever enough to fix this budget.",
    ],
)
def test_a_denial_rejected_or_said_of_no_group_is_clean(rules, text):
    assert categories(rules, text) == set()
