"""Words read in the wrong sense or at the wrong target (issue 9, tuning rounds 34-40).

A drainage dyke, a pancake race's tossers, a dog, brushwood faggots, a whale in a book,
Burns Night, wheelie bins, a storm told to clear off, a public body in capitals, a slur named
only to ask that it not be used, a shared post the author says is wrong, and a disgrace said
of a service rather than a person. Each post is new wording of a kind that raised a false
alarm; each has the breach beside it, so the mend is not a blanket pass. The rules alone
are asked (the learned signal is retrained apart).
"""

import pytest

from nolan.core.screening.engine import Screener
from nolan.core.screening.model import Post


def found(screener: Screener, text: str, **post) -> set[str]:
    return {f.category.value for f in screener.screen(Post(text, **post)).findings}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # A drainage dyke being cleared.
        (
            "Work party on Saturday clearing the dyke by the sluice gate, it has silted up again.",
            "discrimination",
        ),
        # Faggots as bundles of brushwood.
        (
            "Volunteers staked brushwood faggots along the eroding bank at Stanborough today.",
            "discrimination",
        ),
        # A dog.
        ("Took our old bitch Tess to the vet for her jabs this morning. Good as gold.", "respect"),
        # Pancake tossers.
        (
            "Shrove Tuesday: Cllr Adams and the other tossers in the pancake race drew a crowd.",
            "respect",
        ),
        # Wheelie bins.
        (
            "Cllr Adams has confirmed wheelie bins go out by 7am on Thursday this week.",
            "discrimination",
        ),
        # A whale in a book.
        ("Cllr Adams says our reading group's novel about one whale is a slog.", "discrimination"),
        # Burns Night, not a threat.
        ("Burns Night supper for the Scots in Handside this Friday, all welcome.", "bullying"),
        # A storm told to clear off.
        ("Clear off, Storm Ciara! Four bins blown over on our road.", "respect"),
        # A public body, not a person, near a creature emoji.
        ("Sent a photo of the beetle to the Forestry Authority like a good citizen 🐛", "respect"),
        # Going back to bed, not to a country.
        (
            "Cllr Adams, once the count is over please go back to bed, you have earned it.",
            "discrimination",
        ),
    ],
)
def test_ordinary_senses_and_targets_raise_nothing(rules, text, category):
    assert category not in found(rules, text, account="official")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Cllr Adams is a dyke.", "discrimination"),
        ("Cllr Adams is a tosser.", "respect"),
        ("Cllr Adams is a fat whale.", "discrimination"),
        ("Cllr Adams should go back to where she came from.", "discrimination"),
        ("Cllr Adams, go back to whatever jungle you crawled out of.", "discrimination"),
        ("Clear off, Cllr Adams!", "respect"),
        ("The Scots in Handside should burn.", "bullying"),
    ],
)
def test_the_breaches_beside_them_are_still_caught(rules, text, category):
    assert category in found(rules, text, account="official")


def test_a_slur_named_to_ask_that_it_not_be_used_is_counter_speech(rules):
    asking = "@ResidentRay please don't call anyone a 'retard' on this page, Cllr Marsh included."
    assert found(rules, asking, account="personal") == set()
    assert "discrimination" in found(rules, "Cllr Marsh is a retard.", account="personal")


def test_a_shared_post_the_author_says_is_wrong_is_not_endorsed(rules):
    rebutted = (
        "Posting this so you can see what is going round, and it is wrong: "
        '"Polish families are all scroungers."'
    )
    endorsed = 'Spot on: "Polish families are all scroungers."'
    assert "discrimination" not in found(rules, rebutted, account="personal", shared=True)
    assert "discrimination" in found(rules, endorsed, account="personal", shared=True)


def test_a_disgrace_said_of_a_service_is_not_said_of_the_person_named(rules):
    service = "Cllr Patel, the reliability of the number 8 bus is a disgrace."
    person = "Cllr Patel, you are a disgrace."
    assert "respect" not in found(rules, service, account="official")
    assert "respect" in found(rules, person, account="official")
