"""Misses and false alarms of the rules in tuning 95 (scored once, then studied: fit, not
evidence), each mended by class. The council's own account crediting "the administration"
in the pre-election period, or hoping for "four more years" at any time, serves a
campaign; "at the ballot box" is where voters judge, not where ballots are seen; a side
"battered" in a league or on the pitch is beaten, a councillor is not. Every sentence is
new. Rules alone (``signal=None``)."""

import pytest

from nolan.core.screening.model import Account

from .conftest import at, categories

IN_PERIOD = at("2027-04-12T10:00:00")
OUT_OF_PERIOD = at("2026-10-12T10:00:00")


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


def test_four_more_years_on_the_councils_account_is_party_politics_at_any_time(rules):
    text = "Potholes fixed, parks open late: four more years of this, Welwyn Hatfield!"
    found = categories(rules, text, account=Account.COUNCIL, posted_at=OUT_OF_PERIOD)
    assert "council_resources" in found


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Moss has voted for every car park closure since 2024; voters can judge that at the "
        "ballot box.",
        "Welwyn Garden City FC at home to Potters Bar in the league on Saturday: we'll batter "
        "them. Come on you Citizens!",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()


def test_a_councillor_battered_is_still_a_threat(rules):
    assert "bullying" in categories(rules, "If Cllr Moss turns up at the match I'll batter him.")
