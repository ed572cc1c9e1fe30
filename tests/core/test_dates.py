"""Dates and times in the GOV.UK style, the one format every page and e-mail uses."""

import datetime as dt

import pytest

from nolan.core.dates import UK, date_fault, date_time, long_date, time_of_day


def test_a_date_has_no_leading_zero_and_its_month_in_full():
    assert long_date(dt.date(2026, 12, 1)) == "1 December 2026"
    assert long_date(dt.date(2026, 5, 9)) == "9 May 2026"


@pytest.mark.parametrize(
    ("hour", "minute", "shown"),
    [
        (19, 30, "7:30pm"),
        (10, 0, "10am"),
        (9, 5, "9:05am"),
        (12, 0, "midday"),
        (0, 0, "midnight"),
        (12, 30, "12:30pm"),
        (0, 15, "12:15am"),
    ],
)
def test_a_time_is_twelve_hour_without_needless_minutes(hour, minute, shown):
    assert time_of_day(dt.time(hour, minute)) == shown


def test_a_moment_is_read_in_uk_time_whatever_zone_it_comes_in():
    summer_evening = dt.datetime(2026, 6, 30, 23, 30, tzinfo=dt.UTC)
    assert date_time(summer_evening) == "1 July 2026 at 12:30am"
    assert long_date(summer_evening) == "1 July 2026"
    assert date_time(dt.datetime(2026, 12, 1, 19, 30, tzinfo=UK)) == "1 December 2026 at 7:30pm"


@pytest.mark.parametrize(
    ("typed", "code", "boxes"),
    [
        (("1", "", "2025"), "incomplete-date", (1,)),
        (("", "", "2025"), "incomplete-date", (0, 1)),
        (("31", "2", "2025"), "bad-date", (0,)),
        (("1", "March", "2025"), "bad-date", (1,)),
        (("32", "13", "2025"), "bad-date", (0, 1, 2)),
        (("1", "3", "25"), "bad-date", (2,)),
    ],
)
def test_a_date_typed_in_boxes_names_what_is_wrong_and_where(typed, code, boxes):
    fault = date_fault(typed)
    assert fault is not None
    assert (fault.code, fault.boxes) == (code, boxes)


def test_a_real_date_or_nothing_typed_is_no_fault_of_the_boxes():
    assert date_fault((" 29 ", "02", "2028")) is None
    assert date_fault(("", "", "")) is None


def test_a_date_fault_is_a_sentence_naming_the_date():
    fault = date_fault(("1", "", "2025"))
    assert fault is not None
    assert fault.message("the date of the decision") == (
        "The date of the decision must include a month"
    )
