"""Misses and false alarms of the rules in tuning 91 and 92 (each scored once, then studied:
fit, not evidence), each mended by class. A first name after "my neighbour" or "my friend"
is a person even when it is also a word ("Rose", "Sandra"), so her health is her personal
data; "he" stands for one person, not for "ward members" named between; a business's own
staff ("the Crown's manager") are not the council's officers; a negative attribute after a
characteristic names a group ("foreign scroungers"); a person called by name and a comma
("Sarah Okafor, this is on you") is the "you" that follows; a named person's "personal
mobile" is private; the author's own health is theirs to give. Tagging someone online is
not an electronic tag; "remember this department" is not "remember this."; an interest to be
declared, with nothing to do with the decision, is declared.
Every sentence is new. Rules alone (``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Lovely to see my neighbour Rose at the coffee morning. She's on the waiting list "
            "for a hip replacement and living alone since her stroke.",
            "personal_data",
        ),
        (
            "Big thanks to my friend Sandra for the raffle prizes, even though she's halfway "
            "through her chemo.",
            "personal_data",
        ),
        (
            "Your Head of Property told ward members the leases were sorted. Either she was "
            "misinformed or she isn't up to the job.",
            "officer_impartiality",
        ),
        ("The flats on Station Road are full of foreign scroungers.", "discrimination"),
        (
            "Sarah Okafor, this is on you. You've got a week to fix the leases. Tick tock.",
            "officer_impartiality",
        ),
        (
            "Ring the office if you like, but Sarah Okafor's personal mobile is 07700 900321.",
            "personal_data",
        ),
    ],
)
def test_these_are_found(rules, text, category):
    assert category in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Lovely to see my neighbour Rose at the coffee morning. She made the best scones.",
        "Spoke to the Crown's manager about the bins. He has sat on it for weeks.",
        "Foreign students make Hatfield a livelier place.",
        "Sarah Okafor, thank you. You sorted the lease in a week.",
        "Gordon, I'll tag you in the photos from the litter pick once they're up.",
        "Some of us remember this department before the merger, and it was slower.",
        "For transparency: my brother's garage has applied for a licence. I'll declare it and "
        "have nothing to do with the decision.",
        "I was diagnosed autistic at 34. The autism parents' group at Hatfield library is great.",
        "I can't tell you what was said in the private session. The decision will be published "
        "on Friday and I'll share it then.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()
