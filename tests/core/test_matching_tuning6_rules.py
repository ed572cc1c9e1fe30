"""What matching tuning 6 taught (issue 11), each as a rule a Monitoring Officer would agree
with: a local plan's site allocation ("site HS24", "sites SA18, SA21 and SA27") names one
piece of land as a reference does; a body is named by what its details say it runs and
where ("the charity that runs the weekly food larder in the church hall on Peartree Lane"),
where the item speaks of someone running it; and a plc is the member's with its legal form
written out ("Public Limited Company"). The cases are invented."""

import pytest
from matching_cases import BEXLEY, CHELMSFORD, WELWYN_HATFIELD, reasons

LAND = "Land off Dixons Hill Road, Welham Green, allocated in the Local Plan as site HS24."


@pytest.mark.parametrize(
    ("title", "matched"),
    [
        ("Site HS24: development brief", True),
        ("Local Plan update: capacity of sites HS22, HS24 and HS27", True),
        ("Site HS25: development brief", False),
        ("Sites HS22, HS23, and HS24: capacity update", True),
        ("Sites HS22/HS24: capacity update", True),
        ("site hs24: design code", True),
        # A code without the word that makes it an allocation is not one.
        ("Road safety: HS24 speed camera review", False),
    ],
)
def test_a_site_allocation_names_the_land(title, matched):
    assert bool(reasons(title, addresses=[LAND], places=WELWYN_HATFIELD)) is matched


LARDER = (
    "Trustee of a registered charity that runs the weekly food larder from the church hall "
    "on Peartree Lane, Welwyn Garden City."
)


@pytest.mark.parametrize(
    ("description", "matched"),
    [
        ("Awards £6,000 to the charity that runs the weekly food larder on Peartree Lane.", True),
        ("Grant to the group running the weekly food larder at Peartree Lane church hall.", True),
        # Another street's larder, a larder nobody is said to run, another activity there.
        ("Awards £6,000 to the charity that runs the weekly food larder on Howlands.", False),
        ("A weekly food larder on Peartree Lane is proposed in the strategy.", False),
        ("Awards £6,000 to the charity that runs the toddler group on Peartree Lane.", False),
        ("Peartree Lane: weekly food larder. The council will run a consultation.", False),
    ],
)
def test_a_body_named_by_what_it_runs_and_where(description, matched):
    found = reasons(
        "Cost-of-living fund: grants",
        description,
        names=["Hatfield Hope Trust"],
        details=LARDER,
        places=WELWYN_HATFIELD,
    )
    assert bool(found) is matched


@pytest.mark.parametrize(
    ("title", "places"),
    [
        ("Premises licence: Baddow Brewery Public Limited Company", CHELMSFORD),
        ("Rates relief: Erith Riverside Cafe Public Limited Company", BEXLEY),
    ],
)
def test_a_plc_with_its_legal_form_written_out_is_the_member_s(title, places):
    names = ["Baddow Brewery plc", "Erith Riverside Cafe plc"]
    assert reasons(title, names=names, places=places)


@pytest.mark.parametrize(
    "description",
    [
        "The council runs a youth club in Hatfield at the Hilltop centre.",
        "Grant to the group running the youth club at Birchwood, Hatfield.",
    ],
)
def test_a_body_running_something_in_a_town_is_anyone(description):
    details = "Trustee; the charity runs a youth club in Hatfield."
    found = reasons(
        "Youth grants", description, names=["Hope Trust"], details=details, places=WELWYN_HATFIELD
    )
    assert not found


def test_a_use_class_or_a_road_after_site_is_no_allocation():
    assert not reasons("Change of use at site B2", addresses=["Industrial site B2, Erith"])


def test_another_legal_form_is_another_company():
    found = reasons("Licence: Baddow Brewery Public Ltd", names=["Baddow Brewery Ltd"])
    assert not found


def test_a_contractor_for_the_work_is_asked_when_the_contract_is_varied():
    """From matching blind 28, studied after it was scored: "contractor for" says what the
    contract is for, as "contract for" does."""
    details = "Director, Fleetwise Repairs Ltd, contractor for council fleet maintenance."
    found = reasons(
        "Fleet maintenance contract: variation for electric vehicles",
        "Varies the fleet maintenance contract to cover electric vehicles.",
        names=["Fleetwise Repairs Ltd"],
        details=details,
        places=WELWYN_HATFIELD,
    )
    assert found
