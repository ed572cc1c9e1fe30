"""What an entry's details describe, matched as the agenda writes it (mended after matching
blind 18 was scored: fit, not evidence):

- the work of a contract the details name before "contractor" or after "subcontract", in
  words that may be anyone's ("housing repairs"), where the item ends or extends it;
- a club or trust called "the" and its name without its place, in lower case ("the
  football club") as in capitals;
- an address the details say the body owns or rents ("the company owns 1-5 Hatherley
  Road").
"""

import pytest
from matching_cases import reasons


@pytest.mark.parametrize(
    ("details", "title"),
    [
        (
            "My partner is a director of Apex Repairs, which holds the council's housing "
            "repairs contract",
            "Housing repairs contract: termination",
        ),
        ("Director; subcontract for bulky waste collections", "Bulky waste: ending the contract"),
        (
            "Hospitality from the council's street lighting contractor",
            "Street lighting contract: extension option",
        ),
    ],
)
def test_the_work_of_a_contract_the_details_describe_stands_for_its_holder(details, title):
    assert reasons(title, names=["Apex Ltd"], details=details)


def test_another_contract_of_the_same_kind_of_body_is_not_the_holders():
    details = "Director of Apex Repairs, which holds the council's housing repairs contract"
    assert not reasons(
        "Parks grounds maintenance contract: extension", names=["Apex Ltd"], details=details
    )


def test_a_club_called_the_and_its_name_without_its_place_in_lower_case():
    title = "Hall Place: funding agreement with the heritage trust"
    assert reasons(title, names=["Bexley Heritage Trust"])
    other = "Funding agreement with the Crayford heritage trust"
    assert not reasons(other, names=["Bexley Heritage Trust"])


def test_an_address_the_company_owns_is_one_of_its_addresses():
    details = "I hold 40% of the shares; the company owns 1-5 Hatherley Road, Sidcup"
    title = "1-5 Hatherley Road, Sidcup: prior approval for 18 flats"
    assert reasons(title, names=["Sidcup Properties Ltd"], details=details)
    elsewhere = "80 Hatherley Road, Sidcup: rear extension"
    assert not reasons(elsewhere, names=["Sidcup Properties Ltd"], details=details)
