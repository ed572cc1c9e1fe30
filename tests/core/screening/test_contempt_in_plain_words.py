"""Contempt in plain words (issue 9, kind 2): a group called criminals by what they are
said to do ("on the fiddle", "nick the lead"), one of a group named by a characteristic and a
single person ("every Polish lad"), a negated positive ("never any good at"), and insults
with no rude word ("a two-faced shyster"). Written from the definitions, before tuning set
64 was read. Rules alone (``signal=None``)."""

import pytest

from .conftest import categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "Let's be straight: the Bulgarians round the back of Station Road are all on the fiddle.",
        "Travellers pitched up by the Common, and now the sheds on the allotments are being "
        "robbed every week. They steal anything that isn't bolted down.",
        "Honestly, Albanians nicking anything that isn't nailed down is just how it is now.",
    ],
)
def test_a_group_called_criminals_by_what_they_do_is_discrimination(rules, text):
    assert "crime.group" in rule_ids(rules, text)
    assert "discrimination" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        # the victims of a crime are not its authors
        "A roofer from out of town ripped off three pensioners in Great Baddow last week. "
        "Crooks like that should be named and shamed.",
        # one person beside the group they robbed
        "The fraudster is a fraudster, and plenty of Somali families in Erith lost money "
        "to him. Please don't blame a whole community.",
        # counter-speech: the stereotype quoted to reject it
        'Someone wrote "Romanians are all on the fiddle" under my post. They are not, and '
        "that comment is disgusting.",
    ],
)
def test_crime_beside_a_group_that_did_not_do_it_is_no_stereotype(rules, text):
    assert "crime.group" not in rule_ids(rules, text)


def test_one_person_of_a_group_named_by_a_characteristic_is_the_group(rules):
    text = "I swear I will batter every Polish lad I see on the high street."
    assert {"bullying", "discrimination"} & categories(rules, text)
    assert "threat.group" in rule_ids(rules, text)


def test_a_negated_positive_about_a_group_is_a_negative_attribute(rules):
    assert "attribute.group" in rule_ids(rules, "Disabled people are never any good at sport.")


def test_a_threat_to_anyone_of_a_group_reaches_past_who_they_are(rules):
    """The group opens the clause after "any" or "every", so is what a threat at its end is
    aimed at, however long the clause that says which of them."""
    text = "Any Sikh who turns up at my ward surgery on Saturday will get a slap."
    assert "threat.group" in rule_ids(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Mercer is a two-faced shyster and everyone on the estate knows it.",
        "Terry Hanlon is a slum lord, plain and simple.",
    ],
)
def test_insults_without_rude_words_are_disrespect(rules, text):
    assert "respect" in categories(rules, text)
