"""Misses of the rules in blind zu and zv (scored once in the twenty-seventh session, then
studied: fit, not evidence), each mended by class. A person's private number or address
published with readers urged to use it ("you know what to do", "give him a ring, all of
you") in a post with a grievance against them is harassment as well as their data
published (a lost cat's owner is no grievance); an oath or slur starred out as it
usually is ("c*nt", "tw*t") is the word; trans women called men in costume is a slur; work
with children denied to a group is contempt. Every sentence is new. Rules alone
(``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "Here's the number of the woman who reported me, 07700 900334. You know what to do.",
        "Mr Hale won't return my calls, so: 07700 900335. Give him a ring, all of you.",
        "She won't answer me. If a few of you text her on 07700 900336 she might fix the fence.",
    ],
)
def test_private_details_with_readers_set_on_the_person(rules, text):
    assert {"bullying", "personal_data"} <= categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Found a wallet on Mill Green. The owner's number is 07700 900337, give him a ring.",
        "My neighbour Mrs Okoye could do with a lift on Tuesdays, her mobile is 07700 900338; "
        "give her a ring, she'd love the company.",
        "Lost cat on Birch Close! Mrs Khan's mobile is 07700 900341. If you spot him, you know "
        "what to do.",
    ],
)
def test_a_number_shared_kindly_is_only_personal_data(rules, text):
    assert categories(rules, text) == {"personal_data"}


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Moss is a total c*nt, and I'll say it to his face.",
        "Cllr Moss, you absolute tw*t.",
    ],
)
def test_an_oath_starred_out_as_usual_is_still_abuse(rules, text):
    assert "respect" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Not a penny of council money for men in dresses to read stories at the library.",
        "She can call herself what she likes, she's a bloke in a wig.",
        "I've nothing against Muslims, I just don't think they should be teaching our kids.",
    ],
)
def test_these_are_contempt_for_a_group(rules, text):
    assert "discrimination" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Panto at the Broadway theatre: a bloke in a dress as the dame, and the kids loved it.",
        "Volunteers without a DBS check shouldn't be working with children.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()


def test_readers_set_on_an_officers_private_number_is_pressure_on_the_officer(rules):
    text = "David Lindqvist ignores my emails, so: 07700 900339. You know what to do."
    assert {"bullying", "officer_impartiality", "personal_data"} <= categories(rules, text)


def test_readers_set_on_a_residents_number_is_no_officer_matter(rules):
    text = "The man who keyed my car on Mill Lane: 07700 900340. You know what to do."
    assert "officer_impartiality" not in categories(rules, text)
