"""Code 8.1 training: due within the council's months of taking office, then repeated."""

from datetime import date

from nolan.core.complaints.training import add_months, training_due, training_status

TERMS = {"within_months": 6, "every_months": 48}
ELECTED = date(2024, 5, 2)


def test_a_new_member_is_due_within_months_of_taking_office():
    assert training_due(ELECTED, [], **TERMS) == date(2024, 11, 2)


def test_attending_restarts_the_clock():
    assert training_due(ELECTED, [date(2024, 6, 10)], **TERMS) == date(2028, 6, 10)


def test_training_before_this_term_does_not_count():
    assert training_due(ELECTED, [date(2023, 1, 5)], **TERMS) == date(2024, 11, 2)


def test_a_member_past_the_due_day_is_overdue():
    assert training_status(ELECTED, [], date(2024, 11, 3), **TERMS).code == "overdue"
    assert training_status(ELECTED, [], date(2024, 11, 2), **TERMS).code == "due"


def test_a_month_without_the_day_ends_on_its_last_day():
    assert add_months(date(2024, 8, 31), 6) == date(2025, 2, 28)
    assert add_months(date(2023, 12, 15), 2) == date(2024, 2, 15)
