"""A street's numbers noted after its comma or a few words into its bracket ("Bellegrove
Road, nos. 300-340", "Moulsham Street (High Street end, nos. 1-20)") say which houses an
item means, as numbers before the street do: the member's house outside them is not
touched, and inside them it is."""

import pytest
from matching_cases import BEXLEY, CHELMSFORD, reasons

from nolan.core.matching.model import Reason

HOUSE = {"places": BEXLEY, "addresses": ["88 Bellegrove Road, Welling DA16 3QS"]}
SHOP = {"places": CHELMSFORD, "addresses": ["112 Moulsham Street, Chelmsford CM2 0JW"]}


@pytest.mark.parametrize(
    ("entry", "title", "touched"),
    [
        (HOUSE, "Bellegrove Road, nos. 300-340: controlled parking zone", False),
        (HOUSE, "Bellegrove Road, nos. 60-120: controlled parking zone", True),
        (SHOP, "Moulsham Street (High Street end, nos. 1-20): pedestrian hours", False),
        (SHOP, "Moulsham Street (Parkway end, nos. 100-140): pedestrian hours", True),
    ],
)
def test_numbers_noted_after_the_street_say_which_houses(entry, title, touched):
    assert (Reason.ADDRESS in reasons(title, "", **entry)) is touched
