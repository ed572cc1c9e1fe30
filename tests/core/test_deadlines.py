"""Registration deadlines for Welwyn Hatfield (seed 000) and Bexley (seed 001), Appendix B."""

from dataclasses import replace
from datetime import date

import pytest

from nolan.core import deadlines
from nolan.core.codes import load_code
from nolan.core.deadlines import DeadlineError, TermStart

COUNCILS = ["welwyn-hatfield", "bexley"]


def params(slug):
    return load_code(slug).parameters


@pytest.mark.parametrize("slug", COUNCILS)
def test_interests_are_due_28_days_after_election(slug):
    due = deadlines.registration_due(params(slug), TermStart("elected", date(2024, 5, 2)))
    assert due == date(2024, 5, 30)


def test_welwyn_hatfield_clock_starts_at_adoption_when_that_is_later():
    wh = params("welwyn-hatfield")
    term = TermStart("elected", date(2024, 5, 2))
    assert deadlines.registration_due(wh, term, code_adopted=date(2024, 7, 1)) == date(2024, 7, 29)


def test_welwyn_hatfield_clock_starts_at_election_when_adoption_was_earlier():
    wh = params("welwyn-hatfield")
    term = TermStart("elected", date(2024, 5, 2))
    assert deadlines.registration_due(wh, term, code_adopted=date(2021, 4, 1)) == date(2024, 5, 30)


def test_bexley_ignores_adoption_because_its_appendix_b_does_not_name_it():
    bexley = params("bexley")
    term = TermStart("elected", date(2022, 5, 5))
    assert deadlines.registration_due(bexley, term, code_adopted=date(2023, 1, 1)) == date(
        2022, 6, 2
    )


@pytest.mark.parametrize("slug", COUNCILS)
@pytest.mark.parametrize("began", ["elected", "re-elected", "co-opted", "appointed"])
def test_every_way_of_taking_office_starts_the_clock(slug, began):
    due = deadlines.registration_due(params(slug), TermStart(began, date(2024, 5, 2), first=False))
    assert due == date(2024, 5, 30)


def test_a_code_naming_only_election_gives_no_duty_on_appointment():
    only_election = replace(params("welwyn-hatfield"), registration_triggers=("election",))
    assert (
        deadlines.registration_due(only_election, TermStart("appointed", date(2024, 5, 2))) is None
    )


def test_a_first_appointment_is_becoming_a_member_but_not_a_re_appointment():
    membership = replace(params("welwyn-hatfield"), registration_triggers=("membership",))
    reappointment = replace(membership, registration_triggers=("re-appointment",))
    first = TermStart("appointed", date(2024, 5, 2), first=True)
    assert deadlines.registration_due(membership, first) == date(2024, 5, 30)
    assert deadlines.registration_due(reappointment, first) is None
    assert deadlines.registration_due(reappointment, replace(first, first=False)) == date(
        2024, 5, 30
    )


def test_the_period_comes_from_the_code():
    longer = replace(params("welwyn-hatfield"), interest_registration_days=40)
    assert deadlines.registration_due(longer, TermStart("elected", date(2024, 5, 2))) == date(
        2024, 6, 11
    )


def test_an_unknown_trigger_in_code_data_is_a_clear_error():
    bad = replace(params("welwyn-hatfield"), registration_triggers=("coronation",))
    with pytest.raises(DeadlineError) as error:
        deadlines.registration_due(bad, TermStart("elected", date(2024, 5, 2)))
    assert error.value.code == "unknown-trigger"
    assert "coronation" in str(error.value)


def test_an_unknown_term_kind_is_a_clear_error():
    with pytest.raises(DeadlineError) as error:
        deadlines.registration_due(
            params("welwyn-hatfield"), TermStart("crowned", date(2024, 5, 2))
        )
    assert error.value.code == "unknown-term-kind"


@pytest.mark.parametrize("slug", COUNCILS)
def test_changes_are_due_28_days_after_becoming_aware(slug):
    assert deadlines.change_due(params(slug), date(2024, 12, 20)) == date(2025, 1, 17)


@pytest.mark.parametrize("slug", COUNCILS)
def test_gifts_are_due_28_days_after_receipt(slug):
    assert deadlines.gift_due(params(slug), date(2024, 2, 10)) == date(2024, 3, 9)


def test_registering_on_the_last_day_is_on_time_and_the_next_day_is_late():
    due = date(2024, 5, 30)
    assert deadlines.status(due, date(2024, 6, 5), done_on=due).code == "on-time"
    assert deadlines.status(due, date(2024, 6, 5), done_on=date(2024, 5, 31)).code == "late"


def test_an_undone_duty_is_due_until_the_last_day_then_overdue():
    due = date(2024, 5, 30)
    assert deadlines.status(due, date(2024, 5, 23)).days_left == 7
    assert deadlines.status(due, due).code == "due"
    overdue = deadlines.status(due, date(2024, 6, 2))
    assert (overdue.code, overdue.days_left) == ("overdue", -3)


def test_annual_confirmation_is_a_year_on_and_leap_day_rolls_back():
    assert deadlines.annual_confirmation_due(date(2024, 6, 1)) == date(2025, 6, 1)
    assert deadlines.annual_confirmation_due(date(2024, 2, 29)) == date(2025, 2, 28)


def test_working_days_skip_weekends_and_english_bank_holidays():
    # Thursday 24 December 2026: Christmas (Fri), Boxing Day observed (Mon 28th) are holidays.
    assert deadlines.add_working_days(date(2026, 12, 24), 1) == date(2026, 12, 29)
    assert deadlines.add_working_days(date(2026, 4, 2), 1) == date(2026, 4, 7)  # Easter
    assert deadlines.add_working_days(date(2026, 6, 5), 0) == date(2026, 6, 5)


def test_working_days_between_counts_both_ways():
    assert deadlines.working_days_between(date(2026, 6, 5), date(2026, 6, 12)) == 5
    assert deadlines.working_days_between(date(2026, 6, 12), date(2026, 6, 5)) == -5


def test_adding_negative_working_days_is_refused():
    with pytest.raises(DeadlineError) as error:
        deadlines.add_working_days(date(2026, 6, 5), -1)
    assert error.value.code == "negative-days"
