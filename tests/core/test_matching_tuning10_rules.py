"""What matching tuning 10 taught (issue 11), each as a rule a Monitoring Officer would
agree with: a body named by what it runs with its place ("the trust that runs Hall Place and
Gardens", "the current operator of the Central Park boat hire") where the details say it
runs that; a body the member's took in or was formed from ("which absorbed Gallions
Housing Association"); a brand the details say it trades under ("runs gyms under the
PulseGym brand", "operates pubs as Riverbank Inns") or the group whose practice it is; a
club's home, what it plays from and where ("the cricket pavilion in Danson Park"). Another
operator, another group's practice or another club's facility is not; nor, as a reviewer
found, a site the details do not call former named "Old ...", another bank's branch in the
same town, an HMO's tenant, or lamp columns "numbered". The cases are invented."""

import pytest
from matching_cases import BEXLEY, CHELMSFORD, reasons


@pytest.mark.parametrize(
    ("title", "matched"),
    [
        ("Lease to the charity that runs the Slade Green food bank", True),
        ("Lease to the charity that runs the Erith food bank", False),
    ],
)
def test_a_body_named_by_what_it_runs(title, matched):
    found = reasons(
        title,
        names=["Cray Larder"],
        details="Trustee, Cray Larder, a charity that runs the Slade Green food bank from the "
        "church hall.",
        places=BEXLEY,
    )
    assert bool(found) is matched


@pytest.mark.parametrize(
    ("title", "matched"),
    [
        ("Belvedere HA homes: nominations agreement", True),
        ("Bexley HA homes: nominations agreement", False),
    ],
)
def test_a_body_the_members_body_absorbed(title, matched):
    found = reasons(
        title,
        names=["Riverside Homes"],
        details="Housing officer, Riverside Homes, which absorbed Belvedere Housing Association.",
        places=BEXLEY,
    )
    assert bool(found) is matched


@pytest.mark.parametrize(
    ("title", "matched"),
    [
        ("Change of use to a gym: FlexiFit, High Street", True),
        ("Change of use to a gym: PureGym, High Street", False),
    ],
)
def test_a_brand_the_details_say_it_trades_under(title, matched):
    found = reasons(
        title,
        names=["Chelmer Leisure plc"],
        details="Shares in Chelmer Leisure plc, which runs gyms under the FlexiFit brand.",
        places=CHELMSFORD,
    )
    assert bool(found) is matched


@pytest.mark.parametrize(
    ("title", "matched"),
    [
        ("Danson Park cricket pavilion: new lease", True),
        ("Danson Park football pavilion: new lease", False),
    ],
)
def test_a_clubs_home_named_by_what_it_is_and_where(title, matched):
    found = reasons(
        title,
        names=["Blendon Cricket Club"],
        details="Chair, Blendon Cricket Club, which plays from the cricket pavilion in "
        "Danson Park.",
        places=BEXLEY,
    )
    assert bool(found) is matched


@pytest.mark.parametrize(
    ("names", "details", "title"),
    [
        # A depot the details do not call former: "Old Farm Avenue Depot" is another place.
        (
            ["Veolia"],
            "Refuse loader employed by Veolia at the Farm Avenue depot.",
            "Old Farm Avenue Depot: disposal",
        ),
        # Any bank's branch in Welling is not the member's bank's.
        (
            ["Barclays Bank Welling branch"],
            "Cashier.",
            "Closure of the NatWest Welling bank branch",
        ),
        # A tenant of an HMO holds no HMO licence.
        ([], "Tenant of a room in an HMO at 4 Mill Lane, Erith.", "HMO licence fees 2027/28"),
    ],
)
def test_what_a_reviewer_found_is_not_the_members(names, details, title):
    assert not reasons(title, names=names, details=details, places=BEXLEY)


def test_lamp_columns_numbered_are_no_houses():
    found = reasons(
        "Upton Road: lamp columns numbered 1 to 30 replaced",
        addresses=["55 Upton Road, Bexleyheath"],
        places=BEXLEY,
    )
    assert found
