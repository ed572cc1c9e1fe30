"""The back office's spreadsheet import: upload, dry run, confirm, each with a progress page.

django-import-export's own flow checks every row inside the upload's request, keeps the file
in the server's temp folder (leaving it there when the officer does not confirm), and
imports whichever temp file the confirm form names. Here the upload goes into the officer's
own ``RegisterImport`` (``nolan.registers.tasks``), the rows are checked and imported by a
background task, and the confirm form carries only that import's id, which must be one of
the officer's own. The progress page refreshes itself (no JavaScript) until the task ends,
then shows django-import-export's preview and row errors from the stored outcome.
"""

from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.views.decorators.http import require_POST
from django_tasks_db.models import DBTaskResult
from import_export.admin import ImportMixin
from import_export.forms import ImportForm

from nolan.forms import refuse_on_form
from nolan.registers import imports, tasks
from nolan.registers.models import RegisterImport

# The queue's rows are the task runner's bookkeeping, for no council's officer to browse.
if admin.site.is_registered(DBTaskResult):
    admin.site.unregister(DBTaskResult)


class UploadForm(ImportForm):
    """The file and its format; refused here, before anything is stored, if it cannot be read."""

    MAX_BYTES = 10 * 1024 * 1024

    def __init__(self, formats, resources, register: str, **kwargs) -> None:
        super().__init__(formats, resources, **kwargs)
        self.formats = formats
        self.register = register
        # Left at "---", the format is told from the file's name (``clean``); a required
        # field here said only "This field is required.", which read as if the file were missing.
        self.fields["format"].required = False

    def _format_of(self, name: str) -> str:
        """The chosen format's index, else the one whose extension the file's name ends with."""
        extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
        for index, file_format in enumerate(self.formats):
            if file_format().get_extension() == extension:
                return str(index)
        return ""

    def clean(self):
        cleaned = super().clean()
        upload, chosen = cleaned.get("import_file"), cleaned.get("format")
        if upload is not None and not chosen:
            chosen = cleaned["format"] = self._format_of(upload.name)
            if not chosen:
                self.add_error(
                    "format",
                    ValidationError("Choose the file's format", code="format-unknown"),
                )
        if upload is None or not chosen:
            return cleaned
        if upload.size > self.MAX_BYTES:
            self.add_error(
                "import_file",
                ValidationError(
                    f"The file is larger than {self.MAX_BYTES // (1024 * 1024)} MB: "
                    "split it and import each part.",
                    code="too-large",
                ),
            )
            return cleaned
        cleaned["data"] = b"".join(upload.chunks())
        cleaned["file_format"] = self.formats[int(chosen)]().get_title()
        try:
            dataset = imports.read_dataset(cleaned["data"], cleaned["file_format"])
            imports.check_columns(dataset, self.register)
            cleaned["rows"] = len(dataset)
        except imports.SpreadsheetError as error:
            refuse_on_form(self, error, {"file": "import_file"})
        return cleaned


# Each import's page title, by its status: the status labels read on after "Import: " gave
# "Import: Checked: some rows need correcting".
STATUS_TITLES = {
    RegisterImport.Status.CHECKING: "Import: checking the rows",
    RegisterImport.Status.READY: "Import checked: ready to import",
    RegisterImport.Status.INVALID: "Import checked: some rows need correcting",
    RegisterImport.Status.IMPORTING: "Import: importing the rows",
    RegisterImport.Status.IMPORTED: "Import: imported",
    RegisterImport.Status.FAILED: "Import: not imported",
}


class ConfirmForm(forms.Form):
    import_id = forms.UUIDField(widget=forms.HiddenInput)


class ImportOutcome:
    """A stored outcome (``imports.outcome``) shaped as the import template reads a Result."""

    def __init__(self, outcome: dict) -> None:
        self.totals = outcome.get("totals", {})
        # Every invalid row's errors, listed as every import lists them.
        self.refused = imports.refusal(outcome)
        self.diff_headers = outcome.get("headers", [])
        self.base_errors = [{"error": message} for message in outcome.get("base_errors", [])]
        self.row_errors = [
            (number, [{"error": message} for message in messages])
            for number, messages in outcome.get("row_errors", [])
        ]
        self.invalid_rows = [
            {
                "number": row["number"],
                "field_specific_errors": row["errors"],
                "non_field_specific_errors": row["non_field_errors"],
                "error_count": sum(map(len, row["errors"].values())) + len(row["non_field_errors"]),
                "values": row["values"],
            }
            for row in outcome.get("invalid_rows", [])
        ]
        self.valid_rows = [
            {"import_type": row["import_type"], "diff": row["values"]}
            for row in outcome.get("valid_rows", [])
        ]

    def has_errors(self) -> bool:
        return bool(self.base_errors or self.row_errors)

    def has_validation_errors(self) -> bool:
        return bool(self.invalid_rows)


