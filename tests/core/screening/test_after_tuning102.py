"""Misses of the rules in tuning 102 (scored once, then studied: fit, not evidence), mended by
class: words that judge what people are ("evil", "despicable", "annoying", "thugs"), said of a
group's people themselves after a verb "to be", just before them, after "find" or of "they"
in the next sentence; and a group's reality denied ("not valid"). Beside them, the same words
said of what befalls a group, of what is said about it, or denied. Every sentence is new.
Rules alone (``signal=None``)."""

import pytest

from .conftest import categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "Sikhs are evil, plain and simple.",
        "Lesbians are just so tiresome.",
        "Honestly, pensioners are such hypocrites about the bus passes.",
        "Those despicable Travellers are back on the rec.",
        "I find Polish builders obnoxious and sneaky.",
        "I've worked with plenty of deaf people. They're all insufferable.",
        "Why are Roma families always so rude?",
        "Asylum seekers are nothing but hooligans.",
    ],
)
def test_words_that_judge_a_group_s_people(rules, text):
    assert "disparage.group" in rule_ids(rules, text)


def test_a_group_denied_as_real(rules):
    assert "discrimination" in categories(rules, "Bisexual people aren't valid, never have been.")


@pytest.mark.parametrize(
    "text",
    [
        # What befalls them, or what is done for them.
        "The way Travellers are treated by the police is despicable.",
        "Housing for refugees in this borough is terrible.",
        "Deaf residents are treated horribly by the benefits system.",
        # What is said about them.
        "Calling Sikhs evil on a leaflet is disgusting.",
        # Denied.
        "Lesbians are not evil, whatever that preacher says.",
        "I don't think pensioners are hypocrites at all.",
        # Said of a party, a policy or a person, not a protected group.
        "The Tories are despicable on housing.",
        "This parking scheme is evil.",
    ],
)
def test_the_same_words_of_what_befalls_them_or_denied(rules, text):
    assert "disparage.group" not in rule_ids(rules, text)
    assert "discrimination" not in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        # A good quality denied of a group's people themselves.
        "Sikhs are never polite to anyone.",
        "Pensioners aren't clever enough to use the app.",
        "Lesbians can never be good parents.",
        # Rounded up and put away; cursed.
        "Round them all up, the Roma, and lock them away.",
        "Bisexual people can go to hell.",
    ],
)
def test_qualities_denied_and_groups_cursed(rules, text):
    assert "discrimination" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        # A wrong lamented, a deed judged, a pass or a badge.
        "Women on the estate are still not equal in pay.",
        "It wasn't smart to move the Roma families on in the rain.",
        "Bus passes for pensioners are not valid before 9.30.",
        # Reported, and nobody agreed.
        "A caller argued that Sikhs are thugs. Nobody in the studio agreed.",
        # Aimed at what befalls a list of groups, or at something of theirs.
        "Discrimination against Gypsies and Travellers is despicable.",
        "The terrible Gypsy and Traveller site plan has been withdrawn.",
        "Foul women's changing rooms at the leisure centre again.",
        "A rude white van driver cut me up on the roundabout.",
        "They are terrible figures for disabled people's employment.",
    ],
)
def test_laments_deeds_reports_and_things_of_theirs(rules, text):
    assert "discrimination" not in categories(rules, text)
