"""A one-word brand spelt with a final "s" ("Sparks plc", "Boots plc") is written with it
wherever the item means the firm ("Sparks", "Boots'", "Boot's"); an item that has the word
only without it ("the Spark House drop-in", "The Boot Inn") names another thing that the
matcher's singular form made look alike, and a prompt there teaches members to ignore
the rest."""

import pytest
from matching_cases import BEXLEY, reasons

from nolan.core.matching.model import Reason


@pytest.mark.parametrize(
    ("names", "title", "description"),
    [
        (
            "Sparks plc",
            "Youth grants: the Spark House drop-in",
            "Grant of GBP 900 for a summer programme.",
        ),
        (
            "Boots plc",
            "Premises licence - The Boot Inn, Bexley Village",
            "Variation to allow live music.",
        ),
    ],
)
def test_the_word_only_without_its_final_s_is_another_thing(names, title, description):
    assert reasons(title, description, places=BEXLEY, names=[names]) == set()


@pytest.mark.parametrize(
    ("names", "title", "description"),
    [
        ("Boots plc", "Planning - Boots, 12 Broadway, Bexleyheath: new shopfront", ""),
        ("Boots plc", "Pharmacy services: Boots' bid for the minor ailments contract", ""),
        ("Boots plc", "Pharmacy services: Boot's bid for the minor ailments contract", ""),
        ("Sparks plc", "Contract with Sparks for street lighting", "Spark House is excluded."),
    ],
)
def test_the_word_with_its_final_s_is_still_asked_about(names, title, description):
    assert Reason.NAME in reasons(title, description, places=BEXLEY, names=[names])
