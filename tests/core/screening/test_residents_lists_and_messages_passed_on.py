"""What tuning 69 found the rules missing (issue 9, kinds 6 and 9; fit, not evidence): the
lists the council keeps of residents by what they asked, owed or said, turned to party work
(council resources and the residents' personal data, as the settled brief labels them; sets
written before it label the first only); and a resident's private message passed on word
for word, whose "I live at" is the resident's address, not the member's. Beside each, the
lawful post that must stay clean, with a denial in text-speak and a member standing aside.
Every sentence is new. Rules alone (``signal=None``)."""

import pytest

from .conftest import categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "Got the council tax arrears list for Haldens from revenues. Our canvassers will love it.",
        "I've put everyone I helped with casework since 2024 on our party newsletter list.",
        "Asked the hub for its referral list so our activists can knock on those doors.",
    ],
)
def test_residents_lists_turned_to_party_work(rules, text):
    assert "resources.residents_data" in rule_ids(rules, text)
    assert categories(rules, text) >= {"council_resources", "personal_data"}


def test_a_residents_message_passed_on_publishes_their_address(rules):
    text = 'A resident emailed me: "I live at 9 Moors Walk and I am on universal credit." Shocking.'
    assert "personal.home_address" in rule_ids(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Our ward newsletter, paid for by the local party, goes to every door in Haldens.",
        "The council's referral list for the food bank is confidential and rightly so.",
        'A resident emailed me: "Thank you for fixing the light on Moors Walk." Lovely.',
        "My surgery is at 9 Moors Walk every Saturday; email me if you can't make it.",
        "street whatsapp group is opt in, msg me to join. nothin to do with council data",
        # A member who stands aside from their own application uses no position.
        "My extension goes to committee because I'm a councillor; I will not take part in it.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()
