"""False alarms of the rules in blind hh and ii after they were scored (issue 9; fit, not
evidence: the sets are spent), each mended by an ordinary sense of a word:

1. children who have "grown up" are no member talked down to as a child (a false alarm of
   this round's own rule, ``condescension.individual``);
2. "faggots" from the butcher, the Black Country sort wrapped in caul fat, are food;
3. a licence's "terminal hour" is no one's illness, and a friend who "owes me a tenner" has
   no debts to publish.

Every sentence is new. Rules alone (``signal=None``).
"""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "I sit on planning and haven't decided. Some of you have grown-up kids who can't rent "
        "locally, and I hear you.",
        "The butcher on the parade in Welwyn Garden City had proper faggots in this week, the "
        "Black Country sort wrapped in caul fat.",
        "Sue Hart's licence for the Red Lion is granted with an 11pm terminal hour on Fridays.",
        "Happy birthday to my mate Dev, who still owes me a tenner from 1998.",
    ],
)
def test_these_ordinary_senses_are_clean(rules, text):
    assert categories(rules, text) == set()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Cllr Rowe, leave the budget to the grown-ups.", "respect"),
        ("Mrs Dean at 4 Elm Road owes £3,000 in rent and is terminally ill.", "personal_data"),
    ],
)
def test_the_same_words_still_count_in_their_other_sense(rules, text, category):
    assert category in categories(rules, text)
