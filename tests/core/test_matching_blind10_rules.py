"""The blind set 10 rule classes, on invented pairs: house numbers in ranges written with
"to", "from ... to" or after the street; another unit, block or shop on the member's street
or estate; the same street in another town; a name's word in another name or a trade in
lower case; and the misses of a registered name behind a trading name, a group's other
companies, a road by its number, a tenant's trade at a part of town and a company's initials
with its "Limited". Each case fails with its rule switched off."""

import pytest
from matching_cases import WELWYN_HATFIELD, reasons

from nolan.core.matching.model import Reason

# House numbers in ranges.


@pytest.mark.parametrize(
    "description",
    [
        "Permit parking for Nos 4 to 40 Lynton Crescent.",
        "New kerbs outside the even-numbered houses 2 to 60 Lynton Crescent.",
        "Double yellow lines from the Elm Road junction (No. 2) to No. 48 Lynton Crescent.",
        "Resurfacing of Lynton Crescent from its junction with Elm Road to No. 36.",
        "A bus stop on Lynton Crescent outside Nos. 20-30.",
    ],
)
def test_a_range_holds_the_member_s_house(description):
    got = reasons(
        "Lynton Crescent highway works", description, addresses=["26 Lynton Crescent, Welling"]
    )
    assert Reason.ADDRESS in got


@pytest.mark.parametrize(
    "description",
    [
        "A bus stop on Lynton Crescent outside Nos. 80-96.",
        "Resurfacing of Lynton Crescent from its junction with Elm Road to No. 12.",
        "New kerbs outside the odd-numbered houses 41 to 81 Lynton Crescent.",
        "Re-roofing of the council houses at 1-51 (odd) Lynton Crescent.",
    ],
)
def test_a_range_that_leaves_the_member_s_house_out_is_not_it(description):
    got = reasons(
        "Lynton Crescent highway works", description, addresses=["64 Lynton Crescent, Welling"]
    )
    assert got == set()


def test_a_one_word_street_is_itself_before_a_dash_or_a_comma():
    got = reasons(
        "Greenway - Proposed Controlled Parking",
        "A permit zone covering Nos. 10 to 50 Greenway, Monday to Friday.",
        addresses=["32 Greenway, Welling"],
    )
    assert Reason.ADDRESS in got


# Another unit, block or shop.


def test_another_unit_on_the_member_s_estate_is_another_property():
    entry = {
        "names": ["Tallis Joinery Ltd"],
        "addresses": ["Unit 9, Thamesview Business Centre, Erith"],
    }
    other = reasons(
        "Thamesview Business Centre - new lease of Unit 19",
        "A five-year lease of Unit 19 to Harlow Vending Ltd.",
        **entry,
    )
    same = reasons(
        "Thamesview Business Centre - rent review of Unit 9",
        "Rent review of Unit 9 from April.",
        **entry,
    )
    assert other == set() and Reason.ADDRESS in same


def test_another_block_of_garages_is_another_property():
    entry = {"addresses": ["Garage No. 7, Garage Block A, Lullingstone Avenue, Welling"]}
    other = reasons(
        "Garage sites - demolition of Garage Block C, Lullingstone Avenue",
        "The 12 garages in Block C will be demolished for two homes.",
        **entry,
    )
    same = reasons(
        "Garage sites - repairs to Garage Block A, Lullingstone Avenue",
        "New doors for the garages in Block A.",
        **entry,
    )
    assert other == set() and Reason.ADDRESS in same


def test_a_shop_several_doors_from_the_company_s_is_another_property():
    entry = {
        "names": ["Kiln Lane Bakery Ltd"],
        "addresses": ["12 Pickford Road, Bexleyheath"],
        "details": "Council lease of the shop at 12 Pickford Road to Kiln Lane Bakery Ltd.",
    }
    other = reasons("Disposal of council shop, 20 Pickford Road", "Sale by auction.", **entry)
    same = reasons("Disposal of council shop, 12 Pickford Road", "Sale by auction.", **entry)
    assert other == set() and Reason.ADDRESS in same


# The same street in another town.


