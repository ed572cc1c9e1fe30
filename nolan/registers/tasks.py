"""Checking and importing a council's register spreadsheet as a background task.

A spreadsheet of thousands of rows takes minutes to check and import (each row goes through
``nolan.registers.services`` like any other entry), longer than a web server lets a request
run. So the back office only stores the upload (``start_check``) and, once the officer has
seen the dry run, marks it confirmed (``confirm``); the task ``run_import`` does the work
while the progress page counts the rows. Each run is one transaction: every row or none.

The task runs through django-tasks: at once, inside the request, by default; queued in the
database for ``nolan db_worker`` when ``TASK_WORKER`` is on (README, "Running it in
production").
"""

import logging
import uuid

from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.utils import timezone
from django_tasks import task

from nolan.registers import imports
from nolan.registers.models import RegisterImport

logger = logging.getLogger(__name__)


def start_check(
    register: str, user, *, file_name: str, file_format: str, data: bytes, rows: int
) -> RegisterImport:
    """Keep ``user``'s upload and queue its dry run; clear away abandoned uploads meanwhile."""
    RegisterImport.objects.expired().delete()
    upload = RegisterImport.objects.create(
        register=register,
        uploaded_by=user,
        file_name=file_name[-255:],
        file_format=file_format,
        upload=data,
        rows_total=rows,
    )
    run_import.enqueue(str(upload.pk), dry_run=True)
    return upload


def confirm(import_id: uuid.UUID, user, register: str) -> bool:
    """Queue the real import of ``user``'s checked upload; False if there is none to confirm.

    Only the officer who uploaded it may confirm, once: the status changes in the same
    statement that checks it, so a second click (or a second officer) finds nothing ready.
    """
    ready = RegisterImport.objects.filter(
        pk=import_id, uploaded_by=user, register=register, status=RegisterImport.Status.READY
    )
    if not ready.update(
        status=RegisterImport.Status.IMPORTING, rows_done=0, updated_at=timezone.now()
    ):
        return False
    run_import.enqueue(str(import_id), dry_run=False)
    return True


class _Progress:
    """Writes how many rows are done where the progress page can read it mid-run.

    The rows are checked and imported inside one transaction, which the page's own database
    connection cannot see into until it ends; so the count goes through a second connection
    of its own, every ``EVERY`` rows. SQLite lets only one connection write at a time, so
    there the count shows only when the run ends.
    """

    EVERY = 25

    def __init__(self, import_id: uuid.UUID) -> None:
        self.import_id = import_id
        self.own = (
            None
            if connection.vendor == "sqlite"
            else connections.create_connection(DEFAULT_DB_ALIAS)
        )

    def __call__(self, done: int) -> None:
        if self.own is None or done % self.EVERY:
            return
        table = self.own.ops.quote_name(RegisterImport._meta.db_table)
        with self.own.cursor() as cursor:
            cursor.execute(
                f"UPDATE {table} SET rows_done = %s WHERE id = %s",  # noqa: S608 (a model's table)
                [done, self.import_id],
            )

    def close(self) -> None:
        if self.own is not None:
            self.own.close()


@task()
def run_import(import_id: str, dry_run: bool) -> None:
    """Check (``dry_run``) or import the rows of a stored upload, and record the outcome.

    An upload deleted meanwhile (abandoned), or not in the state this run expects (the task
    delivered twice), is left alone. The file is deleted once it cannot, or need not, be
    imported again; only a clean dry run keeps it, for the officer to confirm.
    """
    expected = RegisterImport.Status.CHECKING if dry_run else RegisterImport.Status.IMPORTING
    upload = (
        RegisterImport.objects.select_related("uploaded_by")
        .filter(pk=import_id, status=expected)
        .first()
    )
    if upload is None:
        return
    progress = _Progress(upload.pk)
    try:
        dataset = imports.read_dataset(bytes(upload.upload), upload.file_format)
        resource = imports.RESOURCES[upload.register](user=upload.uploaded_by, progress=progress)
        result = resource.import_data(dataset, dry_run=dry_run)
    except Exception:
        logger.exception("import %s stopped", upload.pk)
        _finish(upload, RegisterImport.Status.FAILED, {"base_errors": [STOPPED]})
        raise
    finally:
        progress.close()
    failed = result.has_errors() or result.has_validation_errors()
    if dry_run:
        status = RegisterImport.Status.INVALID if failed else RegisterImport.Status.READY
    else:
        status = RegisterImport.Status.FAILED if failed else RegisterImport.Status.IMPORTED
    _finish(upload, status, imports.outcome(result, dataset, resource.members.assumed))


STOPPED = "The import stopped unexpectedly and nothing was imported. Upload the file again."


def _finish(upload: RegisterImport, status: str, outcome: dict) -> None:
    upload.status = status
    upload.outcome = outcome
    upload.rows_done = upload.rows_total
    upload.updated_at = timezone.now()
    if status != RegisterImport.Status.READY:
        upload.upload = b""
    upload.save(update_fields=["status", "outcome", "rows_done", "updated_at", "upload"])
