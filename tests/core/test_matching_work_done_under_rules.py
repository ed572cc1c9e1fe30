"""A contract the entry's details describe by the work done under it ("the firm cleans the
council's public toilets under a framework that ends in June") is the firm's where an item
lets it again, ends or renews it without naming the firm, as one described as "contract
for ..." is (``matching.contracts``). Another contract sharing a word of the work, or an
item about the same things that changes no contract, is not."""

import pytest
from matching_cases import reasons

ENTRY = {
    "names": ["Thornbury Hygiene Ltd"],
    "details": "Director. The firm cleans the council's public toilets under a framework "
    "that ends in June.",
}


def test_the_work_done_under_the_contract_stands_for_the_firm():
    title = "Public toilet cleaning: approval to re-tender"
    description = (
        "The current arrangement ends in June; a new contract will be let for three years."
    )
    assert reasons(title, description, **ENTRY)


@pytest.mark.parametrize(
    ("title", "description"),
    [
        (
            "Office cleaning: approval to re-tender",
            "The current contract ends in June; a new contract will be let for three years.",
        ),
        ("Public toilets: winter opening hours", "Toilets in the parks will close at 4pm."),
    ],
)
def test_another_contract_or_no_change_to_one_is_not(title, description):
    assert not reasons(title, description, **ENTRY)
