"""Spreadsheet cells: text a spreadsheet would run as a formula is written as text; rows are
numbered as a spreadsheet shows them."""

import pytest

from nolan.core.spreadsheets import csv_row_numbers, inert_cell


@pytest.mark.parametrize("text", ["=1+1", "+44 20 7946 0000", "-5", "@SUM(A1)", "\tx", "\rx"])
def test_text_starting_like_a_formula_gets_a_quote_in_front(text):
    assert inert_cell(text) == "'" + text


@pytest.mark.parametrize("value", ["Acme Ltd", "", "1 = 1", "2025-03-01", -500, 7500, True, None])
def test_other_text_and_every_number_or_boolean_is_unchanged(value):
    assert inert_cell(value) == value


def test_csv_rows_are_numbered_as_a_spreadsheet_shows_them_under_the_heading_row():
    text = 'number,title\n1,Minutes\n\n2,"Budget\nand fees"\n3,Close\n'
    assert csv_row_numbers(text) == [2, 4, 5]
