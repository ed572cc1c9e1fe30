"""Score the screening engine, and a generic offensive-language classifier, on the corpus.

Usage:
    .venv/bin/python corpus/evaluate.py corpus/posts.jsonl [--mistakes]
    .venv/bin/python corpus/evaluate.py corpus/heldout.jsonl

Each line of a corpus file is a post with ``council`` (a code slug), the post fields of
``nolan screen`` and its labels ``expected_categories`` and ``expected_capacity``. Posts are
screened with ``corpus/context/<council>.json``. Reported: precision and recall per
category, the false-alarm rate on clean posts (no expected category: fierce criticism,
sarcasm, campaigning, public contact details, everyday posts), capacity accuracy, and for
``alt-profanity-check`` (a dev dependency; probability >= 0.5 counts as a flag) the same
post-level figures. The classifier has no categories, so its per-category figure is the
share of that category's posts it flagged at all.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from nolan.core.codes import load_code
from nolan.core.screening.cli import load_context
from nolan.core.screening.engine import Screener
from nolan.core.screening.jsonio import parse_post
from nolan.core.screening.model import Category

HERE = Path(__file__).parent
THRESHOLD = 0.5


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _pct(num: int, den: int) -> str:
    return f"{100 * num / den:.1f}%" if den else "n/a"


def evaluate(rows: list[dict], show_mistakes: bool) -> str:
    screeners: dict[str, Screener] = {}
    tp, fp, fn = Counter(), Counter(), Counter()
    support = Counter()
    clean = clean_alarms = capacity_right = 0
    flagged_right = flagged = breaches = breaches_caught = 0
    predictions = []
    for row in rows:
        slug = row["council"]
        if slug not in screeners:
            screeners[slug] = Screener(
                load_code(slug), load_context(HERE / "context" / f"{slug}.json")
            )
        post_fields = {
            k: row[k] for k in ("id", "text", "posted_at", "account", "shared") if k in row
        }
        _, post = parse_post(post_fields)
        result = screeners[slug].screen(post)
        got = {f.category.value for f in result.findings}
        want = set(row["expected_categories"])
        predictions.append((row, got, result))
        for c in want:
            support[c] += 1
        for c in got & want:
            tp[c] += 1
        for c in got - want:
            fp[c] += 1
        for c in want - got:
            fn[c] += 1
        if not want:
            clean += 1
            clean_alarms += bool(got)
        else:
            breaches += 1
            breaches_caught += bool(got)
        if got:
            flagged += 1
            flagged_right += bool(want)
        capacity_right += result.capacity.value == row["expected_capacity"]

    generic = _generic([row["text"] for row in rows])
    lines = [
        f"{len(rows)} posts: {breaches} with at least one expected finding, {clean} clean "
        "(hard negatives and everyday posts).",
        "",
        "| category | posts | Nolan precision | Nolan recall | generic classifier flags |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for category in Category:
        c = category.value
        generic_hits = None
        if generic is not None:
            generic_hits = sum(
                1
                for (row, _, _), p in zip(predictions, generic, strict=True)
                if c in row["expected_categories"] and p >= THRESHOLD
            )
        lines.append(
            f"| {c} | {support[c]} | {_pct(tp[c], tp[c] + fp[c])} | {_pct(tp[c], support[c])} | "
            f"{_pct(generic_hits, support[c]) if generic_hits is not None else 'n/a'} |"
        )
    lines += [
        "",
        "| post level | Nolan | generic classifier |",
        "| --- | ---: | ---: |",
    ]
    na = "n/a"
    if generic is not None:
        expected = [bool(row["expected_categories"]) for row, _, _ in predictions]
        g_flag = [p >= THRESHOLD for p in generic]
        g_clean = sum(f and not e for f, e in zip(g_flag, expected, strict=True))
        g_caught = sum(f and e for f, e in zip(g_flag, expected, strict=True))
        g_recall = _pct(g_caught, breaches)
        g_precision = _pct(g_caught, sum(g_flag))
        g_alarms = f"{_pct(g_clean, clean)} ({g_clean}/{clean})"
    else:
        g_recall = g_precision = g_alarms = na
    all_tp, all_fp, all_fn = sum(tp.values()), sum(fp.values()), sum(fn.values())
    micro_p = all_tp / (all_tp + all_fp) if all_tp + all_fp else 0.0
    micro_r = all_tp / (all_tp + all_fn) if all_tp + all_fn else 0.0
    micro_f1 = 2 * micro_p * micro_r / (micro_p + micro_r) if micro_p + micro_r else 0.0
    personal = [(row, result) for row, _, result in predictions if row.get("account") == "personal"]
    personal_right = sum(r.capacity.value == row["expected_capacity"] for row, r in personal)
    lines += [
        f"| category micro-F1 (precision / recall) | {micro_f1:.3f} "
        f"({100 * micro_p:.1f}% / {100 * micro_r:.1f}%) | {na} |",
        f"| capacity on personal-account posts | {_pct(personal_right, len(personal))} | {na} |",
        f"| breach posts caught (recall) | {_pct(breaches_caught, breaches)} | {g_recall} |",
        f"| flags that were right (precision) | {_pct(flagged_right, flagged)} | {g_precision} |",
        f"| false alarms on clean posts | {_pct(clean_alarms, clean)} ({clean_alarms}/{clean})"
        f" | {g_alarms} |",
        f"| capacity accuracy | {_pct(capacity_right, len(rows))} | {na} |",
    ]
    if show_mistakes:
        lines.append("")
        for row, got, result in predictions:
            want = set(row["expected_categories"])
            if got != want or result.capacity.value != row["expected_capacity"]:
                lines.append(
                    f"{row['id']}: want {sorted(want)} {row['expected_capacity']}, "
                    f"got {sorted(got)} {result.capacity.value} "
                    f"{list(result.capacity.reasons)} :: {row['text']}"
                )
    return "\n".join(lines)


def _generic(texts: list[str]) -> list[float] | None:
    try:
        from profanity_check import predict_prob
    except ImportError:
        print("alt-profanity-check is not installed; generic figures are n/a", file=sys.stderr)
        return None
    return [float(p) for p in predict_prob(texts)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="+")
    parser.add_argument("--mistakes", action="store_true", help="list posts scored wrongly")
    args = parser.parse_args()
    rows = [row for path in args.corpus for row in _load(path)]
    print(evaluate(rows, args.mistakes))


if __name__ == "__main__":
    main()
