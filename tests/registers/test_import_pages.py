"""The back office's spreadsheet import: checked and imported by a background task, the
upload kept in the officer's own import (never a file the form names), and cleaned away."""

import datetime as dt
import re
import tempfile

import pytest
import tablib
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.urls import reverse
from django.utils import timezone

from nolan.registers import services
from nolan.registers.imports import GiftResource, InterestResource
from nolan.registers.models import Gift, RegisterImport
from tests.registers.factories import officer
from tests.registers.test_imports import ALSO_GOOD, GIFT_HEADERS, GOOD, gifts_dataset

pytestmark = pytest.mark.django_db

IMPORT = "/admin/registers/gift/import/"
CONFIRM = "/admin/registers/gift/process_import/"
WORKER = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def back_office(client, user):
    user.is_staff = user.is_superuser = True
    user.save()
    client.force_login(user)
    return client


@pytest.fixture
def mo(member):
    return officer(member.council)


@pytest.fixture
def signed_in(client, mo):
    return back_office(client, mo)


def upload(client, member, *rows, name="gifts.csv"):
    data = gifts_dataset(member, *rows).export("csv").encode()
    return client.post(IMPORT, {"import_file": SimpleUploadedFile(name, data), "format": "0"})


def the_import() -> RegisterImport:
    return RegisterImport.objects.get()


def confirm(client, upload_id):
    return client.post(CONFIRM, {"import_id": str(upload_id)})


def run_worker():
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload")


def test_a_dry_run_then_confirm_imports_a_csv(signed_in, member):
    response = upload(signed_in, member, GOOD)
    assert response.status_code == 302
    page = signed_in.get(response.url)
    assert page.context["result"].totals["new"] == 1
    assert Gift.objects.count() == 0
    assert confirm(signed_in, page.context["confirm_form"].initial["import_id"]).status_code == 302
    assert Gift.objects.count() == 1
    done = signed_in.get(response.url)
    assert done.context["upload"].status == RegisterImport.Status.IMPORTED
    assert bytes(the_import().upload) == b""


@pytest.mark.django_db(transaction=True)
def test_with_a_worker_the_upload_request_only_queues_the_rows(client, member, settings):
    settings.TASKS = WORKER
    signed_in = back_office(client, officer(member.council))
    response = upload(signed_in, member, GOOD, ALSO_GOOD)
    page = signed_in.get(response.url)
    assert (page.context["upload"].status, page.context["upload"].rows_total) == ("checking", 2)
    assert b'http-equiv="refresh"' in page.content
    run_worker()
    page = signed_in.get(response.url)
    assert page.context["upload"].status == "ready"
    assert b'http-equiv="refresh"' not in page.content
    confirm(signed_in, the_import().pk)
    assert signed_in.get(response.url).context["upload"].status == "importing"
    assert Gift.objects.count() == 0
    run_worker()
    assert Gift.objects.count() == 2
    assert signed_in.get(response.url).context["upload"].status == "imported"


@pytest.mark.skipif(
    connection.vendor == "sqlite", reason="SQLite has one writer: progress shows at the end"
)
@pytest.mark.django_db(transaction=True)
def test_the_progress_page_counts_rows_while_the_import_runs(client, member, settings, monkeypatch):
    settings.TASKS = WORKER
    signed_in = back_office(client, officer(member.council))
    rows = [["Donor", "organisation", f"Dinner {n}", "60", "01/02/2025", "yes"] for n in range(40)]
    upload(signed_in, member, *rows)
    seen = []
    register_gift = services.register_gift

    def counting(*args, **kwargs):
        if len(seen) == 30:
            # What the progress page would read, from outside the import's transaction.
            other = connections.create_connection(DEFAULT_DB_ALIAS)
            with other.cursor() as cursor:
                cursor.execute("SELECT rows_done FROM registers_registerimport")
                seen.append(cursor.fetchone()[0])
            other.close()
        seen.append(None)
        return register_gift(*args, **kwargs)

    monkeypatch.setattr(services, "register_gift", counting)
    run_worker()
    assert 25 in seen
    assert the_import().rows_done == 40


