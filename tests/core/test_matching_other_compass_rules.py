"""A body whose name opens with a compass word ("East Marlowe Parish Council") is not the
one the item names with another compass word before the same place ("West Marlowe Parish
Council: village hall grant"): that is the neighbouring village, as "Upton Road South" is
another road (``names.Names``). The name itself, or its place written without a compass
word, still reaches the member."""

import pytest
from matching_cases import reasons

ENTRY = {"names": ["East Marlowe Parish Council"], "details": "Parish councillor."}


def test_the_same_place_after_another_compass_word_is_another_body():
    title = "West Marlowe Parish Council: village hall grant"
    description = "A grant for accessibility works at West Marlowe village hall."
    assert not reasons(title, description, **ENTRY)


@pytest.mark.parametrize(
    "title",
    ["East Marlowe Parish Council: village hall grant", "Marlowe village hall: grant"],
)
def test_the_name_or_its_place_without_a_compass_word_still_matches(title):
    assert reasons(title, "A grant for accessibility works.", **ENTRY)
