"""More of what tuning 76 showed the rules missing (issue 9, kind 3; fit, not evidence):
disease said to come with a group, and "cash cow", which calls no one a cow. Telling the
reader to "open your eyes" or "join the dots" beside a group was tried and left out: it
is as often said for a group as against it. Every sentence is new. Rules alone
(``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
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
        "Wake up people, the Muslims of Elm Drive raised £10,000 for the hospice this year.",
        "Join the dots: cuts to SEND funding are hurting disabled children most.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()
