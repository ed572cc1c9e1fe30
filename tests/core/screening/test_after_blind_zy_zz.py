"""False alarms of blind zy and zz (scored once at the end of the twenty-fifth session, then
studied: fit, not evidence), each mended by class: a party beaten at the polls in the words
of a fight ("We'll flatten the Tories next May") is a contest, not a threat; "tick the box"
on a form is a box, not a quota; and what "the sheep that stole a sandwich" did is the
sheep's, not a person's named elsewhere. Every sentence is new. Rules alone
(``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "We're going to flatten the Lib Dems in Hatfield East next May. Leaflets out Saturday.",
        "The Tories will get slaughtered in Welwyn in May, you can feel it on every doorstep.",
        "Newsletter sign-up: fill in the form below and tick the box to say you consent.",
        "Dave Hart beat me to the top again. Lowlights: the seagull that stole my chips.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The Greens should be shot, every one of them. Roll on May.", "bullying"),
        ("Someone should flatten the Tories with a bin lorry.", "bullying"),
        ("She only got the job to tick the box for the diversity lot.", "discrimination"),
        ("Cllr Dave Hart is a crook who stole from the scout hut.", "defamation"),
    ],
)
def test_these_are_still_found(rules, text, category):
    assert category in categories(rules, text)
