"""Errors of the rules mended by class (blind x-y and tuning 50-51, spent, issue 9), sixth
round.

1. a name someone else called a person or a group, in quotation marks anywhere in the
   clause after "called", "call" or "writing", is reported, not used;
2. a member who says the party paid ("we pay for it ourselves") or that it was all council
   business is not misusing council resources;
3. "weapons" handed in to the police are not an insult ("absolute weapon" still is).

And what the rules now also find:

4. an officer belittled ("useless", "out of his depth") is disrespected as well as
   undermined; blamed for a decision ("should be ashamed") is undermined only;
5. the council's account featuring a councillor in the pre-election period uses a council
   resource for a campaign, as well as breaking the publicity rules.

Every sentence is new; each class has a breach look-alike that must still be caught. Rules
alone (``signal=None``), so the learned signal hides nothing.
"""

import pytest

from nolan.core.screening.model import Account

from .conftest import at, categories

CLEAN = [
    "A man in the Hatfield group called the Sikh family on Birchwood Avenue 'vermin'. No. "
    "Reported.",
    "Heard a dad at the Hatfield Swim Centre call a little girl a 'retard' in front of her mum. "
    "My cousin has Down's syndrome.",
    "A troll on the Hatfield page started writing 'p4ki' with a 4 in it. Still a slur, folks.",
    "Reminder: council laptops can't be used for canvassing. We book the Oaklands hall and pay "
    "for it ourselves.",
    "Used the members' room to print ward newsletters on the parking scheme, all council business.",
    "Thanks to @HertsPolice and to everyone who handed in weapons during the knife amnesty.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_posts_of_each_class_pass(rules, text):
    assert categories(rules, text) == set()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The Sikh family on Birchwood Avenue are vermin, the lot of them.", "discrimination"),
        (
            "Printed our campaign leaflets on the council printers in the members' room.",
            "council_resources",
        ),
        ("Cllr Pike, you absolute weapon.", "respect"),
    ],
)
def test_breach_look_alikes_are_still_caught(rules, text, category):
    assert category in categories(rules, text)


def test_an_officer_belittled_is_disrespected_and_one_blamed_is_undermined(rules):
    belittled = "David Lindqvist is useless and totally out of his depth on this scheme."
    assert {"officer_impartiality", "respect"} <= categories(rules, belittled)
    blamed = "David Lindqvist should be ashamed of the recommendation on this scheme."
    found = categories(rules, blamed)
    assert "officer_impartiality" in found
    assert "respect" not in found


def test_council_publicity_in_the_period_is_also_council_resources(rules):
    post = "Cllr Rahman opened the new play area in Hatfield today. More to come!"
    found = categories(rules, post, account=Account.COUNCIL, posted_at=at("2027-04-10"))
    assert {"election", "council_resources"} <= found
    outside = categories(rules, post, account=Account.COUNCIL, posted_at=at("2027-01-10"))
    assert "council_resources" not in outside


def test_an_agent_or_a_consultant_is_a_person_not_the_matter_they_work_on(rules):
    text = "Their planning agent is a smarmy little man, and everyone in Hatfield knows it."
    assert "respect" in categories(rules, text, account=Account.OFFICIAL)


def test_a_grandparent_in_the_family_is_not_mockery_of_age(rules):
    family = "Spent an hour at the wedding chatting to the groom's grandad about his days at sea."
    assert categories(rules, family) == set()
    mocked = "Cllr Pike needs a stairlift to get up to the chamber. Get a grip, grandad."
    assert "discrimination" in categories(rules, mocked, account=Account.OFFICIAL)


def test_a_member_who_will_not_speculate_on_an_exempt_item_declines(rules):
    declined = (
        "The disposal of the Campus West depot came up in Part 2 tonight. I'm not going to "
        "speculate about buyers or prices, however often I'm asked."
    )
    assert "confidentiality" not in categories(rules, declined, account=Account.OFFICIAL)
    leaked = (
        "The disposal of the Campus West depot came up in Part 2 tonight. Brookfield Homes are "
        "buying it for £4.2m."
    )
    assert "confidentiality" in categories(rules, leaked, account=Account.OFFICIAL)
