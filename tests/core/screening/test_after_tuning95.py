"""Misses and false alarms of the rules in tuning 95 (scored once, then studied: fit, not
evidence), each mended by class. The council's own account crediting "the administration"
in the pre-election period, or hoping for "four more years" then, serves a
campaign, not the administration charge or a contract's term; a side "battered" when a
fan cheers it on is beaten, a councillor is not. Every sentence is
new. Rules alone (``signal=None``)."""

import pytest

from nolan.core.screening.model import Account

from .conftest import at, categories

IN_PERIOD = at("2027-04-12T10:00:00")


@pytest.mark.parametrize(
    "text",
    [
        "Bins collected on time every week this year, thanks to the administration's grip on it.",
        "Another balanced budget under this administration. Four more years of the same, please!",
    ],
)
def test_the_councils_account_crediting_the_administration_before_polling_day(rules, text):
    found = categories(rules, text, account=Account.COUNCIL, posted_at=IN_PERIOD)
    assert {"election", "council_resources"} <= found


@pytest.mark.parametrize(
    "text",
    [
        "The administration charge for a bulky waste collection is £30. Book online.",
        "Our housing repairs contract runs for four more years, with a break clause in 2028.",
        "Four more years of free swimming for under-16s is confirmed in the leisure contract.",
    ],
)
def test_council_publicity_about_fees_and_contract_terms_before_polling_day(rules, text):
    assert categories(rules, text, account=Account.COUNCIL, posted_at=IN_PERIOD) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Welwyn Garden City FC at home to Potters Bar in the league on Saturday: we'll batter "
        "them. Come on you Citizens!",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()


def test_a_councillor_battered_is_still_a_threat(rules):
    assert "bullying" in categories(rules, "If Cllr Moss turns up at the match I'll batter him.")
