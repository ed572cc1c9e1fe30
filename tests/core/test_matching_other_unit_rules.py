"""A tenant company's details that name its unit at a parade ("tenant of council shop Unit
2, Kings Road parade") make the parade's own matters the member's; but an item that numbers
other units there and not the member's ("new lease of Unit 7") deals with another tenant,
as it already does where the unit is the entry's address. A prompt there teaches members
to ignore the rest; the parade as a whole, or a range with the member's unit, is still
asked about."""

import pytest
from matching_cases import CHELMSFORD, reasons

from nolan.core.matching.model import Reason

TENANT = {
    "places": CHELMSFORD,
    "names": ["Moulsham Bakes Ltd"],
    "details": "Director of Moulsham Bakes Ltd, tenant of council shop Unit 2, Kings Road parade.",
}


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Kings Road parade - new lease of Unit 7", "Grants a lease of Unit 7 to a florist."),
        ("Kings Road parade - assignment of lease", "Consents to assigning Units 5-6 to a gym."),
    ],
)
def test_another_unit_of_the_parade_is_another_tenant_s(title, description):
    assert reasons(title, description, **TENANT) == set()


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Kings Road parade - rent review", "Reviews the rents of Units 1-3."),
        ("Kings Road parade - service yard resurfacing", "Resurfaces the yard behind the shops."),
    ],
)
def test_the_member_s_unit_or_the_whole_parade_is_asked_about(title, description):
    assert Reason.NAME in reasons(title, description, **TENANT)
