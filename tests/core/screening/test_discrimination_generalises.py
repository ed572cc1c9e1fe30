"""Discrimination is caught by its shape, not by the phrasings the rules were written for.

Code para 2.3 (Equality Act 2010 protected characteristics): a post that names people by a
protected characteristic, or a proxy for one (Travellers and Gypsies for race, immigrants
for race or nationality), and generalises about them, wants them gone or dismisses them
is flagged; a post that simply mentions the same people, or says the same words about a
party or a trade, is not.
"""

import pytest

from .conftest import categories

OFFICIAL = {"account": "official"}


@pytest.mark.parametrize(
    "text",
    [
        "Travellers always leave a mess wherever they go, we don't want them here",
        "Gypsies always leave a mess, keep them out of our parks",
        "No more immigrants in this town, they bring nothing but crime",
        "She only got selected because she ticks the diversity box",
        "Disabled people should stop moaning and get a job like the rest of us",
        "The gays on the council are pushing their agenda again",
    ],
)
def test_audit_misses_on_an_official_account_are_flagged_as_discrimination(wh, text):
    assert "discrimination" in categories(wh, text, **OFFICIAL)


@pytest.mark.parametrize(
    "text",
    [
        "Roma families always cause trouble on the estate, send them back.",
        "Pensioners always moan about the bins, nobody else does.",
        "Foreigners are a drain on Bexley's housing list.",
        "Asylum seekers never contribute anything to this town.",
        "Muslims are pushing their agenda in our schools again.",
        "Trans people should stop moaning about the toilets at the civic centre.",
        "He was a diversity hire, nothing more.",
        "Too many foreigners in Erith these days.",
        "Wheelchair users always hold up the buses, keep them off at rush hour.",
    ],
)
def test_new_phrasings_of_group_denigration_are_flagged(bexley, text):
    assert "discrimination" in categories(bexley, text, **OFFICIAL)


@pytest.mark.parametrize(
    "text",
    [
        "We are opening a new Traveller site consultation, have your say",
        "Proud to support our disabled residents with the new accessible bus stops",
        "The council's immigration advice service is open Tuesdays",
        "Happy Pride to all our LGBT+ residents",
        "Our Muslim community raised £5,000 for the food bank",
        "The diversity and inclusion report is out today",
        "Older residents told us the bus cuts hurt them most",
    ],
)
def test_respectful_mentions_of_protected_groups_are_not_flagged(wh, text):
    assert categories(wh, text, **OFFICIAL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The Tories always make a mess of the economy",
        "Developers always leave a mess on our roads",
        "The new proposal ticks all the right boxes.",
        "The consultation was a box-ticking exercise and a token gesture.",
    ],
)
def test_the_same_predicates_about_parties_trades_or_plans_are_not_discrimination(wh, text):
    assert "discrimination" not in categories(wh, text, **OFFICIAL)


@pytest.mark.parametrize(
    "text",
    [
        "It's a myth that immigrants bring nothing but crime.",
        "Pensioners never moan, they just get on with it.",
        "Muslims are welcome here; racists are not welcome.",
        "Pensioners: keep them out of the cold this winter by checking on neighbours.",
        "Roma families always get blamed for everything, and it has to stop.",
    ],
)
def test_refuting_or_defending_a_group_is_not_discrimination(wh, text):
    assert "discrimination" not in categories(wh, text, **OFFICIAL)


def test_a_generalisation_in_another_sentence_from_the_group_is_not_joined_up(wh):
    text = "Travellers have arrived at the park. Contractors always leave a mess."
    assert "discrimination" not in categories(wh, text, **OFFICIAL)


@pytest.mark.parametrize(
    "text",
    [
        "Women's football is taking over the rec this summer, brilliant to see.",
        "Men's Shed members never stop working: another bench restored.",
        "The Sikh community is taking over the running of the food bank from the council.",
        "No more pensioners should have to choose between heating and eating.",
        "Too many disabled people still cannot get into our shops.",
        "Older residents shouldn't be allowed to fall through the gaps in care.",
        "Disabled people told us the ramps keep them out of the library when the lift breaks.",
        "Immigrants built this town and we should be grateful.",
        "Travellers camped on the rec again, we need to get them off the site by Friday.",
    ],
)
def test_posts_on_a_groups_side_or_about_one_site_are_not_discrimination(wh, text):
    assert "discrimination" not in categories(wh, text, **OFFICIAL)
