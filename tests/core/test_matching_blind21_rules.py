"""The blind set 21 rule classes, on invented pairs: the details name the body's parent as a
sentence of their own ("Subsidiary of ...") or the group it is "part of" without "the"; a
place the body owns property at; a club's building named after the club. Each case fails
with its rule switched off."""

import pytest
from matching_cases import CHELMSFORD, WELWYN_HATFIELD, reasons

from nolan.core.matching.model import Reason


@pytest.mark.parametrize(
    "details",
    [
        "Shares. Subsidiary of Harrowgate Leisure plc.",
        "Site manager. Company is part of Harrowgate Leisure Group.",
    ],
)
def test_the_parent_or_group_the_details_name_is_one_of_the_entry_s_names(details):
    name = details.rsplit("of ", 1)[1].rstrip(".")
    got = reasons(
        f"{name}: bowling alley, Broadway",
        "Change of use.",
        names=["Sidcup Bowl Ltd"],
        details=details,
    )
    assert got


def test_part_of_a_place_is_no_group():
    details = "Volunteer; part of Hatfield Town Centre team."
    got = reasons(
        "Hatfield Town Centre: new benches",
        "Twelve benches.",
        places=WELWYN_HATFIELD,
        names=["Comet Bakes Ltd"],
        details=details,
    )
    assert not got


def test_a_named_place_the_body_owns_property_at_is_one_of_its_addresses():
    details = "Shares; the company owns Units 3-5 at Bessemer Business Park."
    got = reasons(
        "Bessemer Business Park: estate road adoption",
        "The council will adopt the estate road.",
        places=WELWYN_HATFIELD,
        names=["Mimram Lettings Ltd"],
        details=details,
    )
    assert got


def test_a_club_s_building_is_the_club_s():
    got = reasons(
        "Asset transfer: Welling Men's Club building, Bellegrove Road",
        "Freehold transfer to the club.",
        names=["Welling Men's Club"],
    )
    assert got


def test_a_long_name_led_by_part_of_a_place_is_the_body_in_lower_case_too():
    title = "25/00123/FUL - valley high school, Boreham Road: new classroom"
    assert reasons(title, "x", places=CHELMSFORD, names=["Chelmer Valley High School"]) == set()
    title = "25/00123/FUL - chelmer valley high school, Boreham Road: new classroom"
    assert reasons(title, "x", places=CHELMSFORD, names=["Chelmer Valley High School"])


def test_a_road_after_a_comma_is_where_the_body_is_not_a_road_named_after_it():
    title = "25/00123/FUL - Writtle Bowls Club, Court Road: new pavilion"
    assert Reason.NAME in reasons(title, "x", places=CHELMSFORD, names=["Writtle Bowls Club"])


@pytest.mark.parametrize(
    "title",
    [
        "Grant to the eastbarming Tenants Association",
        "Grant to the EastBarming Tenants Association",
    ],
)
def test_a_compass_word_run_into_its_place_is_the_place(title):
    assert reasons(title, "x", names=["East Barming Tenants Association"])


def test_gt_is_great_as_signposts_write_it():
    title = "Gt Waltham Village Show: road closure"
    assert reasons(title, "x", places=CHELMSFORD, names=["Great Waltham Village Show"])


@pytest.mark.parametrize(
    ("details", "title"),
    [
        (
            "Area manager. Employer holds the Council's street cleansing contract (west area).",
            "Street cleansing contract (west area): annual performance report",
        ),
        (
            "Account manager. Employer services the Council's public toilet hand dryers.",
            "Public toilet hand dryers: variation to the servicing contract",
        ),
        (
            "Operations manager. The Trust runs the Council's swimming pools under a management "
            "contract.",
            "Swimming management contract: increase to the management fee",
        ),
    ],
)
def test_the_firm_s_contract_reviewed_or_varied_by_its_work_is_the_firm_s(details, title):
    assert reasons(title, "Report of the Director of Place.", names=["Tarrow Ltd"], details=details)


def test_the_same_work_in_another_area_is_another_contract():
    details = "Area manager. Employer holds the Council's street cleansing contract (west area)."
    title = "Street cleansing contract (east area): annual performance report"
    assert not reasons(title, "Report.", names=["Tarrow Ltd"], details=details)
