"""What an item says it leaves alone ("Nos. 2 to 30 are not affected", "excluded from the
increase", "not taken forward") is no evidence: a member whose home, land or business is
named only there is not prompted. The rest of the item still counts in full, title and
all, and a clause that leaves something else alone changes nothing."""

import pytest
from matching_cases import BEXLEY, CHELMSFORD, WELWYN_HATFIELD, reasons

HOUSE = {"places": CHELMSFORD, "addresses": ["14 Admirals Walk, Chelmsford CM1 2HD"]}
COTTAGE = {"places": WELWYN_HATFIELD, "addresses": ["2 Ayot Green Cottages, Ayot Green AL6 9AB"]}
YARD = {"places": BEXLEY, "names": ["Crayside Scaffolding Ltd"]}


@pytest.mark.parametrize(
    ("entry", "title", "description"),
    [
        (
            HOUSE,
            "Resurfacing programme 2027",
            "Resurfaces the car park at the leisure centre; Admirals Walk (nos. 2-30) is "
            "not affected.",
        ),
        (
            COTTAGE,
            "Drainage works near the A1(M) slip road",
            "The culvert is cleared under the slip road; no homes in Ayot Green Cottages "
            "are within the works area.",
        ),
        (
            HOUSE,
            "Street lighting: LED conversion",
            "Converts the lamps in the Moulsham estate. Admirals Walk was surveyed and will be "
            "kept as it is; its lamps were replaced in 2024.",
        ),
        (
            COTTAGE,
            "Village greens: verge protection posts",
            "Timber posts along the greens' edges; Ayot Green Cottages, with their own "
            "drives, are left out of the scheme.",
        ),
        (
            YARD,
            "Business rates relief: small yards",
            "Relief for small yards in Slade Green. Crayside Scaffolding Ltd is excluded "
            "from the scheme as its rateable value is too high.",
        ),
    ],
)
def test_the_interest_said_to_be_left_alone_is_not_prompted(entry, title, description):
    assert not reasons(title, description, **entry)


@pytest.mark.parametrize(
    ("entry", "title", "description"),
    [
        # Something else is left alone; the member's home is in the works.
        (
            HOUSE,
            "Resurfacing of Admirals Walk",
            "Resurfaces the carriageway of Admirals Walk; the footpaths are not affected.",
        ),
        # The rest of the street is left alone, the member's house is not.
        (
            HOUSE,
            "Demolition of 14 Admirals Walk",
            "Demolishes 14 Admirals Walk; the rest of Admirals Walk is not affected.",
        ),
        (
            HOUSE,
            "Moulsham estate: demolitions",
            "Admirals Walk nos. 2-6 are not affected, but 14 Admirals Walk is demolished.",
        ),
        # Planning's "not considered harmful" says nothing is left out.
        (
            HOUSE,
            "14 Admirals Walk: rear extension",
            "The extension at 14 Admirals Walk is not considered harmful to neighbours.",
        ),
        # News about the thing, not the edge of the item: a change, an outcome, a neighbour's
        # light.
        (
            HOUSE,
            "Conservation area review",
            "Admirals Walk, previously excluded from the scheme, is now included.",
        ),
        (
            YARD,
            "Small business grants: round two",
            "Crayside Scaffolding Ltd is not eligible and is refused.",
        ),
        (
            HOUSE,
            "16 Admirals Walk: rear extension",
            "14 Admirals Walk is not affected by loss of light.",
        ),
        # The firm is named where the item acts on it, whatever it leaves out elsewhere.
        (
            YARD,
            "Crayside Scaffolding Ltd: licence to occupy the Thames Road yard",
            "Grants a licence to occupy; the riverside path is excluded from the licence.",
        ),
    ],
)
def test_what_leaves_something_else_alone_changes_nothing(entry, title, description):
    assert reasons(title, description, **entry)
