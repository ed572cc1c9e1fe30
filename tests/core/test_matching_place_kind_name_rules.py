"""A name of only a place's words and kind words, written in full: "Garden City Motors",
its place a part of a town's name ("Welwyn Garden City") and its other word a trade that
alone is anyone's. Each word alone says nothing, but the whole name written with capitals
is the firm, as "Hatfield Cycles" is. Not written in lower case, after the rest of its
town's name (another firm named after the whole town), nor going on with another kind."""

import pytest
from matching_cases import WELWYN_HATFIELD, reasons

from nolan.core.matching.model import Reason

GARAGE = {
    "places": WELWYN_HATFIELD,
    "names": ["Garden City Motors"],
    "details": "Sponsorship: £300 towards election expenses from Garden City Motors.",
}


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Taxi and MOT testing station approval: Garden City Motors", "Two new lanes."),
        ("Fleet servicing contract", "Award to Garden City Motors of Broadwater Road."),
    ],
)
def test_the_whole_name_written_as_a_name_is_the_firm(title, description):
    assert Reason.NAME in reasons(title, description, **GARAGE)


@pytest.mark.parametrize(
    ("title", "description"),
    [
        # Another firm, named after the whole town.
        ("Fleet servicing contract", "Award to Welwyn Garden City Motors Ltd."),
        # The town's motors, in lower case.
        ("Air quality", "Fewer garden city motors idling near schools."),
        # Another kind of body going on from the name.
        ("Garden City Motors Club: rally on the campus", "Road closure."),
        # The place alone.
        ("Garden City centenary", "Events across the town."),
    ],
)
def test_in_lower_case_after_the_town_or_going_on_with_a_kind_it_is_not(title, description):
    assert reasons(title, description, **GARAGE) == set()