def test_a_town_written_before_the_street_makes_it_that_town_s_street():
    entry = {"places": WELWYN_HATFIELD, "addresses": ["9 Mill Lane, Welham Green AL9 7EQ"]}
    town_s = reasons("Mill Lane, Hatfield - 20mph zone", "A trial in Hatfield Mill Lane.", **entry)
    own = reasons("Mill Lane, Hatfield - 20mph zone", "A trial along Mill Lane.", **entry)
    assert town_s == set() and Reason.ADDRESS in own


# A name's word in another sense.


def test_a_name_s_word_ending_another_name_is_that_other_name():
    entry = {"names": ["Lantern Services Ltd"]}
    other = reasons(
        "Heritage grants - the Gilbert Lantern",
        "A grant to restore the Gilbert Lantern and relight the Lantern at night.",
        **entry,
    )
    own = reasons(
        "Lantern - IT support", "Award of the contract to Lantern for IT support.", **entry
    )
    assert other == set() and Reason.NAME_WORD in own


def test_a_trade_in_lower_case_after_the_is_not_a_place_led_firm():
    entry = {"names": ["Belvedere Window Cleaning Ltd"]}
    other = reasons(
        "Window Cleaning Services - Award",
        "Award of the window cleaning contract for civic offices to Sparkle Facilities Ltd.",
        **entry,
    )
    assert other == set()


# Other misses.


def test_the_company_a_trading_name_is_registered_as_is_one_of_the_names():
    got = reasons(
        "Premises licence: Marlow Hearth Ltd",
        "Application for late-night refreshment at 4 Station Parade.",
        names=["The Sidcup Pantry"],
        details="Owner of the business trading as The Sidcup Pantry, registered as Marlow "
        "Hearth Ltd.",
    )
    assert Reason.NAME in got


@pytest.mark.parametrize(
    ("name", "details", "applicant"),
    [
        (
            "Dartmarsh Cranes Ltd",
            "Engineer, Dartmarsh Cranes Ltd, a company in the Ferrand Lifting Group.",
            "Ferrand Lifting Group Ltd",
        ),
        (
            "Ostrel plc",
            "Shares in Ostrel plc, whose subsidiaries include Pennock Estates Ltd.",
            "Pennock Estates Ltd",
        ),
        (
            "Hollin Vans Ltd",
            "Director, Hollin Vans Ltd, part of the Sarn Group, which also owns Sarn Fleet Ltd.",
            "Sarn Fleet Ltd",
        ),
    ],
)
def test_the_group_s_other_companies_named_in_the_details_are_its_names(name, details, applicant):
    got = reasons(
        "Planning application: warehouse, Thames Road",
        f"Applicant: {applicant}.",
        names=[name],
        details=details,
    )
    assert Reason.NAME in got


def test_a_road_named_by_its_number_and_side_is_the_member_s_land():
    entry = {
        "places": WELWYN_HATFIELD,
        "addresses": ["Field west of Hertford Road (B1000), Digswell AL6"],
    }
    same = reasons("Site options", "Land west of the B1000 at Digswell, for 30 homes.", **entry)
    other = reasons("Site options", "Land east of the B1000 at Digswell, for 30 homes.", **entry)
    assert Reason.ADDRESS in same and other == set()


def test_a_tenant_s_trade_at_its_part_of_town_in_a_property_dealing():
    entry = {
        "places": WELWYN_HATFIELD,
        "names": ["Birchwood Barbers Ltd"],
        "addresses": ["3 Haldens, Welwyn Garden City AL7 1DH"],
    }
    rent = reasons(
        "Shop rent reviews",
        "Rent reviews of council shops at Haldens, including the barber's shop.",
        **entry,
    )
    traffic = reasons("Haldens - resurfacing", "Resurfacing the service road at Haldens.", **entry)
    assert Reason.ADDRESS in rent and traffic == set()


def test_a_company_s_initials_with_its_limited_in_capitals():
    entry = {"names": ["Orwell Transit Limited"]}
    got = reasons("Bus services", "Extend the school bus contract with OTL by a year.", **entry)
    assert Reason.ACRONYM in got
