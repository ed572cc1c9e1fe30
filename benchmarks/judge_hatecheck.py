"""Judge "Check a post" on HateCheck, a published functional test suite for hate speech
(Röttger et al., ACL 2021; CC BY 4.0; not a test, and never tuned on).

Run (the suite is not in the repository, so that nobody tunes on it):
    git clone https://github.com/paul-rottger/hatecheck-data /tmp/hatecheck
    .venv/bin/python benchmarks/judge_hatecheck.py /tmp/hatecheck/test_suite_cases.csv

Each case is screened as a post of unknown account against Welwyn Hatfield's code with its
corpus context; a case counts as flagged when any finding is reported. Issue 9's bar: at
least 85% of the hateful cases flagged, at most 10% of the contrast cases (counter-speech,
negation, homonyms, reclaimed slurs, abuse of objects or of people for what they do).
Printed: both rates, then each functionality's. The per-case outcomes are not printed: this
suite judges, and reading its misses case by case would be tuning on it.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

from nolan.core.codes import load_code
from nolan.core.screening.cli import load_context
from nolan.core.screening.engine import Screener
from nolan.core.screening.model import Post

ROOT = Path(__file__).resolve().parents[1]
COUNCIL = "welwyn-hatfield"


def main(path: Path) -> None:
    screener = Screener(
        load_code(COUNCIL), load_context(ROOT / "corpus" / "context" / f"{COUNCIL}.json")
    )
    flagged: Counter[str] = Counter()
    cases: Counter[str] = Counter()
    gold: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file):
            functionality = row["functionality"]
            gold[functionality] = row["label_gold"]
            cases[functionality] += 1
            flagged[functionality] += bool(screener.screen(Post(row["test_case"])).findings)
    for label in ("hateful", "non-hateful"):
        names = [f for f in cases if gold[f] == label]
        n, k = sum(cases[f] for f in names), sum(flagged[f] for f in names)
        print(f"{label}: {k} of {n} flagged ({100 * k / n:.1f}%)")
    for f in sorted(cases):
        print(f"  {f} ({gold[f]}): {flagged[f]}/{cases[f]} ({100 * flagged[f] / cases[f]:.0f}%)")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
