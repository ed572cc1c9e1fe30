"""Lawful posts that read like breaches to a keyword matcher (issue 9, fourth round).

Each kind came from a false alarm on a spent blind set; the posts here are new words of
the same kind, and each test has the breach beside it so that the fix is not a blanket
pass. Seed 002: councillors reject a tool that flags news, thanks and their own jokes.
"""

import pytest

from .conftest import categories

OFFICIAL = {"account": "official"}


@pytest.mark.parametrize(
    "text",
    [
        # A place or a body in capitals is not a person whose details are published.
        "A woman from Welwyn was convicted at Luton Crown Court today of burgling pensioners. "
        "Lock your doors.",
        # Violence that already happened is news, not a threat.
        "Violent crime in Hatfield: the facts. Robberies are down, but that will be no comfort "
        "to the woman stabbed near the Galleria last week.",
        # Ordinary senses of words that can wound or disclose.
        "I left the room for the exempt item on the depot, as a close friend works at the "
        "firm. Declared at the start.",
        # Welsh words one letter away from an insult are not disguised insults.
        "Lovely evening. Calon Lân sung beautifully by the choir, and a cwtch for every volunteer.",
    ],
)
def test_news_places_and_ordinary_senses_raise_nothing(wh, text):
    assert categories(wh, text, **OFFICIAL) == set()


def test_the_breaches_beside_them_are_still_caught(wh):
    assert "bullying" in categories(wh, "Someone should stab him outside the Galleria.", **OFFICIAL)
    assert "respect" in categories(wh, "Cllr Dunn is a fat useless clown.", **OFFICIAL)
    assert "respect" in categories(wh, "Cllr Dunn is a cl0wn and an id1ot.", **OFFICIAL)


def test_abuse_reported_as_said_by_someone_else_and_challenged_is_counter_speech(wh):
    text = (
        "In committee Cllr Moss said that the Traveller families were 'animals'. I challenged "
        "it and referred it to the Monitoring Officer."
    )
    assert "discrimination" not in categories(wh, text, **OFFICIAL)
    own = "The Roma families are vermin and should be moved on."
    assert "discrimination" in categories(wh, own, **OFFICIAL)


def test_abuse_received_without_a_subject_is_reported_not_said(wh):
    text = "Called a 'fat dyke' on the bus home today. Reported to the police. Onwards."
    assert categories(wh, text, **OFFICIAL) == set()


@pytest.mark.parametrize(
    "text",
    [
        # Why an item was private names the kind of information, not its content.
        "The depot disposal went to a private session because it involves commercially "
        "sensitive bids, and the report will be published once the contract is awarded.",
        # What is said to be kept confidential is not disclosed by naming it.
        "Disposal of the Campus West depot was an exempt item, so the buyer and terms are "
        "confidential until the decision notice is published.",
        # Figures the council has published.
        "Brookfield Homes' record on repairs is poor: 40% of jobs missed target in the last "
        "published quarter.",
    ],
)
def test_mentioning_exempt_business_without_disclosing_it_is_clean(wh, text):
    assert "confidentiality" not in categories(wh, text, **OFFICIAL)


def test_disclosing_the_exempt_item_is_still_caught(wh):
    text = "Straight from the private session: Brookfield Homes are the buyer for the depot."
    assert "confidentiality" in categories(wh, text, **OFFICIAL)


@pytest.mark.parametrize(
    "text",
    [
        # A conviction the court and the press have made public (fifth round).
        "Former councillor Jim Pratt was convicted of theft at St Albans Crown Court today, "
        "as reported in the Welwyn Hatfield Times.",
        # Sensitive words that name a budget or a service, not anyone's circumstances.
        "Cllr Dunn's cabinet has overspent the temporary accommodation budget for three years.",
        # Party work paid for by the party, and council kit kept to council work.
        "Our party's spring newsletter goes out this weekend, printed and paid for by the local "
        "party and delivered by volunteers.",
        "I use my council laptop for casework only. Party leaflets stay on my own machine.",
        # Ordinary senses: weather, and thanks in Welsh.
        "Queer old weather over Digswell today: sun, hail and a rainbow in ten minutes.",
        "Diolch yn fawr to David Lindqvist and the crews for the bins after the storm. Long shifts "
        "in filthy weather.",
        "Please flatten your boxes before the Christmas collections.",
        "Alfie was Third Shepherd and said his one line with real conviction.",
        "The railings on the Comet Way bridge are bent again; reported to Highways.",
        "Our quiz team finished second at the Railway again.",
        "Cllr Dunn is looking fit and well after his operation. Welcome back!",
        "I'll raise the bus cuts at every public meeting until they're reversed.",
        "Twelve posts are going in the waste restructure, as the published report says.",
        "People in Welwyn have long memories: they'll remember who voted to shut the library.",
        "Be alert to doorstep scams this winter: fraudsters are knocking on doors in Hatfield.",
        "All that door-knocking is paying off: the crossing is finally going in.",
        "There's a lot of lazy talk about Travellers online, so here are the facts.",
        # Exempt business the council has since published, and interests declared.
        "Following the Cabinet decision published today, the Campus West depot will be sold to "
        "Brookfield Homes for £4.2m.",
        "My cousin's firm is bidding for the market contract. I've told the Monitoring Officer "
        "and won't be involved in any decision on it.",
        "From the paper: \"A Hatfield man was fined £600 at St Albans Magistrates' Court for "
        'fly-tipping." Good to see the enforcement work paying off.',
    ],
)
def test_public_records_services_paid_for_work_and_weather_raise_nothing(wh, text):
    assert categories(wh, text, **OFFICIAL) == set()


def test_the_breaches_beside_those_are_still_caught(wh):
    assert "personal_data" in categories(
        wh,
        "Mrs Jones at 4 Elm Road is in temporary accommodation and behind on her rent.",
        **OFFICIAL,
    )
    assert "council_resources" in categories(
        wh,
        "I used the council laptop and my support officer to print our party newsletter.",
        **OFFICIAL,
    )
    assert "officer_impartiality" in categories(
        wh, "David Lindqvist is a filthy liar who has wrecked the planning service.", **OFFICIAL
    )
    assert "bullying" in categories(wh, "Someone should flatten Cllr Dunn.", **OFFICIAL)
    assert "defamation" in categories(wh, "Cllr Dunn is bent: he took a bribe.", **OFFICIAL)
    assert "bullying" in categories(
        wh, "Cllr Ann Dunn looking very fit at full council tonight 😍", **OFFICIAL
    )
    assert "confidentiality" in categories(
        wh, "The Campus West depot will be sold to Brookfield Homes for £4.2m.", **OFFICIAL
    )
    assert "use_of_position" in categories(
        wh, "My cousin's firm is bidding for the market contract, so give them a look.", **OFFICIAL
    )
