"""A contract the council lets again, renews, lets run out or adds to, without naming the
firm that holds it; a contract named by its reference number; and a brand the registered
company owns (matching blind 16's misses, fit: the file is spent). Another contract, a
reference that differs, or a date written with slashes, is not the firm's."""

import pytest
from matching_cases import BEXLEY, WELWYN_HATFIELD, reasons

from nolan.core.matching.model import Reason

BOATS = {
    "places": WELWYN_HATFIELD,
    "names": ["Mere Leisure Ltd"],
    "details": "Director of Mere Leisure Ltd, which has a contract with the council to run "
    "rowing boat hire and the lakeside kiosk until 2027",
}
ALARMS = {
    "places": BEXLEY,
    "names": ["Cray Alarm Services Ltd"],
    "details": "My brother's firm installs alarms at the council's depots under contract "
    "BX/FM/2021/14.",
}


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Lakeside rowing boat hire: approval to re-tender", "The concession runs out in 2027."),
        ("Renewal of the lakeside kiosk and boat hire contract", "A further three years."),
        (
            "Lakeside kiosk and rowing boat hire",
            "Cabinet is asked to increase the value of the existing operator's contract.",
        ),
    ],
)
def test_the_contract_the_details_describe_let_again_renewed_or_increased_is_the_firms(
    title, description
):
    assert Reason.NAME in reasons(title, description, **BOATS)


def test_another_contract_let_again_is_not_the_firms():
    assert not reasons("Approval to re-tender the grounds maintenance contract", **BOATS)


@pytest.mark.parametrize(
    ("description", "matches"),
    [
        ("Officers propose notice to end the depot alarm contract, ref BX/FM/2021/14.", True),
        ("Officers propose notice to end contract BX/FM/2022/03 for road gritting.", False),
        ("The report dated 14/03/2025 covers road gritting.", False),
    ],
)
def test_a_contract_named_by_its_reference_number_is_the_firms(description, matches):
    found = reasons("Depot services", description, **ALARMS)
    assert (Reason.REFERENCE in found) is matches


def test_a_brand_the_registered_company_owns_is_its_name():
    entry = {
        "places": WELWYN_HATFIELD,
        "names": ["Digswell Holdings plc"],
        "details": "Shares above £25,000 in Digswell Holdings plc, which owns the SparkleWash "
        "car wash chain",
    }
    assert Reason.NAME in reasons("SparkleWash, Bridge Road - new canopy", **entry)
    assert not reasons("Car wash, Bridge Road - new canopy", **entry)
