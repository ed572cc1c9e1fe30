"""Tuning 104's misses, mended by class (fit, not evidence): ridicule in stock comparisons
("as much use as a chocolate fireguard", sat through every meeting "and understood none of
them"); a long memory held over a named officer, with
friends behind it; a disability doubted ("disabled my foot"); women told to stay in where a
group is named; shop signs counted that one can still read, and a town renamed as a Muslim
country ("Hatfieldistan"); a closed mind as the refusal drafted before the hearing; a secret
introduced as what others "won't tell you". The same words said of a plan, of oneself, of
a real country, or of what the council has published are clean. Every sentence is new.
Rules alone (``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Cllr Dunne, our new portfolio holder: about as much use as a chocolate fireguard.",
            "respect",
        ),
        (
            "Cllr Raine has sat on every committee since 2015 and understood none of them.",
            "respect",
        ),
        (
            "A word to David Lindqvist before his report goes in: I have a long memory. So do my "
            "friends.",
            "bullying",
        ),
        (
            "Blue badge for a man who jogs round Stanborough every morning. Disabled my foot.",
            "discrimination",
        ),
        (
            "The hotel on the bypass is full of young men nobody knows anything about. Keep your "
            "daughters in after dark.",
            "discrimination",
        ),
        ("Walk down Town Centre and count the shop signs you can actually read.", "discrimination"),
        ("Another prayer room opening. Welcome to Hatfieldistan.", "discrimination"),
        (
            "On the planning committee for Bush Hall Farm next month and I could write the "
            "refusal notice tonight.",
            "predetermination",
        ),
        (
            "Bush Hall Farm comes to my committee in December. Nothing the developer says will "
            "change my mind.",
            "predetermination",
        ),
        (
            "What the administration won't tell you: Brookfield Homes are buying the depot.",
            "confidentiality",
        ),
    ],
)
def test_the_breach_is_found(rules, text, category):
    assert category in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        # A plan, and the author's own failing.
        "The new parking policy is about as much use as a chocolate fireguard.",
        "I sat through the budget briefing and understood none of it, my fault not theirs.",
        # Memory for good service; a real country.
        "I have a long memory for good service: thank you, David Lindqvist.",
        "Back from Pakistan last week, lovely to see the family.",
        # The author declines; the council published it.
        "I won't tell you who the buyer of the depot is. It's exempt until cabinet decides.",
        "Now public 👇\n\nShared from the council: 'The depot is sold to Brookfield Homes.'",
        # A name, a girls' league, road signs, the officers' refusal notice after the
        # decision, a refusal the author shares.
        "Thanks to Tristan for organising the litter pick on Saturday.",
        "Keep your daughters in football: the girls' league at Stanborough needs players.",
        "New road signs you can actually read at last, well done highways.",
        "Committee refused Bush Hall Farm last night; officers will write the refusal notice "
        "this week.",
        "Is Brookfield Homes buying the depot? The leader won't comment and nor will I, it's "
        "exempt.",
    ],
)
def test_the_same_words_elsewhere_are_clean(rules, text):
    assert not categories(rules, text)
