"""A company's leading words that the item itself calls a charity, trust or club ("grant to
Harbour Light, the youth charity") are that body's name, founded apart from the firm
("Harbour Light Developments Ltd"), as "Harbour Light Trust" already is: a prompt there
teaches members to ignore the rest. The same words with no such kind, or the company's
full name, are still asked about."""

import pytest
from matching_cases import BEXLEY, reasons

from nolan.core.matching.model import Reason

FIRM = {"places": BEXLEY, "names": ["Harbour Light Developments Ltd"]}


@pytest.mark.parametrize(
    ("title", "description"),
    [
        (
            "Youth services - mentoring grant to Harbour Light",
            "A two-year grant to Harbour Light, the youth mentoring charity, for Thamesmead.",
        ),
        (
            "Harbour Light - community hall lease",
            "Lease of the hall to Harbour Light, a local trust, for after-school clubs.",
        ),
    ],
)
def test_the_words_the_item_calls_a_charity_or_trust_are_another_body(title, description):
    assert reasons(title, description, **FIRM) == set()


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Youth services - contract with Harbour Light", "A two-year contract for mentoring."),
        (
            "Land at Erith Quarry - Harbour Light Developments Ltd",
            "Grant to Harbour Light, the youth charity, noted.",
        ),
        (
            "Harbour Light - sale of land at Erith Quarry",
            "Sale to Harbour Light, the developer, for 40 homes.",
        ),
    ],
)
def test_the_words_without_another_kind_or_the_full_name_are_asked_about(title, description):
    assert reasons(title, description, **FIRM) & {Reason.NAME, Reason.NAME_WORD}