def test_a_dry_run_leaves_nothing_in_the_temp_folder(signed_in, member, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    upload(signed_in, member, GOOD)
    assert list(tmp_path.iterdir()) == []


def test_a_forged_confirm_naming_a_file_is_refused(signed_in, member, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    planted = tmp_path / "someone-elses-upload"
    planted.write_text(gifts_dataset(member, GOOD).export("csv"))
    forged = {"import_file_name": planted.name, "original_file_name": "x.csv", "format": "0"}
    assert signed_in.post(CONFIRM, forged).status_code == 400
    assert Gift.objects.count() == 0
    assert planted.exists()


def test_another_officers_import_is_refused(client, signed_in, member):
    upload(signed_in, member, GOOD)
    mine = the_import()
    colleague = back_office(client.__class__(), officer(member.council))
    assert colleague.get(f"{IMPORT}{mine.pk}/").status_code == 404
    assert confirm(colleague, mine.pk).status_code == 404
    assert Gift.objects.count() == 0
    assert confirm(signed_in, mine.pk).status_code == 302
    assert Gift.objects.count() == 1


def test_an_import_is_confirmed_only_once(signed_in, member):
    upload(signed_in, member, GOOD)
    assert confirm(signed_in, the_import().pk).status_code == 302
    assert confirm(signed_in, the_import().pk).status_code == 404


def test_rows_with_errors_are_listed_and_their_file_is_not_kept(signed_in, member):
    bad = ["Acme", "organisation", "Dinner", "-5", "2025-02-01", "yes"]
    page = signed_in.get(upload(signed_in, member, GOOD, bad).url)
    invalid = page.context["result"].invalid_rows
    assert [row["number"] for row in invalid] == [2]
    assert [(e.row, e.column, e.code) for e in page.context["result"].refused.errors] == [
        (3, "value", "negative-value")
    ]
    listed = page.content.decode().split('id="import-errors"')[1]
    assert '<li data-code="negative-value">Row 3, column value: ' in listed
    assert "[negative-value]" not in page.content.decode()
    assert "confirm_form" not in page.context
    assert (the_import().status, bytes(the_import().upload)) == ("invalid", b"")


def test_an_abandoned_dry_run_is_cleaned_up(signed_in, member):
    upload(signed_in, member, GOOD)
    assert bytes(the_import().upload)
    RegisterImport.objects.update(updated_at=timezone.now() - dt.timedelta(hours=25))
    call_command("clean_imports")
    assert not RegisterImport.objects.exists()


def test_the_next_upload_clears_abandoned_ones(signed_in, member):
    upload(signed_in, member, GOOD)
    RegisterImport.objects.update(updated_at=timezone.now() - dt.timedelta(hours=25))
    upload(signed_in, member, ALSO_GOOD)
    assert RegisterImport.objects.get().rows_total == 1
    assert RegisterImport.objects.get().status == "ready"
    assert Gift.objects.count() == 0


def test_a_file_that_is_not_a_spreadsheet_is_refused_and_not_kept(signed_in):
    not_excel = SimpleUploadedFile("gifts.xlsx", b"this is not a spreadsheet")
    response = signed_in.post(IMPORT, {"import_file": not_excel, "format": "1"})
    assert response.status_code == 200
    assert response.context["form"].errors.as_data()["import_file"][0].code == "unreadable"
    assert not RegisterImport.objects.exists()


def test_the_upload_page_lists_each_column_and_offers_a_template(signed_in):
    """Issue 11: the page says what each column holds and offers the heading row as a file,
    the council column included, where it listed bare field names without the council."""
    page = signed_in.get(IMPORT)
    columns = [column for column, _ in page.context["columns"]]
    body = page.content.decode()
    assert 'id="import-columns"' in body and page.context["template_url"] in body
    template = signed_in.get(page.context["template_url"])
    assert template["Content-Type"].startswith("text/csv")
    heading = template.content.decode().strip().split(",")
    assert heading == columns
    resource = {f.column_name for f in GiftResource().get_user_visible_fields()}
    assert set(heading) == resource | {"council"}
    interests = signed_in.get(IMPORT.replace("gift", "interestentry"))
    resource = {f.column_name for f in InterestResource().get_user_visible_fields()}
    assert {column for column, _ in interests.context["columns"]} == resource | {"council"}


def test_the_template_is_for_the_back_office_only(client):
    assert client.get(IMPORT + "template.csv").status_code == 302  # to sign in


def test_the_dry_run_says_which_council_rows_without_one_were_taken_to_be_at(signed_in, member):
    data = tablib.Dataset(headers=GIFT_HEADERS[1:])
    data.append([member.name, *GOOD])
    file = SimpleUploadedFile("gifts.csv", data.export("csv").encode())
    response = signed_in.post(IMPORT, {"import_file": file, "format": "0"})
    page = signed_in.get(response.url).content.decode()
    assert f"Rows with no council were taken to be members of {member.council.name}." in page
    with_council = signed_in.get(upload(signed_in, member, ALSO_GOOD).url)
    assert "import-assumed" not in with_council.content.decode()


INTERESTS = "/admin/registers/interestentry/import/"


def upload_text(client, text, url=INTERESTS):
    file = SimpleUploadedFile("interests.csv", text.encode())
    return client.post(url, {"import_file": file, "format": "0"})


def errors_listed(client, response) -> list[str]:
    """The import's errors as the officer reads them on its page."""
    page = client.get(response.url).content.decode()
    listed = (
        page.split('id="import-errors"')[1].split("</ul>")[0] if "import-errors" in page else ""
    )
    return [" ".join(item.split()) for item in re.findall(r"<li[^>]*>(.*?)</li>", listed, re.S)]


def test_a_whose_that_is_neither_member_nor_partner_is_refused_in_words(signed_in, member):
    response = upload_text(
        signed_in,
        "member,category,whose,employer,start\n"
        f"{member.name},employment,True,Acme Ltd,2020-01-01\n",
    )
    assert errors_listed(signed_in, response) == [
        "Row 2, column whose: Whose interest: write member or partner"
    ]


def test_a_council_is_found_by_its_name_as_people_write_it(signed_in, member):
    member.council.name = "Welwyn Hatfield Borough Council"
    member.council.save()
    response = upload_text(
        signed_in,
        "council,member,category,employer,start\n"
        f"welwyn HATFIELD,{member.name},employment,Acme Ltd,2020-01-01\n"
        f"Atlantis,{member.name},employment,Acme Ltd,2020-01-01\n",
    )
    assert errors_listed(signed_in, response) == [
        "Row 3, column council: You do not act for a council called “Atlantis”"
    ]


def test_wholly_blank_rows_are_skipped_and_rows_keep_their_numbers(signed_in, member):
    response = upload_text(
        signed_in,
        "member,category,employer,start\n"
        f"{member.name},employment,Acme Ltd,2020-01-01\n"
        ",,,\n"
        f"{member.name},land2,,2020-01-01\n"
        ",, ,\n",
    )
    assert the_import().rows_total == 2
    (error,) = errors_listed(signed_in, response)
    assert error.startswith("Row 4, column category: “land2” is not a kind of interest")


def test_a_column_the_register_does_not_have_is_refused_naming_it(signed_in, member):
    response = upload_text(
        signed_in,
        "member,category,employer,start,unknown-field\n"
        f"{member.name},employment,Acme Ltd,2020-01-01,x\n",
    )
    (error,) = response.context["form"].errors.as_data()["import_file"]
    assert error.code == "unknown-column"
    assert "“unknown-field”" in error.message
    assert not RegisterImport.objects.exists()


def test_each_error_in_a_row_is_listed_with_its_row_and_column(signed_in, member):
    response = upload_text(
        signed_in,
        "member,category,whose,employer,start\n"
        f"{member.name},employment,spouse,Acme Ltd,31/02/2025\n",
    )
    assert errors_listed(signed_in, response) == [
        "Row 2, column start: “31/02/2025” is not a date written YYYY-MM-DD or DD/MM/YYYY",
        "Row 2, column whose: Whose interest: write member or partner",
    ]


def test_the_officers_registers_page_links_both_imports(client, member):
    """Walk: the import was reachable only by typing the back office's address."""
    back_office(client, officer(member.council))
    page = client.get(reverse("register-officer", args=[member.council.slug])).content.decode()
    assert f'href="{INTERESTS}"' in page
    assert f'href="{IMPORT}"' in page


def test_a_file_with_no_format_chosen_is_read_by_its_extension(signed_in, member):
    """Walk: with "Format" left at "---" the only error was "This field is required."."""
    data = gifts_dataset(member, GOOD).export("csv").encode()
    response = signed_in.post(IMPORT, {"import_file": SimpleUploadedFile("gifts.CSV", data)})
    assert response.status_code == 302
    assert the_import().file_format == "csv"


def test_a_file_whose_format_cannot_be_told_asks_for_it(signed_in, member):
    data = gifts_dataset(member, GOOD).export("csv").encode()
    response = signed_in.post(IMPORT, {"import_file": SimpleUploadedFile("gifts.txt", data)})
    assert response.status_code == 200
    errors = response.context["form"].errors.as_data()
    assert "import_file" not in errors
    (error,) = errors["format"]
    assert (error.code, error.message) == ("format-unknown", "Choose the file's format")
    assert not RegisterImport.objects.exists()


def test_the_check_page_reads_as_one_sentence_for_one_row(signed_in, member):
    """Walk: "Import: Checked: some rows need correcting" and "all 1 rows checked"."""
    page = signed_in.get(upload(signed_in, member, GOOD).url)
    text = " ".join(page.content.decode().split())
    assert page.context["title"] == "Import checked: ready to import"
    assert "the one row checked: 1 to add" in text
    assert "1 rows" not in text
    bad = ["Acme", "organisation", "Dinner", "-5", "2025-02-01", "yes"]
    page = signed_in.get(upload(signed_in, member, bad).url)
    assert page.context["title"] == "Import checked: some rows need correcting"
    assert "1 row checked. Correct" in " ".join(page.content.decode().split())
