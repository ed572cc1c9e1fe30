"""What matching tuning 14 taught: a body the details say the member's company operates or
manages; a flat's block whose name ends in a street word, with the numbered street after
it; a body the item says is unchanged; and a one-word coined name ("CHESS") that an item
uses only inside another body's name ("Chelmsford Chess Club")."""

import pytest
from matching_cases import BEXLEY, CHELMSFORD, WELWYN_HATFIELD, reasons

SHARES = {
    "places": BEXLEY,
    "names": ["Marshside Leisure Ltd"],
    "details": "Shares over £25,000 in Marshside Leisure Ltd, operator of the Thames Bowl.",
}
TRUSTEE = {
    "places": BEXLEY,
    "names": ["Crayford Heritage Trust"],
    "details": "Trustee, Crayford Heritage Trust, the charity that manages Danson House.",
}
FLAT = {
    "places": CHELMSFORD,
    "addresses": ["Flat 2, Miller's Court, 20-26 Baddow Road, Chelmsford CM2 0DG"],
}
PARISH = {"places": WELWYN_HATFIELD, "names": ["Woolmer Green Parish Council"]}
CHESS = {"places": CHELMSFORD, "names": ["CHESS"], "details": "Trustee, CHESS."}


@pytest.mark.parametrize(
    ("entry", "title", "description"),
    [
        (SHARES, "Thames Bowl: longer opening hours", "Premises licence variation."),
        (TRUSTEE, "Danson House: roof repairs", "A capital grant of £30,000."),
        (FLAT, "Baddow Road: Article 4 direction", "Covers 2-80 Baddow Road."),
        (PARISH, "Parish boundaries", "Woolmer Green Parish Council gains the Mardley ward."),
        (CHESS, "Night shelter grant", "Renews the grant to CHESS for the winter shelter."),
        (CHESS, "Homelessness: night shelter", "Renews the grant to Chess for the shelter."),
    ],
)
def test_the_member_is_asked(entry, title, description):
    assert reasons(title, description, **entry)


@pytest.mark.parametrize(
    ("entry", "title", "description"),
    [
        (FLAT, "Baddow Road: Article 4 direction", "Covers 40-80 Baddow Road."),
        (
            PARISH,
            "Community governance review: Welwyn",
            "Creates a new ward of Welwyn Parish Council. The boundaries of Woolmer Green "
            "Parish Council are unchanged.",
        ),
        (CHESS, "Community grants: Chelmsford Chess Club", "Junior coaching at the library."),
        (CHESS, "Grants round", "£500 to the Writtle Chess Society for new boards."),
    ],
)
def test_the_member_is_not_asked(entry, title, description):
    assert not reasons(title, description, **entry)
