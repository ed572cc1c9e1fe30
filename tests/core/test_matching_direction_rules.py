"""Land described by where it lies from a named place ("the paddock east of Lathcoates
Playing Field", "adjoining the northern boundary of Hurstwood Recreation Ground"): an item
about that place's edge on the same side, or moving its boundary that way, is likely to
affect the land beside it. Another side of the place, the same side without its edge (a car
park on that side), and a town's own edge are not."""

import pytest
from matching_cases import BEXLEY, CHELMSFORD, reasons

from nolan.core.matching.model import Reason

PADDOCK = {
    "places": CHELMSFORD,
    "addresses": [
        "Paddock east of Lathcoates Playing Field, Great Baddow, Chelmsford CM2 7",
        "Freehold paddock immediately east of Lathcoates Playing Field.",
    ],
}
PLOT = {
    "places": BEXLEY,
    "addresses": ["Garden land adjoining the northern boundary of Hurstwood Recreation Ground"],
}


@pytest.mark.parametrize(
    ("entry", "title", "description"),
    [
        (
            PADDOCK,
            "Lathcoates Playing Field - new drainage ditch",
            "Digs a ditch along the field's eastern boundary to stop water reaching the "
            "neighbouring paddock.",
        ),
        (
            PLOT,
            "Hurstwood Recreation Ground - enlargement",
            "Moves the fence northwards to take in the adjoining strip of garden land.",
        ),
    ],
)
def test_the_named_place_s_edge_on_the_land_s_side_is_the_land_s_matter(entry, title, description):
    assert Reason.ADDRESS in reasons(title, description, **entry)


@pytest.mark.parametrize(
    ("entry", "title", "description"),
    [
        # Another side of the place.
        (
            PADDOCK,
            "Lathcoates Playing Field - new drainage ditch",
            "Digs a ditch along the field's western boundary to stop water reaching the road.",
        ),
        # The same side, but not its edge.
        (
            PADDOCK,
            "Lathcoates Playing Field - east car park charges",
            "Introduces pay and display charges at the east car park.",
        ),
        # A town's edge is not the land's neighbour.
        (
            {"places": CHELMSFORD, "addresses": ["Grazing land east of Writtle"]},
            "Writtle Conservation Area - boundary review",
            "Extends the conservation area boundary eastwards along the main road.",
        ),
    ],
)
def test_another_side_no_edge_or_a_town_s_edge_is_not(entry, title, description):
    assert reasons(title, description, **entry) == set()
