"""What matching blind set 25 taught (issue 11), each as a rule a Monitoring Officer would
agree with: a body whose data the report takes ("maps from the Environment Agency", "title
plans held by HM Land Registry", "reproduced from Ordnance Survey mapping", "ratings from",
"a technical note") is named in passing; so is a body in the story of a place or a person
rather than a party to the item: what it built or began there years ago, a firm a person
once worked at, a firm whose staff once helped, a scheme the council's is modelled on; and a
brand's outlet that the item says another franchisee runs. A contract the details describe
by its work ("provides ... to the council", "supplies the city's ...") is the holder's where
an item extends, adds to or cuts it. The cases are invented; where the body is a party the
member is still asked."""

import pytest
from matching_cases import CHELMSFORD, WELWYN_HATFIELD, reasons


@pytest.mark.parametrize(
    ("names", "description"),
    [
        (["Met Office"], "Gritting starts when forecasts from the Met Office show frost."),
        (
            ["Environment Agency"],
            "Sites were screened with flood maps from the Environment Agency.",
        ),
        (
            ["HM Land Registry"],
            "Boundaries were checked against title plans held by HM Land Registry.",
        ),
        (["Ordnance Survey"], "The plan at Appendix B is reproduced from Ordnance Survey mapping."),
        (
            ["Natural England"],
            "Grassland is scored by the method in a Natural England technical note.",
        ),
        (["Lea Valley Bridges Ltd"], "The footbridge was built by Lea Valley Bridges Ltd in 1988."),
        (
            ["Mimram Gliding Ltd"],
            "One plaque records that Mimram Gliding began at the aerodrome in 1951.",
        ),
        (
            ["Moss & Webb Ltd"],
            "The nominee began as an apprentice at Moss & Webb before youth work.",
        ),
        (
            ["Kendal Removals Ltd"],
            "For the 2019 count, staff from firms including Kendal Removals volunteered.",
        ),
        (
            ["Parkway Glass Ltd"],
            "The retrofit is modelled on one that Parkway Glass completed at its offices.",
        ),
    ],
)
def test_a_body_in_a_reports_sources_or_its_history_is_named_in_passing(names, description):
    assert not reasons("Cabinet report", description, names=names, places=WELWYN_HATFIELD)


@pytest.mark.parametrize(
    ("names", "description"),
    [
        (["Met Office"], "A three-year contract with the Met Office for road weather forecasts."),
        (
            ["Lea Valley Bridges Ltd"],
            "Lea Valley Bridges Ltd will repair the footbridge it built in 1988.",
        ),
        (["Kendal Removals Ltd"], "A call-off with Kendal Removals for office moves in 2026."),
    ],
)
def test_a_body_that_is_a_party_to_the_item_is_still_asked_about(names, description):
    assert reasons("Cabinet report", description, names=names, places=CHELMSFORD)


def test_another_franchisee_of_the_brand_is_not_the_members():
    names = ["FitBox Gym (Writtle)"]
    details = "Franchisee and director of the Writtle gym."
    assert not reasons(
        "Planning application: FitBox Gym, Widford Industrial Estate",
        "Change of use of a warehouse to a gym by franchisee Widford Fitness Ltd.",
        names=names,
        details=details,
        places=CHELMSFORD,
    )
    assert reasons(
        "Planning application: FitBox Gym, Writtle",
        "New signage at the gym by franchisee Writtle Fitness Ltd.",
        names=["Writtle Fitness Ltd"],
        details="Director of the company that runs the FitBox Gym franchise in Writtle.",
        places=CHELMSFORD,
    )


@pytest.mark.parametrize(
    ("details", "title", "description"),
    [
        (
            "My company supplies and waters the city's summer window boxes under contract.",
            "City centre summer floral displays",
            "To save £8,000 the window box contract will be reduced by 30 boxes.",
        ),
        (
            "Director. The company provides British Sign Language interpreting to the council.",
            "Sign language interpreting: contract extension",
            "The sign language interpreting contract is extended for a year.",
        ),
        (
            "We maintain the council's electric vehicle chargers under contract.",
            "Electric vehicle chargers",
            "An extra £20,000 is proposed for the electric vehicle charger maintenance contract.",
        ),
    ],
)
def test_a_contract_cut_added_to_or_extended_by_its_work_is_the_holders(
    details, title, description
):
    assert reasons(title, description, names=["Lea Valley Services Ltd"], details=details)


def test_another_contract_cut_is_not_the_holders():
    details = "My company supplies and waters the city's summer window boxes under contract."
    assert not reasons(
        "Grounds maintenance",
        "The grass cutting contract will be reduced by two cuts a year.",
        names=["Lea Valley Services Ltd"],
        details=details,
    )
