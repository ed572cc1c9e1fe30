"""The ``nolan`` console command: Django's management commands with Nolan's settings.

``screen`` and ``declare`` apply a council's code to JSON on standard input and need no
database, so they run straight from the pure core without setting Django up: that keeps
their start-up well inside the 1.5 s a batch caller can afford (issue 5).
"""

import argparse
import os
import sys
from collections.abc import Callable


def _screen(args: list[str]) -> int:
    from nolan.core.screening.cli import add_arguments, run

    parser = argparse.ArgumentParser(
        prog="nolan screen",
        description="Screen posts (JSON Lines on standard input: id, text, optional posted_at,"
        " account, shared) against the council's code; one JSON line out per line in.",
    )
    add_arguments(parser)
    options = parser.parse_args(args)
    return run(options.code, options.context, sys.stdin, sys.stdout, sys.stderr)


def _declare(args: list[str]) -> int:
    from nolan.core.advisor.cli import MAX_INPUT_CHARS, run
    from nolan.core.codes import available_codes

    parser = argparse.ArgumentParser(
        prog="nolan declare",
        description="Read a situation (or a JSON list of them) from standard input and write"
        " the declaration advice under the council's code as JSON.",
    )
    parser.add_argument(
        "--code",
        required=True,
        help=f"the council's code slug, one of: {', '.join(available_codes())}",
    )
    options = parser.parse_args(args)
    # One character past the limit is enough for ``run`` to refuse it; no need to read on.
    result = run(options.code, sys.stdin.read(MAX_INPUT_CHARS + 1))
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    return result.exit_code


PURE_COMMANDS: dict[str, Callable[[list[str]], int]] = {"screen": _screen, "declare": _declare}


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] in PURE_COMMANDS:
        sys.exit(PURE_COMMANDS[sys.argv[1]](sys.argv[2:]))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nolan.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
