"""Contempt for a group in common forms the lexicon lacked (fit, not evidence: probes written
in the twenty-seventh session, not any evaluation suite's cases): a group sent "all back"
or locked up "em", blamed for crime, said to make things always go missing, good only when
leaving, or put on the council to tick a box; a home refused beside them ("I'd rather move
house than live next door to ..."). A reviewer's probes took out "destroying", "send them
all home", "round em up" and "near my kids", said as often of a thing or beside a group in
kindness. The same words about a person's crime, a council's policy or a stranger are not.
Every sentence is new. Rules alone (``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "Asylum seekers at the Comet hotel again? Send em all back.",
        "Somalis are the reason crime is up on the Larkswood estate.",
        "Travellers on the rec again. Funny how something always goes missing when they arrive.",
        "The only good Gypsy is one who's packing up.",
        "Black councillors are only on the cabinet to tick a box.",
        "I'd rather sell up than live next door to a Nigerian family.",
    ],
)
def test_these_are_contempt_for_a_group(rules, text):
    assert "discrimination" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "The council is destroying the town centre with these parking charges.",
        "Thieves took the lead off St Etheldreda's roof again. Lock em up.",
        "Never let a stranger near your kids at the fair without a DBS check.",
        "Cuts to youth services are the reason crime is up, not any one community.",
        "Tools go missing from the allotment sheds every winter; use the padlocks.",
        "The only good thing about the Polish deli closing is the bakery moving in.",
        "Many Bangladeshi families would rather move than live in damp flats like these.",
        "Climate change is destroying the livelihoods of Bangladeshi farmers.",
        "The only good answer is to fund the Sikh community centre properly.",
        "If something goes missing at the Polish market stall, report it to the manager.",
        "Donations for Ukrainian families were shipped out on Monday. Thank you all!",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()
