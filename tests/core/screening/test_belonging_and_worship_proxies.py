"""Group contempt that tuning 68 found the rules missing (issue 9, kind 2; fit, not
evidence), each mended by class: belonging or help denied to a whole group without "not one
of them" ("will never be proper neighbours"); what is worn, eaten or built for worship
standing for who wears, eats or worships ("headscarves everywhere ... turned my stomach");
disgust felt in the body; places said to be wrecked or swamped by them. Beside each, the
lawful post that must stay clean, and a slur quoted as a word, in a joke or a gag, to say
why it hurts. Every sentence is new. Rules alone (``signal=None``)."""

import pytest

from .conftest import categories, rule_ids


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "The Roma families on Fairfield Road will never be good neighbours.",
            "belonging.denied_group",
        ),
        (
            "Asylum seekers at the Comet hotel. They won't lift a finger for this town.",
            "belonging.denied_group",
        ),
        ("Saw all those hijabs at the Galleria and honestly felt sick.", "hatred.group"),
        ("Third halal butcher on the parade. These people are taking over.", "attribute.group"),
        ("The Travellers on the rec will wreck the place by August.", "attribute.group"),
        ("Erith is a dumping ground for every migrant the Home Office has.", "attribute.group"),
    ],
)
def test_these_are_found(rules, text, rule):
    assert rule in rule_ids(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Roma families on Fairfield Road have been good neighbours for twenty years.",
        "Pensioners won't have a decent income after these cuts.",
        "Disabled residents can't fit in the lift at the civic centre; it needs replacing.",
        "Lovely to visit the new Sikh temple in Welling and share a meal with the community.",
        "The halal butcher on the parade sponsored the under-11s kit this year. Thank you!",
        "The comedian's gag about 'pikeys' at the charity night wasn't funny and I said so.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()
