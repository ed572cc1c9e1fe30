"""The council's post used for party or private ends (issue 9, kind 6; from tuning 69, fit,
not evidence): letters "franked" with the council's post, the members' room post tray,
Christmas cards that "save a fortune". Beside them, the council's post used for council
business. Every sentence is new. Rules alone (``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "Our branch leaflets went out franked with the council's post on Friday.",
        "Dropped my Christmas cards in the members' room post tray. Saves a fortune!",
    ],
)
def test_these_use_council_resources(rules, text):
    assert "council_resources" in categories(rules, text)


def test_council_post_for_council_business_is_clean(rules):
    text = "The council's letters to every household about the bin changes were franked today."
    assert categories(rules, text) == set()
