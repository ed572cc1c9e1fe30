"""Importing a council's spreadsheet: dry run, all-or-nothing, row-by-row errors."""

import io
import re
import zipfile

import openpyxl
import pytest
import tablib

from nolan.registers.imports import (
    GiftResource,
    InterestResource,
    SpreadsheetError,
    _codes,
    read_dataset,
)
from nolan.registers.models import Gift, InterestEntry
from tests.factories import CouncilFactory
from tests.registers.factories import officer

pytestmark = pytest.mark.django_db

GIFT_HEADERS = [
    "council",
    "member",
    "donor_name",
    "donor_kind",
    "description",
    "value",
    "received_on",
    "accepted",
]


def gifts_dataset(member, *rows):
    data = tablib.Dataset(headers=GIFT_HEADERS)
    for row in rows:
        data.append([member.council.slug, member.slug, *row])
    return data


GOOD = ["Acme Builders Ltd", "organisation", "Dinner", "75.50", "01/02/2025", "yes"]
ALSO_GOOD = ["Hatfield Rotary Club", "organisation", "Lunch", "60", "03/02/2025", "yes"]


@pytest.fixture
def mo(member):
    return officer(member.council)


def test_a_dry_run_shows_what_would_be_added_and_saves_nothing(member, mo):
    result = GiftResource(user=mo).import_data(gifts_dataset(member, GOOD, ALSO_GOOD), dry_run=True)
    assert not result.has_errors() and not result.has_validation_errors()
    assert result.totals["new"] == 2
    assert Gift.objects.count() == 0


def test_importing_the_same_spreadsheet_twice_registers_nothing_twice(member, mo):
    GiftResource(user=mo).import_data(gifts_dataset(member, GOOD), dry_run=False)
    again = GiftResource(user=mo).import_data(gifts_dataset(member, GOOD, ALSO_GOOD), dry_run=True)
    assert (again.totals["skip"], again.totals["new"]) == (1, 1)
    GiftResource(user=mo).import_data(gifts_dataset(member, GOOD, ALSO_GOOD), dry_run=False)
    assert Gift.objects.count() == 2


def test_a_repeated_interest_row_is_skipped(member, mo):
    data = tablib.Dataset(headers=["council", "member", "category", "employer", "start"])
    row = [member.council.slug, member.slug, "employment", "Hatfield Bakery Ltd", "2020-01-01"]
    data.append(row)
    data.append(row)
    result = InterestResource(user=mo).import_data(data, dry_run=False)
    assert not result.has_errors() and not result.has_validation_errors()
    assert InterestEntry.objects.count() == 1


def test_a_real_run_registers_each_row_through_the_services(member, mo):
    GiftResource(user=mo).import_data(gifts_dataset(member, GOOD), dry_run=False)
    gift = Gift.objects.get()
    assert (gift.value_pence, gift.registered_by, gift.history.get().history_user) == (7550, mo, mo)


def test_one_bad_row_rolls_back_every_row_and_names_the_row_and_field(member, mo):
    bad = ["Acme", "organisation", "Dinner", "-5", "2025-02-01", "yes"]
    result = GiftResource(user=mo).import_data(gifts_dataset(member, GOOD, bad), dry_run=False)
    assert Gift.objects.count() == 0
    invalid = result.invalid_rows
    assert [r.number for r in invalid] == [2]
    assert _codes(invalid[0].error) == {"value_pence": ["negative-value"]}


@pytest.mark.parametrize(
    ("row", "field"),
    [
        (["Acme", "organisation", "Dinner", "lots", "2025-02-01", "yes"], "value_pence"),
        (["Acme", "organisation", "Dinner", "10", "31/02/2025", "yes"], "received_on"),
        (["Acme", "organisation", "Dinner", "10", "2025-02-01", "perhaps"], "accepted"),
    ],
)
def test_malformed_cells_are_reported_against_their_column(member, mo, row, field):
    result = GiftResource(user=mo).import_data(gifts_dataset(member, row), dry_run=True)
    assert field in result.invalid_rows[0].error_dict


def test_an_officer_cannot_import_into_another_councils_register(member):
    other = officer(CouncilFactory(slug="bexley"))
    result = GiftResource(user=other).import_data(gifts_dataset(member, GOOD), dry_run=False)
    assert "council" in result.invalid_rows[0].error_dict
    assert Gift.objects.count() == 0


def test_interests_import_with_their_typed_fields(member, mo):
    data = tablib.Dataset(
        headers=["council", "member", "category", "securities_body", "securities_test_met", "start"]
    )
    data.append([member.council.slug, member.slug, "securities", "Acme plc", "yes", "2020-01-01"])
    data.append([member.council.slug, member.slug, "securities", "Small plc", "no", "2020-01-01"])
    result = InterestResource(user=mo).import_data(data, dry_run=False)
    codes = _codes(result.invalid_rows[0].error)
    assert codes == {"securities_test_met": ["securities-below-test"]}
    assert InterestEntry.objects.count() == 0