class BackgroundImportMixin(ImportMixin):
    """django-import-export's import pages, with the rows checked and imported in the background.

    Set ``import_register`` to the ``RegisterImport.Register`` the admin's model keeps.
    """

    import_register: str
    import_form_class = UploadForm
    import_formats = list(imports.FORMATS.values())
    # The upload page lists the columns with what each holds and links a template to fill in.
    import_template_name = "admin/registers/import.html"

    def get_urls(self):
        prefix = "{}_{}".format(*self.get_model_info())
        view = self.admin_site.admin_view
        # ImportMixin's own URLs are replaced, not added to.
        return [
            path("import/", view(self.import_action), name=f"{prefix}_import"),
            path(
                "import/<uuid:import_id>/",
                view(self.import_status),
                name=f"{prefix}_import_status",
            ),
            path("process_import/", view(self.process_import), name=f"{prefix}_process_import"),
            path(
                "import/template.csv",
                view(self.import_template),
                name=f"{prefix}_import_template",
            ),
            *super(ImportMixin, self).get_urls(),
        ]

    def _status_url(self, upload: RegisterImport) -> str:
        info = self.get_model_info()
        return reverse(f"admin:{info[0]}_{info[1]}_import_status", args=[upload.pk])

    def get_import_form_kwargs(self, request):
        return {**super().get_import_form_kwargs(request), "register": self.import_register}

    def get_import_context_data(self, **kwargs):
        info = self.get_model_info()
        return {
            **super().get_import_context_data(**kwargs),
            "columns": imports.COLUMNS[self.import_register].items(),
            "template_url": reverse("admin:{}_{}_import_template".format(*info)),
        }

    def import_template(self, request):
        """The heading row of this register's import as a CSV file, to fill in and upload."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        response = HttpResponse(imports.template(self.import_register), content_type="text/csv")
        name = f"{self.import_register}-import-template.csv"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response

    def import_action(self, request, **kwargs):
        """Store a readable upload and show its dry run's progress; otherwise the upload form."""
        if request.method == "POST" and self.has_import_permission(request):
            form = self.create_import_form(request)
            if form.is_valid():
                upload = tasks.start_check(
                    self.import_register,
                    request.user,
                    file_name=form.cleaned_data["import_file"].name,
                    file_format=form.cleaned_data["file_format"],
                    data=form.cleaned_data["data"],
                    rows=form.cleaned_data["rows"],
                )
                return redirect(self._status_url(upload))
        return super().import_action(request, **kwargs)

    def import_status(self, request, import_id):
        """The officer's own import: rows done so far, then the preview or the outcome."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        upload = get_object_or_404(
            RegisterImport,
            pk=import_id,
            uploaded_by=request.user,
            register=self.import_register,
        )
        context = {
            **self.admin_site.each_context(request),
            "title": STATUS_TITLES[upload.status],
            "opts": self.model._meta,
            "upload": upload,
            "result": ImportOutcome(upload.outcome),
            "import_error_display": self.import_error_display,
            "import_url": reverse(
                "admin:{}_{}_import".format(*self.get_model_info()),
            ),
        }
        if upload.status == RegisterImport.Status.READY:
            context["confirm_form"] = ConfirmForm(initial={"import_id": upload.pk})
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/registers/import_status.html", context)

    @method_decorator(require_POST)
    def process_import(self, request, **kwargs):
        """Confirm the officer's own checked import by its id; the form names no file."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        form = ConfirmForm(request.POST)
        if not form.is_valid():
            return HttpResponseBadRequest("Confirm an import from its own page.")
        import_id = form.cleaned_data["import_id"]
        if not tasks.confirm(import_id, request.user, self.import_register):
            raise Http404("No import of yours is waiting to be confirmed")
        return redirect(self._status_url(RegisterImport(pk=import_id)))
