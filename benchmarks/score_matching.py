"""Score the meeting-prompt matcher on labelled pairs (not a test).

Run: .venv/bin/python benchmarks/score_matching.py tests/core/data/matching-tuning.jsonl

Each line of a pairs file is one register entry and one agenda item, labelled
``must_match`` (the member must be asked about the item) or not (a near miss: a prompt
would be a false alarm). The entry goes to the matcher as the meeting prompts send it
(``nolan.core.matching.entries.registered_interest``), with its council's place names
(``nolan.councils.places``). Printed: precision (of the pairs flagged, how many must match)
and recall on the must-match pairs, then each pair got wrong with its kind and the reasons
found. Issue 11's bar: precision of at least 95% with recall kept at 100%.

The labelled files were written apart from the matcher (tests/core/data): the tuning file
may be tuned on; each blind file is scored once, and its first score is the one reported in
docs/performance.md (later scores on it measure fit). What each file gets wrong now is held
in its ``-known-misses.json`` by tests/core/test_matching_pairs.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from nolan.core.matching.entries import registered_interest
from nolan.core.matching.matcher import match
from nolan.core.matching.model import Item
from nolan.councils.places import place_names

# The files' categories whose "description" is the land's description; for the others it
# is the entry's other details, as on the register form.
LAND_CATEGORIES = {"land", "licences"}


def pair(row: dict) -> tuple:
    entry = row["interest"]
    land = entry["category"] in LAND_CATEGORIES
    interest = registered_interest(
        key=row["id"],
        member="member",
        names=entry["names"],
        addresses=[*entry["addresses"], *([entry["description"]] if land else [])],
        details="" if land else entry["description"],
    )
    item = Item(key=row["id"], title=row["item"]["title"], description=row["item"]["description"])
    return interest, item


def outcomes(path: Path) -> list[tuple[dict, tuple[str, ...]]]:
    """Each labelled row with the reasons the matcher gave (empty: not flagged)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    found = []
    for row in rows:
        interest, item = pair(row)
        matches = list(match([interest], [item], places=place_names(row["council"])))
        found.append((row, tuple(str(r) for m in matches for r in m.reasons)))
    return found


def score(results) -> tuple[float, float, int, int]:
    flagged = [row for row, reasons in results if reasons]
    must = [row for row, _ in results if row["must_match"]]
    true = sum(row["must_match"] for row in flagged)
    precision = true / len(flagged) if flagged else 1.0
    recall = true / len(must) if must else 1.0
    return precision, recall, len(flagged), len(must)


def main(paths: list[str]) -> None:
    for name in paths:
        results = outcomes(Path(name))
        precision, recall, flagged, must = score(results)
        print(
            f"{name}: {len(results)} pairs, {must} must match; flagged {flagged}; "
            f"precision {precision:.1%}; recall {recall:.1%}"
        )
        for row, reasons in results:
            if bool(reasons) != row["must_match"]:
                wrong = "missed" if row["must_match"] else "false alarm"
                print(f"  {row['id']} {wrong} ({row['kind']}): {', '.join(reasons) or '-'}")


if __name__ == "__main__":
    main(sys.argv[1:])
