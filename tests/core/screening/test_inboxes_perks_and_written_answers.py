"""What tuning 79 found the rules missing (issue 9, kinds 5, 6 and 8; fit, not evidence),
each mended by class: residents who wrote to the member's council inbox canvassed on the
doors; a board seat that pays in free passes; an outcome "already written" before the
hearing; jobs to go, with "I wish I could say more"; a group said to want a place for
"their own sort"; a member outdone in thought by sheep. Kept clean: thanks to residents
who wrote in, canvassing about a policy, and "I wish I could say more" about a date not
yet fixed. Every sentence is new. Rules alone (``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Out on the doors in Welham Green today, working through the residents who emailed "
            "my council inbox about fly-tipping this year.",
            "council_resources",
        ),
        (
            "Thanks to the leisure trust for the comp family pass. Pays to be on the board that "
            "signs off their budget!",
            "use_of_position",
        ),
        (
            "Sat on licensing long enough to know how the Red Lion variation ends. The answer's "
            "already written.",
            "predetermination",
        ),
        (
            "A dozen of the depot crews should start looking at the jobs pages now. I wish I "
            "could say more.",
            "confidentiality",
        ),
        (
            "Residents asked whether the new prayer centre will be for everyone or just for "
            "their own sort. Good question, I told them.",
            "discrimination",
        ),
        ("I've met sheep with more independent thought than Cllr Lorraine Fenn.", "respect"),
    ],
)
def test_these_are_found(rules, text, category):
    assert category in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Thank you to everyone who emailed my council inbox about the potholes on Pump Lane; "
        "all reported.",
        "Great to be out on the doors in Welham Green today talking to residents about the bus "
        "cuts.",
        "I wish I could say more about the Christmas lights, but the switch-on date is still "
        "being fixed.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()
