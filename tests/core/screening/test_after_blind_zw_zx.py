"""False alarms and misses of the rules in blind zw and zx (scored once in the twenty-sixth
session, studied in the twenty-seventh: fit, not evidence), each mended by class.
Reliability and goodness as people, denied to a group, are contempt
("women aren't reliable enough for senior jobs"), and "don't let anyone tell you" or
"nobody says" reject the denial that follows, as counter-speech does. Paddy greeted on a
birthday is a man's name; a party "slaughtered at the polls" or "at scrutiny" is beaten; a
report that should "go back to scrutiny" is sent to a committee. Every sentence is new.
Rules alone (``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "Mothers of toddlers just aren't reliable enough to chair a committee.",
        "Polish builders are never dependable, everyone in Crayford knows it.",
        "Pakistani families are not nice people and never will be.",
        "Travellers aren't honest people and never will be.",
    ],
)
def test_a_good_quality_denied_to_a_group_is_contempt(rules, text):
    assert "discrimination" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Don't let anyone tell you disabled people aren't reliable workers.",
        "Nobody says Sikh families aren't good neighbours: ours are the best on the street.",
        "The 229 buses aren't reliable enough for anyone to get to work on time.",
        "The new crossing isn't suited to blind people: the tactile paving is missing.",
        "Many happy returns to Paddy at the bowls club, 90th birthday today and still bowling.",
        "Labour will be slaughtered at the polls in May if they keep this up.",
        "The leisure contract should go back to cabinet before anything is signed.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Typical Paddy, couldn't organise a piss-up in a brewery.",
        "He deserves to be slaughtered for what he did to that family.",
        "Go back to Romania, the lot of you.",
    ],
)
def test_the_same_words_aimed_at_people_still_count(rules, text):
    assert categories(rules, text) & {"discrimination", "bullying"}
