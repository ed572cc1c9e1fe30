"""The one shape of a refused import's errors (issue 11): where, then a sentence."""

from nolan.core.errors import ImportRefused, Refused, RowError


def test_a_row_error_says_its_row_and_column_then_a_sentence():
    assert str(RowError(3, "value", "negative-value", "enter £0 or more")) == (
        "Row 3, column value: Enter £0 or more"
    )


def test_a_row_error_about_a_whole_row_names_no_column():
    assert str(RowError(2, "", "extra-values", "the row has more values")) == (
        "Row 2: The row has more values"
    )


def test_an_error_about_the_whole_file_names_neither_row_nor_column():
    assert str(RowError(0, "", "no-rows", "the file has no rows")) == "The file has no rows"


def test_an_import_refused_is_a_refusal_listing_every_error():
    errors = [RowError(1, "title", "required", "give the title"), RowError(0, "", "x", "y")]
    refused = ImportRefused(errors)
    assert isinstance(refused, Refused)
    assert refused.code == "import-refused"
    assert refused.errors == tuple(errors)
    assert refused.message == "Row 1, column title: Give the title; Y"
