"""What matching blind set 24 taught (issue 11), each as a rule a Monitoring Officer would
agree with: a firm of architects, solicitors, surveyors or accountants is dealt with by its
partners' names without its trade; a brewer's works are its brewery; a building that a
site holds one of ("Pavilion, Admirals Park") is that site's, not every pavilion; initials
the item spells out in brackets after them are the item's own; a company is called by its
role beside the rest of its name ("the developer of Beaulieu Park"); and (from blind 23) the
companies an entry's details say its body owns are its own. The cases are invented."""

import pytest
from matching_cases import CHELMSFORD, WELWYN_HATFIELD, reasons


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Cole & Lane Architects LLP", "Cole & Lane"),
        ("Mabey and Green Solicitors", "Mabey and Green"),
        ("Lodge & Varney Surveyors Ltd", "Lodge & Varney"),
        ("Tolley & Field Accountants", "Tolley & Field"),
    ],
)
def test_a_professional_firm_is_dealt_with_by_its_partners_names(name, short):
    assert reasons(
        "Campus West: fee variation",
        f"Approves a £40,000 variation to the fees payable to {short} for extra surveys.",
        names=[name],
        places=WELWYN_HATFIELD,
    )
    assert not reasons(
        "Campus West: fee variation",
        "Approves a £40,000 variation to the fees payable to the design team.",
        names=[name],
        places=WELWYN_HATFIELD,
    )


def test_a_brewers_brewery_is_its_own():
    found = reasons(
        "Writtle Brewery: taproom licence",
        "Application for a premises licence for the taproom at Writtle Brewery.",
        names=["Writtle Brewing Company Ltd"],
        places=CHELMSFORD,
    )
    assert found


def test_a_building_a_site_holds_one_of_is_that_sites():
    pavilion = ["Pavilion, Oaklands Park CM2 9AQ"]
    assert reasons(
        "Oaklands Park: pavilion lease",
        "Grants a new lease of the pavilion in Oaklands Park.",
        addresses=pavilion,
        places=CHELMSFORD,
    )
    assert not reasons(
        "Hylands Park: bowls pavilion lease",
        "Grants a new lease of the bowls pavilion in Hylands Park to the bowls club.",
        addresses=pavilion,
        places=CHELMSFORD,
    )


def test_initials_the_item_spells_out_after_them_are_the_items_own():
    names = ["Hatfield Print Services Ltd (HPS)"]
    assert not reasons(
        "HPS (Homelessness Prevention Service) review",
        "Proposes new opening hours for HPS at the civic offices.",
        names=names,
        places=WELWYN_HATFIELD,
    )
    assert reasons(
        "HPS contract extension",
        "Extends the print contract with HPS for a year.",
        names=names,
        places=WELWYN_HATFIELD,
    )


def test_a_company_called_by_its_role_beside_the_rest_of_its_name():
    names = ["Hollybush Farm Developments LLP"]
    assert reasons(
        "Hollybush Farm phase 2: section 106 variation",
        "Request by the developer of Hollybush Farm to vary its affordable housing duty.",
        names=names,
        places=WELWYN_HATFIELD,
    )
    assert not reasons(
        "Affordable housing supplementary guidance",
        "Sets the affordable housing duty of every developer in the borough.",
        names=names,
        places=WELWYN_HATFIELD,
    )
    assert reasons(
        "Writtle golf course: clubhouse extension",
        "Application by the golf course's owning company for a larger clubhouse.",
        names=["Writtle Golf Holdings Ltd"],
        places=CHELMSFORD,
    )


# "owner of" in any case, within its clause or its brackets.
@pytest.mark.parametrize(
    "details",
    [
        "Director, Galleywood Holdings Ltd (owner of Galleywood Taxis Ltd and Galleywood "
        "Coaches Ltd).",
        "Director, Galleywood Holdings Ltd. Owner of Galleywood Coaches Ltd.",
    ],
)
def test_the_companies_an_entrys_body_owns_are_its_own(details):
    coaches = "Review of the coach hire call-off with {} after missed pick-ups."
    assert reasons(
        "School transport: call-off performance",
        coaches.format("Galleywood Coaches Ltd"),
        names=["Galleywood Holdings Ltd"],
        details=details,
        places=CHELMSFORD,
    )
    assert not reasons(
        "School transport: call-off performance",
        coaches.format("Galleywood Travel Ltd"),
        names=["Galleywood Holdings Ltd"],
        details=details,
        places=CHELMSFORD,
    )


def test_a_developer_named_for_a_place_is_not_every_developer_there():
    assert not reasons(
        "Longmead, Great Baddow: 40 homes",
        "Application by the developer, Bellway Homes, for 40 homes in Great Baddow.",
        names=["Great Baddow Developments Ltd"],
        places=CHELMSFORD,
    )


def test_a_trusts_own_subsidiary_is_its_own():
    details = "Trustee. Our trading subsidiary Galleywood Arts Trading Ltd runs the café."
    assert reasons(
        "Community asset transfer: former Galleywood library",
        "A 30-year lease to Galleywood Arts Trading Ltd for use as an arts venue.",
        names=["Galleywood Arts Trust"],
        details=details,
        places=CHELMSFORD,
    )
