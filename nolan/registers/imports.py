"""Import a council's existing register spreadsheets (CSV or Excel) with django-import-export.

The Monitoring Officer uploads in the back office: a dry run shows what would be added and
each row's errors; the real run is all-or-nothing (any invalid row rolls back every row).
Each row is written through ``nolan.registers.services`` like any other entry, so the
same validation, deadlines and history apply; every fault the services find in a row
(``interest_problems``, ``gift_problems``), and every cell that cannot be read, becomes one
of that row's errors, so a row is corrected once (issue 11).

Columns are documented in docs/open-data.md ("Importing"). Dates are YYYY-MM-DD or
DD/MM/YYYY; values are in pounds; ``accepted`` is yes or no. Files are CSV or Excel (.xlsx);
an Excel formula counts as the value it last showed, and one with no saved value is refused.

The upload, its dry run and the import itself are run by ``nolan.registers.tasks`` outside
the web request; this module reads the file and turns a run's result into what the
progress page shows.
"""

import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from io import BytesIO

import openpyxl
import tablib
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db.models import Q
from import_export import fields, resources, widgets
from import_export.formats import base_formats
from import_export.results import Result
from openpyxl.utils import get_column_letter

from nolan.core.errors import ImportRefused, Refused, RowError
from nolan.core.spreadsheets import csv_row_numbers
from nolan.councils.models import Member
from nolan.councils.roles import OFFICER_KINDS, councils_for
from nolan.registers import services
from nolan.registers.models import Gift, InterestEntry, RegisterImport
from nolan.registers.services import RegisterError


