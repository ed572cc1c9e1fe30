"""What the spent blind sets pp to ss showed the rules missing (issue 9, council resources
and personal data; fit, not evidence): residents' details the council holds, named by who
gave them ("everyone who replied to the council's consultation", "every tenant who
complained", "the contacts from the Elm Drive consultation", "behind on council tax", a
misspelt "consulation contact list"), used for party work are both a misuse of council
resources and of the residents' data (docs/screening-brief.md). Beside them, the lawful
uses that must stay clean. Every sentence is new. Rules alone (``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "Our party survey goes to everyone who replied to the council's Elm Drive consultation.",
        "Used the contacts from the Elm Drive parking consultation to invite people to our "
        "Labour coffee morning.",
        "Pulled the list of Elm Drive households behind on council tax; we're knocking on every "
        "one this weekend for the party.",
        "Our volunteers used the consulation contact list from the bus lane review for the "
        "leaflet round.",
    ],
)
def test_council_held_lists_used_for_party_work(rules, text):
    assert {"council_resources", "personal_data"} <= categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to everyone who replied to the council's Elm Drive consultation: 400 responses.",
        "I've written to every resident who contacted the council about the bins with an update "
        "from the waste team.",
    ],
)
def test_council_business_with_those_lists_is_clean(rules, text):
    assert categories(rules, text) == set()
