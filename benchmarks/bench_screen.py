"""Time post screening (not a test): throughput of ``nolan screen``, start-up, per-post cost.

Run: .venv/bin/python benchmarks/bench_screen.py
Prints:
- start-up of ``nolan screen`` with no input (median of 5 runs);
- 10,000 posts (the corpus, repeated) through ``nolan screen`` in one process, wall time
  and posts per second, with and without start-up;
- per-post time in process (``Screener.screen``): p50, p95, p99 over the 10,000 posts;
- how the cost grows with post length (1x to 32x the same text) and with context size
  (0 to 1,000 officers, exempt items and pending matters).
The issue's bars: >= 2,000 posts/s for 10,000 posts, start-up < 1.5 s, p95 < 5 ms.
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from nolan.core.codes import load_code
from nolan.core.screening.cli import load_context
from nolan.core.screening.engine import Screener
from nolan.core.screening.jsonio import parse_post
from nolan.core.screening.model import Context, ExemptItem, MatterKind, Officer, PendingMatter

ROOT = Path(__file__).resolve().parent.parent
NOLAN = str(Path(sys.executable).with_name("nolan"))
CODE = "welwyn-hatfield"
CONTEXT = ROOT / "corpus" / "context" / f"{CODE}.json"
POSTS = 10_000


def corpus_lines() -> list[str]:
    rows = []
    for name in ("posts.jsonl", "heldout.jsonl"):
        for line in (ROOT / "corpus" / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            rows.append({k: row[k] for k in ("text", "posted_at", "account", "shared") if k in row})
    return [json.dumps({"id": i, **rows[i % len(rows)]}) for i in range(POSTS)]


def run_cli(stdin: Path) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one ``nolan screen`` run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with stdin.open() as fh:
        start = time.perf_counter()
        subprocess.run(
            [NOLAN, "screen", "--code", CODE, "--context", str(CONTEXT)],
            stdin=fh,
            stdout=subprocess.DEVNULL,
            check=True,
        )
        wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def per_post_ms(screener: Screener, lines: list[str]) -> list[float]:
    posts = [parse_post(json.loads(line))[1] for line in lines]
    times = []
    for post in posts:
        start = time.perf_counter_ns()
        screener.screen(post)
        times.append((time.perf_counter_ns() - start) / 1e6)
    return times


def cpu_ms_per_post(screener: Screener, lines: list[str]) -> float:
    posts = [parse_post(json.loads(line))[1] for line in lines]
    start = time.process_time()
    for post in posts:
        screener.screen(post)
    return (time.process_time() - start) / len(posts) * 1000


def big_context(n: int) -> Context:
    return Context(
        pending_matters=tuple(
            PendingMatter(
                f"6/2026/{i:04d}/FUL",
                f"Erection of {i} dwellings at Land at Oakfield Farm {i}",
                MatterKind.PLANNING,
            )
            for i in range(n)
        ),
        exempt_items=tuple(
            ExemptItem(f"Disposal of the Northgate site {i}", (f"Bidder {i} Ltd",))
            for i in range(n)
        ),
        officers=tuple(Officer(f"Officer{i} Surname{i}", "Manager") for i in range(n)),
    )


def main() -> None:
    lines = corpus_lines()
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.jsonl"
        empty.write_text("")
        batch = Path(tmp) / "posts.jsonl"
        batch.write_text("\n".join(lines) + "\n")
        starts = sorted(run_cli(empty) for _ in range(5))
        runs = sorted(run_cli(batch) for _ in range(3))
    startup, startup_cpu = starts[2]
    total, total_cpu = runs[0]
    print(f"start-up (median of 5): {startup:.2f} s wall, {startup_cpu:.2f} s CPU")
    print(
        f"{POSTS} posts through nolan screen (best of 3): {total:.2f} s wall, "
        f"{POSTS / total:,.0f} posts/s wall; {total_cpu:.2f} s CPU, "
        f"{POSTS / total_cpu:,.0f} posts/s per CPU-second, start-up included"
    )

    screener = Screener(load_code(CODE), load_context(CONTEXT))
    cpu_mean = cpu_ms_per_post(screener, lines)
    times = sorted(per_post_ms(screener, lines))
    q = statistics.quantiles(times, n=100)
    print(f"in process mean CPU per post: {cpu_mean:.3f} ms")
    print(
        f"in process per post, wall: p50 {q[49]:.3f} ms, p95 {q[94]:.3f} ms, "
        f"p99 {q[98]:.3f} ms, max {times[-1]:.2f} ms"
    )

    sample = [json.loads(line) for line in lines[:300]]
    for factor in (1, 4, 16, 32):
        grown = [
            json.dumps({"id": r["id"], "text": " ".join([r["text"]] * factor)}) for r in sample
        ]
        chars = statistics.mean(len(json.loads(g)["text"]) for g in grown)
        ms = cpu_ms_per_post(screener, grown)
        print(f"post length x{factor:<2} (mean {chars:,.0f} chars): {ms:.3f} ms CPU per post")
    for n in (0, 10, 100, 1000):
        built = time.perf_counter()
        sized = Screener(load_code(CODE), big_context(n))
        prepare = time.perf_counter() - built
        ms = cpu_ms_per_post(sized, lines[:2000])
        print(
            f"context of {n:>4} officers, exempt items and matters: {ms:.3f} ms CPU per post "
            f"(prepared once in {prepare * 1000:.0f} ms)"
        )


if __name__ == "__main__":
    main()
