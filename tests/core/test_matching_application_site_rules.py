"""A place of work the entry's details name by its place and kind ("Caretaker at
Springfield Library") is what an item is about where it opens the title ("Springfield
Library: new roof"), and also where an application's title gives it as its site after the
case reference and the development ("Planning application 24/01234/FUL: new café,
Springfield Library, Pump Lane", ``names.Names``). Without a case reference, a title
listing it among other places, or an application elsewhere naming it only as a landmark,
is not about it."""

import pytest
from matching_cases import CHELMSFORD, reasons

ENTRY = {
    "names": ["Essex Libraries Trust Ltd"],
    "details": "Caretaker at Springfield Library.",
    "places": CHELMSFORD,
}


def test_the_workplace_as_an_application_s_site_is_its_matter():
    title = "Planning application 24/01234/FUL: new café, Springfield Library, Pump Lane"
    description = "A single-storey café beside the main entrance."
    assert reasons(title, description, **ENTRY)


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Parking review: Pump Lane, Springfield Library, Main Road", "New pay and display bays."),
        (
            "Planning application 24/01240/FUL: 12 flats, 3 Pump Lane",
            "A block of flats opposite Springfield Library.",
        ),
    ],
)
def test_without_a_case_reference_or_as_a_landmark_it_is_not(title, description):
    assert not reasons(title, description, **ENTRY)
