"""A member's registration duties, on plain values (``nolan.core.duties``).

Each council's own periods (Appendix B's registration and change paragraphs, seeds 000 and
001); the annual confirmation is Nolan's practice (issue 3).
"""

from datetime import date, timedelta

import pytest

from nolan.core import duties
from nolan.core.codes import load_code
from nolan.core.duties import Record, Term

ELECTED = Term("elected", date(2024, 5, 2))


def owed(record, today, slug="bexley", adopted=None):
    found = duties.duties(load_code(slug).parameters, adopted, record, today)
    return [(d.code, d.due, d.state.code) for d in found]


def test_a_new_councillor_owes_an_initial_registration_28_days_after_election():
    assert owed(Record([ELECTED]), date(2024, 5, 20)) == [
        ("initial-registration", date(2024, 5, 30), "due")
    ]
    assert owed(Record([ELECTED]), date(2024, 6, 1))[0][2] == "overdue"


def test_a_registered_interest_discharges_it_and_starts_the_annual_clock():
    record = Record([ELECTED], registered=[date(2024, 5, 20)])
    assert owed(record, date(2024, 6, 1)) == [("annual-confirmation", date(2025, 5, 30), "due")]


def test_a_nil_return_discharges_it_and_the_annual_clock_runs_from_the_return():
    record = Record([ELECTED], confirmations=[(date(2024, 6, 10), True)])
    assert owed(record, date(2024, 6, 10)) == [("annual-confirmation", date(2025, 6, 10), "due")]


def test_a_confirmation_that_is_not_a_nil_return_does_not_discharge_the_initial_registration():
    record = Record([ELECTED], confirmations=[(date(2024, 5, 10), False)])
    assert [code for code, *_ in owed(record, date(2024, 5, 20))] == [
        "initial-registration",
        "annual-confirmation",
    ]


def test_what_was_done_in_an_earlier_term_does_not_count_in_a_new_one():
    later = Term("re-elected", date(2028, 5, 4))
    record = Record(
        [Term("elected", date(2024, 5, 2), date(2028, 5, 3)), later], [], [date(2024, 5, 20)]
    )
    assert owed(record, date(2028, 5, 10)) == [("initial-registration", date(2028, 6, 1), "due")]


def test_a_member_out_of_office_owes_nothing():
    ended = Term("elected", date(2020, 5, 7), date(2024, 5, 1))
    assert owed(Record([ended]), date(2024, 6, 1)) == []


@pytest.mark.parametrize(
    ("slug", "due"),
    [
        # WH Appendix B para 1: 28 days from adoption or election, "where that is later".
        ("welwyn-hatfield", date(2024, 7, 29)),
        # Bexley's registration paragraph runs from becoming a member only.
        ("bexley", date(2024, 5, 30)),
    ],
)
def test_the_initial_deadline_runs_from_adoption_only_where_the_code_says_so(slug, due):
    parameters = load_code(slug).parameters
    assert duties.initial_registration_due(parameters, date(2024, 7, 1), [ELECTED], ELECTED) == due


def test_an_interest_held_when_the_term_began_is_due_with_the_initial_registration():
    parameters = load_code("bexley").parameters
    held = duties.interest_due(parameters, None, [ELECTED], ELECTED, date(2024, 4, 1))
    assert held == date(2024, 5, 30)


def test_a_later_interest_is_due_within_the_change_period():
    parameters = load_code("bexley").parameters
    later = duties.interest_due(parameters, None, [ELECTED], ELECTED, date(2024, 9, 1))
    assert later == date(2024, 9, 1) + timedelta(days=parameters.change_notification_days)


def test_the_term_in_force_is_the_latest_to_have_started():
    first = Term("elected", date(2020, 5, 7))
    second = Term("re-elected", date(2024, 5, 2))
    assert duties.term_on([first, second], date(2024, 6, 1)) == second
    assert duties.term_on([first, second], date(2020, 5, 6)) is None
