"""Misses and false alarms of the rules in tuning 90 (scored once, then studied: fit, not
evidence), each mended by class. Harm to a group's place put as a condition and met without
sorrow after it ("If that mosque burned down I wouldn't shed a tear") is wished, and so a
threat; a group "barred from standing" is excluded. Someone who "has written that" is
reported, not the author; "older ladys" is "ladies" misspelt, not "lardy" disguised; "a
recruitment drive for foster carers" recruits carers, not children; a group denied the
temperament for a role, "a known thing with them" and "should gay couples really be
fostering?" are contempt; and "people with learning disabilities" are a kind of people,
not someone's health.
Every sentence is new. Rules alone (``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("If that mosque burned down I wouldn't shed a tear.", "discrimination"),
        ("If the synagogue goes up in flames I won't be shedding any tears.", "bullying"),
        ("Muslims should be barred from standing for the council.", "discrimination"),
        ("LGBT history month in the schools. Recruitment drive, is it?", "discrimination"),
    ],
)
def test_these_are_found(rules, text, category):
    assert category in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "If the prayer centre burns down, the whole community will grieve with them.",
        "The synagogue burned down in 1940 and the community rebuilt it.",
        "Someone on a local page has written that they won't shed any tears if the prayer "
        "centre goes up in flames. I've reported it to the police.",
        "Muslim women were barred from the women-only swim by mistake; the centre apologised.",
        "Asylum seekers are being kept in cages at Manston. Shameful.",
        "The new bus timetable is an abomination for disabled residents.",
        "Quoting the defendant: if that mosque burned down he wouldn't shed a tear. Jailed.",
        "Loads of muslim women and older ladys use the swim sessions, proper shame if it goes.",
        "Why has it taken this long to run a recruitment drive for LGBT+ foster carers?",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Women haven't got the temperament to chair a planning committee.",
        "Every Polish driver I've met has been drunk. It's a known thing with them.",
        "If you think Muslims are ruining this country, you're right.",
        "Refugee families are getting the new flats. They'll have the places wrecked in a year.",
        "Just asking, should gay couples really be fostering kids in Hatfield?",
    ],
)
def test_temperament_denied_a_known_thing_with_them_and_doubt_are_contempt(rules, text):
    assert "discrimination" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "@SidcupVoice people with learning disabilities should get more chances at flats.",
        "@SidcupVoice residents with disabilities deserve better from this council.",
        "Should we really be fostering a culture of blame on this council?",
        "The new chair hasn't the temperament for it, but the women on the panel were superb.",
        "Homeless drunks outside the Polish shop again, police called.",
    ],
)
def test_people_with_a_condition_and_a_question_of_culture_are_clean(rules, text):
    assert categories(rules, text) == set()
