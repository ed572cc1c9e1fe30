"""Check every council's code data: ``nolan check_codes`` (CI runs it before the tests).

A thin shell over ``nolan.core.codes.check`` after the model of DemocracyClub
EveryElection's ``elections_check_constraints``: it names each problem on standard error,
one a line with its stable code, and exits non-zero if there is any. It needs no database.
"""

from django.core.management.base import BaseCommand, CommandError

from nolan.core.codes import available_codes
from nolan.core.codes.check import check_all


class Command(BaseCommand):
    help = (
        "Check each council's code, declaration rules and screening citations: parameters "
        "agree with the text, every citation resolves, provenance is stated."
    )
    requires_system_checks: list[str] = []

    def add_arguments(self, parser):
        parser.add_argument(
            "codes",
            nargs="*",
            metavar="CODE",
            help=f"code slugs to check (default: all of {', '.join(available_codes())})",
        )

    def handle(self, *args, codes, **options):
        unknown = sorted(set(codes) - set(available_codes()))
        if unknown:
            raise CommandError(
                f"no code {', '.join(unknown)}; valid: {', '.join(available_codes())}"
            )
        problems = check_all(codes or None)
        for problem in problems:
            self.stderr.write(str(problem))
        checked = len(codes or available_codes())
        if problems:
            raise CommandError(f"{len(problems)} problem(s) in the code data of {checked} code(s).")
        self.stdout.write(f"The code data of {checked} code(s) is consistent.")
