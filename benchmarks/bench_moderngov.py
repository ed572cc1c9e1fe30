"""Time a Modern.gov sync of a large council through a local server (not a test).

Run: .venv/bin/python benchmarks/bench_moderngov.py [--members 60] [--meetings 200]

Issue 12 asks for the time of a council with 60 members and 200 meetings. The feed is
synthetic but in the service's shape (the generators below write the same XML as the
recorded answers in tests/moderngov/data): 20 wards of three councillors with a term each,
12 committees of nine seats, the meetings spread over the default window (the last 30 days
and the next 90) among the committees, each with 10 agenda items. It is served by the same
stand-in server the tests use (tests/moderngov/server.py), on loopback, into a throw-away
SQLite database after ``nolan demo``.

Timed: the first run (everything added through the councils' and meetings' services, one
history row each), a second run over the same feed (nothing to change), and a run after a
by-election (one party changed, one member gone). Each is ``nolan moderngov`` as the
command runs it: every answer fetched, then the plan made and applied in one transaction.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from io import StringIO
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
TMP = Path(tempfile.mkdtemp(prefix="nolan-bench-"))
os.environ["DATABASE_URL"] = f"sqlite:///{TMP / 'bench.sqlite3'}"
os.environ["DJANGO_SETTINGS_MODULE"] = "nolan.settings"
os.environ.setdefault("DEBUG", "true")  # the stand-in server speaks plain HTTP
sys.path[:0] = [str(REPO)]

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.utils import timezone  # noqa: E402

from nolan.demo import load_demo  # noqa: E402
from tests.moderngov.server import modern_gov  # noqa: E402

FIRST = "Alys Bram Cai Dora Eben Fenn Gwen Hal Ines Jory Kit Lowen Mab Nye Osk Pim".split()
LAST = "Ashdown Brierley Colborne Dunmore Elford Frayne Garside Holroyd Ivery Jessop".split()
PARTIES = ("Conservative", "Labour", "Liberal Democrat", "Green Party", "Independent")
COMMITTEES = 12
ITEMS = 10


def councillors_xml(members: int, changed: bool = False) -> bytes:
    wards = []
    for ward in range((members + 2) // 3):
        people = []
        for seat in range(3):
            n = ward * 3 + seat
            if n >= members or (changed and n == 1):
                continue
            party = PARTIES[(n + (1 if changed and n == 0 else 0)) % len(PARTIES)]
            people.append(
                f"<councillor><councillorid>{5000 + n}</councillorid>"
                f"<fullusername>Councillor {FIRST[n % 16]} {LAST[n // 16 % 10]}-{n}"
                f"</fullusername><politicalpartytitle>{party}</politicalpartytitle>"
                f"<keyposts></keyposts><workaddress><email>cllr{n}@example.gov.uk</email>"
                "</workaddress><homeaddress><line1>1 Private Road</line1></homeaddress>"
                "<termsofoffice><termofoffice><startdate>04/05/2023</startdate>"
                "<enddate>unspecified</enddate></termofoffice></termsofoffice></councillor>"
            )
        wards.append(
            f"<ward><wardtitle>Ward {ward + 1}</wardtitle><councillors>"
            f"<councillorcount>{len(people)}</councillorcount>{''.join(people)}"
            "</councillors></ward>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><councillorsbyward><wards>'
        + "".join(wards)
        + "</wards></councillorsbyward>"
    ).encode()


def committees_xml(members: int) -> bytes:
    parts = []
    for c in range(COMMITTEES):
        seats = "".join(
            f'<committeemember membertype="U" memberid="{5000 + (c * 5 + s) % members}" '
            f'name="x" roledescription="{"Chair" if s == 0 else "Committee Member"}" />'
            for s in range(9)
        )
        parts.append(
            f"<committee><committeeid>{300 + c}</committeeid><committeetitle>Committee {c + 1}"
            "</committeetitle><committeedeleted>False</committeedeleted><committeeexpired>"
            f"False</committeeexpired><committeemembers>{seats}</committeemembers></committee>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><committees>' + "".join(parts) + "</committees>"
    ).encode()


def meetings_xml(committee: int, meetings: list[tuple[int, dt.date]]) -> bytes:
    rows = "".join(
        f"<meeting><meetingid>{ident}</meetingid><meetingdate>{day:%d/%m/%Y}</meetingdate>"
        "<meetingstatus>Confirmed</meetingstatus><meetingtime>7.00 pm</meetingtime></meeting>"
        for ident, day in meetings
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><getmeetings><committee>'
        f"<committeeid>{committee}</committeeid><committeemeetings>{rows}"
        "</committeemeetings></committee></getmeetings>"
    ).encode()


def agenda_xml(ident: int, day: dt.date) -> bytes:
    items = "".join(
        f"<agendaitem><agendaitemid>{ident * 100 + i}</agendaitemid><agendaitemtitle>"
        f"{escape(f'Item {i}: land at {i} Mill Lane, AL7 {i}QZ')}</agendaitemtitle><agendatext>"
        f"{escape(f'<p>Report on {i} Mill Lane, Welwyn Garden City, AL7 {i}QZ.</p>')}"
        f"</agendatext><fulldisplaynumberformat>{i}.</fulldisplaynumberformat>"
        f"<isrestricted>{'True' if i == ITEMS else 'False'}</isrestricted>"
        f"{'<linkeddocuments><linkeddoc><restrictionsRef>Paragraph 3</restrictionsRef>'}"
        "</linkeddoc></linkeddocuments></agendaitem>"
        for i in range(1, ITEMS + 1)
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><meeting><meetingid>{ident}</meetingid>'
        f"<meetingdate>{day:%d/%m/%Y}</meetingdate><meetinglocation>Council Chamber"
        f"</meetinglocation><agendaitems>{items}</agendaitems></meeting>"
    ).encode()


def answers(members: int, meetings: int, today: dt.date) -> dict[str, bytes]:
    found = {
        "GetCouncillorsByWard": councillors_xml(members),
        "GetCommittees": committees_xml(members),
    }
    by_committee: dict[int, list[tuple[int, dt.date]]] = {300 + c: [] for c in range(COMMITTEES)}
    for m in range(meetings):
        day = today - dt.timedelta(days=29) + dt.timedelta(days=m * 118 // meetings)
        by_committee[300 + m % COMMITTEES].append((9000 + m, day))
        found[f"GetMeeting-{9000 + m}"] = agenda_xml(9000 + m, day)
    for committee, listed in by_committee.items():
        found[f"GetMeetings-{committee}"] = meetings_xml(committee, listed)
    return found


def timed(url: str) -> tuple[float, int, str]:
    out = StringIO()
    count = 0

    def counted(execute, sql, params, many, context):
        nonlocal count
        count += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(counted):
        started = time.perf_counter()
        call_command("moderngov", "welwyn-hatfield", url, stdout=out)
        elapsed = time.perf_counter() - started
    return elapsed, count, out.getvalue().strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=60)
    parser.add_argument("--meetings", type=int, default=200)
    options = parser.parse_args()
    call_command("migrate", verbosity=0)
    load_demo()
    feed = answers(options.members, options.meetings, timezone.localdate())
    size = sum(len(body) for body in feed.values())
    print(
        f"{options.members} members, {options.meetings} meetings of {ITEMS} items, "
        f"{len(feed)} answers, {size / 1e6:.1f} MB of XML"
    )
    with modern_gov(feed) as site:
        for label in ("first run", "second run, same feed"):
            elapsed, queries, summary = timed(site.url)
            print(f"{label}: {elapsed:.2f} s, {queries:,} queries; {summary}")
        site.answers["GetCouncillorsByWard"] = councillors_xml(options.members, changed=True)
        elapsed, queries, summary = timed(site.url)
        print(f"after a by-election: {elapsed:.2f} s, {queries:,} queries; {summary}")
        started = time.perf_counter()
        call_command("moderngov", "welwyn-hatfield", site.url, "--dry-run", stdout=StringIO())
        print(f"dry run, nothing to change: {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
