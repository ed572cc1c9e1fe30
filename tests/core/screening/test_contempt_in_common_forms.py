"""Contempt for a group in common forms the lexicon lacked (fit, not evidence: probes written
in the twenty-seventh session, not any evaluation suite's cases): a group "destroying" a
town, sent "all home", rounded or locked up "em", kept from one's children ("I'd never let
a Pakistani near my kids"), blamed for crime, said to make things go missing, good only when
leaving, or put there to tick a box; a home refused beside them ("I'd rather move house
than live next door to ..."). The same words about a person's crime, a council's policy or a
stranger are not. Every sentence is new. Rules alone (``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "Polish families are destroying Hatfield, street by street.",
        "These Somalis think they run the estate. Send them all home.",
        "Asylum seekers at the Comet hotel again. Round em up.",
        "I wouldn't let a Muslim near my children, and I'm not sorry.",
        "Somalis are the reason crime is up on the Larkswood estate.",
        "Travellers on the rec again. Funny how something always goes missing when they arrive.",
        "The only good Gypsy is one who's packing up.",
        "Black councillors are only in the cabinet to tick a box.",
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
        "I'd rather die than miss the Vaisakhi parade, it's the best day of the year.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()
