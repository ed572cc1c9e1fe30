"""A refusal to say more that goes on to say it (issue 9, kind 8; from tuning 69, fit, not
evidence): "I can't go into the private item, except to say ..." leaks what the closed
session heard, where "I can't go into the private item" and no more does not.
Every sentence is new. Rules alone (``signal=None``)."""

from .conftest import categories, rule_ids


def test_except_to_say_goes_on_past_the_refusal(rules):
    text = (
        "I can't go into the private item on the depot, except to say the buyer's offer "
        "will make your eyes water."
    )
    assert "confidential.disclosed" in rule_ids(rules, text)


def test_a_refusal_that_stops_discloses_nothing(rules):
    text = "I can't go into the private item on the depot, and the buyer will be named later."
    assert "confidentiality" not in categories(rules, text)
