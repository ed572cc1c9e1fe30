"""A legal form written out is the form's abbreviation ("Community Interest Company" for
"CIC", "Limited Liability Partnership" for "LLP", "Charitable Incorporated Organisation" for
"CIO"), which ends a name without being part of it: the register and the agenda may each
write it either way, and the form's words after a name of only place and kind words are no
other body's name ("Belvedere Community Garden Community Interest Company" is "Belvedere
Community Garden CIC"). Another kind of body after the same words still is."""

import pytest
from matching_cases import reasons

GARDEN = {"names": ["Belvedere Community Garden CIC"], "details": "Director (unpaid)."}


@pytest.mark.parametrize(
    ("registered", "title"),
    [
        (
            "Belvedere Community Garden CIC",
            "Small grants: Belvedere Community Garden Community Interest Company",
        ),
        (
            "Belvedere Community Garden Community Interest Company",
            "Small grants: Belvedere Community Garden CIC",
        ),
        ("Crayford Community Hub CIO", "Small grants: Crayford Community Hub"),
        (
            "Crayford Community Hub Charitable Incorporated Organisation",
            "Small grants: Crayford Community Hub",
        ),
        (
            "Erith Community Partnership Limited Liability Partnership",
            "Small grants: Erith Community Partnership",
        ),
    ],
)
def test_a_legal_form_written_out_is_its_abbreviation(registered, title):
    assert reasons(title, "A grant of GBP 2,000 towards tools.", names=[registered])


def test_another_kind_of_body_after_the_same_words_is_not_the_company():
    title = "Small grants: Belvedere Community Garden Allotment Society"
    assert not reasons(title, "A grant of GBP 2,000 towards tools.", **GARDEN)
