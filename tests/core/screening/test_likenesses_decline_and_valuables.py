"""More of what tuning 77 and 78 found the rules missing (issue 9, kinds 2, 1 and 8; fit, not
evidence), each mended by class: a member mocked as outdone by an object or an ornament; a
question about a group left hanging for a friend; a group said never to integrate, a
faith's slur; where someone worships, known to whoever threatens them; a hearing's outcome
told before its decision notice is out. Kept clean: the same words where no group, threat or
secret is in them. Every sentence is new. Rules alone (``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("I've met more intelligent traffic cones than Cllr Dorsey.", "respect"),
        (
            "Honestly, a traffic cone would have chaired planning better than Cllr Dorsey.",
            "respect",
        ),
        (
            "Why is it always the Somali families who get the new flats first? Asking for a "
            "friend.",
            "discrimination",
        ),
        ("Somali families on the estate never integrate.", "discrimination"),
        ("Cow worshippers want another temple now.", "discrimination"),
        ("Keep talking about racism, Cllr Khan. We know which mosque you go to.", "bullying"),
        (
            "Standards finding against a certain member upheld at the private hearing today. "
            "Decision notice isn't out yet.",
            "confidentiality",
        ),
    ],
)
def test_these_are_found(rules, text, category):
    assert category in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Asking for a friend: is the Diwali festival on Saturday or Sunday?",
        "The new bus app doesn't integrate with the county's timetable, so I've complained.",
        "Cllr Dorsey, which mosque you go to is nobody's business but yours.",
        "Standards finding against a certain member upheld at the hearing today. Decision "
        "notice to follow, published in the usual way.",
        "The decision notice on the Campus West sale is published today: the buyer is "
        "Brookfield Homes.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()
