"""Print what ``articlekit parse`` costs on one big file of many posts.

Usage: python benchmarks/cli_stream.py [--size-mb N] [--formats F,F...]
[--jobs J,J...]

Builds one file of ``--size-mb`` MB (100 by default; the issue's target is
stated for 1024) in a temporary folder from the project's dumps (the
corpus of ../shared when present, else tests/corpus, and the example dump),
repeated, and runs ``python -m articlekit parse FILE --format F`` for each
format as a subprocess whose standard output this script reads from a pipe,
with each ``--jobs`` given (``1,default`` by default: one process, and the
default of one per core, which parses the posts of a big file across the
workers). For each it prints:

- peak RSS of the command (``os.wait4``'s resource usage of that child) and,
  beside it, the peak of the sum over the command and its worker processes
  (their RSS read from /proc every 50 ms, where there is a /proc);
- time to the first record (the first byte on the pipe) beside the whole
  run, which shows the output is written while the input is still read;
- MB/s of input, against ``iter_articles(path)`` alone in a fresh process
  over the same file (its own peak RSS beside), and the ratio.

The targets (issue 17): peak RSS at most 100 MB, the first record before the
end, throughput within 10% of ``iter_articles`` alone. The script only
reports: it always exits 0.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import CHILD_ENV, EXAMPLE, ROOT, corpus_dumps, verdict, warm_bytecode

ENV = dict(CHILD_ENV, PYTHONPATH=str(ROOT / "src"))

_ITER = """
import sys, time
from pathlib import Path
from articlekit import iter_articles
start = time.perf_counter()
n = sum(1 for _ in iter_articles(Path(sys.argv[1])))
print(n, time.perf_counter() - start)
"""


def build(folder: Path, megabytes: float) -> Path:
    """One file of about ``megabytes`` MB: the dumps, each a post, repeated."""
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in corpus_dumps()]
    texts.append(EXAMPLE.read_text(encoding="utf-8"))
    unit = "".join(t if t.endswith("\n") else t + "\n" for t in texts) + "\n"
    data = unit.encode("utf-8")
    copies = max(1, round(megabytes * 1e6 / len(data)))
    path = folder / "export.txt"
    with path.open("wb") as handle:
        for _ in range(copies):
            handle.write(data)
    return path


def waited(proc: subprocess.Popen[bytes]) -> tuple[int, int]:
    """Wait for ``proc``: its exit status and its own peak RSS in KB."""
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, usage.ru_maxrss


def _tree_rss_kb(pid: int) -> int:
    """The RSS of ``pid`` and of its children, in KB, from /proc (0 without)."""
    total = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            children = Path(f"/proc/{current}/task/{current}/children").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
        pending.extend(int(child) for child in children.split())
    return total


class TreePeak(threading.Thread):
    """The peak of :func:`_tree_rss_kb` of a process while it runs."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak = 0
        self.running = True

    def run(self) -> None:
        while self.running:
            self.peak = max(self.peak, _tree_rss_kb(self.pid))
            time.sleep(0.05)


def run_cli(path: Path, fmt: str, jobs: str = "default") -> dict[str, float]:
    """One ``articlekit parse`` run read from a pipe, with its figures."""
    command = [sys.executable, "-m", "articlekit", "parse", str(path)]
    command += ["--format", fmt, "--quiet"]
    if jobs != "default":
        command += ["--jobs", jobs]
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, env=ENV)
    tree = TreePeak(proc.pid)
    tree.start()
    assert proc.stdout is not None
    first = None
    written = 0
    while piece := proc.stdout.read1(1 << 20):
        if first is None:
            first = time.perf_counter() - start
        written += len(piece)
    proc.stdout.close()
    tree.running = False
    tree.join()
    status, peak = waited(proc)
    took = time.perf_counter() - start
    if status not in (0, 1):
        raise RuntimeError(f"{' '.join(command)} exited with {status}")
    return {
        "seconds": took,
        "first": first if first is not None else took,
        "peak_mb": peak / 1024,
        "tree_mb": tree.peak / 1024,
        "out_mb": written / 1e6,
    }


def run_iter(path: Path) -> dict[str, float]:
    """``iter_articles(path)`` alone in a fresh process."""
    proc = subprocess.Popen(
        [sys.executable, "-c", _ITER, str(path)], stdout=subprocess.PIPE, env=ENV
    )
    assert proc.stdout is not None
    out = proc.stdout.read().split()
    proc.stdout.close()
    _, peak = waited(proc)
    return {"articles": int(out[0]), "seconds": float(out[1]), "peak_mb": peak / 1024}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size-mb", type=float, default=100.0)
    ap.add_argument("--formats", default="jsonl,json,text,csv")
    ap.add_argument(
        "--jobs",
        default="1,default",
        help="the --jobs of each run, 'default' for none given (default: 1,default)",
    )
    args = ap.parse_args()
    warm_bytecode()
    with tempfile.TemporaryDirectory() as tmp:
        path = build(Path(tmp), args.size_mb)
        size = path.stat().st_size / 1e6
        alone = run_iter(path)
        base = size / alone["seconds"]
        print(
            f"file: {size:,.0f} MB; iter_articles alone: {alone['articles']:,} "
            f"articles in {alone['seconds']:.1f} s ({base:.2f} MB/s), "
            f"peak RSS {alone['peak_mb']:.1f} MB"
        )
        for fmt in args.formats.split(","):
            for jobs in args.jobs.split(","):
                got = run_cli(path, fmt, jobs)
                speed = size / got["seconds"]
                print(
                    f"parse --format {fmt} --jobs {jobs}: {got['seconds']:.1f} s "
                    f"({speed:.2f} MB/s, {speed / base:.2f}x iter_articles), first "
                    f"record after {got['first']:.2f} s, peak RSS "
                    f"{got['peak_mb']:.1f} MB (with workers {got['tree_mb']:.1f} MB), "
                    f"{got['out_mb']:,.0f} MB written"
                )
                print(
                    f"  targets: peak RSS <= 100 MB {verdict(got['peak_mb'] <= 100)}; "
                    f"first record before the end "
                    f"{verdict(got['first'] < got['seconds'] / 2)}; within 10% of "
                    f"iter_articles {verdict(speed >= 0.9 * base)}"
                )


if __name__ == "__main__":
    main()
