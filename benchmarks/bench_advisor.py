"""Time the declaration advisor over every situation for every code (not a test).

Run: .venv/bin/python benchmarks/bench_advisor.py
Prints, per code, the time for all 1,024 situations (8 interests x 2 relations x 2^6
facts), best of several rounds, and the time per advice. Rules are loaded once per code
(as in use), so the first call is timed separately.
"""

from __future__ import annotations

import itertools
import time

from nolan.core.advisor import Interest, Relation, Situation, advise
from nolan.core.codes import load_code

SLUGS = ("lga-2020", "welwyn-hatfield", "bexley", "chelmsford")
FLAGS = (
    "greater_than_majority",
    "reasonable_member",
    "public_may_speak",
    "dispensation",
    "sensitive",
    "cabinet_executive",
)
ROUNDS = 5


def situations() -> list[Situation]:
    return [
        Situation(interest, relation, **dict(zip(FLAGS, values, strict=True)))
        for interest in Interest
        for relation in Relation
        for values in itertools.product([False, True], repeat=len(FLAGS))
    ]


def main() -> None:
    every = situations()
    total = 0.0
    for slug in SLUGS:
        code = load_code(slug)
        start = time.perf_counter()
        advise(code, every[0])
        first = time.perf_counter() - start
        best = float("inf")
        for _ in range(ROUNDS):
            start = time.perf_counter()
            for situation in every:
                advise(code, situation)
            best = min(best, time.perf_counter() - start)
        total += best
        print(
            f"{slug:16} first call (loads rules) {first * 1000:6.2f} ms;"
            f" {len(every)} situations {best * 1000:7.2f} ms"
            f" ({best / len(every) * 1e6:5.1f} us each)"
        )
    print(f"all {len(SLUGS)} codes, {len(every) * len(SLUGS)} advices: {total * 1000:.2f} ms")


if __name__ == "__main__":
    main()
