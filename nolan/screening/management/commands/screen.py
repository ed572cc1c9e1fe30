"""``nolan screen --code SLUG [--context FILE]``: screen posts read as JSON Lines from stdin.

A thin shell over ``nolan.core.screening.cli.run``, which holds the formats and errors.
"""

import sys

from django.core.management.base import BaseCommand

from nolan.core.screening.cli import add_arguments, run


class Command(BaseCommand):
    # Pure screening from code data: no database, so model checks do not apply.
    requires_system_checks: list[str] = []
    help = (
        "Screen posts (JSON Lines on standard input: id, text, optional posted_at, account,"
        " shared) against the council's code; one JSON line out per line in."
    )

    def add_arguments(self, parser):
        add_arguments(parser)

    def handle(self, *args, **options):
        status = run(options["code"], options["context"], sys.stdin, sys.stdout, sys.stderr)
        if status:
            raise SystemExit(status)
