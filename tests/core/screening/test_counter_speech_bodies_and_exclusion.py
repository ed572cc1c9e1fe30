"""What tuning 76 (contempt for protected groups beside their look-alikes, scored once before
it was tuned on) showed the rules getting wrong (issue 9, kind 3; fit, not evidence): a
word in a body's name ("the Spastics Society", "Queer Herts") or in its old sense (hazel
bundled into faggots) is no slur and no person; a word or two quoted from what someone
posted, or given back at the start of a reply, and called racist or disrespectful, is
theirs, condemned; a group said to have no place somewhere, or kept out of "our village",
a role kept for a man, and a country the author "grew up in" no longer theirs, are
contempt; a woman's clothes said to distract, or a man said to be what she lacks, are
sexual remarks. Every sentence is new. Rules alone (``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "Good talk at the library on disability history and how the Spastics Society began.",
        "Lovely picnic with Queer Kent in the park this afternoon.",
        "Coppicing day at the nature reserve: we bundled the brash into faggots for the bonfire.",
        "@ElmDriveVoice you've posted that Polish families are 'benefit cheats'. That's racist "
        "and I've reported it.",
        "@ElmDriveVoice 'old biddies', really? Those volunteers ran the fete. Show some respect.",
        "Racism has no place in our town, and nor does the graffiti on the underpass.",
        "Not the town I grew up in, but the new market square is lovely.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "My position is simple: Travellers have no place in Elm Drive or anywhere near it.",
        "Residents, I hear you: no asylum seekers on the old airfield. Not in our village.",
        "Nice enough woman, but the finance brief is a job for a man.",
        "Market day in town and all you see is headscarves. Not the England I grew up in.",
    ],
)
def test_these_are_contempt_for_a_group(rules, text):
    assert "discrimination" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "@CllrSophieT you'd be a lot calmer about the bins if you had a man to keep you busy.",
        "Cllr Okafor in that blouse at cabinet, no wonder nobody looked at the figures 😏",
    ],
)
def test_a_womans_clothes_or_the_man_she_lacks_are_sexual_remarks(rules, text):
    assert categories(rules, text) == {"bullying", "discrimination"}


def test_not_concentrating_is_no_sexual_remark(rules):
    text = "Cllr Patel spoke so fast at cabinet I couldn't concentrate on the figures."
    assert categories(rules, text) == set()
