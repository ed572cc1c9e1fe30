"""What tuning 75 showed the rules missing (issue 9, confidentiality; fit, not evidence):
what an officer or a colleague told members privately or in confidence, passed on with
what is to happen, is a leak; the same words about a private conversation that discloses
nothing are not. Every sentence is new. Rules alone (``signal=None``)."""

from .conftest import categories


def test_what_members_were_told_in_confidence_and_passed_on_is_a_leak(rules):
    text = "The finance director told me privately that the leisure centre will close."
    assert "confidentiality" in categories(rules, text)


def test_a_private_word_that_discloses_nothing_is_no_leak(rules):
    text = "The finance director told me privately he enjoyed the Elm Drive fun day."
    assert "confidentiality" not in categories(rules, text)
