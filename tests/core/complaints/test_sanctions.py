"""Sanctions English councils may impose (GUIDE.md section 1) and when each is complied with."""

from datetime import date

import pytest

from nolan.core.complaints import (
    ENGLISH_SANCTIONS,
    ComplaintRefused,
    Sanction,
    check_sanctions,
    sanction_complied,
)

DECIDED = date(2025, 6, 2)
TODAY = date(2025, 7, 1)


def test_the_seven_kinds_of_english_sanction_are_known():
    assert {s.value for s in ENGLISH_SANCTIONS} == {
        "publish-finding",
        "report-to-council",
        "censure",
        "recommend-removal-from-committees",
        "recommend-removal-from-outside-appointments",
        "training",
        "withdraw-facilities",
        "exclude-from-premises",
    }
    assert check_sanctions(["censure", "training"]) == (Sanction.CENSURE, Sanction.TRAINING)


@pytest.mark.parametrize(
    ("kind", "code"),
    [
        ("suspension", "suspension-not-lawful"),
        ("disqualification", "disqualification-not-lawful"),
        ("loss-of-allowances", "loss-of-allowances-not-lawful"),
        ("public-flogging", "unknown-sanction"),
    ],
)
def test_other_sanctions_are_refused(kind, code):
    with pytest.raises(ComplaintRefused) as raised:
        check_sanctions(["censure", kind])
    assert raised.value.code == code


def test_a_sanction_is_imposed_once():
    with pytest.raises(ComplaintRefused) as raised:
        check_sanctions(["censure", "censure"])
    assert raised.value.code == "duplicate-sanction"


def test_training_is_met_by_training_recorded_after_the_decision():
    def met(*days):
        return sanction_complied(
            Sanction.TRAINING, decided_on=DECIDED, today=TODAY, trained_on=days
        )

    assert not met()
    assert not met(date(2025, 5, 1))  # before the decision: it does not count
    assert not met(date(2025, 7, 2))  # not yet happened
    assert met(date(2025, 5, 1), DECIDED)


@pytest.mark.parametrize("kind", [Sanction.WITHDRAW_FACILITIES, Sanction.EXCLUDE_FROM_PREMISES])
def test_a_time_limited_sanction_is_met_when_its_period_has_run(kind):
    assert not sanction_complied(kind, decided_on=DECIDED, today=TODAY)
    assert not sanction_complied(kind, decided_on=DECIDED, today=TODAY, until=TODAY)
    assert sanction_complied(kind, decided_on=DECIDED, today=TODAY, until=date(2025, 6, 30))


@pytest.mark.parametrize(
    "kind", [Sanction.CENSURE, Sanction.PUBLISH_FINDING, Sanction.REPORT_TO_COUNCIL]
)
def test_other_sanctions_are_met_when_carried_out(kind):
    assert not sanction_complied(kind, decided_on=DECIDED, today=TODAY)
    assert sanction_complied(kind, decided_on=DECIDED, today=TODAY, done_on=DECIDED)
