"""Misses and false alarms of the rules in tuning 84 (scored once, then studied: fit, not
evidence), each mended by class. Harm done to the author ("she'll kill me") or feared
("afraid of being punched") is no threat of theirs; veiled harm (a dentist needed, a brick
through the window, fingers broken, concrete boots, a bus stepped in front of) is; an
officer told "or there'll be a new Director" is pressed, and one told to "sort it or let
someone else have a go" blamed. Every sentence is new. Rules
alone (``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Talk to a resident that way again and you'll be needing a dentist.", "bullying"),
        ("Post about my kids again and I'll put a brick through your window.", "bullying"),
        ("If I catch the lad who keyed my car I'll break his fingers.", "bullying"),
        ("Cllr Moss wants a CPZ on my road? I'll get him some concrete boots.", "bullying"),
        ("Genuinely hope Cllr Moss steps in front of a bus this week.", "bullying"),
        (
            "Told David Lindqvist the report backs the scheme or there'll be a new chief planner.",
            "officer_impartiality",
        ),
        (
            "Depot lease unsigned again. Sarah, sort it or let someone else have a go.",
            "officer_impartiality",
        ),
    ],
)
def test_these_are_found(rules, text, category):
    assert category in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "If the agent finds out I skipped the canvass for the match she'll kill me.",
        "My wife would murder me if I missed another anniversary for a committee.",
        "The man who attacked a nurse was jailed. Nobody should work afraid of being punched.",
        "The bus stop in front of the library moves next week.",
        "Great result for the ward, and that's on you, Sarah: thank you.",
        "Brick-built bus shelters are going in along the Great North Road.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()
