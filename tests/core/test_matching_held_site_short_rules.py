"""A unit the member holds at a named site that opens with its place ("Kiosk 2, Sidcup
Bus Station, Elm Road"; "Pitch C7, Welling Corner market") is touched by an item about the
units of its kind there that writes the site without its place: after the street the
member's address puts it in ("the Elm Road bus station kiosks"), or as its place and
last word with its other, strong words elsewhere ("Welling market ... stalls on the
Corner"). The site's kind alone, or its place and kind alone, may be another site's."""

import pytest
from matching_cases import BEXLEY, CHELMSFORD, reasons

KIOSK = ["Kiosk 2, Sidcup Bus Station, Elm Road, Sidcup, DA14 6AB"]
PITCH = ["Pitch C7, Welling Corner market"]
# The council that licenses the kiosk: its premises are matched by their street only in an
# item that deals with property there.
LICENSOR = ["London Borough of Bexley"]


def test_kiosks_at_the_site_after_its_street():
    title = "Bus station works: closure of kiosks"
    description = "The three kiosks at the Elm Road bus station will close in May."
    assert reasons(title, description, places=BEXLEY, names=LICENSOR, addresses=KIOSK)


def test_pitches_at_the_site_by_its_place_and_kind_with_its_other_words():
    title = "Welling market - new layout for Corner pitches"
    description = "Pitches on the Corner will be set back to widen the footway."
    assert reasons(title, description, places=BEXLEY, addresses=PITCH)


@pytest.mark.parametrize(
    ("addresses", "title", "description"),
    [
        # Another street's bus station, or a bus station's kiosks without its street.
        (KIOSK, "Kiosk licences at the Station Road bus station", "Renewal for two years."),
        (KIOSK, "Bus station kiosks: new licence terms", "Standard terms for all kiosks."),
        (KIOSK, "Elm Road bus station: new shelters", "Six new shelters and seating."),
        # The place and kind without the site's other word: perhaps another market there.
        (PITCH, "Welling market: pitch fees 2026", "A 3% rise for the farmers' market."),
    ],
)
def test_another_site_or_no_unit_of_the_kind(addresses, title, description):
    found = reasons(title, description, places=BEXLEY, names=LICENSOR, addresses=addresses)
    assert found == set()


def test_the_council_s_own_town_s_site_by_its_kind_with_numbers_holding_the_member_s():
    """ "The Market" for Chelmsford Market, where the item's stalls 5 to 12 hold stall 9; its
    stalls without numbers, or numbers that leave stall 9 out, do not say which market."""
    stall = ["Stall 9, Chelmsford Market, Chelmsford CM1 1XA"]
    title = "The Market: new lighting"
    assert reasons(title, "Stalls 5 to 12 close for two weeks.", places=CHELMSFORD, addresses=stall)
    for description in ("Stalls 14 to 20 close for two weeks.", "New lighting over the stalls."):
        assert not reasons(title, description, places=CHELMSFORD, addresses=stall)
    # Another market, though its stalls' numbers hold stall 9.
    farmers = "Farmers' market: new pitches"
    assert not reasons(farmers, "Stalls 5 to 12 move.", places=CHELMSFORD, addresses=stall)
