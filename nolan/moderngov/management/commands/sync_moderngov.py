"""``nolan sync_moderngov``: the daily sync of every council with a Modern.gov address.

Run daily (cron or a systemd timer, beside ``send_reminders``). Each council is one task
(``nolan.moderngov.tasks.sync_council``) and one transaction, so one council's broken feed
leaves the others' syncs alone; the command exits non-zero if any council failed.
"""

from django.core.management.base import BaseCommand
from django_tasks import TaskResultStatus

from nolan.moderngov import tasks
from nolan.moderngov.models import Source


class Command(BaseCommand):
    help = "Sync every council that has a Modern.gov address set."

    def handle(self, *args, **options):
        failed = 0
        for source in Source.objects.select_related("council").order_by("council__slug"):
            slug = source.council.slug
            result = tasks.sync_council.enqueue(slug)
            if result.status == TaskResultStatus.FAILED:
                failed += 1
                run = source.council.moderngov_runs.first()
                self.stderr.write(f"{slug}: failed: {run.error if run else 'see the log'}")
            elif result.status == TaskResultStatus.SUCCESSFUL:
                self.stdout.write(f"{slug}: {result.return_value}")
            else:
                self.stdout.write(f"{slug}: queued")
        if failed:
            raise SystemExit(1)
