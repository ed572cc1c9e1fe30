"""The complaint clock: England's working days, council timescales, stopped while suspended."""

from datetime import date

import pytest

from nolan.core.complaints import Pause, Stage, Timescales, case_age, stage_clock
from nolan.core.complaints.clock import due_date, out_of_order
from nolan.core.deadlines import DeadlineError

DEFAULTS = Timescales()


def test_the_defaults_are_the_documented_ones():
    assert [DEFAULTS.days(s) for s in Stage] == [5, 10, 20, 60, 10, 30, 5]


def test_acknowledgement_skips_the_weekend():
    # Received Thursday 6 March 2025: five working days on is Thursday 13 March.
    assert due_date(date(2025, 3, 6), DEFAULTS.acknowledge) == date(2025, 3, 13)


def test_bank_holidays_in_england_do_not_count():
    # Received Tuesday 23 December 2025: Christmas, Boxing Day and New Year's Day are out.
    assert due_date(date(2025, 12, 23), 5) == date(2026, 1, 2)


def test_a_closed_pause_moves_the_due_date_by_its_working_days():
    start = date(2025, 3, 3)  # a Monday
    plain = due_date(start, 10)
    paused = due_date(start, 10, [Pause(date(2025, 3, 5), date(2025, 3, 11))])  # 5 working days
    assert plain == date(2025, 3, 17)
    assert paused == date(2025, 3, 24)


def test_an_open_pause_stops_the_clock():
    assert due_date(date(2025, 3, 3), 10, [Pause(date(2025, 3, 5))]) is None
    clock = stage_clock(
        Stage.ASSESS, date(2025, 3, 3), date(2025, 9, 1), DEFAULTS, [Pause(date(2025, 3, 5))]
    )
    assert (clock.code, clock.overdue, clock.due) == ("stopped", False, None)


def test_a_stage_is_overdue_after_its_due_day_and_says_by_how_many_working_days():
    clock = stage_clock(Stage.ACKNOWLEDGE, date(2025, 3, 6), date(2025, 3, 17), DEFAULTS)
    assert (clock.code, clock.due, clock.days_left) == ("overdue", date(2025, 3, 13), -2)


def test_the_due_day_itself_is_in_time():
    clock = stage_clock(Stage.ACKNOWLEDGE, date(2025, 3, 6), date(2025, 3, 13), DEFAULTS)
    assert (clock.code, clock.days_left) == ("due", 0)


def test_a_council_sets_its_own_timescales():
    quick = Timescales(acknowledge=2)
    clock = stage_clock(Stage.ACKNOWLEDGE, date(2025, 3, 6), date(2025, 3, 11), quick)
    assert clock.overdue and clock.due == date(2025, 3, 10)


@pytest.mark.parametrize("days", [0, -1, 251])
def test_a_timescale_outside_reason_is_refused(days):
    with pytest.raises(DeadlineError) as raised:
        Timescales(hear=days)
    assert raised.value.code == "timescale-out-of-range"


def test_a_cases_age_leaves_out_suspended_working_days():
    received = date(2025, 3, 3)
    today = date(2025, 3, 31)
    assert case_age(received, today) == 20
    assert case_age(received, today, [Pause(date(2025, 3, 10), date(2025, 3, 14))]) == 15
    assert case_age(received, today, [Pause(date(2025, 3, 24))]) == 14  # 24-28 and 31 out


def test_counting_across_years_and_pauses_agrees_with_counting_day_by_day():
    from datetime import timedelta

    from nolan.core.complaints.clock import counted_days
    from nolan.core.deadlines import is_working_day

    def by_day(start, end, pauses):
        days = (start + timedelta(days=n) for n in range(1, (end - start).days + 1))
        return sum(
            is_working_day(d)
            and not any(p.start <= d and (p.end is None or d <= p.end) for p in pauses)
            for d in days
        )

    pauses = [Pause(date(2025, 12, 20), date(2026, 1, 6)), Pause(date(2026, 3, 2))]
    for start, end in [
        (date(2025, 3, 3), date(2026, 6, 1)),
        (date(2025, 12, 24), date(2026, 1, 2)),
        (date(2026, 1, 1), date(2026, 1, 1)),
        (date(2026, 5, 1), date(2026, 3, 1)),
        (date(2023, 6, 30), date(2027, 1, 4)),
    ]:
        for held in ([], pauses[:1], pauses):
            assert counted_days(start, end, held) == by_day(start, end, held), (start, end, held)


def test_timescales_counted_from_receipt_keep_the_workflows_order():
    assert out_of_order(DEFAULTS) is None
    assert out_of_order(Timescales(acknowledge=10, notify_member=10, assess=11)) is None
    assert out_of_order(Timescales(acknowledge=30, notify_member=10, assess=40))[0] == (
        Stage.NOTIFY_MEMBER
    )
    assert out_of_order(Timescales(notify_member=20, assess=20))[0] == Stage.ASSESS