class SpreadsheetError(Refused):
    """A file that cannot be read as a register spreadsheet: the input at fault is the file."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(code, message, "file")


class ExcelFormat(base_formats.XLSX):
    """Excel's first sheet, each formula cell read as the value it last showed.

    Excel saves that value beside the formula, and it is what the officer saw. A file from a
    program that does not calculate (a script, some exports) saves the formula alone, which
    would otherwise read as a blank cell and import as missing data: refuse it, naming the cell.
    """

    def create_dataset(self, in_stream: bytes) -> tablib.Dataset:
        def first_sheet(data_only: bool):
            book = openpyxl.load_workbook(BytesIO(in_stream), read_only=True, data_only=data_only)
            return book.active.iter_rows()

        dataset = tablib.Dataset()
        rows = zip(first_sheet(data_only=False), first_sheet(data_only=True), strict=True)
        for row_number, (formulas, values) in enumerate(rows, 1):
            for column, (formula, value) in enumerate(zip(formulas, values, strict=True), 1):
                if formula.data_type == "f" and value.value is None:
                    cell = f"{get_column_letter(column)}{row_number}"
                    raise SpreadsheetError(
                        "formula-without-value",
                        f"Cell {cell} holds a formula ({formula.value}) with no saved value. "
                        "Open the file in a spreadsheet program and save it, or replace the "
                        "formula with its value, then upload it again.",
                    )
            if row_number == 1:
                dataset.headers = [cell.value for cell in values]
            else:
                dataset.append([cell.value for cell in values])
        return dataset


# By the name each format gives itself (``csv``, ``xlsx``), as a stored import records it.
FORMATS = {f().get_title(): f for f in (base_formats.CSV, ExcelFormat)}


def _blank(value) -> bool:
    return value is None or not str(value).strip()


def read_dataset(data: bytes, file_format: str) -> tablib.Dataset:
    """The rows of an uploaded file, or a ``SpreadsheetError`` saying why it cannot be read.

    Wholly blank rows are left out: spreadsheets keep them at the end (an Excel sheet's used
    range, a CSV's last line of commas) and between groups, and they hold nothing to import.
    ``dataset.sheet_rows`` keeps each remaining row's number as the spreadsheet shows it (the
    heading row is 1), so errors still name the row the officer sees.
    """
    reader = FORMATS[file_format]()
    try:
        content = data if reader.is_binary() else data.decode("utf-8-sig")
        read = reader.create_dataset(content)
    except SpreadsheetError:
        raise
    except Exception as error:  # a damaged or mislabelled file fails in many ways
        raise SpreadsheetError(
            "unreadable",
            f"The file could not be read as {file_format.upper()}: check it is the format chosen.",
        ) from error
    # A CSV reader leaves out empty lines, which a spreadsheet shows as rows; an Excel
    # sheet's rows come with its empty ones.
    numbers = csv_row_numbers(content) if isinstance(content, str) else range(2, len(read) + 2)
    dataset = tablib.Dataset(headers=read.headers)
    dataset.sheet_rows = []
    for number, row in zip(numbers, read, strict=True):
        if not all(_blank(value) for value in row):
            dataset.append(row)
            dataset.sheet_rows.append(number)
    if not dataset.headers or not len(dataset):
        raise SpreadsheetError("no-rows", "The file has no rows to import under a heading row.")
    return dataset


def check_columns(dataset: tablib.Dataset, register: str) -> None:
    """Refuse a heading this register has no column for, naming it: its cells would
    otherwise be dropped without a word, and an import is all or nothing. A column with no
    heading at all and nothing in it (Excel's used range running on) is not one."""
    known = COLUMNS[register]
    for position, heading in enumerate(dataset.headers):
        if _blank(heading):
            if any(not _blank(row[position]) for row in dataset):
                raise SpreadsheetError(
                    "unknown-column",
                    f"Column {get_column_letter(position + 1)} has no heading. Give it one "
                    "of the column names listed on this page, or remove it.",
                )
        elif str(heading).strip() not in known:
            raise SpreadsheetError(
                "unknown-column",
                f"The file has a column “{heading}” that this register does not have. "
                "Rename it to one of the column names listed on this page, or remove it.",
            )


class CellError(Refused):
    """A cell the import cannot read, with the code a form gives the same fault (``bad-date``,
    ``invalid-value``); ``field`` names the column at fault where that is another column than
    the field's own (the council named for the member)."""


class UKDateWidget(widgets.Widget):
    FORMATS = ("%Y-%m-%d", "%d/%m/%Y")

    def clean(self, value, row=None, **kwargs):
        if value in (None, ""):
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        for fmt in self.FORMATS:
            try:
                return datetime.strptime(str(value).strip(), fmt).date()
            except ValueError:
                continue
        raise CellError("bad-date", f"“{value}” is not a date written YYYY-MM-DD or DD/MM/YYYY")


class PoundsWidget(widgets.Widget):
    """Pounds in the spreadsheet, integer pence in Nolan."""

    def clean(self, value, row=None, **kwargs):
        try:
            amount = Decimal(str(value).replace("£", "").replace(",", "").strip())
        except InvalidOperation:
            raise CellError("invalid-value", f"“{value}” is not an amount in pounds") from None
        if amount != amount.quantize(Decimal("0.01")):
            raise CellError("invalid-value", f"“{value}” has fractions of a penny")
        return int(amount * 100)


class YesNoWidget(widgets.Widget):
    ANSWERS = {"yes": True, "y": True, "accepted": True, "no": False, "n": False, "refused": False}

    def clean(self, value, row=None, **kwargs):
        if value in (None, ""):
            return None
        try:
            return self.ANSWERS[str(value).strip().lower()]
        except KeyError:
            raise CellError("not-yes-or-no", f"“{value}” is not yes or no") from None


# The words after a council's place name, which people leave off when they write it.
_COUNCIL_WORDS = re.compile(
    r"^(?:(?:london|royal) borough of )?(.*?)(?: (?:(?:metropolitan )?borough|district|city"
    r"|county|town|parish))?(?: council)?$"
)


def council_key(name: str) -> str:
    """A council's name as people write it, compared without case, spacing or the words
    around the place: "Welwyn Hatfield" is Welwyn Hatfield Borough Council, "Bexley" the
    London Borough of Bexley."""
    plain = " ".join(name.casefold().split())
    found = _COUNCIL_WORDS.match(plain)
    return found.group(1) if found and found.group(1) else plain


class MemberWidget(widgets.ForeignKeyWidget):
    """The member a row is about, within the councils the importer acts for as an officer.

    A council's own spreadsheet names members as its register does ("Alex Fairweather"), so
    the ``member`` column takes the name (any case, extra spaces ignored) or the slug in the
    member's page address. The ``council`` column (name or slug) may be left out where the
    member is found at only one of those councils.
    """

    def __init__(self, user) -> None:
        super().__init__(Member, "slug")
        self.user = user
        # The councils rows with no ``council`` were taken to be at, for the officer to check.
        self.assumed: set[str] = set()

    def clean(self, value, row=None, **kwargs):
        wanted = " ".join(str(value or "").split())
        if not wanted:
            raise CellError("missing-field", "Give the member's name")
        council = " ".join(str((row or {}).get("council") or "").split())
        councils = councils_for(self.user, OFFICER_KINDS)
        if council:
            # The exact name or slug first, so a parish sharing the place's name ("Welwyn
            # Hatfield Town Council") is not taken along with the borough.
            exact = councils.filter(Q(slug=council) | Q(name__iexact=council))
            key = council_key(council)
            councils = (
                exact
                if exact.exists()
                else councils.filter(pk__in=[c.pk for c in councils if key == council_key(c.name)])
            )
            if not councils.exists():
                raise CellError(
                    "unknown-council", f"You do not act for a council called “{council}”", "council"
                )
        found = list(
            Member.objects.filter(council__in=councils)
            .filter(Q(slug=wanted) | Q(name__iexact=wanted))
            .select_related("council")[:2]
        )
        if len(found) == 1:
            if not council:
                self.assumed.add(found[0].council.name)
            return found[0]
        where = council or "your councils"
        if found:
            raise CellError(
                "ambiguous-member",
                f"More than one member called “{wanted}” at {where}: add a council column",
            )
        raise CellError("unknown-member", f"No member called “{wanted}” at {where}")


class RegisterResource(resources.ModelResource):
    """Shared behaviour: rows go through the services; any invalid row rolls back them all."""

    def __init__(self, user=None, progress: Callable[[int], None] | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.user = user
        self.progress = progress
        self.members = MemberWidget(user)
        self.fields["member"] = fields.Field(
            attribute="member", column_name="member", widget=self.members
        )

    def import_instance(self, instance, row, **kwargs):
        """django-import-export's, but each refused cell keeps its own code, and the column
        it names where that is not its field's (a council that does not match). A row with
        a cell that cannot be read also hears what the rules find wrong with its other cells
        (``problems``), so every error in it is listed at once (issue 11)."""
        errors: dict[str, list[ValidationError]] = {}
        for field in self.get_import_fields():
            try:
                self.import_field(field, instance, row, **kwargs)
            except CellError as error:
                key = error.field or field.attribute
                errors.setdefault(key, []).append(ValidationError(error.message, code=error.code))
            except ValueError as error:
                errors.setdefault(field.attribute, []).append(
                    ValidationError(str(error), code="invalid-value")
                )
        if errors:
            unread = set(errors)
            if getattr(instance, "member_id", None) is not None:
                for problem in self.problems(instance):
                    # A cell that could not be read is left empty: the rules would only
                    # repeat that it is missing.
                    if problem.field not in unread:
                        errors.setdefault(problem.field or NON_FIELD_ERRORS, []).append(
                            ValidationError(problem.message, code=problem.code)
                        )
            raise ValidationError(errors)

    def import_data(self, dataset, dry_run=False, raise_errors=False, **kwargs):
        kwargs["rollback_on_validation_errors"] = True
        kwargs["use_transactions"] = True
        return super().import_data(dataset, dry_run=dry_run, raise_errors=raise_errors, **kwargs)

    def import_row(self, row, instance_loader, **kwargs):
        result = super().import_row(row, instance_loader, **kwargs)
        if self.progress:
            self.progress(kwargs["row_number"])
        return result

    def skip_row(self, instance, original, row, import_validation_errors=None):
        """Skip a row the register already holds, so a spreadsheet imported twice (or a row
        repeated in it) registers nothing twice; the dry run lists such rows as skipped."""
        if getattr(instance, "member_id", None) and self.already_registered(instance):
            return True
        return super().skip_row(instance, original, row, import_validation_errors)

    def save_instance(self, instance, is_create, row, **kwargs):
        """Register the row through the services; a row they refuse lists every fault they
        find in it (``problems``), not only the first, each against its column."""
        try:
            saved = self.register(instance)
        except RegisterError as error:
            errors: dict[str, list[ValidationError]] = {}
            for problem in self.problems(instance) or [error]:
                errors.setdefault(problem.field or NON_FIELD_ERRORS, []).append(
                    ValidationError(problem.message, code=problem.code)
                )
            raise ValidationError(errors) from None
        instance.pk = saved.pk

    def register(self, instance):
        raise NotImplementedError

    def problems(self, instance) -> list[RegisterError]:
        """Every fault the services find in the row, each with its field (refused, like
        ``register``, to an importer who may not act for the member)."""
        raise NotImplementedError

    def already_registered(self, instance) -> bool:
        raise NotImplementedError


class GiftResource(RegisterResource):
    value = fields.Field(attribute="value_pence", column_name="value", widget=PoundsWidget())
    received_on = fields.Field(
        attribute="received_on", column_name="received_on", widget=UKDateWidget()
    )
    accepted = fields.Field(attribute="accepted", column_name="accepted", widget=YesNoWidget())

    class Meta:
        model = Gift
        import_id_fields = ()
        fields = (
            "member",
            "donor_name",
            "donor_kind",
            "donor_company_number",
            "donor_charity_number",
            "description",
            "occasion",
            "value",
            "received_on",
            "accepted",
        )

    def already_registered(self, gift: Gift) -> bool:
        return Gift.objects.filter(
            member=gift.member,
            donor_name=gift.donor_name or "",
            description=gift.description or "",
            received_on=gift.received_on,
            value_pence=gift.value_pence,
        ).exists()

    @staticmethod
    def _values(gift: Gift) -> dict:
        return {
            "donor_name": gift.donor_name or "",
            "donor_kind": gift.donor_kind or "",
            "donor_company_number": gift.donor_company_number or "",
            "donor_charity_number": gift.donor_charity_number or "",
            "description": gift.description or "",
            "occasion": gift.occasion or "",
            "value_pence": gift.value_pence,
            "received_on": gift.received_on,
            "accepted": True if gift.accepted is None else gift.accepted,
        }

    def register(self, gift: Gift) -> Gift:
        return services.register_gift(gift.member, self.user, **self._values(gift))

    def problems(self, gift: Gift) -> list[RegisterError]:
        return services.gift_problems(gift.member, self.user, **self._values(gift))


class InterestResource(RegisterResource):
    start = fields.Field(attribute="start", column_name="start", widget=UKDateWidget())
    became_aware = fields.Field(
        attribute="became_aware", column_name="became_aware", widget=UKDateWidget()
    )
    securities_test_met = fields.Field(
        attribute="securities_test_met", column_name="securities_test_met", widget=YesNoWidget()
    )

    class Meta:
        model = InterestEntry
        import_id_fields = ()
        fields = (
            "member",
            "category",
            "whose",
            *services.TYPED_FIELDS,
            "start",
            "became_aware",
        )

    @staticmethod
    def _category(entry: InterestEntry) -> str:
        """The row's category by its key, written as the key or as the name people see
        ("Land and property"), as the council's code has it (``services.category_named``)."""
        return services.category_named(entry.member, entry.category or "")

    def already_registered(self, entry: InterestEntry) -> bool:
        typed = {name: getattr(entry, name) or "" for name in services.TYPED_FIELDS}
        typed["securities_test_met"] = entry.securities_test_met
        return InterestEntry.objects.filter(
            member=entry.member,
            category=self._category(entry),
            whose=entry.whose or InterestEntry.Whose.MEMBER,
            start=entry.start,
            end__isnull=True,
            **typed,
        ).exists()

    @classmethod
    def _values(cls, entry: InterestEntry) -> dict:
        typed = {name: getattr(entry, name) or "" for name in services.TYPED_FIELDS}
        typed["securities_test_met"] = entry.securities_test_met
        return {
            "category": cls._category(entry),
            "whose": entry.whose or InterestEntry.Whose.MEMBER,
            "start": entry.start,
            "became_aware": entry.became_aware,
            **typed,
        }

    def register(self, entry: InterestEntry) -> InterestEntry:
        return services.register_interest(entry.member, self.user, **self._values(entry))

    def problems(self, entry: InterestEntry) -> list[RegisterError]:
        return services.interest_problems(entry.member, self.user, **self._values(entry))


RESOURCES = {
    RegisterImport.Register.INTERESTS: InterestResource,
    RegisterImport.Register.GIFTS: GiftResource,
}

_WHO = {
    "member": "The member's name as the register shows it, e.g. Alex Fairweather",
    "council": "The member's council by name; leave it empty where the member is at only one "
    "of the councils you act for",
}
_YES_NO = "yes or no"
# Each register's columns in the template's heading row, with what each holds (issue 11): the
# import page lists them, and offers the heading row as a file to fill in.
COLUMNS = {
    RegisterImport.Register.INTERESTS: {
        **_WHO,
        "category": "The kind of interest, by its name in the council's code, for example Land "
        "and property, or its short name, for example land",
        "whose": "member or partner (empty means the member's own)",
        **{
            name: services.field_name(name, capital=True)
            for name in services.TYPED_FIELDS
            if name != "securities_test_met"
        },
        "securities_test_met": "For securities: whether the holding passes the code's value or "
        f"share test, {_YES_NO}",
        "start": "The date the interest started, YYYY-MM-DD or DD/MM/YYYY",
        "became_aware": "The date the member became aware of it, if later; a date as above",
    },
    RegisterImport.Register.GIFTS: {
        **_WHO,
        "donor_name": "Who gave or offered it",
        "donor_kind": "person or organisation",
        "donor_company_number": "The donor's company number, if a company",
        "donor_charity_number": "The donor's charity number, if a charity",
        "description": "What the gift or hospitality was",
        "occasion": "The occasion or reason for it",
        "value": "Its estimated value in pounds, e.g. 75.50",
        "received_on": "The date it was received, YYYY-MM-DD or DD/MM/YYYY",
        "accepted": f"Whether it was accepted, {_YES_NO}",
    },
}


def template(register: str) -> str:
    """A CSV file holding only the heading row of ``register``'s import, to fill in."""
    return ",".join(COLUMNS[register]) + "\r\n"


def _cell(value) -> str:
    return "" if value is None else str(value)


def _codes(error: ValidationError) -> dict[str, list[str]]:
    """Each field's stable error codes, in the order of its messages: for tests and scripts,
    beside the sentences the officer reads."""
    by_field = error.error_dict if hasattr(error, "error_dict") else {NON_FIELD_ERRORS: [error]}
    return {
        field: [e.code or "invalid-value" for e in errors] for field, errors in by_field.items()
    }


# The spreadsheet's column for each field an error names, where the two differ.
_HEADINGS = {"value_pence": "value"}


def refusal(outcome: dict) -> ImportRefused | None:
    """A run's invalid rows (its stored ``outcome``) as the one shape of a refused import,
    or None if no row was refused. Each error has its row as the officer's spreadsheet
    numbers it (the headings in row 1), its column (none where it is about the whole row),
    its stable code and its sentence, so the page lists them as the agenda import does."""
    errors = []
    for row in outcome.get("invalid_rows", []):
        codes = row.get("codes", {})
        by_field = [*row["errors"].items(), (NON_FIELD_ERRORS, row["non_field_errors"])]
        for field, messages in by_field:
            column = "" if field == NON_FIELD_ERRORS else _HEADINGS.get(field, field)
            known = codes.get(field, [])
            for i, message in enumerate(messages):
                code = known[i] if i < len(known) else ""
                errors.append(RowError(row["number"] + 1, column, code, message))
    return ImportRefused(errors) if errors else None


def outcome(result: Result, dataset: tablib.Dataset, assumed: Iterable[str] = ()) -> dict:
    """What the progress page shows of a run: totals, the councils rows without a council
    were taken to be at (``assumed``), each row's errors, and every row with what was (or
    would be) done with it. Plain JSON, kept with the import. A row's ``number`` counts the
    spreadsheet's rows below the heading, blank ones included (``read_dataset``)."""
    rows = [[_cell(value) for value in row] for row in dataset]
    numbers = [sheet_row - 1 for sheet_row in dataset.sheet_rows]
    return {
        "totals": dict(result.totals),
        "assumed_councils": sorted(assumed),
        "headers": [_cell(header) for header in dataset.headers],
        "base_errors": [str(error.error) for error in result.base_errors],
        "row_errors": [
            [number, [str(error.error) for error in errors]]
            for number, errors in result.row_errors()
        ],
        "invalid_rows": [
            {
                "number": numbers[row.number - 1],
                "errors": {
                    field: [str(message) for message in messages]
                    for field, messages in row.field_specific_errors.items()
                },
                "non_field_errors": [str(message) for message in row.non_field_specific_errors],
                "codes": _codes(row.error),
                "values": rows[row.number - 1],
            }
            for row in result.invalid_rows
        ],
        "valid_rows": [
            {
                "number": numbers[number - 1],
                "import_type": row.import_type,
                "values": rows[number - 1],
            }
            for number, row in enumerate(result.rows, 1)
            if row.is_valid()
        ],
    }
