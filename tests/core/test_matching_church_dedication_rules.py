"""A church registered by its dedication to a saint with an epithet ("St Andrew the
Apostle, Erith (parochial church council)") is called by its saint's name alone ("St
Andrew's Church hall, Erith"), its place still saying which St Andrew's it is: the same
saint's church in another town is another parish's."""

import pytest
from matching_cases import reasons

ENTRY = {
    "names": ["St Andrew the Apostle, Erith (parochial church council)"],
    "details": "PCC member and churchwarden.",
}
CONSENT = "Listed building consent for a new roof and accessible toilets."


def test_the_church_by_its_saint_in_its_place_is_it():
    assert reasons("St Andrew's Church hall, West Street, Erith", CONSENT, **ENTRY)


@pytest.mark.parametrize(
    "title", ["St Andrew's Church hall, Sidcup", "St Andrew's Road, Erith: resurfacing"]
)
def test_the_saint_s_church_elsewhere_or_a_street_is_not(title):
    assert not reasons(title, CONSENT, **ENTRY)
