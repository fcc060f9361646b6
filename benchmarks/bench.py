"""Print articlekit's speed, cold start and memory figures.

Usage: python benchmarks/bench.py [--archive-mb N]

- parse: mean time per parse of a seed-sized dump (the example dump, or the
  seed itself when ../shared is present), best of several rounds;
- cold start: wall time of a fresh interpreter that imports articlekit and
  parses one dump, minus that of a bare interpreter;
- archive: parses an archive of N MB (the example dump repeated as many
  posts) with iter_articles from a file stream and reports throughput and the
  peak resident memory of that run, against a run over a tenth of the size.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "lowdown-example.txt"
SEED = ROOT.parent / "shared" / "seeds" / "000_170ea78ea18a55dc.txt"


def bench_parse(text: str, rounds: int = 7, number: int = 300) -> float:
    from articlekit import parse_article

    parse_article(text)  # warm up caches and lazy imports
    best = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(number):
            parse_article(text)
        best.append((time.perf_counter() - start) / number)
    return min(best)


def bench_cold_start(path: Path, rounds: int = 5) -> tuple[float, float]:
    code = (
        "import articlekit, pathlib;"
        f"articlekit.parse_article(pathlib.Path({str(path)!r}).read_text())"
    )
    bare, full = [], []
    for _ in range(rounds):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        bare.append(time.perf_counter() - t)
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        full.append(time.perf_counter() - t)
    return statistics.median(full) - statistics.median(bare), statistics.median(full)


_ARCHIVE_RUN = """
import resource, sys, time
from articlekit import iter_articles
start = time.perf_counter()
with open(sys.argv[1], encoding="utf-8") as handle:
    n = sum(1 for _ in iter_articles(handle))
took = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(n, took, peak)
"""


def bench_archive(text: str, megabytes: float) -> tuple[int, float, int]:
    post = text if text.endswith("\n") else text + "\n"
    copies = max(1, int(megabytes * 1_000_000 / len(post.encode())))
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as handle:
        for _ in range(copies):
            handle.write(post)
        path = handle.name
    try:
        out = subprocess.run(
            [sys.executable, "-c", _ARCHIVE_RUN, path],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
    finally:
        os.unlink(path)
    return int(out[0]), float(out[1]), int(out[2])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--archive-mb", type=float, default=50.0)
    args = ap.parse_args()

    sample = SEED if SEED.is_file() else EXAMPLE
    text = sample.read_text(encoding="utf-8")
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {platform.system()}"
    )
    print(f"sample: {sample.name} ({len(text)} chars)")
    per = bench_parse(text)
    rate = f"{1 / per:,.0f} articles/s, one core"
    print(f"parse: {per * 1e3:.3f} ms per article ({rate})")
    extra, total = bench_cold_start(sample)
    print(f"cold start: {extra:.3f} s over a bare interpreter ({total:.3f} s in all)")
    small = bench_archive(text, args.archive_mb / 10)
    large = bench_archive(text, args.archive_mb)
    for label, (n, took, peak) in (("archive/10", small), ("archive", large)):
        mb = n * len(text.encode()) / 1e6
        print(
            f"{label}: {n} posts, {mb:.1f} MB in {took:.2f} s "
            f"({mb / took:.2f} MB/s), peak RSS {peak / 1024:.1f} MB"
        )


if __name__ == "__main__":
    main()
