"""Misses and false alarms of the rules in tuning 87 (scored once, then studied: fit, not
evidence), each mended by class. A word once used against a group, opening the author's own
description ("Queer, 52, and just finished my first parkrun", "Proud Taff abroad", "me n the
other mad old dykes") aims at no one, where a group ("Proud pikey families", "Paki, black,
whatever, I don't want them") or someone else ("Tranny, 45, moves in next door") does; a
named person sent back "where he came from", a group told it is "time they went back",
"people from God knows where" called scroungers, a group that is "a drain" or of whom not
one "does a day's work", a remark about a shorter skirt, and graffiti the author "can't say
I disagree with" are contempt.
Every sentence is new. Rules alone (``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Cllr Patel wants sending back where he came from.", "discrimination"),
        ("Migrants caused this mess. Time they went back.", "discrimination"),
        ("Hatfield is full of people from God knows where, scroungers the lot.", "discrimination"),
        ("The disabled lot on that estate are a drain.", "discrimination"),
        ("Not one of those Travellers does a day's work.", "discrimination"),
        ("@CllrLacey good speech, you'd get more votes in a shorter skirt though.", "bullying"),
        (
            'Someone sprayed "go home" on the mosque. Can\'t say I disagree with the sentiment.',
            "discrimination",
        ),
        ("Queers, the lot of them, and I've told my group so.", "discrimination"),
        ("Queer, that Cllr Evans, and I told my group so.", "discrimination"),
        ("Proud pikey families back on the common again, nicking everything.", "discrimination"),
        ("Paki, black, whatever, I don't want them on my street.", "discrimination"),
        ("Tranny, 45, moves in next door and I'm expected to smile at it?", "discrimination"),
        ("Had this local pikey knock on my door selling tarmac.", "discrimination"),
        ("Some Paddy from the building site parked across my drive again.", "discrimination"),
    ],
)
def test_these_are_found(rules, text, category):
    assert category in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Queer, 52, and just finished my first ever parkrun at Stanborough.",
        "Cawl on the hob and daffs in a jar. Proud Taff abroad.",
        "Me n the other mad old dykes from the bowls club only went and won the cup.",
        "The fly-tippers came from God knows where and dumped it all on the verge. Scum.",
        "A lost dog turned up on Parkway. Wherever he came from, he's safe with the wardens.",
        "Frankly the officer's report wants sending back.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()
