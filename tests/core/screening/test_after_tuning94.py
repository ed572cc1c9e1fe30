"""Misses of the rules in tuning 94 (scored once, then studied: fit, not evidence), each
mended by class. "That lot" stands for the nearest group or party named before it, as "they"
does, so contempt for "that lot" after a group is contempt for the group; abuse someone
wrote and the author then says they "can't say" is wrong is the author's own. Every sentence
is new. Rules alone (``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "Saw the Somali lads outside the chicken shop again. Trouble, that lot, every one of em.",
        "Someone sprayed 'no more Travellers' on the Thames Road bridge. Can't argue with that.",
    ],
)
def test_contempt_for_a_group_said_or_agreed_with(rules, text):
    assert "discrimination" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Lib Dems blocked the library motion again. Can't trust that lot with anything.",
        "The Hindu temple volunteers cleared the whole park on Sunday. That lot put us to shame.",
        "Someone wrote 'no more Travellers' on the bridge. Disgusting, and reported to the police.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()