def excel(member, value_cell, occasion_cell, cached: dict[str, str] | None = None) -> bytes:
    """A one-row gifts workbook as openpyxl writes it: formulas saved without their values,
    unless ``cached`` gives a cell's saved value (as Excel would write it)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([*GIFT_HEADERS, "occasion"])
    row = [member.council.slug, member.slug, "Acme Builders Ltd", "organisation", "Dinner"]
    sheet.append([*row, value_cell, "01/02/2025", "yes", occasion_cell])
    out = io.BytesIO()
    book.save(out)
    if not cached:
        return out.getvalue()
    patched = io.BytesIO()
    with zipfile.ZipFile(out) as source, zipfile.ZipFile(patched, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                for cell, value in cached.items():
                    data = re.sub(
                        rf'(<c r="{cell}"[^>]*>)<f>(.*?)</f><v\s*/?>(</v>)?'.encode(),
                        rf"\1<f>\2</f><v>{value}</v>".encode(),
                        data,
                    )
            target.writestr(item, data)
    return patched.getvalue()


def test_an_excel_formula_is_read_as_its_saved_value(member, mo):
    data = excel(member, "=70+5.5", "Awards", cached={"F2": "75.5"})
    GiftResource(user=mo).import_data(read_dataset(data, "xlsx"), dry_run=False)
    assert Gift.objects.get().value_pence == 7550


def test_an_excel_formula_with_no_saved_value_is_refused_naming_its_cell(member, mo):
    data = excel(member, "75.50", '="Civic "&"awards"')
    with pytest.raises(SpreadsheetError) as refused:
        read_dataset(data, "xlsx")
    assert refused.value.code == "formula-without-value"
    assert "I2" in refused.value.message


def test_a_member_is_found_by_name_without_a_council_column(member, mo):
    data = tablib.Dataset(headers=GIFT_HEADERS[1:])
    data.append([f"  {member.name.upper()} ", *GOOD])
    result = GiftResource(user=mo).import_data(data, dry_run=False)
    assert not result.has_validation_errors()
    assert Gift.objects.get().member == member


def test_an_unknown_member_is_named_in_words(member, mo):
    data = tablib.Dataset(headers=GIFT_HEADERS)
    data.append([member.council.name, "Nobody Known", *GOOD])
    data.append(["Atlantis", member.name, *GOOD])
    result = GiftResource(user=mo).import_data(data, dry_run=True)
    unknown_member, unknown_council = [row.error_dict for row in result.invalid_rows]
    messages = [
        str(error)
        for errors in (unknown_member["member"], unknown_council["council"])
        for error in errors
    ]
    assert "Nobody Known" in messages[0] and member.council.name in messages[0]
    assert "Atlantis" in messages[1]
    assert not [m for m in messages if "'" in m or "None" in m]


def test_a_negative_value_is_refused_in_pounds_not_pence(member, mo):
    bad = ["Acme", "organisation", "Dinner", "-5", "2025-02-01", "yes"]
    result = GiftResource(user=mo).import_data(gifts_dataset(member, bad), dry_run=True)
    (message,) = result.invalid_rows[0].error_dict["value_pence"]
    assert "£0" in message and "500p" not in message


INTEREST_HEADERS = ["council", "member", "category", "whose", "employer", "start"]


@pytest.mark.parametrize(
    ("start", "start_code"), [("31/02/2025", "bad-date"), ("2099-01-01", "future-date")]
)
def test_every_error_in_a_row_is_reported_not_only_the_first(member, mo, start, start_code):
    """A bad ``whose`` and a bad date in one row are both reported, whether the date cannot
    be read (the cell's error) or is refused by the rules (issue 11); the good row beside
    them is not imported either."""
    data = tablib.Dataset(headers=INTEREST_HEADERS)
    slug = member.council.slug
    data.append([slug, member.slug, "employment", "", "Hatfield Bakery Ltd", "2020-01-01"])
    data.append([slug, member.slug, "employment", "spouse", "Acme Ltd", start])
    result = InterestResource(user=mo).import_data(data, dry_run=False)
    assert [r.number for r in result.invalid_rows] == [2]
    assert _codes(result.invalid_rows[0].error) == {
        "whose": ["unknown-whose"],
        "start": [start_code],
    }
    assert InterestEntry.objects.count() == 0


def test_a_row_refused_by_the_rules_lists_each_of_its_faults(member, mo):
    data = tablib.Dataset(headers=INTEREST_HEADERS)
    data.append([member.council.slug, member.slug, "land2", "spouse", "", "2099-01-01"])
    result = InterestResource(user=mo).import_data(data, dry_run=True)
    assert _codes(result.invalid_rows[0].error) == {
        "whose": ["unknown-whose"],
        "category": ["unknown-category"],
        "start": ["future-date"],
    }


def test_every_error_in_a_gift_row_is_reported_against_its_column(member, mo):
    bad = ["Acme", "robot", "", "-5", "2099-01-01", "perhaps"]
    result = GiftResource(user=mo).import_data(gifts_dataset(member, GOOD, bad), dry_run=False)
    assert [r.number for r in result.invalid_rows] == [2]
    assert _codes(result.invalid_rows[0].error) == {
        "accepted": ["not-yes-or-no"],
        "donor_kind": ["unknown-donor-kind"],
        "description": ["missing-field"],
        "value_pence": ["negative-value"],
        "received_on": ["future-date"],
    }
    assert Gift.objects.count() == 0


def test_a_cell_that_cannot_be_read_is_not_reported_again_as_missing(member, mo):
    """The rules see an unreadable cell as empty; its own error says what is wrong."""
    bad = ["Acme", "organisation", "Dinner", "lots", "not a date", "yes"]
    result = GiftResource(user=mo).import_data(gifts_dataset(member, bad), dry_run=True)
    assert _codes(result.invalid_rows[0].error) == {
        "value_pence": ["invalid-value"],
        "received_on": ["bad-date"],
    }
