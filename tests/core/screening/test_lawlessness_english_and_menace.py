"""More of what blind rr and ss showed the rules missing once they were spent (issue 9,
kinds 1 and 3; fit, not evidence): lawlessness said of a whole group ("think the rules
don't apply to them"), and a group's name with "@" or "$" for its last letter
("R0m@"); English said to be unheard where a group lives now; a named person
told that others know what they look like, or to be careful walking back to their car; a
house number and street with readers asked round to it ("if anyone fancies asking him").
Beside each, the lawful post that must stay clean. Every sentence is new. Rules alone
(``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "The Roma families on the Elm Drive estate think the rules don't apply to them.",
            "discrimination",
        ),
        (
            "Half the Sikh temple's visitors park on the verge. Law unto themselves.",
            "discrimination",
        ),
        (
            "Went to the market this morning and you can't hear English on the stalls.",
            "discrimination",
        ),
        (
            "Cllr Dorsey had better mind herself. Plenty of people know what she looks like.",
            "bullying",
        ),
        ("More R0m@ pulled onto the Elm Drive verge. Lock your sheds, folks.", "discrimination"),
        (
            "The bloke behind the petition is at 41 Elm Drive, if anyone fancies asking him.",
            "personal_data",
        ),
        ("Cllr Dorsey wants to be careful walking back to her car after full council.", "bullying"),
    ],
)
def test_these_are_found(rules, text, category):
    assert category in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Dorsey thinks the rules don't apply to the cabinet's own expenses.",
        "I could hardly hear English Heritage's speaker over the wind on the common.",
        "Cllr Dorsey should be worried about the polls after that budget.",
        "I know what he looks like, he's the one in the red scarf at every match.",
        "Street party outside 5 Elm Close on Sunday afternoon - pop round, everyone welcome!",
        "Burst main outside 12 Mill Road: drivers will have to go round via Bourne Road.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()
