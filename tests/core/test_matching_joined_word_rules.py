"""A name's word written joined where the register has two, or apart where it has one,
and reading the two respells them (a plural's "s", "Park" read short): "Brambles Field"
for "Bramblesfield", "Hawkswood" for "Hawks Wood". Words run together that read alike
were already one ("Watersports"); a mark between the two words still parts them."""

import pytest
from matching_cases import BEXLEY, reasons

from nolan.core.matching.model import Reason

NAMED = {Reason.NAME, Reason.NAME_WORD}

ALLOTMENTS = {
    "names": ["Bramblesfield Allotment Society"],
    "details": "Treasurer of the Bramblesfield Allotment Society",
}
WOOD = {"names": ["Friends of Hawks Wood"], "details": "Secretary, a volunteer group"}
PARK = {"names": ["Larkspark Bowls Club"], "details": "Member of the committee"}


@pytest.mark.parametrize(
    ("entry", "title", "description"),
    [
        (ALLOTMENTS, "Brambles Field Allotment Society: water supply", "A new standpipe."),
        (WOOD, "Hawkswood management plan", "A grant to the Friends for path repairs."),
        (PARK, "Larks Park Bowls Club: lease of the green", "A 25-year lease."),
    ],
)
def test_a_word_joined_or_split_is_the_name(entry, title, description):
    assert NAMED & reasons(title, description, places=BEXLEY, **entry)


@pytest.mark.parametrize(
    ("entry", "title", "description"),
    [
        (ALLOTMENTS, "Allotment rents", "Plots at The Brambles, Field End and Oak Lane."),
        (PARK, "Bowls Club grants", "Larks, Park View and Welling clubs."),
    ],
)
def test_two_words_a_mark_parts_are_not_the_name(entry, title, description):
    assert reasons(title, description, places=BEXLEY, **entry) == set()
