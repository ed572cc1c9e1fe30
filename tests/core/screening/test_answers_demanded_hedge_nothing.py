"""What the spent sets showed the rules missing (issue 9, defamation and officer
impartiality; fit, not evidence): an allegation stated as fact is not softened by a demand
for answers after it ("He's lied to members. I want answers.", "How else do you explain
...?", "There's no other explanation"), though questions to answer in its own sentence
still hedge it; and a word quoted as "your word, not mine" is the other person's. Every
sentence is new. Rules alone (``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Dorsey has been taking backhanders from the bus firm. How else do you explain "
        "that contract?",
        "Cllr Dorsey fiddled his expenses, full stop. I want answers.",
        "The Elm Drive builder bribed the parish clerk. There's no other explanation.",
    ],
)
def test_an_allegation_then_a_demand_for_answers_is_stated_as_fact(rules, text):
    assert "defamation" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Dorsey has questions to answer about whether he lied to the committee.",
        "Cllr Dorsey broke his promise of a vote. 'Liar' is your word, not mine.",
    ],
)
def test_these_are_not_stated_as_fact(rules, text):
    assert "defamation" not in categories(rules, text)
