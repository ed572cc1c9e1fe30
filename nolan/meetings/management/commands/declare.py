"""``nolan declare --code SLUG``: declaration advice for situations read as JSON from stdin.

A thin shell over ``nolan.core.advisor.cli.run``, which holds the input format and errors.
"""

import sys

from django.core.management.base import BaseCommand

from nolan.core.advisor.cli import run
from nolan.core.codes import available_codes


class Command(BaseCommand):
    # Pure advice from code data: no database, so other apps' model checks do not apply.
    requires_system_checks: list[str] = []
    help = (
        "Read a situation (or a JSON list of them) from standard input and write the"
        " declaration advice under the council's code as JSON."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--code",
            required=True,
            help=f"the council's code slug, one of: {', '.join(available_codes())}",
        )

    def handle(self, *args, **options):
        result = run(options["code"], sys.stdin.read())
        self.stdout.write(result.stdout, ending="")
        self.stderr.write(result.stderr, ending="")
        if result.exit_code:
            raise SystemExit(result.exit_code)
