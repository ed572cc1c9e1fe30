"""More of what tuning 76 showed the rules missing (issue 9, kind 3; fit, not evidence): how
someone could do the job at all, asked beside their disability; children with learning
disabilities sent to "special schools"; another small boat, another boatload; a school's gay
history week called a "recruitment drive"; and a sign hung up, which hangs no one. Every
sentence is new. Rules alone (``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "@CllrBee you're in a wheelchair, how exactly are you going to do site visits?",
        "Kids with special needs belong in special schools, not in Elm Drive Primary.",
        "Another boatload landed at Dover last night. Vermin, the lot of them.",
        "Gay history week at the primary school. Recruitment drive, is it?",
    ],
)
def test_these_are_contempt_for_a_group(rules, text):
    assert "discrimination" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "@CllrBee how exactly are you going to fund the library?",
        "The Scouts' recruitment drive starts at the Elm Drive hall on Monday.",
        "Lovely new sensory room for children with learning disabilities at the library.",
        "Another small boat landed. Maybe the town should hang a FULL sign on the bypass.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()
