"""Tuning 103's misses, mended by class (fit, not evidence): a person said to be less able
than a child or a grandmother, not made for the job, lost on the way to the chamber or
praised for a first small step; an insult a sentence away from a named officer; an
officer blamed for something they "won't admit". Every sentence is new. Rules alone
(``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Brennan's speech on the leisure centre. My gran could have done a better job "
        "half asleep.",
        "Cllr Osei took ten minutes to find the agenda item. Some people are simply not cut "
        "out for this.",
        "Cllr Mayhew has spotted that the bus station needs a roof, after eight years. Baby steps.",
    ],
)
def test_ridicule_of_a_councillor_without_rude_words_is_disrespect(rules, text):
    assert "respect" in categories(rules, text)


def test_an_insult_beside_a_named_officer_is_aimed_at_them(rules):
    text = "A five-year-old could have seen the flooding coming. David Lindqvist didn't."
    assert {"officer_impartiality", "respect"} <= categories(rules, text)


def test_an_officer_blamed_for_what_they_will_not_admit(rules):
    text = "The library hours were cut because david lindqvist signed it off and he won't admit it."
    assert "officer_impartiality" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        # A plan, not a person.
        "The opposition's budget amendment was not cut out for a borough this size.",
        # A child's achievement.
        "A child could have a free swim every day of the holidays under the new scheme.",
    ],
)
def test_the_same_words_about_a_plan_or_a_child_are_clean(rules, text):
    assert categories(rules, text) == set()
