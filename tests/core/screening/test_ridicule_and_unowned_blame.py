"""Tuning 103's misses, mended by class (fit, not evidence): a person said to be less able
than a child or a grandmother at the very thing ("my gran could have done a better job");
an insult a sentence away from a named officer; an officer blamed for something they "won't
admit". The same words said of a child, of oneself or of progress are clean. Every sentence
is new. Rules alone (``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Brennan's speech on the leisure centre. My gran could have done a better job "
        "half asleep.",
        "Cllr Osei's budget amendment. A child could have done the sums.",
    ],
)
def test_ridicule_of_a_councillor_without_rude_words_is_disrespect(rules, text):
    assert "respect" in categories(rules, text)


def test_an_insult_beside_a_named_officer_is_aimed_at_them(rules):
    text = "A five-year-old could have seen the flooding coming. David Lindqvist didn't."
    assert {"officer_impartiality", "respect"} <= categories(rules, text)


def test_an_officer_blamed_for_what_they_will_not_admit(rules):
    text = "The library hours were cut because david lindqvist signed it off and won't admit it."
    assert "officer_impartiality" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        # A plan, not a person.
        "The opposition's budget amendment was not cut out for a borough this size.",
        # A child's achievement, the author's own shortcomings, progress.
        "A child could have a free swim every day of the holidays under the new scheme.",
        "A child could have designed this! That's the point: Year 5 at Applecroft did.",
        "I'm not cut out for karaoke, as tonight's ward fundraiser proved.",
        "Baby steps for the Hatfield bike hub: 30 new racks at the station.",
        "David Lindqvist won't admit it, but he was delighted with the planning award.",
    ],
)
def test_the_same_words_about_a_plan_a_child_or_oneself_are_clean(rules, text):
    assert categories(rules, text) == set()
