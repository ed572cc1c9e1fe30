"""What matching tuning 9 taught (issue 11), each as a rule a Monitoring Officer would agree
with: a site, a body or a building the entry's details say the member's body owns, took over
or is housed in ("which owns the former Comet Hotel", "which absorbed the Lunch Club",
"whose main building is Lamorbey House") is its matter where an item opens with it, named
as it was ("Old Comet Hotel"); a network's branch is called by its town and the network's
last word ("Sidcup Legion branch"), and another town's branch of the network is another body;
a street trading consent, a pavement licence, a licensed HMO and a market stall's tenancy
make the trade's fees, rents and policy the member's matter, as a taxi licence does; "homes
numbered 41 to 77" are not number 17. The cases are invented."""

import pytest
from matching_cases import BEXLEY, CHELMSFORD, WELWYN_HATFIELD, reasons


@pytest.mark.parametrize(
    ("title", "matched"),
    [
        ("Old Comet Hotel: change of use to flats", True),
        ("Former Comet Hotel: change of use to flats", True),
        ("Comet Way roundabout: resurfacing", False),
    ],
)
def test_a_site_the_details_say_the_company_owns(title, matched):
    found = reasons(
        title,
        names=["Galleon Holdings Ltd"],
        details="Director, Galleon Holdings Ltd, which owns the former Comet Hotel, Hatfield.",
        places=WELWYN_HATFIELD,
    )
    assert bool(found) is matched


@pytest.mark.parametrize(
    ("title", "matched"),
    [
        ("Belvedere Lunch Club: use of the community hall kitchen", True),
        ("Belvedere Bowls Club: use of the community hall kitchen", False),
    ],
)
def test_a_body_the_members_body_took_over(title, matched):
    found = reasons(
        title,
        names=["Riverside Community Trust"],
        details="Trustee, Riverside Community Trust, which absorbed the Belvedere Lunch Club.",
        places=BEXLEY,
    )
    assert bool(found) is matched


@pytest.mark.parametrize(
    ("title", "matched"),
    [
        ("Remembrance Sunday: grant to the Welling Legion branch", True),
        ("Remembrance Sunday: grant to the Erith Legion branch", False),
    ],
)
def test_a_networks_branch_by_its_town(title, matched):
    found = reasons(title, names=["Royal British Legion Welling branch"], places=BEXLEY)
    assert bool(found) is matched


def test_another_towns_branch_of_a_network_is_another_body():
    found = reasons(
        "Befriending service: grant to Age UK Bromley and Greenwich",
        names=["Age UK Bexley"],
        places=BEXLEY,
    )
    assert not found


@pytest.mark.parametrize(
    ("details", "title", "matched"),
    [
        (
            "Street trading consent for a coffee van at Moulsham Street.",
            "Street trading policy: consent fees 2027",
            True,
        ),
        (
            "Street trading consent for a coffee van at Moulsham Street.",
            "Pavement licensing: fees 2027",
            False,
        ),
        (
            "Landlord of a licensed house in multiple occupation, 4 Rectory Lane.",
            "Additional HMO licensing scheme: fees",
            True,
        ),
        (
            "Holds the tenancy of a stall in Chelmsford Retail Market.",
            "Retail Market: stall rents 2027",
            True,
        ),
    ],
)
def test_a_trades_fees_and_policy_touch_its_licence_holders(details, title, matched):
    found = reasons(title, details=details, places=CHELMSFORD)
    assert bool(found) is matched


@pytest.mark.parametrize(
    ("description", "matched"),
    [
        ("Dropped kerbs for homes numbered 41 to 77.", False),
        ("Dropped kerbs for homes numbered 11 to 25.", True),
    ],
)
def test_homes_numbered_in_a_range(description, matched):
    found = reasons(
        "Bishops Rise: dropped kerbs",
        description,
        addresses=["17 Bishops Rise, Hatfield"],
        places=WELWYN_HATFIELD,
    )
    assert bool(found) is matched
