"""Election and council-resource breaches the rules missed (issue 9, misses of tuning34-40).

How the piles looked at a postal vote opening or a count, food or drink for anyone who
votes, a slogan naming a candidate and polling day with no imprint, and council kit or
staff turned to a member's family, trade or party. Each breach has a clean counterpart
beside it: a result after the declaration, a reminder to vote, a member's own printer,
council staff at a council event.
"""

import pytest

from .conftest import categories

OFFICIAL = {"account": "official"}
PERSONAL = {"account": "personal"}


@pytest.mark.parametrize(
    "text",
    [
        "Back from the postal vote opening. Saying nothing, but the Northend trays were mostly "
        "orange 🤐",
        "Verification finished in the leisure centre and the Oakfield bundles are looking very "
        "red indeed. Declaration at 2.",
        "postal vote opening this am, we r streets ahead in Brookside 🔥",
        "P0stal v0te 0pening in the town hall. Not a word... but it's a sea of blue out there",
        "at the count, brookside ones lookin 3 to 1 for us 🤫",
    ],
)
def test_how_the_votes_looked_before_the_declaration_breaks_ballot_secrecy(bexley, text):
    assert "election" in categories(bexley, text, **OFFICIAL)


@pytest.mark.parametrize(
    "text",
    [
        "At the count in the sports hall. Result declared at 3am: we were well ahead in "
        "Brookside. Thank you, voters!",
        "Spent the morning at the postal vote opening. I won't say a word about what I saw; the "
        "staff were superb.",
    ],
)
def test_a_declared_result_or_a_silent_observer_is_clean(bexley, text):
    assert "election" not in categories(bexley, text, **OFFICIAL)


@pytest.mark.parametrize(
    "text",
    [
        "free sausage sarnies at our gazebo on polling day 4 any1 who promises 2 vote 4 us 🌭",
        "Free tea and biscuits in our committee room on Thursday for every Green voter ☕",
        "Flash your polling card at the Crown on Thursday and your first drink's on me 🍺",
    ],
)
def test_food_or_drink_for_a_vote_is_treating(bexley, text):
    assert "election" in categories(bexley, text, **OFFICIAL)


@pytest.mark.parametrize(
    "text",
    [
        "Free tea and biscuits at the community café on Thursday for everyone, all welcome ☕",
        "Polling day Thursday! Polls are open 7am to 10pm, don't forget your photo ID.",
    ],
)
def test_free_food_without_a_vote_or_a_plain_reminder_is_clean(bexley, text):
    assert "election" not in categories(bexley, text, **OFFICIAL)


@pytest.mark.parametrize(
    "text",
    [
        "VOTE OKAFOR FRIDAY! BROOKSIDE DESERVES BETTER.",
        "Vote Pemberton, Green Party, 4 May! Cleaner streets for Northend.",
    ],
)
def test_a_candidate_named_for_polling_day_needs_an_imprint(bexley, text):
    assert "election" in categories(bexley, text, **OFFICIAL)


def test_a_reminder_to_vote_on_polling_day_names_no_one(bexley):
    assert "election" not in categories(bexley, "Remember to VOTE THIS THURSDAY 6 MAY!", **OFFICIAL)


@pytest.mark.parametrize(
    "text",
    [
        "Took the kids to the seaside in the council pool car, they loved it 🏖️",
        "My Etsy shop's new price list printed beautifully on the council's big colour printer",
        "Doing the lettings paperwork for my agency on the council-issued laptop at lunch 💻",
        "Borrowed a council van at the weekend to get our daughter's stuff into halls 🎓",
        "Our Labour 'Keep the Pool Open' march posters are up on every council noticeboard in "
        "the town hall. Thanks to the caretakers!",
    ],
)
def test_council_kit_turned_to_a_members_family_trade_or_party_is_flagged(bexley, text):
    assert "council_resources" in categories(bexley, text, **PERSONAL)


@pytest.mark.parametrize(
    "text",
    [
        "Took the kids to the seaside in my own car, they loved it 🏖️",
        "The waste team joined our residents' litter-pick in Northend today, part of the "
        "council's own spring clean, no rosettes or party colours. 40 bags!",
    ],
)
def test_a_members_own_car_or_council_staff_at_a_council_event_is_clean(bexley, text):
    assert "council_resources" not in categories(bexley, text, **PERSONAL)
