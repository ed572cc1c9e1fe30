"""Misses of round thirty-two's blind sets, zm and zn (scored once, then studied: fit, not
evidence), mended by class. Every sentence is new. Rules alone (``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        # The author going back to the officers, not telling anyone to go back.
        "@welwynmum Chased the bins team twice today. If nothing comes Thursday, I'll go back "
        "to them again.",
        # An aid named at the owner's own request.
        "Posting because Arthur asked me to, and he's fine with his name going out: Arthur "
        "Bell lost his hearing aid on the 320 bus this morning. Please hand it in at Campus "
        "East.",
        # The dish, from a grandmother's cookbook.
        "Sunday in the kitchen: Gran's faggots from her handwritten cookbook. Liver, sage, onions.",
    ],
)
def test_the_same_words_in_their_everyday_sense_are_clean(rules, text):
    assert not categories(rules, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Go back to Poland, the lot of you.", "discrimination"),
        ("She should go home, nobody wants her here.", "discrimination"),
        (
            "Arthur Bell, the old boy with the hearing aid, couldn't hear a word at scrutiny.",
            "discrimination",
        ),
    ],
)
def test_the_words_said_to_or_of_someone_are_still_found(rules, text, category):
    assert category in categories(rules, text)


def test_pressure_on_an_officer_with_a_threat_is_intimidation(rules):
    text = (
        "David Lindqvist, rewrite the Bush Hall Farm recommendation by Friday or I'll be naming "
        "you at every ward meeting."
    )
    assert {"bullying", "officer_impartiality"} <= categories(rules, text)
    # Without the threat it is pressure, not intimidation.
    pressed = "David Lindqvist, rewrite the Bush Hall Farm recommendation by Friday."
    assert "bullying" not in categories(rules, pressed)


def test_readers_urged_to_ring_an_officer_at_home_set_upon_them(rules):
    text = (
        "Not getting anywhere with the switchboard? Sarah Okafor's personal mobile is 07700 "
        "900111. Ring her at home tonight and keep ringing."
    )
    assert {"bullying", "officer_impartiality", "personal_data"} <= categories(rules, text)
    # A family that keeps ringing the author is no one set upon.
    rang = "The family at 22 Lesney Park Road who keep ringing me about the damp move next month."
    assert "bullying" not in categories(rules, rang)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # Praise as to a child; figures too much for a woman; breathing checked for at 80.
        (
            "Cllr Okafor did ever so well with all those big numbers at budget council. Next "
            "year: joined-up writing.",
            "respect",
        ),
        ("Finance is a lot for a lady to take in, so well done Cllr Dunne.", "discrimination"),
        (
            "Cllr Reeve nodded off in planning again. Somebody check he's still breathing; at 84 "
            "you can't be too careful.",
            "discrimination",
        ),
        # A people known by the smell of their cooking.
        (
            "The new lot at number 9: you can always tell where they're from by the stink of "
            "their cooking.",
            "discrimination",
        ),
    ],
)
def test_condescension_and_stereotypes_without_a_rude_word(rules, text, category):
    assert category in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Our granddaughter did ever so well in her GCSEs, so proud of her.",
        "Lovely to see the Year 6 pupils at Hatfield Juniors practising their joined-up writing.",
        "My nan is 92 and we check she's still breathing every time she naps.",
    ],
)
def test_the_same_words_said_fondly_are_clean(rules, text):
    assert not categories(rules, text)
