"""What tuning 75 and the spent blind sets showed the rules missing (issue 9,
confidentiality and personal data; fit, not evidence): what an officer or a colleague told
members privately or in confidence, passed on with what is to happen, is a leak, where the
same words about a private conversation that discloses nothing are not; and a named
resident's time off sick ("off sick with stress") is their health. Every sentence is new.
Rules alone (``signal=None``)."""

from .conftest import categories


def test_what_members_were_told_in_confidence_and_passed_on_is_a_leak(rules):
    text = "The finance director told me privately that the leisure centre will close."
    assert "confidentiality" in categories(rules, text)


def test_a_private_word_that_discloses_nothing_is_no_leak(rules):
    text = "The finance director told me privately he enjoyed the Elm Drive fun day."
    assert "confidentiality" not in categories(rules, text)


def test_a_residents_time_off_sick_told_by_name_is_personal_data(rules):
    text = "Mr Dale Fisher of Elm Drive is off sick with stress but never misses the pub quiz."
    assert "personal_data" in categories(rules, text)
