"""A false alarm of tuning 103, mended by class (fit, not evidence): a group's own want ("not
because they want to hurt anyone") is theirs, not the author's refusal of them, and a reason
denied ("not because ...") says nothing. Contempt put the other way round, and harm wished
on a group, still count. Rules alone (``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "Teenagers on the Ryde say they hang around the shops because they're bored, not "
        "because they want to hurt anyone.",
        "Disabled people want the same access to the high street as everyone else.",
        "Travellers want a transit site, not to fight the council over every field.",
        "The lease for the Gypsy and Traveller site was executed on Friday.",
    ],
)
def test_a_group_s_own_want_or_harm_denied_is_clean(rules, text):
    assert categories(rules, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Nobody wants the Travellers back on the common.",
        "Gypsies should be hurt for this.",
        # A negator elsewhere in the clause excuses no harm wished.
        "Nobody would miss the Travellers if they were all hanged.",
        # Killing by the state's hand.
        "The Travellers should be executed, the lot of them.",
    ],
)
def test_refusal_of_a_group_and_harm_wished_still_count(rules, text):
    assert "discrimination" in categories(rules, text)
