"""Delete spreadsheet uploads left unconfirmed: ``nolan clean_imports``.

Run daily (cron or a systemd timer, beside ``send_reminders``). An import untouched for
``RegisterImport.KEEP_FOR`` goes, with its file and its preview of the rows; every new
upload does the same, so this matters only where no one has uploaded for a while.
"""

from django.core.management.base import BaseCommand

from nolan.registers.models import RegisterImport


class Command(BaseCommand):
    help = "Delete register imports (and their uploaded files) left unconfirmed for a day."

    def handle(self, *args, **options):
        deleted, _ = RegisterImport.objects.expired().delete()
        self.stdout.write(f"Deleted {deleted} abandoned import(s).")
