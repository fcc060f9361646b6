"""Print the peak memory and speed of ``articlekit show`` on a big multi-post file.

Usage: python benchmarks/show_memory.py [--mb N]

The dumps of ../shared/corpus (else the golden fixtures) are repeated into one
file of ``--mb`` MB (20 by default) and into one of a tenth of that. Each is
run in a fresh process through ``articlekit show FILE --html OUT`` and
``articlekit show FILE --color never`` (to a file), and through
``iter_articles`` alone: seconds, MB/s and peak RSS. Memory that stays flat
as the file grows tenfold is memory bounded by the biggest post, not by the
file.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench import _PEAK, ROOT, corpus_dumps, write_archive

_SHOW = (
    """
import resource, sys, time
sys.path.insert(0, sys.argv[2])
from articlekit.cli import main
"""
    + _PEAK
    + """
start = time.perf_counter()
out = sys.argv[3]
args = ["show", sys.argv[1]]
if sys.argv[4] == "html":
    status = main([*args, "--html", out])
else:
    with open(out, "w", encoding="utf-8") as sys.stdout:
        status = main([*args, "--color", "never"])
    sys.stdout = sys.__stdout__
took = time.perf_counter() - start
print(status, took, peak_kb())
"""
)
_ITER = (
    """
import resource, sys, time
sys.path.insert(0, sys.argv[2])
from articlekit import iter_articles
"""
    + _PEAK
    + """
start = time.perf_counter()
with open(sys.argv[1], encoding="utf-8", newline="") as handle:
    n = sum(1 for _ in iter_articles(handle))
took = time.perf_counter() - start
print(0, took, peak_kb())
"""
)


def run(script: str, path: Path, out: Path, form: str) -> tuple[float, int]:
    """Seconds and peak RSS (KB) of ``script`` over ``path`` in a fresh process."""
    done = subprocess.run(
        [sys.executable, "-c", script, str(path), str(ROOT / "src"), str(out), form],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    status, took, peak = done.stdout.split()
    if status != "0":
        raise SystemExit(f"articlekit show exited {status}: {done.stderr}")
    return float(took), int(peak)


def main() -> None:
    """Print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20.0, help="size of the big file")
    args = ap.parse_args()
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in corpus_dumps()]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(f"{'what':<28} {'MB':>7} {'s':>8} {'MB/s':>7} {'peak MB':>8}")
        for megabytes in (args.mb / 10, args.mb):
            path = write_archive(texts, megabytes, folder)
            size = path.stat().st_size / 1e6
            for name, script, form in (
                ("iter_articles alone", _ITER, "-"),
                ("show --html OUT", _SHOW, "html"),
                ("show --color never > OUT", _SHOW, "plain"),
            ):
                out = folder / "out"
                took, peak = run(script, path, out, form)
                print(
                    f"{name:<28} {size:>7.1f} {took:>8.2f} {size / took:>7.2f} "
                    f"{peak / 1024:>8.1f}"
                )
                out.unlink(missing_ok=True)
            path.unlink()


if __name__ == "__main__":
    main()
