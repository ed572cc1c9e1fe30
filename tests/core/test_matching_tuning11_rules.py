"""What matching tuning 11 taught (issue 11), each as a rule a Monitoring Officer would
agree with: a body known by another name, or by the event it puts on, where the details say
so ("which trades locally as ...", "now called ...", "which organises the annual ...",
"organisers of ..."); a building the member's land entry names as theirs by its own name
("flat 3 in The Old Chapel", "now called Clocktower Chambers"). Another event, another
practice or another building is not. The cases are invented."""

import pytest
from matching_cases import BEXLEY, CHELMSFORD, reasons


@pytest.mark.parametrize(
    ("title", "matched"),
    [
        ("Danson Lantern Walk 2027: road closures and a grant", True),
        ("Erith Riverside Festival 2027: road closures and a grant", False),
    ],
)
def test_a_body_known_by_the_event_it_organises(title, matched):
    found = reasons(
        title,
        names=["Blackfen Arts Circle"],
        details="Treasurer, Blackfen Arts Circle, which organises the annual Danson Lantern Walk.",
        places=BEXLEY,
    )
    assert bool(found) is matched


@pytest.mark.parametrize(
    ("title", "matched"),
    [
        ("Moulsham Road Vets: change of use of the flat above to a clinic", True),
        ("Baddow Road Vets: change of use of the flat above to a clinic", False),
    ],
)
def test_a_body_known_by_the_name_it_trades_as(title, matched):
    found = reasons(
        title,
        names=["Hartwell Animal Health Ltd"],
        details="Veterinary nurse, Hartwell Animal Health Ltd, which trades locally as "
        "Moulsham Road Vets.",
        places=CHELMSFORD,
    )
    assert bool(found) is matched


@pytest.mark.parametrize(
    ("title", "matched"),
    [
        ("Marlowe Chambers: enforcement notice for rooftop plant", True),
        ("Kingsley Chambers: enforcement notice for rooftop plant", False),
    ],
)
def test_a_building_the_land_entry_names_as_the_members(title, matched):
    found = reasons(
        title,
        addresses=[
            "Flat 2, 88 Broadway, Bexleyheath DA6 7DW",
            "Leasehold flat in the old bank building at 88 Broadway, now called Marlowe Chambers.",
        ],
        places=BEXLEY,
    )
    assert bool(found) is matched


def test_a_flat_in_a_named_building():
    found = reasons(
        "The Old Maltings: listed building enforcement over replacement windows",
        addresses=["9 Springfield Road, Chelmsford CM2 6AA", "Owns flat 4 in The Old Maltings."],
        places=CHELMSFORD,
    )
    assert found
