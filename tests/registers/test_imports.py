"""Importing a council's spreadsheet: dry run, all-or-nothing, row-by-row errors."""

import io

import pytest
import tablib
from django.core.files.uploadedfile import SimpleUploadedFile

from nolan.registers.imports import GiftResource, InterestResource
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
    assert "negative-value" in str(invalid[0].error_dict)


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
    assert "member" in result.invalid_rows[0].error_dict
    assert Gift.objects.count() == 0


def test_interests_import_with_their_typed_fields(member, mo):
    data = tablib.Dataset(
        headers=["council", "member", "category", "securities_body", "securities_test_met", "start"]
    )
    data.append([member.council.slug, member.slug, "securities", "Acme plc", "yes", "2020-01-01"])
    data.append([member.council.slug, member.slug, "securities", "Small plc", "no", "2020-01-01"])
    result = InterestResource(user=mo).import_data(data, dry_run=False)
    assert "securities-below-test" in str(result.invalid_rows[0].error_dict)
    assert InterestEntry.objects.count() == 0


def test_the_back_office_rejects_a_file_that_is_not_a_spreadsheet(client, member, mo):
    mo.is_staff = mo.is_superuser = True
    mo.save()
    client.force_login(mo)
    upload = SimpleUploadedFile("gifts.xlsx", b"this is not a spreadsheet")
    response = client.post("/admin/registers/gift/import/", {"import_file": upload, "format": "2"})
    assert response.status_code == 200
    assert response.context["form"].errors
    assert Gift.objects.count() == 0


def test_the_back_office_dry_run_then_confirm_imports_a_csv(client, member, mo):
    mo.is_staff = mo.is_superuser = True
    mo.save()
    client.force_login(mo)
    text = io.StringIO()
    text.write(gifts_dataset(member, GOOD).export("csv"))
    upload = SimpleUploadedFile("gifts.csv", text.getvalue().encode(), content_type="text/csv")
    response = client.post("/admin/registers/gift/import/", {"import_file": upload, "format": "0"})
    assert response.status_code == 200
    assert response.context["result"].totals["new"] == 1
    assert Gift.objects.count() == 0
    confirm = response.context["confirm_form"].initial
    client.post("/admin/registers/gift/process_import/", confirm)
    assert Gift.objects.count() == 1
