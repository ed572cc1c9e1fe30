"""Errors of the rules mended by class (blind z-aa and tuning 54-55, spent, issue 9),
seventh round.

1. an officer told to be ashamed of themselves, or to hang their head in shame, is shamed
   as a person, which is disrespect as well as undermining; one told to be ashamed of a
   report or a service is blamed for their work only (round six);
2. a verbless insult after a sentence with no one in it still reaches the person named the
   sentence before ("Cllr X took the money. Follow the money. What a snake."), but only a
   person named: a group or a thing two sentences back is not its target;
3. violence said of the author's own family named in the sentence before ("My brother ...
   I'll throttle him"), or words the author says are not meant ("(figuratively)"), are
   hyperbole, not a threat;
4. a resident given by title and name just before an address ("Mrs Hogan of 3 Rydal
   Drive") lives there, whatever organisation the rest of the sentence names;
5. "we know where to find you" and "don't bother showing your face in" are the "I know
   where you live" kind of pressure;
6. a first name placed where council staff work ("Gemma from the housing team", "Dave in
   parking") is an officer, on the council's list or not.

Every sentence is new; each class has a look-alike on the other side of the line. Rules
alone (``signal=None``), so the learned signal hides nothing.
"""

import pytest

from nolan.core.screening.model import Account

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "Sarah Okafor should be ashamed of herself. The depot sale is a shambles.",
        "Still no decision on Oaklands. David Lindqvist should hang his head in shame.",
    ],
)
def test_an_officer_shamed_as_a_person_is_disrespected(rules, text):
    assert {"officer_impartiality", "respect"} <= categories(rules, text)


def test_an_officer_told_to_be_ashamed_of_a_service_is_only_undermined(rules):
    found = categories(
        rules, "Sarah Okafor should be ashamed of the state of the Campus West depot."
    )
    assert "officer_impartiality" in found
    assert "respect" not in found


def test_an_insult_past_an_empty_sentence_reaches_the_person_named(rules):
    text = (
        "Cllr Pike has been taking money from the Broadwater developers. Read the accounts. "
        "What a weasel."
    )
    assert "respect" in categories(rules, text, account=Account.OFFICIAL)


def test_an_insult_past_an_empty_sentence_does_not_reach_a_group(rules):
    text = (
        "Somebody sprayed 'Travellers are rats' on the underpass wall. Painted over it this "
        "morning. Vile."
    )
    assert categories(rules, text, account=Account.OFFICIAL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "My sister has taken my hairdryer again. When she brings it back I'll strangle her.",
        "Two down at half time. I'm going to murder whoever picked this midfield (not literally).",
    ],
)
def test_hyperbole_about_family_or_said_not_to_be_meant_is_no_threat(rules, text):
    assert categories(rules, text) == set()


def test_a_threat_to_a_councillor_is_still_a_threat(rules):
    text = "Cllr Pike voted for the library cuts. I'll strangle him when I see him."
    assert "bullying" in categories(rules, text, account=Account.OFFICIAL)


def test_a_residents_address_is_theirs_whatever_else_the_sentence_names(rules):
    text = (
        "Thank you to Mrs Joan Pryor of 3 Rydal Drive, Welwyn, for reporting the burst main this "
        "morning - our team was on site within the hour!"
    )
    assert "personal_data" in categories(rules, text, account=Account.OFFICIAL)
    consented = text.replace("this morning", "(shared with her permission)")
    assert "personal_data" not in categories(rules, consented, account=Account.OFFICIAL)
    depot = "Our highways team will be at the depot at 12 Bridge Road from Monday."
    assert "personal_data" not in categories(rules, depot, account=Account.OFFICIAL)


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Pike, vote for the closure and we know where to find you.",
        "Cllr Pike, back the mast and don't bother showing your face in Welwyn again.",
    ],
)
def test_knowing_where_to_find_someone_is_intimidation(rules, text):
    assert "bullying" in categories(rules, text, account=Account.OFFICIAL)


def test_saying_where_to_find_the_member_is_not(rules):
    text = "Surgery this Saturday at Welwyn library, 10 till 12. You know where to find me."
    assert categories(rules, text, account=Account.OFFICIAL) == set()


def test_a_first_name_where_council_staff_work_is_an_officer(rules):
    text = "Typical Gemma from the housing team, lazy and useless as always."
    assert {"officer_impartiality", "respect"} <= categories(rules, text)
    assert "officer_impartiality" in categories(rules, "Honestly, Dave in parking is useless.")
    thanked = "Thanks to Gemma from the housing team for sorting the repair so quickly."
    assert categories(rules, thanked) == set()
    news = "Redundancies in the waste team were confirmed at cabinet."
    assert categories(rules, news) == set()
