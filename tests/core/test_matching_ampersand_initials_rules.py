"""Initials joined by "&" ("M&S", "B&Q", "P&O") are a name written in capitals. ``tokens``
reads "M&S" as "ms", as it reads the title "Ms", so the item's own capitals tell them apart:
"M&S" opening a title or a sentence is still the name, not an ordinary word, and a title
("Ms Okafor", "Ms J Spencer") is not the initials of "M&S" or "Marks and Spencer plc"."""

import pytest
from matching_cases import BEXLEY, reasons


@pytest.mark.parametrize(
    ("names", "title"),
    [
        (["M&S"], "M&S: replacement shopfront, 41 Broadway, Bexleyheath"),
        (["B&Q"], "B&Q: extended opening hours at the Crayford store"),
        (["P&O"], "P&O - coach layover bays, Erith Pier"),
        (["Marks and Spencer plc"], "M&S: new loading bay, Broadway Square"),
    ],
)
def test_ampersand_initials_opening_a_title_are_the_name(names, title):
    assert reasons(title, "Officers recommend approval.", places=BEXLEY, names=names)


@pytest.mark.parametrize(
    ("names", "title"),
    [
        (["M&S"], "Petition from Ms Okafor about parking on Welling High Street"),
        (["M&S"], "Complaint by Ms J Spencer, Pickford Lane"),
        (["Marks and Spencer plc"], "Objection from Ms Adeyemi to 12 flats, Bellegrove Road"),
    ],
)
def test_the_title_ms_is_not_the_initials(names, title):
    assert reasons(title, "For the committee's decision.", places=BEXLEY, names=names) == set()


def test_the_initials_in_capitals_still_match_beside_a_title():
    title = "Ms Okafor's objection to the M&S delivery hours, Broadway"
    assert reasons(title, "", places=BEXLEY, names=["M&S"])


GROUP = {"places": BEXLEY, "names": ["Harwood and Lyle Group plc"], "details": "Shares"}


def test_a_group_s_initials_joined_by_and_are_its_brand():
    """A company's initials without "Group" are the group's brand, written "H&L" before
    its trade ("H&L Kitchens"): another name would hide a one-word name (``leaves``), but
    the initials are the group's own."""
    title = "Shopfront and signs: H&L Kitchens, 22 Broadway, Bexleyheath"
    assert reasons(title, "Illuminated fascia for the new H&L Kitchens showroom.", **GROUP)


@pytest.mark.parametrize(
    "title",
    [
        "Ms Harwood's objection to 4 flats, Mayplace Road",
        "HL Motors: car sales pitch, Crayford Road",
        "Hl planning update",
    ],
)
def test_a_group_s_two_initials_only_joined_by_and(title):
    assert reasons(title, "For decision.", **GROUP) == set()
