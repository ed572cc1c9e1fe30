"""Time matching and advice for a full council meeting (not a test).

Run: .venv/bin/python benchmarks/bench_meetings.py

Issue 4's bar: advice for a full council meeting (60 members, 40 agenda items, 2,000
register entries), matching included, in well under a second. The data is synthetic but
shaped like the register: organisation names with legal forms, addresses with streets and
postcodes, and agenda items that name some registered organisations and land (in other
spellings: "Limited" for "Ltd", "Rd" for "Road", postcodes without a space) among others.

What is timed, in plain Python with no database: matching every entry against every item
(``nolan.core.matching.matcher.match``), then for each item that may touch an entry what the prompt
page computes: the first question for an "affects" answer and the advice for a "directly
relates" answer under Welwyn Hatfield's code (``nolan.core.advisor.questions``, which keeps each
distinct advice once, so the first round pays for the advisor and later rounds do not).
Each size is doubled in turn to show how the cost grows. Best of several rounds; a fixed
seed makes the data the same on every run. The matching alone is also timed.
"""

from __future__ import annotations

import random
import time

from nolan.core.advisor import Interest, Relation
from nolan.core.advisor.questions import Known, final_advice, next_question
from nolan.core.codes import load_code
from nolan.core.matching.matcher import match
from nolan.core.matching.model import Item, RegisteredInterest

ROUNDS = 5
# Made-up place and company words ("Dunbrook", "Ashley"): 24 x 20 of them, so that, as on a
# real register, most names share no distinctive word with each other.
_STARTS = "Ash Beck Brook Cal Dun Elm Fair Gar Hart Ivy Kes Lang Mar Nor Oak Pel Red San"
_STARTS += " Tew Up Wal Wes Yar Thorn"
_ENDS = "ley ton ford wick field bury ham worth stead well more dale hurst by cote mere"
_ENDS += " side wood gate holt"
WORDS = [a + b for a in _STARTS.split() for b in _ENDS.split()]
KINDS = ("Builders", "Homes", "Trust", "Associates", "Motors", "Farms", "Partnership", "Care")
FORMS = ("Ltd", "Limited", "plc", "LLP", "")
STREETS = ("Road", "Lane", "Street", "Close", "Avenue", "Drive")
SHORT = {"Road": "Rd", "Lane": "Ln", "Street": "St", "Close": "Cl", "Avenue": "Ave"}
SHORT |= {"Drive": "Dr"}
AREAS = ("AL6", "AL7", "AL8", "AL9", "AL10", "EN6", "SG4")
LAND_SHARE = 0.1  # land and property are a minority of entries on real registers


def _organisation(rng: random.Random) -> str:
    return f"{rng.choice(WORDS)} {rng.choice(WORDS)} {rng.choice(KINDS)} {rng.choice(FORMS)}"


def _address(rng: random.Random) -> str:
    street, kind = rng.choice(WORDS), rng.choice(STREETS)
    postcode = (
        f"{rng.choice(AREAS)} {rng.randint(0, 9)}{rng.choice('ABDEFGHJ')}{rng.choice('LNPQRS')}"
    )
    return f"{rng.randint(1, 120)} {street} {kind}, Welwyn, {postcode}"


def register(members: int, entries: int, rng: random.Random) -> list[RegisteredInterest]:
    interests = []
    for n in range(entries):
        member = str(n % members)
        if rng.random() > LAND_SHARE:
            interests.append(RegisteredInterest(str(n), member, names=(_organisation(rng),)))
        else:
            interests.append(RegisteredInterest(str(n), member, addresses=(_address(rng),)))
    return interests


def agenda(items: int, interests: list[RegisteredInterest], rng: random.Random) -> list[Item]:
    agenda_items = []
    for n in range(items):
        named = rng.choice(interests)
        if named.names:
            mention = named.names[0].replace("Ltd", "Limited")
            agenda_items.append(
                Item(str(n), f"Contract award to {mention}", organisations=(mention,))
            )
        else:
            # The registered land's own street, its type shortened, and its own postcode.
            line, _, postcode = named.addresses[0].split(", ")
            kind = line.split()[-1]
            title = f"Planning application at {line.replace(kind, SHORT.get(kind, kind))}"
            agenda_items.append(
                Item(str(n), title, "Two dwellings.", addresses=(postcode.replace(" ", ""),))
            )
    return agenda_items


def advise_meeting(code, interests, items) -> int:
    flagged = 0
    for found in match(interests, items):
        flagged += 1
        kind = Interest.ORI if found.interest.names else Interest.DPI
        known = Known(kind, True, False, False, False)
        next_question(code, known, Relation.AFFECTS, {})
        final_advice(code, known, Relation.DIRECTLY_RELATES, {})
    return flagged


def timed(code, members: int, items: int, entries: int) -> tuple[float, float, int]:
    rng = random.Random(2026)  # noqa: S311 - reproducible synthetic data, not security
    interests = register(members, entries, rng)
    agenda_items = agenda(items, interests, rng)
    best, matching, matches = float("inf"), float("inf"), 0
    for _ in range(ROUNDS):
        start = time.perf_counter()
        matches = advise_meeting(code, interests, agenda_items)
        best = min(best, time.perf_counter() - start)
        start = time.perf_counter()
        list(match(interests, agenda_items))
        matching = min(matching, time.perf_counter() - start)
    return best, matching, matches


def main() -> None:
    code = load_code("welwyn-hatfield")
    base = (60, 40, 2000)
    sizes = [base, (120, 40, 2000), (60, 80, 2000), (60, 40, 4000)]
    baseline = None
    for members, items, entries in sizes:
        seconds, matching, matches = timed(code, members, items, entries)
        baseline = baseline or seconds
        print(
            f"{members:4} members {items:3} items {entries:5} entries:"
            f" {seconds * 1000:6.1f} ms ({seconds / baseline:4.2f}x the first),"
            f" of which matching {matching * 1000:6.1f} ms; {matches:4} pairs flagged"
        )


if __name__ == "__main__":
    main()
