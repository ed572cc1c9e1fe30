"""Errors of the rules found in blind bb and cc after they were scored (issue 9; fit, not
evidence: the sets are spent).

1. "fags" given up and "the queer thing about" are the words' ordinary senses;
2. a closed mind on a matter named only by what it is ("the pub", "the club") is
   predetermination only where the post says the member sits on the deciding body: a
   Sunday lunch "finished off with" pudding, or a quiz lost "never again", decides nothing.

Every sentence is new. Rules alone (``signal=None``).
"""

import pytest

from nolan.core.screening.model import Account

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "Five years since I gave up the fags. Best thing I ever did for my lungs.",
        "The queer thing about tonight's budget debate was how few questions came from cabinet.",
        "Roast at the pub after the parkrun, finished off with sticky toffee pudding. Bliss.",
        "Quiz night at the club: lost on the tiebreak again. Never again, I say every month.",
    ],
)
def test_ordinary_senses_and_leisure_are_clean(rules, text):
    assert categories(rules, text) == set()


def test_a_closed_mind_on_the_pub_from_a_licensing_member_is_still_predetermination(rules):
    text = "I sit on the licensing panel next week. That pub's finished."
    assert "predetermination" in categories(rules, text, account=Account.OFFICIAL)
