"""Benchmark the public registers (not a test): query counts, CSV memory, requests per second.

Run: .venv/bin/python benchmarks/bench_registers.py [--gifts 100000] [--seconds 10]

Issue 3's bars. It builds a throw-away SQLite database with a council of 60 councillors and
2,000 register entries (5% of them agreed sensitive), plus 100,000 gifts, then measures:

1. SQL queries for the public register page at 2,000 entries against a council with 200;
2. streaming the gifts CSV of 10,000 and of 100,000 gifts: Python's peak traced memory
   (tracemalloc) and the process's peak RSS, which must stay flat as rows grow;
3. requests per second for the public register page under gunicorn with two workers,
   measured with wrk on loopback, against a plain Django page in the same run.

Rows are seeded with bulk_create (not the services) because only reading is measured.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import socket
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
TMP = Path(tempfile.mkdtemp(prefix="nolan-bench-"))
os.environ["DATABASE_URL"] = f"sqlite:///{TMP / 'bench.sqlite3'}"
os.environ["DJANGO_SETTINGS_MODULE"] = "bench_registers_settings"
sys.path[:0] = [str(HERE), str(REPO)]

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from nolan.councils.models import Council, Member, Term  # noqa: E402
from nolan.registers.models import Gift, InterestEntry  # noqa: E402

CATEGORIES = ["employment", "land", "charity", "public-body", "contracts"]


def seed(slug: str, members: int, entries: int, gifts: int, user) -> Council:
    council = Council.objects.create(slug=slug, name=f"Bench {slug}", code_slug="welwyn-hatfield")
    people = Member.objects.bulk_create(
        Member(council=council, slug=f"cllr-{n}", name=f"Cllr Bench {n:02d}", fictional=True)
        for n in range(members)
    )
    Term.objects.bulk_create(
        Term(member=m, began="elected", start=date(2024, 5, 2)) for m in people
    )
    now = timezone.now()
    InterestEntry.objects.bulk_create(
        (
            InterestEntry(
                member=people[n % members],
                category=CATEGORIES[n % len(CATEGORIES)],
                employer=f"Employer {n}",
                land_address=f"{n} Bench Road",
                body_name=f"Body {n}",
                counterparty=f"Contractor {n}",
                start=date(2020, 1, 1),
                registered_at=now,
                registered_by=user,
                sensitivity="agreed" if n % 20 == 0 else "",
            )
            for n in range(entries)
        ),
        batch_size=1000,
    )
    Gift.objects.bulk_create(
        (
            Gift(
                member=people[n % members],
                donor_name=f"Donor {n % 500}",
                donor_kind="organisation",
                description="Dinner at an awards evening",
                occasion="Awards",
                value_pence=5000 + n % 10000,
                received_on=date(2025, 1, 1) - timedelta(days=n % 300),
                due_on=date(2025, 1, 29),
                registered_at=now,
                registered_by=user,
            )
            for n in range(gifts)
        ),
        batch_size=2000,
    )
    return council


def page_queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
        assert response.status_code == 200, url
    return len(captured)


def stream_csv(client: Client, url: str) -> tuple[int, float, int, float]:
    """(rows, seconds, tracemalloc peak bytes, RSS peak MiB) for streaming one CSV."""
    tracemalloc.start()
    started = time.perf_counter()
    response = client.get(url)
    lines = sum(chunk.count(b"\n") for chunk in response.streaming_content)
    seconds = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return lines - 1, seconds, peak, rss


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wrk(url: str, seconds: int) -> float:
    out = subprocess.run(
        ["wrk", "-t2", "-c8", f"-d{seconds}s", url], capture_output=True, text=True, check=True
    ).stdout
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if non_2xx:
        raise SystemExit(f"{url}: {non_2xx.group(1)} error responses\n{out}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--gifts", type=int, default=100_000)
    parser.add_argument("--seconds", type=int, default=10)
    args = parser.parse_args()

    call_command("migrate", verbosity=0)
    user = get_user_model().objects.create(username="bench")
    started = time.perf_counter()
    seed("bench", members=60, entries=2000, gifts=args.gifts, user=user)
    seed("bench-small", members=60, entries=200, gifts=args.gifts // 10, user=user)
    print(f"seeded in {time.perf_counter() - started:.1f} s ({TMP})")

    client = Client(HTTP_HOST="127.0.0.1")
    for slug in ("bench-small", "bench"):
        entries = InterestEntry.objects.filter(member__council__slug=slug).count()
        queries = page_queries(client, f"/councils/{slug}/register/")
        past = page_queries(
            client, f"/councils/{slug}/register/?on={date.today() - timedelta(days=1)}"
        )
        print(
            f"register page, {entries} entries: {queries} queries (as it stood yesterday: {past})"
        )

    for slug in ("bench-small", "bench"):
        rows, seconds, peak, rss = stream_csv(client, f"/councils/{slug}/gifts.csv")
        print(
            f"gifts CSV, {rows} rows: {seconds:.1f} s, {rows / seconds:,.0f} rows/s, "
            f"tracemalloc peak {peak / 2**20:.2f} MiB, process peak RSS {rss:.0f} MiB"
        )

    port = free_port()
    env = {**os.environ, "PYTHONPATH": f"{HERE}:{REPO}"}
    server = subprocess.Popen(
        [
            str(REPO / ".venv/bin/gunicorn"),
            "-w",
            "2",
            "-b",
            f"127.0.0.1:{port}",
            "nolan.wsgi:application",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        wrk(base + "/councils/bench/register/", 2)  # warm both workers
        plain = wrk(base + "/bench/plain/", args.seconds)
        register = wrk(base + "/councils/bench/register/", args.seconds)
        as_json = wrk(base + "/councils/bench/register.json", args.seconds)
        print(
            f"gunicorn -w 2, wrk -t2 -c8 -d{args.seconds}s: plain Django page {plain:,.0f} req/s; "
            f"register page (60 members, 2,000 entries) {register:,.1f} req/s; "
            f"register JSON {as_json:,.1f} req/s"
        )
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
