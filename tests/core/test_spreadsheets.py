"""Spreadsheet cells: text a spreadsheet would run as a formula is written as text."""

import pytest

from nolan.core.spreadsheets import inert_cell


@pytest.mark.parametrize("text", ["=1+1", "+44 20 7946 0000", "-5", "@SUM(A1)", "\tx", "\rx"])
def test_text_starting_like_a_formula_gets_a_quote_in_front(text):
    assert inert_cell(text) == "'" + text


@pytest.mark.parametrize("value", ["Acme Ltd", "", "1 = 1", "2025-03-01", -500, 7500, True, None])
def test_other_text_and_every_number_or_boolean_is_unchanged(value):
    assert inert_cell(value) == value
