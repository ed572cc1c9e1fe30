"""What matching tuning 5 taught (issue 11), each as a rule a Monitoring Officer would agree
with: a company's full legal name is all the name there is, so "Crayford Signs & Graphics
Group Ltd" is another company than the member's "Crayford Signs Ltd", and "Woolmer Roofing &
Building Ltd" another than "Digswell Roofing & Building Ltd"; a contract the item says it
holds with another company is that company's, not the member's whose details describe the
same work; a name the item writes with one slip in a long word ("Moulsam" for "Moulsham")
is still the member's; and a site opening with its place is named by its other words where
the item names the place elsewhere ("Broadway market" with "Bexleyheath"), the member's
pitch among the pitches it numbers. The cases are invented."""

import pytest
from matching_cases import BEXLEY, CHELMSFORD, WELWYN_HATFIELD, reasons


@pytest.mark.parametrize(
    ("names", "title", "places"),
    [
        (
            ["Crayford Signs Ltd"],
            "Wayfinding signs: contract award to Crayford Signs & Print Solutions Ltd",
            BEXLEY,
        ),
        (
            ["Howardsgate Estates plc"],
            "Consent for cycle store - Howardsgate Estates Tenants' Association Co Ltd",
            WELWYN_HATFIELD,
        ),
        (
            ["Digswell Roofing & Building Ltd"],
            "Sheltered housing re-roofing: award to Welwyn Roofing & Building Ltd",
            WELWYN_HATFIELD,
        ),
    ],
)
def test_a_longer_or_other_legal_name_is_another_company(names, title, places):
    assert not reasons(title, names=names, places=places)


@pytest.mark.parametrize(
    ("names", "title", "places"),
    [
        (["Crayford Signs Ltd"], "Street nameplates: extension for Crayford Signs Ltd", BEXLEY),
        (
            ["Hatfield Cycles Ltd"],
            "Cycle hire scheme: variation with Hatfield Cycles (Herts) Ltd",
            WELWYN_HATFIELD,
        ),
        (
            ["Digswell Roofing & Building Ltd"],
            "Re-roofing contract: extension for Digswell Roofing & Building Ltd",
            WELWYN_HATFIELD,
        ),
        # Words before the name, in a title written in capitals.
        (
            ["Hatfield Cycles Ltd"],
            "Cycle Hire Contract Variation With Hatfield Cycles Ltd",
            WELWYN_HATFIELD,
        ),
        (
            ["Hatfield Cycles Ltd"],
            "CYCLE HIRE CONTRACT VARIATION WITH HATFIELD CYCLES LTD",
            WELWYN_HATFIELD,
        ),
        # A word saying what any firm does; the member's second company.
        (["Acme Roofing Ltd"], "Award to Acme Roofing Services Ltd", BEXLEY),
        (
            ["Crayford Signs Ltd", "Crayford Signs & Graphics Group Ltd"],
            "Award to Crayford Signs & Graphics Group Ltd",
            BEXLEY,
        ),
        # The place written with one slip, with the legal form.
        (
            ["Moulsham Electrical Services Ltd"],
            "Extension for Moulsam Electrical Services Ltd",
            CHELMSFORD,
        ),
    ],
)
def test_the_member_s_own_legal_name_still_matches(names, title, places):
    assert reasons(title, names=names, places=places)


DETAILS = "Director; the company holds the council housing re-roofing contract."


@pytest.mark.parametrize(
    ("description", "matched"),
    [
        ("Instructs Phase 2 under the re-roofing contract with Woolmer Roofing Ltd.", False),
        ("Phase 2 instruction to Woolmer Roofing & Building Limited.", False),
        ("Instructs Phase 2 under the existing council housing re-roofing contract.", True),
        # A company doing other work is not the contract's holder.
        ("Instructs Phase 2; the asbestos survey was by Acme Surveys Ltd.", True),
    ],
)
def test_a_contract_held_with_another_named_company_is_not_the_member_s(description, matched):
    title = "Council housing re-roofing contract: Phase 2 instruction"
    names = ["Digswell Roofing & Building Ltd"]
    found = reasons(title, description, names=names, details=DETAILS, places=WELWYN_HATFIELD)
    assert bool(found) is matched


@pytest.mark.parametrize(
    ("names", "title", "matched"),
    [
        (["Moulsham Electrical Services Ltd"], "Extension for Moulsam Electrical Services", True),
        (["Springfield Joinery Ltd"], "Shopfront repairs by Springfeild Joinery", True),
        # Two slips make another name.
        (["Broomfield Joinery Ltd"], "Shopfront repairs by Bloomfeld Joinery", False),
        # Short words: one letter makes another word.
        (["Mill Road Surgery"], "Car park at Hill Road Surgery", False),
    ],
)
def test_a_name_written_with_one_slip_is_the_member_s(names, title, matched):
    assert bool(reasons(title, names=names, places=CHELMSFORD)) is matched


@pytest.mark.parametrize(
    ("title", "matched"),
    [
        ("Broadway, Bexleyheath: relocation of market pitches 10-20", True),
        ("Broadway, Bexleyheath: relocation of market pitches 1-9", False),
        ("Broadway, Sidcup: relocation of market pitches 10-20", False),
        ("Sidcup Broadway market: pitches 10-20 (Bexleyheath traders not affected)", False),
    ],
)
def test_a_site_named_by_its_other_words_with_its_place_elsewhere(title, matched):
    description = "Moves the Broadway market pitches during repaving."
    found = reasons(title, description, addresses=["Pitch 14, Bexleyheath Broadway market"])
    assert bool(found) is matched


def test_an_estate_named_by_its_kind_alone_is_not_the_member_s():
    title = "Unit 14, Thames Road Industrial Estate, Crayford - change of use"
    address = "Unit 14, Crayford Industrial Estate, Swaisland Drive, Crayford DA1 4HT"
    assert not reasons(title, addresses=[address], places=BEXLEY)
