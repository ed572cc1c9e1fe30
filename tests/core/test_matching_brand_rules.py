"""A listed group's trading brand is the group: shares in "Whitbread PLC" are touched by a
Premier Inn's extension, shares in "Kingfisher plc" by a Screwfix's opening hours, with the
brand written with capitals. Not another group's brand, not the brand's words in lower case
("a one-stop shop"), and not the brands of a group the member did not register."""

import pytest
from matching_cases import BEXLEY, WELWYN_HATFIELD, reasons


@pytest.mark.parametrize(
    ("group", "title"),
    [
        ("Whitbread PLC", "Brewers Fayre, Lemsford Road: new drive-through"),
        ("Kingfisher plc", "B&Q, Hatfield Business Park - variation of delivery hours"),
        ("Mitchells & Butlers plc", "Toby Carvery, Stanborough - premises licence variation"),
        ("Tesco PLC", "One Stop, 4 Howlands - new shopfront"),
    ],
)
def test_a_group_s_brand_is_the_group(group, title):
    assert reasons(title, "For decision.", places=WELWYN_HATFIELD, names=[group])


@pytest.mark.parametrize(
    ("group", "title"),
    [
        # Another group's brand.
        ("Whitbread PLC", "Toby Carvery, Stanborough - premises licence variation"),
        # The brand's words in lower case.
        ("Tesco PLC", "Howlands: a one stop shop for council services"),
    ],
)
def test_another_group_s_brand_or_the_words_in_lower_case_are_not_the_group(group, title):
    assert reasons(title, "For decision.", places=WELWYN_HATFIELD, names=[group]) == set()


def test_a_brand_is_not_a_company_that_only_shares_a_word_with_the_group():
    title = "Premier Inn, Crayford Way - extension"
    assert reasons(title, "For decision.", places=BEXLEY, names=["Whitbread Farm Ltd"]) == set()
