"""Issue 9's obfuscated spelling, the vowels left out of a group's noun ("Mslms",
"Mmgrnts"; not abbreviations such as "HNDs" or "whts"), and attributes said of a whole group
that no rule read before: a danger to children, support for terrorism, nothing good about
them, no redeeming qualities, nothing of value brought, never a decent one to be found,
their opinions not valued. Each case fails with its change undone; the clean ones share the
words. Rules alone (``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "Mslms are vermin.",
        "Mmgrnts are parasites, the lot of them.",
        "Dsbld people are a burden on the rest of us.",
        "Gay men are a danger to children.",
        "All Muslims support terrorism.",
        "There is nothing good about trans people.",
        "Travellers have no redeeming qualities.",
        "Immigrants bring nothing of value.",
        "You will never find a decent Traveller.",
        "I don't value the opinions of women.",
    ],
)
def test_these_are_found(rules, text):
    assert "discrimination" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "I love my Mslm neighbours, best street in Hatfield.",
        "Speeding drivers are a danger to children outside the school.",
        "Children should be seen and not heard, my gran used to say. Not at my surgery.",
        "There is nothing good about this budget.",
        "You will never find a decent parking space in Hatfield on a Saturday.",
        "Some employers still think HNDs are worthless. They are wrong.",
        "Whts the point of this useless parking scheme?",
        "The Prevent duty asks schools to spot anyone who may support terrorism.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()
