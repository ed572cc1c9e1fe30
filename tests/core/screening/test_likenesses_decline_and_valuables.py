"""More of what tuning 77 and 78 found the rules missing (issue 9, kinds 2, 1 and 8; fit, not
evidence), each mended by class: a member mocked as outdone by an object or an ornament, or
for how they turned up; a place said to have declined since a group came, valuables to be
guarded where a group is named, a question left hanging for a friend; a group said never to
integrate, a faith's slur; where someone worships, known to whoever
threatens them; a hearing's outcome told before its decision notice is out. Kept clean: a
high street's decline put down to the council, pickpockets reported by the police, a
question asked for a friend, and a decision notice that is out. Every sentence is new. Rules
alone (``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("I've met more intelligent traffic cones than Cllr Dorsey.", "respect"),
        ("Cllr Dorsey turned up looking like he'd slept in a skip.", "respect"),
        (
            "Honestly, a traffic cone would have chaired planning better than Cllr Dorsey.",
            "respect",
        ),
        ("Since the Polish families arrived the estate's gone downhill.", "discrimination"),
        ("A Romanian family's moved onto Ridgeway. Keep your purse zipped.", "discrimination"),
        ("Half the blue badges on Hatfield Road belong to scroungers.", "discrimination"),
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
        "The high street has gone downhill since the council cut the market budget.",
        "Keep your purse zipped on Hatfield market: pickpockets about, say police.",
        "Asking for a friend: when do the garden waste permits go on sale?",
        "The decision notice on the Campus West sale is published today: the buyer is "
        "Brookfield Homes.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()
