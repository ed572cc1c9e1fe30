"""Contempt and threats in forms the nineteenth session found the reading blind to, each
with the ordinary post it must still pass (issue 9; sentences invented here, rules alone):
an oath inside a phrase or starred out, cruelty named by its act, the author's own "will
hurt", worth or belonging denied to a whole group, and the old named by nearness to
death."""

import pytest

from .conftest import categories, rule_ids


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # an oath adds heat, not another meaning
        ("Travellers are a fucking disgrace to this borough.", "insult.group"),
        ("Muslims are a bloody disgrace.", "insult.group"),
        # the usual starring of an oath is the oath
        ("F*** all immigrants.", "hatred.group"),
        ("muslims f**k off back home", "exclusion.group"),
        # cruelty named by its act
        ("I'm going to torture the next gay couple I see on Parkway.", "threat.group"),
        ("Muslims in Hatfield deserve to have their throats slit.", "threat.group"),
        ("Trans women deserve to be raped.", "threat.group"),
        # the author's own "will hurt" is a threat, not a policy's effect
        ("I will hurt any Traveller who parks up on the common.", "threat.group"),
        # worth or belonging denied to a whole group
        ("Black people are not intelligent, simple as.", "distrust.group"),
        ("Muslims will never be part of our society.", "distrust.group"),
        ("Disabled people aren't worth anything to this town.", "distrust.group"),
        # the old named by their nearness to death
        ("Planning committee is full of coffin dodgers again.", "slur"),
    ],
)
def test_contempt_and_threats_in_these_forms_are_caught(rules, text, rule):
    assert rule in rule_ids(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "F*** this weather, the fete is off.",
        "The councils have done fuck all for disabled residents on Howlands.",
        "Raising the rent will hurt pensioners on fixed incomes.",
        "Fields of oilseed rape all the way from Essendon to Welwyn.",
        "Labour face a massacre at the polls in May.",
        "Residents need a hospital they can actually reach by bus.",
        "Women are still not paid equally in this council.",
        "It's not smart to cut the bus for disabled residents.",
    ],
)
def test_the_ordinary_posts_beside_them_are_clean(rules, text):
    assert categories(rules, text) == set()
