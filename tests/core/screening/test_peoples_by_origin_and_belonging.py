"""Tuning 103's misses, mended by class (fit, not evidence): peoples named by where they or
their families came from ("Eritreans", "the Tamil families"), and a group's belonging
doubted as a question ("Do they even want to be part of ...?"). A word ending "-ese" is a
people's only before a word for people: a Nepalese restaurant is a restaurant. Rules alone
(``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "Eritreans are the reason the Hatfield hostel is full of trouble every weekend.",
        "The Tamil families on the Ryde never come to anything. Do they even want to fit in?",
        "Honestly I can't stand Ghanaians, and I don't care who knows it.",
    ],
)
def test_contempt_for_a_people_named_by_origin_is_discrimination(rules, text):
    assert "discrimination" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Lovely dinner at the Nepalese restaurant on Fretherne Road with the ward team.",
        "Do you even want to be part of the cabinet, Cllr Hale? Turn up to it, then.",
        "Welcome to the Filipino nurses starting at the QEII this month.",
    ],
)
def test_a_restaurant_a_councillor_and_a_welcome_are_clean(rules, text):
    assert categories(rules, text) == set()
