"""Discrimination the rules used to miss, mended by class (code para 2.3; WH 2.1(b), 3.1(q);
Bexley policy 4 bullet 2): a person mocked for their age, a disability or their sex; a
group tied to crime by insinuation ("Traveller site approved. Lock up your bikes"); a whole
group said never to contribute or cope ("not one of them has ..."); a right or a role
denied to a group, or put in doubt ("Why should Sikhs get a say?").

The breaches are screened by the rules alone, so that each test shows the rows and the
lexicon classes at work rather than the learned signal; the clean counterparts, which say
the same kind of thing respectfully, of the member themself, in a report that condemns
it, or of crime without a group, are screened with the signal too and must stay clean.
"""

import pytest

from nolan.core.codes import load_code
from nolan.core.screening.engine import Screener

from .conftest import WH_CONTEXT, categories

OFFICIAL = {"account": "official"}


@pytest.fixture(scope="module")
def rules_only() -> Screener:
    return Screener(load_code("welwyn-hatfield"), WH_CONTEXT, signal=None)


@pytest.mark.parametrize(
    "text",
    [
        # Age
        "Cllr Pemberton nodded through the whole debate. At your age, Geoffrey, the library "
        "plans will outlive you anyway.",
        "Cllr Hollins asked what a hashtag was tonight. Someone get her a blanket and a nice "
        "chair by the window.",
        "Cllr Duffy drifted off during the parking item again. Someone of his vintage should "
        "be at the bowls club, not in cabinet.",
        # Disability
        "Cllr Marsh wanted his agenda pack in large print again. Some of us can read, Brian.",
        "@CllrWhitby took you three goes to get the word out tonight. Leave the speeches to "
        "someone who can actually talk.",
        # Sex
        "Cllr Rowe wants to chair the audit committee. Leave the accounts to the men, sweetheart.",
        "Lovely speech from our new deputy, but maths was never a woman's strong point.",
        "Cllr Ibbotson should stick to the school run and leave the capital programme alone.",
    ],
)
def test_a_person_mocked_for_their_age_disability_or_sex_is_discrimination(rules_only, text):
    assert "discrimination" in categories(rules_only, text, **OFFICIAL)


@pytest.mark.parametrize(
    "text",
    [
        "Cabinet has agreed a Gypsy transit pitch behind the Oldings Corner depot. "
        "Lock up your bikes, Hatfield.",
        "Another synagogue extension approved in Welwyn. You know what comes next.",
        "The hostel on Hollybush Lane is to take mostly Afghan families. "
        "That's the crime figures sorted for Peartree then.",
    ],
)
def test_a_group_tied_to_crime_by_insinuation_is_discrimination(rules_only, text):
    assert "discrimination" in categories(rules_only, text, **OFFICIAL)


@pytest.mark.parametrize(
    "text",
    [
        "Thirty years on this estate and not one of the Polish families has paid their way.",
        "Never once met a Traveller family that wanted to work for a living.",
        "Not one of the deaf residents in the Roe Green flats could hold down a job.",
    ],
)
def test_a_whole_group_denied_any_merit_is_discrimination(rules_only, text):
    assert "discrimination" in categories(rules_only, text, **OFFICIAL)


@pytest.mark.parametrize(
    "text",
    [
        "Why should Sikhs get a say on the Hatfield town centre masterplan?",
        "Should a lesbian really be sitting on the adoption panel?",
        "Lesbian couples shouldn't be fostering, whatever the council's adverts say.",
        "No Hindu should be allowed to stand for council in this borough.",
    ],
)
def test_a_right_or_role_denied_to_a_group_is_discrimination(rules_only, text):
    assert "discrimination" in categories(rules_only, text, **OFFICIAL)


@pytest.mark.parametrize(
    "text",
    [
        # Respectful mentions and a member's own age or disability.
        "Cllr Marsh asked for the budget book in large print and officers sent it the same day.",
        "I'm 81 and proud to be the oldest member of this council. Age is no bar to good work.",
        "Happy 90th birthday to Cllr Ada Lowe, still the sharpest mind in the chamber.",
        # Crime without a group, and a group named in neutral news.
        "Three shed break-ins in Welham Green this week. Lock up your bikes and report anything "
        "suspicious to the police.",
        "The draft Local Plan allocates a Gypsy and Traveller site off Coopers Lane. "
        "Consultation is open until March.",
        "Planning committee approved the synagogue extension on Tuesday.",
        "A Hatfield man was convicted at St Albans Crown Court of conning elderly people out "
        "of their savings. Lock your doors to cold callers.",
        # Merit and rights said with respect, or condemned.
        "Polish families on this estate have paid their way for decades and built our community.",
        "Disabled residents should get a say on the new bus station design.",
        "A resident emailed me saying Muslims shouldn't get a say on the masterplan. "
        "That's disgraceful and I've told them so.",
        "Every woman on this council is more than capable of leading on the budget.",
    ],
)
def test_respectful_neutral_and_condemning_posts_stay_clean(wh, text):
    assert "discrimination" not in categories(wh, text, **OFFICIAL)
