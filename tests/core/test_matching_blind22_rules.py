"""The blind set 22 rule classes, on invented pairs: a Land Registry title the item gives as
the number the land is "registered under"; a name with an accent written either way ("Central
Park café" and "Cafe"); a café named as the first line of an address is no property name of
its own."""

from matching_cases import WELWYN_HATFIELD, reasons

from nolan.core.matching.model import Reason
from nolan.councils.places import place_names

CHELMSFORD = ("Chelmsford City Council", *place_names("chelmsford"))


def test_a_title_number_the_land_is_registered_under_is_its_title():
    got = reasons(
        "Enforcement: land registered under EX998812",
        "Unauthorised storage containers on the paddock.",
        places=CHELMSFORD,
        addresses=["Paddock off Mill Lane, Broomfield (title EX998812)"],
    )
    assert Reason.ADDRESS in got


def test_an_accent_is_the_same_letter():
    got = reasons("Priory Park Cafe: lease renewal", "Five years.", names=["Priory Park Café Ltd"])
    assert Reason.NAME in got


def test_a_cafe_as_the_first_line_of_an_address_is_no_property_name():
    got = reasons(
        "Lease of cafe unit at Stanborough Lakes - Lakeside Teas Ltd",
        "Grant of a five-year lease of the lakeside cafe.",
        places=WELWYN_HATFIELD,
        names=["Mimram Teas Ltd"],
        addresses=["Cafe, The Campus, Welwyn Garden City AL8 6AE"],
    )
    assert Reason.ADDRESS not in got
