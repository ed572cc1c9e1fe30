"""A firm the entry's details say is contracted to do a work ("contracted by the council to
run the ticketed concerts at Danson Park") holds a contract for that work, as one said to
hold a "contract to ..." does, so an item that reviews, extends or lets again that contract
without naming the firm is the firm's (``matching.contracts``). Another contract sharing a
word of the work, or an item about the same work that changes no contract, is not."""

import pytest
from matching_cases import reasons

ENTRY = {
    "names": ["Lakeside Staging Ltd"],
    "details": "My partner is a director of Lakeside Staging Ltd, contracted by the council "
    "to run the ticketed concerts at Danson Park.",
}


def test_the_work_the_firm_is_contracted_to_do_stands_for_the_firm():
    title = "Danson Park concerts: extension of the concert management contract"
    description = "A one-year extension of the contract for ticketed concerts at Danson Park."
    assert reasons(title, description, **ENTRY)


@pytest.mark.parametrize(
    ("title", "description"),
    [
        (
            "Crook Log Leisure Centre: extension of the bookings contract",
            "A one-year extension of the contract for ticketed swimming sessions.",
        ),
        (
            "Ticketed concerts: noise complaints",
            "A report on complaints about amplified music at ticketed concerts in parks.",
        ),
    ],
)
def test_another_contract_or_no_change_to_one_is_not(title, description):
    assert not reasons(title, description, **ENTRY)
