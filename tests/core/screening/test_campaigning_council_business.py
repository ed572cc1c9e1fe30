"""Council business read as campaigning (issue 9, false alarms of tuning34-40).

A member's vote in the chamber is not an election, a room or a printer used for the
council's own work is not a council resource turned to party ends, and a suspicion put to
the Monitoring Officer is a report, not a use. Each test has the breach beside it, so the
mend is not a blanket pass.
"""

import pytest

from .conftest import categories

OFFICIAL = {"account": "official"}
PERSONAL = {"account": "personal"}


@pytest.mark.parametrize(
    "text",
    [
        # The member's own vote on the council's budget asks no one for a vote.
        "THERE IS NO WAY I WILL VOTE FOR A BUDGET THAT SHUTS TWO LIBRARIES.",
        "Count me out: I won't vote for the Labour group's budget amendment tomorrow night.",
    ],
)
def test_a_vote_on_the_councils_business_is_not_election_material(bexley, text):
    assert "election" not in categories(bexley, text, **PERSONAL)


def test_a_request_for_votes_still_needs_an_imprint(bexley):
    assert "election" in categories(bexley, "Vote for me on 6 May!", **PERSONAL)


@pytest.mark.parametrize(
    "text",
    [
        # Speaking in the chamber is council business, whatever party it criticises.
        "Labour's parking cuts are a mistake, and I will speak against them in the chamber "
        "tonight.",
        # A party's polling-day committee room is the party's, not the council's.
        "Polling day tomorrow: our Labour committee room at 12 Station Road opens at 7am for "
        "tellers.",
        # Leaflets of the council's own consultation are council work.
        "Yes, I used the council printer: for the council's own library consultation leaflets, "
        "which I'm handing out on Saturday.",
        # A suspicion put to the Monitoring Officer is reported, not done.
        "I've reported it to the Monitoring Officer: council stationery may have been used for "
        "a party mailshot in Brampton.",
        # A room booked for a residents' meeting, with party colours turned away.
        "I've booked the council offices for a residents' meeting on the bypass, 7pm Monday. "
        "No party rosettes at the door, please.",
    ],
)
def test_council_resources_kept_to_council_work_are_not_flagged(bexley, text):
    assert "council_resources" not in categories(bexley, text, **OFFICIAL)


@pytest.mark.parametrize(
    "text",
    [
        "Used the council chamber for our Labour branch AGM last night, saved a fortune.",
        "Ran off our campaign leaflets on the council printer this morning.",
    ],
)
def test_council_resources_used_for_the_party_are_still_flagged(bexley, text):
    assert "council_resources" in categories(bexley, text, **OFFICIAL)
