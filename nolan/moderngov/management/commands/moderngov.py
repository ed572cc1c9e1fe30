"""``nolan moderngov COUNCIL [BASE_URL] [--dry-run] [--from YYYY-MM-DD --to YYYY-MM-DD]``.

Brings a council's members, committees, seats, meetings and agendas in from its Modern.gov
(``nolan.moderngov.sync``), all or nothing. Without BASE_URL it uses the address set in the
back office. Exits non-zero, naming the call that failed and why, when nothing changed
because the feed could not be had.
"""

import datetime as dt

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from nolan.councils.models import Council
from nolan.moderngov import sync
from nolan.moderngov.models import Source


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"{text!r} is not a date written YYYY-MM-DD") from None


class Command(BaseCommand):
    help = "Bring a council's members, committees and meetings in from its Modern.gov."

    def add_arguments(self, parser):
        parser.add_argument("council", help="the council's slug, e.g. welwyn-hatfield")
        parser.add_argument(
            "base_url",
            nargs="?",
            help="its Modern.gov address (default: the one set in the back office)",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="say what would change; change nothing"
        )
        parser.add_argument(
            "--from", dest="start", help="first meeting day, YYYY-MM-DD (default 30 days ago)"
        )
        parser.add_argument(
            "--to", dest="end", help="last meeting day, YYYY-MM-DD (default in 90 days)"
        )

    def handle(self, *args, council, base_url=None, dry_run=False, start=None, end=None, **opts):
        found = Council.objects.filter(slug=council).first()
        if found is None:
            raise CommandError(f"there is no council {council!r}")
        if not base_url:
            source = Source.objects.filter(council=found).first()
            if source is None:
                raise CommandError(
                    f"give {found.name}'s Modern.gov address, or set it in the back office"
                )
            base_url = source.base_url
        default = sync.Window.default(timezone.localdate())
        window = sync.Window(
            _day(start) if start else default.start, _day(end) if end else default.end
        )
        if window.start > window.end:
            raise CommandError("--from is after --to")
        try:
            result = sync.sync(found, base_url, window=window, dry_run=dry_run)
        except sync.SyncFailed as error:
            raise CommandError(
                f"Modern.gov sync of {found.slug} failed and changed nothing. "
                f"{error.call}: {error.message} [{error.code}]"
            ) from None
        would = "would " if dry_run else ""
        for step in result.steps:
            self.stdout.write(f"{would}{step.describe()}")
        for note in result.notes:
            self.stdout.write(f"note: {note}")
        added, changed, ended = (result.count(a) for a in sync.Action)
        if not result.steps:
            self.stdout.write(f"{found.name}: no changes.")
        else:
            self.stdout.write(
                f"{found.name}: {would}add {added}, {would}change {changed}, {would}end {ended}."
            )
