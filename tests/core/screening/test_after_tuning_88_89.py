"""Misses and false alarms of the rules in tuning 88 and 89 (scored once, then studied: fit,
not evidence), each mended by class. Fitness, use, belonging, friendship, a job, a tenancy,
life itself and humanity denied to a group are contempt ("aren't fit to run", "no use to
anyone", "never real Brits", "could never be friends with a Muslim", "will never hire an
immigrant", "aren't human"), but not a thing's fitness ("aren't fit for purpose"); "Muslim
taxi drivers" are the group, and so is one broken by a dash ("Mus-lims"); "treated like
that" is a likeness, not a feeling denied; a refusal denied ("I'd never refuse to rent to
...") is no denial, "people who hate immigrants" feel it, not the author, and "if you think
immigrants are vermin, unfollow me" answers the reader's belief; "I can't stand seeing women
harassed" is for what is done to them; "disabled and older residents" are kinds of people,
not someone's health. "The man" after a named
officer is that officer, unless someone else may be meant; "whoever in housing" is staff,
"her planning lot" are people and not a thing that does it, and a member's title takes no
name from the next sentence ("as your councillor, though. Pensioners are ..."). People
called "vegetables" are mocked for disability, unless the words are about food, and
"coloured families" are a group, where "coloured lights" are not.
Every sentence is new. Rules alone (``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Women aren't fit to run a bath, never mind a council.", "discrimination"),
        ("Deaf people are no use to anyone on a committee.", "discrimination"),
        ("Asian families will never be real Brits, whatever the passport says.", "discrimination"),
        ("Immigrants have no right to be here, full stop.", "discrimination"),
        (
            "Why is David Lindqvist still in charge of planning? The man couldn't run a bath.",
            "officer_impartiality",
        ),
        (
            "To whoever in planning wrote that report: rewrite it or I'll name you on here.",
            "officer_impartiality",
        ),
        (
            "sarah okafor and her property lot are a bunch of jobsworths who wouldn't know a "
            "bargain if it bit them.",
            "respect",
        ),
        (
            "I'll be honest as your councillor, though. Pensioners are not capable of judging "
            "what a town centre needs.",
            "discrimination",
        ),
        ("Hatfield's Muslim taxi drivers are not to be trusted with our girls.", "discrimination"),
        ("I will never hire an immigrant, not after last time.", "discrimination"),
        ("I could never be friends with a Muslim.", "discrimination"),
        ("I wouldn't rent a flat to a Pakistani family.", "discrimination"),
        ("Gay people don't deserve to live.", "discrimination"),
        ("Trans people aren't human.", "discrimination"),
        ("I hate people who are gay.", "discrimination"),
        ("I hate Mus-lims.", "discrimination"),
        ("Gays are an abomination.", "discrimination"),
        ("Travellers should be kept in cages.", "discrimination"),
        ("If you think about it, Muslims are vermin.", "discrimination"),
        ("I hate seeing Muslims everywhere in Hatfield.", "discrimination"),
        ("I can't stand seeing Travellers treated better than locals.", "discrimination"),
        ("I can't stand watching immigrants insulted our veterans.", "discrimination"),
    ],
)
def test_these_are_found(rules, text, category):
    assert category in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "No disabled resident should ever be treated like that by a council.",
        "Is the community hall fit for wheelchair users yet?",
        "Women are not worse at maths, and the exam results prove it.",
        "Why are lorries allowed to use Bridge Road at night?",
        "The derelict depot is a blight on Hatfield.",
        "Immigrants have every right to be here.",
        "The new ramp will be of use to every disabled resident.",
        "David Lindqvist explained the report. The man at the back still shouted him down.",
        "David Lindqvist explained the report well. The man knows his stuff.",
        "To whoever in planning sorted the hedge: thank you, it looks great.",
        "I'd never refuse to rent to a Pakistani family.",
        "I can't stand people who hate immigrants.",
        "Gay couples couldn't marry until 2014.",
        "Refugees are not just numbers, they are human beings.",
        "The Polish deli doesn't sell to under-18s.",
        # A thing's fitness or use, and rights or questions that are not contempt.
        "Women's refuges aren't fit for purpose after a decade of cuts.",
        "The council's website isn't any use to blind residents.",
        "Muslim families can't find halal food that is fit to eat at the school.",
        "Why are refugees allowed to work only after a year? They should be from day one.",
        "Disabled people are not allowed to open a bank account easily, which is wrong.",
        "Muslims have no right to stay silent when their mosque is attacked.",
        "Pensioners are worse at using apps, so keep the paper forms.",
        "Poverty is a stain on Hatfield's conscience, and disabled people pay for it.",
        "This decision people fought so hard against will hurt pensioners.",
        "The new car park is an abomination.",
        "I hate mid-week meetings.",
        "If you think immigrants are vermin, unfollow me now.",
        "If you believe gay people are perverts, you're not welcome at my surgery.",
        "I can't stand seeing women harassed on the high street.",
        "I hate watching disabled people mocked on the telly.",
        "@HatfieldMum yes, the assessment shows disabled and older residents lose the most.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "David Lindqvist and his wife came to the fete. The woman is a joke.",
        "David Lindqvist opened the fete. The man running the tombola was a clown.",
        "Sarah Okafor briefed us on bins. The woman I spoke to at the tip was useless.",
        "I met David Lindqvist and a resident there. The man was clueless.",
    ],
)
def test_the_man_is_not_the_officer_where_someone_else_may_be_meant(rules, text):
    assert "officer_impartiality" not in categories(rules, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Half the residents at the supported flats are vegetables.", "discrimination"),
        (
            "Coloured families moving onto the estate. They bring the whole area down.",
            "discrimination",
        ),
    ],
)
def test_a_taunt_at_disabled_people_and_a_dated_word_for_a_race_are_found(rules, text, category):
    assert category in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Half the allotment plots are growing vegetables this year.",
        "The food bank needs tinned vegetables and pasta.",
        "Wheelchair users spend money like everyone else.",
        "Coloured lights along the high street for Christmas.",
        "Fly-tipping brings the area down.",
    ],
)
def test_food_a_likeness_and_coloured_lights_are_clean(rules, text):
    assert categories(rules, text) == set()
