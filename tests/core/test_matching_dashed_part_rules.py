"""A name written as a body and its part with a spaced dash between ("Hollowmere Trust –
Slade Green Estates Panel", a panel the member sits on) has the body's name before the dash
as one of its names, as the part before a comma is ("Royal British Legion, Writtle
Branch"): the body's own dealings are the panel member's matter. Its one strong word
written into a street is still the street."""

from matching_cases import reasons

ENTRY = {
    "names": ["Hollowmere Trust – Slade Green Estates Panel"],
    "details": "Council-appointed member of the panel.",
}


def test_the_body_before_the_dash_is_named():
    title = "Slade Green: land exchange with Hollowmere"
    description = "An exchange of council land for Hollowmere-owned land by the station."
    assert reasons(title, description, **ENTRY)


def test_its_word_written_into_a_street_is_not():
    title = "Hollowmere Road: resurfacing"
    assert not reasons(title, "Resurfacing of the carriageway in April.", **ENTRY)
