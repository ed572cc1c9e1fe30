"""Misses of the rules in blind nn and oo after they were scored (issue 9; fit, not evidence:
the sets are spent), each mended by class: a person who "hasn't got a clue" or has "the charm
of a" thing is insulted; a member of the deciding panel who "won't need to read" the papers
has a closed mind. Every sentence is new. Rules alone (``signal=None``)."""

import pytest

from .conftest import categories, rule_ids


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Cllr Vance hasn't got a clue what a budget is.", "insult.named_near"),
        ("Cllr Vance has the charm of a wet Tuesday in Hatfield.", "insult.named_near"),
        (
            "I sit on planning for Bush Hall Farm. Got the papers, won't need to read them.",
            "closed_mind.matter",
        ),
    ],
)
def test_these_are_found(rules, text, rule):
    assert rule in rule_ids(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Nobody knows the answer to the housing crisis, least of all Westminster.",
        "I don't have a clue where I left my umbrella.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()
