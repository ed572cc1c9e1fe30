"""A denial turned round (issue 9, kinds 2 and 3; fit, not evidence): "nobody should doubt
that disabled people are capable" and "I don't accept that Muslims aren't trustworthy"
defend a group, as counter-speech does, while "I don't believe ... are trustworthy" and
"cannot be loyal" still deny it a quality, as does "Are X trustworthy? No."; "I can't
stand them" is contempt; hating how a group is treated is no hatred of it, unless it is
resentment of favour. Every sentence is new.
Rules alone (``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "Jews cannot be loyal to this country.",
        "I don't think Travellers are decent people.",
        "I don't believe Sikh councillors are trustworthy.",
        "I don't doubt that Hindu families can't be trusted.",
    ],
)
def test_a_quality_denied_to_a_group_is_found(rules, text):
    assert "discrimination" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Nobody should doubt that disabled people are capable.",
        "I don't accept that Muslim families are not trustworthy.",
        "No one disputes that deaf residents are capable of sitting on the panel.",
        "Our Jewish residents are loyal, generous neighbours.",
    ],
)
def test_a_denial_turned_round_defends_the_group(rules, text):
    assert categories(rules, text) == set()


@pytest.mark.parametrize(
    "text", ["I can't stand Somali families.", "I won't stand for Muslims here."]
)
def test_not_standing_a_group_is_still_contempt(rules, text):
    assert "discrimination" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "I hate how Sikh families are treated on this estate.",
        "I despise the way disabled people get ignored by this council.",
        "I hate how disabled people are still treated like dirt by the DWP.",
    ],
)
def test_hating_what_is_done_to_a_group_is_not_hating_it(rules, text):
    assert categories(rules, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "I hate how Sikh families behave.",
        "I hate how migrants get treated better than us.",
        "I hate how asylum seekers are treated so much better than our veterans.",
    ],
)
def test_hating_a_group_or_its_favour_is_still_contempt(rules, text):
    assert "discrimination" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Are Sikh councillors trustworthy? No.",
        "Are Travellers thieves? No. They're worse.",
        "I don't buy the consultation, and no Traveller is welcome in Welham Green.",
    ],
)
def test_an_answer_or_a_verb_that_does_not_turn_the_denial_round(rules, text):
    assert "discrimination" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "It's nonsense to say immigrants are dirty.",
        "It is rubbish to say Travellers are thieves.",
    ],
)
def test_a_rejection_that_opens_on_another_word_still_denies_what_follows(rules, text):
    # "nonsense" is also a word of scorn; the longer "nonsense to say" is the negator.
    assert categories(rules, text) == set()
