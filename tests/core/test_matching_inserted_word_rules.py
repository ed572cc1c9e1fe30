"""A registered name with a word inserted, written with capitals, is the same body: a kind of
place ("Howlands Community Hub" for "Howlands Hub CIC", whose whole name is evidence though
no word of it is alone), or any second name after a distinctive first word ("Tolhurst Vane
Estates" for "Tolhurst Estates"). A place's name with another word inserted is another
place's body, and the words in lower case are no name."""

import pytest
from matching_cases import WELWYN_HATFIELD, reasons

HUB = {"names": ["Panshanger Hub CIC"], "details": "Director; leases the community centre"}
ESTATES = {"names": ["Tolhurst Estates"], "details": "Gift: lunch, value £60"}


@pytest.mark.parametrize(
    ("entry", "title"),
    [
        (HUB, "Community centres review: Panshanger Community Hub"),
        (ESTATES, "Planning application by Tolhurst Vane Estates: 12 homes at Essendon"),
    ],
)
def test_the_name_with_a_word_inserted_is_the_body(entry, title):
    assert reasons(title, "", places=WELWYN_HATFIELD, **entry)


@pytest.mark.parametrize(
    ("entry", "title"),
    [
        ({"names": ["Hatfield Motors"], "details": "Director"}, "Hatfield Road Motors: new sign"),
        (ESTATES, "Tolhurst lane estates: parking review"),
    ],
)
def test_a_place_name_or_words_in_lower_case_are_not(entry, title):
    assert reasons(title, "", places=WELWYN_HATFIELD, **entry) == set()
