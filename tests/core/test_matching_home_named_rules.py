"""An entry whose name is a line of its own address, or its opening lines ("9 Quillot Road",
"Flat 2, 9 Quillot Road", as a home is often registered), is the member's property, not a
body whose premises are there: what happens in its street touches it as it touches any home
("access kept on Quillot Road opposite the houses"), where a company's premises in the
street are touched only by dealings with property there or an item that names the
company."""

import pytest
from matching_cases import reasons

TITLE = "Redevelopment of the Broadway car park, Welling"
DESCRIPTION = (
    "Blocks of up to nine storeys, with vehicle access on Quillot Road opposite the houses."
)
ADDRESS = "9 Quillot Road, Welling DA16 3QQ"


@pytest.mark.parametrize(
    ("name", "address"),
    [("9 Quillot Road", ADDRESS), ("Flat 2, 9 Quillot Road", f"Flat 2, {ADDRESS}")],
)
def test_a_home_registered_by_its_address_is_touched_by_its_street(name, address):
    entry = {"names": [name], "addresses": [address, "Home (leasehold)."]}
    assert reasons(TITLE, DESCRIPTION, **entry)


def test_a_company_s_premises_in_the_street_are_not():
    entry = {"names": ["Pellbrook Joinery Ltd"], "addresses": [ADDRESS], "details": "Director."}
    assert not reasons(TITLE, DESCRIPTION, **entry)
