"""What tuning 73 found the rules missing or wrongly finding (issue 9, kinds 2, 3 and 7; fit,
not evidence), each mended by class: a town taken for a foreign city for who is seen in it;
a group tied to trouble and the thought left to the reader ("Coincidence, I'm sure",
"everyone knows which households"); fitness for a role doubted beside age or faith; a
person mocked as unable to organise anything; crimes stated of a firm whose name ends in
what it does ("Essex Waste Solutions"); and, kept clean, abuse received in a direct message
and reported, a view others "assume" the member holds, the clocks going back, and neighbours
asked round to congratulate someone. Every sentence is new. Rules alone (``signal=None``)."""

import pytest

from .conftest import categories, rule_ids


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Walked down Welwyn high street on Saturday. Took a wrong turn and ended up in Kabul.",
            "discrimination",
        ),
        (
            "Shed break-ins on Ridgeway began the week the Romanian family moved in next door. "
            "Coincidence, I'm sure.",
            "discrimination",
        ),
        (
            "Nobody's blaming the English families for the graffiti. Everyone knows which "
            "families moved onto the estate in March.",
            "discrimination",
        ),
        (
            "Cllr Dorsey is 83. Do we really want someone who can't hear the debate chairing "
            "licensing?",
            "discrimination",
        ),
        ("Cllr Dorsey couldn't organise a raffle at a village fete.", "respect"),
        (
            "Larkhill Waste Solutions fiddle the weighbridge and pocket the difference.",
            "defamation",
        ),
        ("The Red Lion's landlord has a record as long as your arm.", "defamation"),
    ],
)
def test_these_are_found(rules, text, category):
    assert category in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Someone DM'd me 'tr@nny lover' for backing the youth club. Screenshotted and reported.",
        "People assume I've made up my mind on Bush Hall Farm because I objected in 2019. I "
        "haven't; I'll judge this application on the night.",
        "Round-up before the clocks go back: bins, potholes and the Christmas lights.",
        "Mrs Keane's hip operation went well! Neighbours, pop round and congratulate her.",
        "The bus station is busy on a Saturday night; I'd swear you were in a festival crowd.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()


def test_a_firm_named_for_what_it_does_is_a_company_not_a_thing(rules):
    assert "allegation.named" in rule_ids(
        rules, "Larkhill Surfacing billed us for work they never did."
    )
