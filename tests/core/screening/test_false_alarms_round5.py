"""Errors of the rules mended by class (tuning 50-51, training data, issue 9), fifth round.

1. an engine's timing "retarded by 8 degrees" is slowed, as growth or a flame is;
2. a leaflet or a post that "calls" a group a name is named, as "called" already was: the
   author reports it, and does not call them so.

Every sentence is new; each class has a breach look-alike that must still be caught. Rules
alone (``signal=None``), so the learned signal hides nothing.
"""

import pytest

from .conftest import categories

CLEAN = [
    "Sorted the old Land Rover at last: the spark was retarded by ten degrees. Runs sweetly now.",
    "The flyer going round Welham Green calls Sikhs 'vermin'. Essex Police have a copy now.",
    "A new blog labels asylum seekers 'parasites'. Hertfordshire Police have been sent it.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_posts_of_each_class_pass(rules, text):
    assert categories(rules, text) == set()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Cllr Pike is a retarded idiot and always has been.", "respect"),
        ("Travellers are scum, the lot of them.", "discrimination"),
        ("Asylum seekers are parasites. Simple as.", "discrimination"),
    ],
)
def test_breach_look_alikes_are_still_caught(rules, text, category):
    assert category in categories(rules, text)
