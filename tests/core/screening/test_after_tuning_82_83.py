"""Misses and false alarms of the rules in tuning 82 and 83 (scored once, then studied: fit,
not evidence), each mended by class: an insult the author gives themselves, opening with
what they are, aims at no one else; "paddy" as a temper is no slur; "spazzers" is a slur
and "tranz" the group it stands for; "not one ... who paid for what they took" denies a
whole group; "scroungers" is said of groups; an asked "whether" answered "no" at once is
denied; the concern "about the refuge" is the issue, not anyone's housing. A person with
"the attention span of a goldfish" or "not one original thought" is insulted, a resident
told "I'll go slowly" talked down to; stock that "fell off the back of" a lorry beside a
group ties it to crime; "a dinghy of" people is a group; "if they love it that much" sends
a group away. Officers asked "whose side planning is on", told their team "know what
residents expect to read" or that a member will want to know "who changed it and why" are
pressed. A group that "has no place in" society is sent away, as "racism has no place
here" is condemned; a group "never honest" is slandered. Every sentence is new. Rules
alone (``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Cllr Patel, you're a deaf old git and everyone knows it.", "respect"),
        ("Another paddy has moved onto the estate. Lock up your sheds.", "discrimination"),
        ("Half the spazzers at the day centre couldn't find the exit.", "discrimination"),
        ("The tranz lobby are perverts, the lot of them.", "discrimination"),
        ("Never met a Traveller who paid for what they took.", "discrimination"),
        ("Asylum seekers are scroungers and always will be.", "discrimination"),
        ("Cllr Dunmore has the attention span of a goldfish.", "respect"),
        ("Cllr Dunmore has not had one original thought since 2019.", "respect"),
        ("@kevin_b Third time of explaining, so I'll go slowly: it is not our fence.", "respect"),
        (
            "Romanian traders doing well. We all know what lorry it fell off the back of.",
            "discrimination",
        ),
        ("Another dinghy of vermin landed at Clacton overnight.", "discrimination"),
        (
            "Polish lads with flags again. If they love it that much there's a ferry daily.",
            "discrimination",
        ),
        (
            "If the depot report backs the sale, I'll ask whose side the officers are on.",
            "officer_impartiality",
        ),
        (
            "Told licensing the Red Lion report had better say no. They know what members expect.",
            "officer_impartiality",
        ),
        ("Sikhs have no place in a decent country.", "discrimination"),
        ("Those migrants have no place here.", "discrimination"),
        ("Travellers are never honest, in my experience.", "discrimination"),
        ("Muslims are trouble, whether I like it or not. No, I won't apologise.", "discrimination"),
    ],
)
def test_these_are_found(rules, text, category):
    assert category in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "As a proper old deaf git, I can tell you the new loop in the chamber works.",
        "I'm an idiot: I left my umbrella on the train again.",
        "Racism has no place in Welwyn Hatfield.",
        "Hatred of Sikhs has no place here.",
        "The Travellers have no place to go since the site closed.",
        "I have not been honest with the Sikh community about the delays, and I'm sorry.",
        "Whose side is the government on? Not ours, judging by this settlement.",
        "Volunteers are the backbone of a good community, as Cllr Dunmore said tonight.",
        "A lorry shed its load on the A414: the pallets fell off the back of it onto the verge.",
        "Another dinghy landed at Clacton overnight; the lifeboat crew brought everyone ashore.",
        "My niece threw an almighty paddy in the Howard Centre because the lift was shut.",
        "Never met a shoplifter who paid for what they took, funnily enough.",
        "Disabled people are not scroungers, and I will say so at every meeting.",
        'Asked at surgery whether I think Muslims are "trouble". No, and I never would.',
        "@HatfieldVoice I hear the concern about the refuge. It will stay open and women-only.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()
