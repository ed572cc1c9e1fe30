"""What matching tuning 14 taught: a body the details say the member's company operates or
manages; a flat's block whose name ends in a street word, with the numbered street after
it; a body the item says is unchanged; a one-word coined name ("CHESS") that an item uses
only inside another body's name ("Chelmsford Chess Club"); a school called by its kind and
the street it was registered on (``on_its_street``); a gift's venue its giver owns; a
street named after the member's property ("Blue Boar Close" is not the Blue Boar)."""

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
RUNS_TWO = {
    "places": WELWYN_HATFIELD,
    "names": ["Parkside Leisure Trust"],
    "details": "Employed by Parkside Leisure Trust, which runs Hatfield Swim Centre and "
    "Gosling Sports Park.",
}
GIFT_UNNAMED = {
    "places": WELWYN_HATFIELD,
    "details": "Dinner at The Waggoners, Ayot Green, hosted by its owner (£60).",
}
UNION = {"places": BEXLEY, "names": ["MIND"], "details": "Trustee, MIND (Bexley branch)."}
PUB = {
    "places": CHELMSFORD,
    "names": ["Gray and Sons Brewery Ltd"],
    "details": "Shares in Gray and Sons Brewery Ltd, owner of The Blue Boar pub.",
}
SCHOOL = {
    "places": BEXLEY,
    "names": ["Westbrook Primary School"],
    "addresses": ["Hurst Road, Sidcup DA15 9AW"],
    "details": "Governor appointed by the council.",
}
GIFT = {
    "places": CHELMSFORD,
    "names": ["Cellar Inns Ltd"],
    "details": "Dinner (£70) at The Baddow Cellar, hosted by its owner, Cellar Inns Ltd.",
}


@pytest.mark.parametrize(
    ("entry", "title", "description"),
    [
        (SHARES, "Thames Bowl: longer opening hours", "Premises licence variation."),
        (TRUSTEE, "Danson House: roof repairs", "A capital grant of £30,000."),
        (FLAT, "Baddow Road: Article 4 direction", "Covers 2-80 Baddow Road."),
        (PARISH, "Parish boundaries", "Woolmer Green Parish Council gains the Mardley ward."),
        (CHESS, "Night shelter grant", "Renews the grant to CHESS for the winter shelter."),
        (CHESS, "Homelessness: night shelter", "Renews the grant to Chess for the shelter."),
        (SCHOOL, "School places", "Two classrooms for the primary school on Hurst Road."),
        (GIFT, "Premises licence: The Baddow Cellar", "Late-night refreshment to 01:00."),
        (PUB, "The Blue Boar, Broomfield: licence review", "Review after noise complaints."),
        (RUNS_TWO, "Gosling Sports Park: ski slope closure", "Closes the dry ski slope."),
        (GIFT_UNNAMED, "The Waggoners, Ayot Green: licence variation", "Outdoor dining."),
        # The coined name after its place, or as a possessive beside another body's use of
        # the word; money kept as it was is still decided.
        (UNION, "Bexley Mind: grant renewal", "Renews the mental health grant."),
        (
            CHESS,
            "Grants",
            "A grant to the Chelmsford Chess Club; CHESS's night shelter is funded separately.",
        ),
        (CHESS, "Grants", "The grant to CHESS is unchanged at £20,000."),
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
        # Another kind of building on the street; the school in another street.
        (SCHOOL, "Hurst Road library", "Extends the library's opening hours."),
        (SCHOOL, "School places", "Two classrooms for the primary school on Station Road."),
        # The kind only in the street's name; a house numbered on the street.
        (
            {**SCHOOL, "addresses": ["School Lane, Sidcup DA15 9AW"]},
            "School Lane: parking restrictions",
            "Double yellow lines.",
        ),
        (
            {
                **SCHOOL,
                "names": ["St Mary's Church"],
                "addresses": ["Church Cottage, 14 Church Road"],
            },
            "Church Road: church hall extension",
            "The church on Church Road extends its hall.",
        ),
        # A street named after the pub.
        (PUB, "Blue Boar Close: garage site", "Declares the garages at Blue Boar Close surplus."),
    ],
)
def test_the_member_is_not_asked(entry, title, description):
    assert not reasons(title, description, **entry)
