"""Benchmark the Monitoring Officer's complaints dashboard (not a test): queries and time.

Run: .venv/bin/python benchmarks/bench_complaints.py [--cases 1000]

Issue 10 asks for the dashboard's query count at 1,000 open cases. This builds a throw-away
SQLite database, makes one council with 1 open case and another with ``--cases``, each
through the services (a third acknowledged, a third on hold waiting for information), and
prints for each dashboard the SQL queries of one request and its time (best of three).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
TMP = Path(tempfile.mkdtemp(prefix="nolan-bench-"))
os.environ["DATABASE_URL"] = f"sqlite:///{TMP / 'bench.sqlite3'}"
os.environ["DJANGO_SETTINGS_MODULE"] = "nolan.settings"
sys.path[:0] = [str(REPO)]

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from django.urls import reverse  # noqa: E402

from nolan.complaints import services  # noqa: E402
from nolan.councils.models import Council, Member, Role, Term  # noqa: E402
from tests.two_factor import verify_two_factor  # noqa: E402

RECEIVED = date(2025, 3, 3)


def seed(slug: str, cases: int):
    council = Council.objects.create(slug=slug, name=f"Bench {slug}", code_slug="welwyn-hatfield")
    mo = get_user_model().objects.create_user(f"mo-{slug}")
    Role.objects.create(user=mo, council=council, kind=Role.Kind.MONITORING_OFFICER)
    members = []
    for n in range(10):
        member = Member.objects.create(council=council, slug=f"cllr-{n}", name=f"Cllr {n}")
        Term.objects.create(member=member, began=Term.Began.ELECTED, start=date(2024, 5, 2))
        members.append(member)
    for n in range(cases):
        case = services.submit_complaint(
            members[n % 10],
            None,
            anonymous=True,  # no e-mail address: nothing is sent while seeding
            acting_as_councillor="yes",
            what_happened="A post about an officer",
            happened_on=date(2025, 2, 24),
            today=RECEIVED,
        )
        if n % 3:
            services.record_anonymity_public_interest(case, mo, reasons="Bench")
            services.acknowledge(case, mo, today=RECEIVED)
        if n % 3 == 2:
            services.pause(case, mo, reason="Waiting for the screenshot", today=RECEIVED)
    return council, mo


def measure(council: Council, mo) -> tuple[int, float, int]:
    client = Client()
    client.force_login(mo)
    verify_two_factor(client, mo)
    url = reverse("complaint-dashboard", args=[council.slug])
    client.get(url)
    best = float("inf")
    for _ in range(3):
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            response = client.get(url)
            best = min(best, time.perf_counter() - start)
    assert response.status_code == 200
    return len(queries), best, len(response.context["rows"])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=1000)
    args = parser.parse_args()
    setup_test_environment()  # the test client's host, and the page's context to count rows
    call_command("migrate", verbosity=0)
    for slug, cases in (("small", 1), ("large", args.cases)):
        council, mo = seed(slug, cases)
        count, seconds, rows = measure(council, mo)
        print(f"{rows:>6} open cases: {count} queries, {seconds:.3f} s (best of 3)")


if __name__ == "__main__":
    main()
