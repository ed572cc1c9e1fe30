"""What matching blind set 23 taught (issue 11), each as a rule a Monitoring Officer would
agree with: a national body cited for its map, index, code or published figures is named in
passing, as is a past employer of someone the item hires; premises a body rents from the
council, or that are said to be its own, are matched by their kind and site. The cases are
invented; where the body is a party the member is still asked."""

import pytest
from matching_cases import WELWYN_HATFIELD, reasons


@pytest.mark.parametrize(
    ("names", "title", "description"),
    [
        (
            ["Environment Agency"],
            "Lakeside cafe: new decking",
            "The decking is sited outside flood zone 2 on the Environment Agency surface "
            "water map.",
        ),
        (
            ["HM Land Registry"],
            "Affordable housing update",
            "Prices are tracked with the HM Land Registry price index each quarter.",
        ),
        (
            ["Health and Safety Executive"],
            "Workplace inspections plan",
            "The programme follows the Health and Safety Executive's Enforcement Code.",
        ),
        (
            ["Office for National Statistics"],
            "Child poverty strategy",
            "Targets use local figures published by the Office for National Statistics.",
        ),
        (
            ["Valuation Office Agency"],
            "Small business rate relief",
            "Eligibility turns on rateable values set by the Valuation Office Agency.",
        ),
        (
            ["Ordnance Survey"],
            "Address management",
            "New addresses are supplied to Ordnance Survey each month.",
        ),
        (
            ["University of Hertfordshire"],
            "Planning training for members",
            "Two sessions led by a consultant formerly of the University of Hertfordshire.",
        ),
        (
            ["Transport for London"],
            "Staff parking permits",
            "The new charges were benchmarked against schemes run by Transport for London.",
        ),
    ],
)
def test_a_body_cited_for_its_map_index_code_or_figures_is_named_in_passing(
    names, title, description
):
    assert not reasons(title, description, names=names)


@pytest.mark.parametrize(
    ("names", "title", "description"),
    [
        # a contract with the body for data is its own
        (
            ["Ordnance Survey"],
            "Mapping services",
            "Award of a five-year agreement to Ordnance Survey for mapping data.",
        ),
        # "Advice" ends a body's name, not advice taken from it
        (
            ["Citizens Advice Bexley"],
            "Voluntary sector grants",
            "A grant of £80,000 to Citizens Advice Bexley for debt advice.",
        ),
        # a body that provides figures for its own scheme is a party
        (
            ["Brookfield Homes"],
            "Campus West: viability review",
            "Brookfield Homes has provided viability figures for the scheme.",
        ),
        # a body that objects is a party
        (
            ["Environment Agency"],
            "Riverside flats: planning application",
            "The Environment Agency objects; its flood map shows the site in zone 3.",
        ),
    ],
)
def test_a_body_that_is_a_party_to_the_item_is_still_asked_about(names, title, description):
    assert reasons(title, description, names=names)


def test_a_tenant_of_the_council_at_premises_is_asked_about_their_reletting():
    details = "Director of Mimram Bikes Ltd, tenant of the Council at the kiosk, Stanborough Park."
    found = reasons(
        "Stanborough Park kiosk: new tenancy",
        "The kiosk will be re-let when the current tenancy ends in June.",
        names=["Mimram Bikes Ltd"],
        details=details,
        places=WELWYN_HATFIELD,
    )
    assert found
    assert not reasons(
        "Stanborough Park: toilet block refurbishment",
        "The toilet block will be let to a new cleaning contractor.",
        names=["Mimram Bikes Ltd"],
        details=details,
        places=WELWYN_HATFIELD,
    )


def test_premises_said_to_be_the_bodys_own_are_matched_by_kind_and_site():
    details = "Secretary, Hatfield Bowls Club, whose green and clubhouse are at Stonecross Park."
    assert reasons(
        "Stonecross Park: clubhouse lease",
        "A new ten-year lease of the clubhouse at Stonecross Park.",
        names=["Hatfield Bowls Club"],
        details=details,
        places=WELWYN_HATFIELD,
    )
    assert not reasons(
        "Stonecross Park: cafe lease",
        "A new ten-year lease of the cafe at Stonecross Park.",
        names=["Hatfield Bowls Club"],
        details=details,
        places=WELWYN_HATFIELD,
    )
