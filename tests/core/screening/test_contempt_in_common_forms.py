"""Contempt for a group in common forms the lexicon lacked (fit, not evidence: probes written
in the twenty-seventh session, not any evaluation suite's cases): a group "destroying" a
town, sent "all home", rounded or locked up "em", kept from one's children ("I'd never let
a Pakistani near my kids"). The same words about a person's crime, a council's policy or a
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
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()
