"""A body registered with the street of its premises ("Thameside Bakery Ltd", "Northend
Road, Erith") is described, not named, by an item that calls it by the trade or kind its
name ends with on that street ("the bakery on Northend Road"): its own premises' matter,
as one that names the body is (``matching.land``). The street's own matters, naming no such
body, and the same trade in another street are not."""

import pytest
from matching_cases import reasons

ENTRY = {
    "names": ["Thameside Bakery Ltd"],
    "addresses": ["Northend Road, Erith DA8 3PP"],
    "details": "Shareholding over £25,000.",
}


def test_the_body_s_kind_on_its_street_is_the_body():
    title = "Planning application: bakery extension, Northend Road, Erith"
    description = "A new loading bay for the bakery on Northend Road."
    assert reasons(title, description, **ENTRY)


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Northend Road, Erith: traffic calming", "Speed cushions along Northend Road."),
        ("Planning application: bakery, Bexley Road, Erith", "A new bakery on Bexley Road."),
    ],
)
def test_the_street_s_own_matters_or_the_trade_elsewhere_are_not(title, description):
    assert not reasons(title, description, **ENTRY)
