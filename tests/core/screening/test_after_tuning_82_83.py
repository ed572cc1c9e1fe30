"""Misses and false alarms of the rules in tuning 82 and 83 (scored once, then studied: fit,
not evidence), each mended by class: an insult the author gives themselves, opening with
what they are, aims at no one else; "paddy" as a temper is no slur; "spazzers" is a slur
and "tranz" the group it stands for; "not one ... who paid for what they took" denies a
whole group; "scroungers" is said of groups; an asked "whether" answered "no" at once is
denied; "hatred of Sikhs has no place here" condemns it. A person with
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
        ("@kevin_b Third time, in words of one syllable: it is not our fence.", "respect"),
        ("Romanian traders on the market again. You know what they're like.", "discrimination"),
        ("Another dinghy load of vermin landed at Clacton overnight.", "discrimination"),
        (
            "If the depot report backs the sale, I'll ask whose side the officers are on.",
            "officer_impartiality",
        ),
        ("Sikhs have no place in a decent country.", "discrimination"),
        ("Those migrants have no place here.", "discrimination"),
        ("Travellers are never honest, in my experience.", "discrimination"),
        ("Muslims are trouble, whether I like it or not. No, I won't apologise.", "discrimination"),
        (
            "Someone asked whether the Travellers are thieving scum. No, I'd say they're worse.",
            "discrimination",
        ),
        ("Cllr O'Brien threw a tantrum at full council, typical thick Paddy.", "discrimination"),
        ("Met this proper pikey at the tip today, tried to sell me a mower.", "discrimination"),
        ("As a fat idiot, Cllr Smith should know better than to lecture me.", "respect"),
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
        "Pensioners at Birchwood say their bins fell off the back of the lorry again.",
        "Sailing club had another dinghy stolen this week: thieves are targeting the lake.",
        "Not one of the pensioners I met has put a penny into the new meters: they use the bays.",
        "Delighted to welcome Professor Jane Okoro, the world's leading expert on wetland birds.",
        "Cllr Patel and I carried a sack of spuds each up to the community fridge this morning.",
        "Reading is still free in Hertfordshire libraries, no thanks to the county's cuts.",
        "Residents know what we expect from the new leisure centre: fair prices.",
        "The bus timetable changed overnight with no notice. Who changed it and why?",
        "After this vote, Hatfield knows whose side Labour is on.",
        "Young people want a skate park. If they love it that much, let them design it with us.",
        "My niece threw an almighty paddy in the Howard Centre because the lift was shut.",
        "Never met a shoplifter who paid for what they took, funnily enough.",
        "Disabled people are not scroungers, and I will say so at every meeting.",
        'Asked at surgery whether I think Muslims are "trouble". No, and I never would.',
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()
