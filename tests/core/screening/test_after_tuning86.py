"""False alarms of the rules in tuning 86 (scored once, then studied: fit, not evidence),
each mended by class: what a member can make sure of for someone ("I can make sure your
extension sails through") is leverage, making sure the form is right is help; a member's
party politics left at home is no use of council resources. Every sentence is new. Rules alone
(``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("I'm on planning, so I can make sure your extension sails through.", "use_of_position"),
        (
            "My nephew's firm tendered, and I can make sure they get looked at first.",
            "use_of_position",
        ),
        (
            "I can make sure the licence renewal goes smoothly if you back the party.",
            "use_of_position",
        ),
        ("As licensing chair I can make sure your pub gets its late licence.", "use_of_position"),
    ],
)
def test_these_are_found(rules, text, category):
    assert category in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Can't move anyone up the housing list, but I can make sure the form is right first time.",
        "I can make sure it goes to the right team in the morning.",
        "I can make sure they get the help they need from adult social care.",
        "Surgery in the library, booked via members' services. Leave the party politics at home.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()
