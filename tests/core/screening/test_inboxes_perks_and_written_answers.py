"""What tuning 79 found the rules missing (issue 9, kinds 5, 6 and 8; fit, not evidence),
each mended by class: residents who wrote to the member's council inbox canvassed on the
doors; an outcome "already written" before the hearing; a group said to want a place for
"their own sort". Kept clean: thanks to residents who wrote in, and canvassing about a
policy. Every sentence is new. Rules alone (``signal=None``)."""

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
            "Sat on licensing long enough to know how the Red Lion variation ends. The answer's "
            "already written.",
            "predetermination",
        ),
        (
            "Residents asked whether the new prayer centre will be for everyone or just for "
            "their own sort. Good question, I told them.",
            "discrimination",
        ),
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
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()
