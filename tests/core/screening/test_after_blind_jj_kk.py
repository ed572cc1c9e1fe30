"""False alarms of the rules in blind jj and kk after they were scored (issue 9; fit, not
evidence: the sets are spent), each mended by an ordinary sense:

1. a sea wall's "dyke" is a flood defence;
2. things "back where they started" are no people sent back where they came from;
3. a council email or address given for casework is no council resource used for a party;
4. planting that "looks gorgeous" is no remark about the officer thanked for it.

Every sentence is new. Rules alone (``signal=None``).
"""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "Walked the sea wall at Bradwell early this morning after the storms. The dyke's "
        "looking solid.",
        "Another U-turn on bus funding. At this rate they'll be back where they started by spring.",
        "Our group will keep raising the damp in Howlands at full council. Casework as usual: "
        "my council email is on my profile.",
        "Thanks to Tom Reeve and the parks crew for the new beds by the bandstand. The planting "
        "looks gorgeous.",
    ],
)
def test_these_ordinary_senses_are_clean(rules, text):
    assert categories(rules, text) == set()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The new man from housing can go back where he came from.", "discrimination"),
        (
            "Want a Green Party poster for your window? Email me at my council address and I'll "
            "drop one round.",
            "council_resources",
        ),
    ],
)
def test_the_same_words_still_count_in_their_other_sense(rules, text, category):
    assert category in categories(rules, text)
