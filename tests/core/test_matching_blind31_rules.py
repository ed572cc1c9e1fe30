"""What matching blind 31 taught once spent (issue 11; fit, not evidence), as rules a
Monitoring Officer would agree with: a licence the member holds makes the whole trade's
terms their own (a collector's or operator's licence and its fees, conditions or training, a
premises licence and the late night levy, an HMO licence held); an item that says it leaves
those terms as they are does not. The cases are invented."""

import pytest
from matching_cases import BEXLEY, CHELMSFORD, reasons


@pytest.mark.parametrize(
    ("details", "title", "description"),
    [
        (
            "Holds a scrap metal collector's licence issued by the council.",
            "Scrap metal licence fees 2028",
            "New fees for site and collector licences.",
        ),
        (
            "Holds the private hire operator licence for Welling Cars.",
            "Private hire operators: new condition on vehicle cameras",
            "Adds a standard condition for every licensed operator.",
        ),
        (
            "Holds a hackney carriage driver's licence.",
            "Hackney carriage drivers: disability awareness training",
            "Makes the course a requirement for every licensed driver.",
        ),
        (
            "Premises licence holder for the Crown, Bexley Village.",
            "Late night levy: consultation",
            "Consults on a levy on premises licensed after midnight.",
        ),
    ],
)
def test_the_whole_trades_terms_touch_a_licence_held(details, title, description):
    assert reasons(title, description, details=details, places=BEXLEY)


@pytest.mark.parametrize(
    ("title", "description", "matched"),
    [
        (
            "HMO licensing: fees from April",
            "Raises the fee for every licensed HMO in the city.",
            True,
        ),
        # Terms said to be left as they are do not touch it.
        (
            "Government guidance on HMO licensing noted",
            "Notes new national guidance, with no change to local fees or conditions.",
            False,
        ),
    ],
)
def test_an_hmo_licence_held_and_its_fees(title, description, matched):
    found = reasons(
        title,
        description,
        addresses=["22 Moulsham Street, Chelmsford CM2 0JA", "Holds an HMO licence for the house."],
        places=CHELMSFORD,
    )
    assert bool(found) is matched
