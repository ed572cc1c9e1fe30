"""The blind set 8 rule classes, on invented pairs: premises a company rents named in the
item's own words, OS parcel lists, lists of houses on one side of a road, and bodies named
otherwise than the register names them (a sister company, the full name behind a trading
name, a firm by its first word as owner, a firm without its trade word)."""

import pytest
from matching_cases import reasons

from nolan.core.matching.model import Reason
from nolan.core.matching.references import parcels

KIOSK = "Director. The company rents the kiosk at Hollowmere Gardens, Sidcup, from the council."


def test_rented_premises_are_touched_by_an_item_letting_them_at_the_same_site():
    got = reasons(
        "Hollowmere Gardens: re-letting of the refreshment kiosk",
        "The lease ends in March; the kiosk will be let by tender.",
        names=["Brackwater Teas Ltd"],
        details=KIOSK,
    )
    assert Reason.ADDRESS in got


@pytest.mark.parametrize(
    ("title", "description"),
    [
        # The site and the kind of premises, but no dealing with property.
        ("Hollowmere Gardens: summer events", "Bands will play near the kiosk on Sundays."),
        # A dealing with the same kind of premises in the same town, at another site.
        ("Sidcup: re-letting of the kiosk at Footscray Meadows", "By tender."),
        # The site and a dealing, but not the kind of premises rented.
        ("Hollowmere Gardens: lease of the bowls pavilion", "A new ten-year lease."),
    ],
)
def test_rented_premises_need_the_site_the_kind_and_a_dealing(title, description):
    # The details' names may still ask on their own ("café concession at Hylands House").
    got = reasons(title, description, names=["Brackwater Teas Ltd"], details=KIOSK)
    assert Reason.ADDRESS not in got


UNIT = "Director. The company rents Unit 7 on the council's Quillon Road trading estate, Erith."


def test_a_rented_unit_is_touched_by_a_range_of_units_that_includes_it():
    got = reasons(
        "Disposal of freehold: units 1-12 Quillon Road", names=["Ferro Ltd"], details=UNIT
    )
    assert Reason.ADDRESS in got


def test_a_rented_unit_is_not_touched_by_a_range_of_units_that_leaves_it_out():
    assert not reasons(
        "Disposal of freehold: units 8-12 Quillon Road", names=["Ferro Ltd"], details=UNIT
    )


def test_each_parcel_of_a_list_is_one():
    assert parcels("site HX2, parcels OS 4410 and OS 5521") == {
        ("parcel", "4410"),
        ("parcel", "5521"),
    }
    field = ["Field OS 4410, Quarry Lane, Bexley DA5 2AA"]
    assert Reason.ADDRESS in reasons("Allocation HX2: parcels OS 5521 and OS 4410", addresses=field)
    assert Reason.ADDRESS not in reasons(
        "Allocation HX2: parcels OS 5521 and OS 4411", addresses=field
    )


@pytest.mark.parametrize(("home", "touched"), [("9", True), ("12", False)])
def test_a_list_of_odd_houses_is_one_side_of_the_road(home, touched):
    got = reasons(
        "24/00001/HOUSE - 1, 3 and 5 Quenby Avenue, Belvedere",
        "Side extensions to three houses.",
        addresses=[f"{home} Quenby Avenue, Belvedere DA17 6ZZ"],
    )
    assert (Reason.ADDRESS in got) is touched


def test_a_single_house_number_is_still_a_neighbour_across_the_road():
    got = reasons(
        "24/00002/HOUSE - 5 Quenby Avenue, Belvedere",
        addresses=["12 Quenby Avenue, Belvedere DA17 6ZZ"],
    )
    assert Reason.ADDRESS in got


def test_a_sister_company_shares_the_group_s_two_leading_words():
    assert reasons(
        "Premises licence review: The Plough",
        "Licence holder Harcourt Vale Retailing Ltd.",
        names=["Harcourt Vale Leisure Partners"],
    )
    assert not reasons(
        "Premises licence review: The Plough",
        "Licence holder Harcourt Homes Ltd.",
        names=["Harcourt Vale Leisure Partners"],
    )


def test_the_full_name_behind_a_trading_name_has_a_place_kind_inserted():
    assert reasons("Licensing: Kent County Hockey Club, Bourne Road", names=["Kent Hockey"])
    assert not reasons("Licensing: kent county hockey results", names=["Kent Hockey"])


def test_a_firm_is_named_by_its_first_word_as_owner_beside_another_word_of_its_name():
    name = ["Marlowe Riverside Power"]
    assert reasons("Riverside Power Park: response to Marlowe's application", names=name)
    assert not reasons("Riverside Power Park: response to Mr Marlowe's objection", names=name)
    assert not reasons("Garage: Marlowe's application for a dropped kerb", names=name)


def test_a_firm_is_dealt_with_without_the_trade_word_that_ends_its_name():
    # Led by a place, so its first two words are not enough on their own.
    name = ["Welling IT Solutions Ltd"]
    assert reasons(
        "ICT support", "Extension of the contract with Welling IT for a year.", names=name
    )
    assert not reasons("Welling IT Festival", "A weekend of talks.", names=name)
