"""Misses of the rules in tuning 96 (scored once, then studied: fit, not evidence), each
mended by class. Readers set on a person, or the author promising to hound them "every night
until he gives in", is harassment; an officer's team restructure held over a report is
pressure on the officer; a jerry can and a lighter beside a rival is a threat; "what I'd
rather she did with that mouth" is a sexual remark. A reviewer's probes narrowed each: the
same words for a campaign, a barbecue, a youth club's director or a congratulation are not.
Every sentence is new. Rules alone (``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Hale still won't answer. I'll tag him every night until he gives in. Join me.",
        "Gary Platt drinks in the Wrestlers on Fridays if anyone fancies explaining it to him.",
        "Labour's new office on the Parade, Cllr Hale. The jerry can and the lighter are ready.",
        "Cllr Moss can lecture me on manners. I know what I'd rather she did with that mouth.",
    ],
)
def test_these_are_harassment_or_threats(rules, text):
    assert "bullying" in categories(rules, text)


def test_an_officers_team_restructure_held_over_a_report_is_pressure(rules):
    text = "David, your team's restructure comes to cabinet in June. Think about that paragraph."
    assert "officer_impartiality" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Bring a few mates to the litter pick at Stanborough on Saturday!",
        "I'll keep asking the council every week until the crossing is fixed. Sign the petition.",
        "Our team's restructure comes to cabinet in March; staff have been consulted throughout.",
        "Fireworks safety: keep matches and lighters away from children this bonfire night.",
        "Community barbecue on Saturday: I'll have a lighter in my pocket for the grills.",
        "Congratulations to David Lindqvist on his team's restructure, planning is better for it.",
        "The Hatfield youth club needs a new director; applications close Friday.",
        "Cllr Okoro says her toddler screams every night until midnight.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Call him what you like, he's a bloke in a frock and he's not chairing our panel.",
        "Will the new homes go to local families or to the boat people? Asking for a friend.",
        "The council ran a story hour with men in dresses reading to toddlers. Disgraceful.",
        "Welcome to our new Head of Property: articulate, not what you'd expect from the name.",
    ],
)
def test_contempt_in_words_tuning_97_showed(rules, text):
    # Tuning 97 (scored once before study: fit, not evidence).
    assert "discrimination" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Panto season: Cllr Moss as the dame, a bloke in a frock and loving it.",
        "The Vietnamese boat people who settled in Erith in 1979 were honoured at the museum.",
    ],
)
def test_the_same_words_in_their_ordinary_sense(rules, text):
    assert categories(rules, text) == set()
