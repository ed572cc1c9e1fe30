"""What tuning 76 (contempt for protected groups beside their look-alikes, scored once before
it was tuned on) showed the rules getting wrong (issue 9, kind 3; fit, not evidence): a
word in its old sense or a group's name ("Queer Herts", hazel bundled into faggots) is no
slur; a word or two quoted from what someone posted, or given back in a reply that asks,
and called racist or disrespectful, is theirs, condemned; a group kept out of "our
village" and a role kept for a man are contempt, where a country "I grew up in", "real
marriages" and "a man-with-a-van" are not; a woman's clothes said to distract, or a man
said to be what she lacks, are sexual remarks. Every sentence is new. Rules alone
(``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "Lovely picnic with Queer Kent in the park this afternoon.",
        "Coppicing day at the nature reserve: we bundled the brash into faggots for the bonfire.",
        "@ElmDriveVoice you've posted that Polish families are 'benefit cheats'. That's racist "
        "and I've reported it.",
        "@ElmDriveVoice 'old biddies', really? Those volunteers ran the fete. Show some respect.",
        "Racism has no place in our town, and nor does the graffiti on the underpass.",
        "Food banks in every town and kids going hungry. This is not the country I grew up in.",
        "Gay couples have real marriages, full stop.",
        "Adam and Steve, congratulations on your wedding today!",
        "The council needs a man-with-a-van service for bulky waste.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Residents, I hear you: no asylum seekers on the old airfield. Not in our village.",
        "Nice enough woman, but the finance brief is a job for a man.",
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
