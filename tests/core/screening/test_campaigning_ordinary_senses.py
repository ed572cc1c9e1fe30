"""Threat, leverage and closed-mind words in their ordinary senses (issue 9, false alarms
of tuning34-40).

A drain outside someone's house, a friendly visit, a contract due to be let again, a
meeting that finished at eleven, a decision already taken and a head hung in shame are
not threats, leverage or a closed mind. Each test has the breach beside it.
"""

from .conftest import categories

OFFICIAL = {"account": "official"}


def test_where_something_is_outside_a_house_is_no_threat(wh):
    text = (
        "Mr Osei asked me to share this and is happy to be named. The gully outside his house "
        "has blocked four times since May."
    )
    assert "bullying" not in categories(wh, text, **OFFICIAL)
    threat = "Funny what happens to people who cross me. I'll be waiting outside his house."
    assert "bullying" in categories(wh, threat, **OFFICIAL)


def test_a_friendly_visit_is_no_threat(wh):
    text = "Ninety today and still loves visitors, so pop round and wish her many more!"
    assert "bullying" not in categories(wh, text, **OFFICIAL)


def test_a_contract_up_for_renewal_is_no_leverage(wh):
    text = "The grounds maintenance contract is up for renewal in March; I've asked for figures."
    assert "use_of_position" not in categories(wh, text, **OFFICIAL)
    leverage = "Your premises licence is up for renewal soon. Remember who sits on licensing."
    assert "use_of_position" in categories(wh, leverage, **OFFICIAL)


def test_a_meeting_that_finished_late_shows_no_closed_mind(wh):
    text = "Meeting finished at 11.15pm. Bush Hall Farm was deferred for a site visit."
    assert "predetermination" not in categories(wh, text, **OFFICIAL)


def test_a_decision_already_waved_through_shows_no_closed_mind(wh):
    text = "The planning department has waved through yet another ugly block on the High Street."
    assert "predetermination" not in categories(wh, text, **OFFICIAL)
    closed = "I'm on planning and Bush Hall Farm will be waved through, whatever the objectors say."
    assert "predetermination" in categories(wh, closed, **OFFICIAL)


def test_a_head_hung_in_shame_is_blame_not_violence(wh):
    text = "The Chief Planning Officer should be hanging his head in shame over that report."
    found = categories(wh, text, **OFFICIAL)
    assert "bullying" not in found
    assert "officer_impartiality" in found
