"""More of what tuning 76 showed the rules missing (issue 9, kind 3; fit, not evidence): a
group tied to something bad and the reader told to see the rest ("Open your eyes", "join
the dots") or that it may not be said; disease said to come with a group; and "cash cow",
which calls no one a cow. Every sentence is new. Rules alone (``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "Car break-ins on Elm Drive doubled since the Albanians moved into the flats. Wake up "
        "people.",
        "Muslims run half the taxi firms in town and nobody's allowed to say it.",
        "Refugees in the Elm Drive hotel are bringing TB into our schools.",
    ],
)
def test_these_are_contempt_for_a_group(rules, text):
    assert "discrimination" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "The new bus lane cameras made £2m last year. Open your eyes, it's a cash cow.",
        "Open your eyes to the state of the Elm Drive play area: broken swings for a year.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()
