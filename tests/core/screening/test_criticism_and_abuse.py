"""Robust criticism passes; personal abuse, threats and discrimination do not.

The line is Calver's and the LGA model code para 1 guidance's: policies, decisions, parties
and the council may be criticised fiercely; people may not be personally attacked.
"""

import pytest

from nolan.core.screening.model import Post

from .conftest import categories

LAWFUL_CRITICISM = [
    "This idiotic parking policy is a bloody shambles.",
    "The cabinet's budget is a disgrace and residents deserve better.",
    "The Tories are a bunch of clowns when it comes to housing.",
    "Another triumph from the administration: the bus station is three years late and "
    "£2m over budget. Genius.",
    "The council has got this completely wrong and I will keep saying so.",
    "Labour's plan for the town centre is utterly stupid and will kill the high street.",
    "Cllr Patel's proposal is misguided and the numbers simply do not add up.",
    "I profoundly disagree with the officer recommendation on the leisure centre.",
    "What a load of rubbish from the Lib Dems tonight. Their motion was a stunt.",
    "The council wasted a fortune on consultants. Heads should roll in the cabinet.",
    "Oh brilliant, another pothole the size of a swimming pool on Ascots Lane. Well done highways.",
    "The Leader's response to my question was evasive and frankly pathetic.",
]


@pytest.mark.parametrize("text", LAWFUL_CRITICISM)
def test_fierce_criticism_of_policies_parties_and_the_council_is_not_flagged(wh, text):
    assert categories(wh, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Smith is an idiot and everyone knows it.",
        "You are a complete moron, Mr Davies.",
        "Shut your mouth, you pathetic little man.",
        "Cllr Jones is a scumbag.",
        "What a stupid woman she is.",
    ],
)
def test_insults_aimed_at_a_person_are_flagged_as_respect(wh, text):
    assert "respect" in categories(wh, text)


def test_a_severe_insult_at_a_person_is_high_severity(wh):
    [finding] = wh.screen(Post("Cllr Jones is a scumbag.")).findings
    assert finding.severity == "high"


@pytest.mark.parametrize(
    "text",
    [
        "I know where you live, Cllr Green.",
        "She'd better watch her back after tonight.",
        "Everyone message her and let her know what you think of her.",
        "I will destroy his career if it's the last thing I do.",
    ],
)
def test_threats_and_calls_to_pile_on_are_flagged_as_bullying(wh, text):
    assert "bullying" in categories(wh, text)


@pytest.mark.parametrize(
    "text",
    [
        "Immigrants are ruining this town.",
        "Typical woman, can't make a decision.",
        "The new councillor is too old to understand the internet, senile old fool.",
        "Travellers should be banned from the borough.",
    ],
)
def test_remarks_denigrating_a_protected_characteristic_are_discrimination(wh, text):
    assert "discrimination" in categories(wh, text)


@pytest.mark.parametrize(
    "text",
    [
        "Eid Mubarak to all our Muslim residents celebrating today.",
        "Proud to support the Pride event in Hatfield this weekend.",
        "Our pensioners deserve better bus services, and I will fight for them.",
        "Great to welcome refugees from Ukraine to Welwyn Garden City.",
    ],
)
def test_mentioning_a_protected_group_respectfully_is_not_flagged(wh, text):
    assert categories(wh, text) == set()


def test_alleging_bribery_by_a_named_councillor_is_a_defamation_risk(wh):
    assert "defamation" in categories(wh, "Cllr Brown took backhanders from the developer.")


def test_calling_the_council_corrupt_is_criticism_of_an_institution_not_defamation(wh):
    assert categories(wh, "This council is corrupt to its core.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Someone called me an idiot on Facebook today for supporting the cycle lane.",
        "I've been called a liar, a clown and worse this week. I'll keep going.",
        'Abuse of councillors is unacceptable: nobody should be told "go back to where you came '
        'from".',
    ],
)
def test_reporting_abuse_received_is_not_committing_it(wh, text):
    assert categories(wh, text) == set()
