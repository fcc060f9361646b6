"""Count the instructions of one ``parse_article`` of the seed, under callgrind.

Usage: python benchmarks/instructions.py [--warm N] [--runs K] [--sections]

Wall times move with the load on a shared machine; instruction counts do
not. This script runs Python under ``valgrind --tool=callgrind`` twice, in
the same environment (``PYTHONHASHSEED=0``, bytecode cached): once parsing
the seed N times (``--warm``, 3 by default), once N + K times (``--runs``,
30 by default), and prints (instructions(N + K) - instructions(N)) / K. The
interpreter's start, the import and the first parses' lazy work are in both
runs, so they cancel out. The seed is the first ``../shared/seeds/*.txt``
when present, else ``examples/lowdown-example.txt`` (the two are not
comparable); ``--text PATH`` picks another dump.

``--sections`` adds the cost of each section given the sections before it:
a parser with only the first k sections of the default pipeline enabled
(``Pipeline.only``, the public API), for k = 0 (splitting into blocks, the
input checks and building the article) to all of them, each run K times
after the same warm-up; each section's figure is the difference between two
prefixes, including what it adds to building the article.

When valgrind is not on PATH the script prints ``valgrind not found`` and
exits 0.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "lowdown-example.txt"
SEEDS = ROOT.parent / "shared" / "seeds"

# argv: src folder, text path, warm-up parses, measured parses, prefix
# (-1: parse_article itself; k >= 0: a parser with the first k sections).
# With a prefix, every prefix parser is built and parses once before the
# measured loop, whatever k is, so that runs of different k differ only in
# the loop.
CHILD = """
import sys
from pathlib import Path

sys.path.insert(0, sys.argv[1])
import articlekit

text = Path(sys.argv[2]).read_text(encoding="utf-8")
warm, runs, prefix = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
parse = articlekit.parse_article
for _ in range(warm):
    parse(text)
if prefix >= 0:
    names = articlekit.Parser().pipeline.names()
    parsers = []
    for k in range(len(names) + 1):
        parser = articlekit.Parser()
        parser.pipeline.only(*names[:k])
        parser.parse(text)
        parsers.append(parser)
    parse = parsers[prefix].parse
for _ in range(runs):
    parse(text)
"""

# The same environment for every run. Bytecode caching stays on (after one
# run that writes the cache), as for an installed package.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV["PYTHONHASHSEED"] = "0"


def seed_path() -> Path:
    """The first seed of ../shared when present, else the example dump."""
    seeds = sorted(SEEDS.glob("*.txt"))
    return seeds[0] if seeds else EXAMPLE


def section_names() -> tuple[str, ...]:
    """The default pipeline's sections, in running order (as the child sees)."""
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; sys.path.insert(0, sys.argv[1]); import articlekit;"
            "print(*articlekit.Parser().pipeline.names())",
            str(ROOT / "src"),
        ],
        env=ENV,
        check=True,
        capture_output=True,
        text=True,
    )
    return tuple(out.stdout.split())


def totals(path: Path) -> int:
    """The instruction total of a callgrind output file."""
    summary = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(("totals:", "summary:")):
            summary = int(line.split()[1])  # totals: comes last when present
    if summary is None:
        raise ValueError(f"no totals in {path}")
    return summary


def callgrind(text: Path, warm: int, runs: int, prefix: int, folder: Path) -> int:
    """Instructions of one child process under callgrind."""
    out = folder / f"callgrind.{warm}.{runs}.{prefix}"
    command = [
        "valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
        sys.executable, "-c", CHILD,
        str(ROOT / "src"), str(text), str(warm), str(runs), str(prefix),
    ]  # fmt: skip
    done = subprocess.run(command, env=ENV, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"callgrind run failed:\n{done.stderr[-2000:]}")
    return totals(out)


def per_parse(
    text: Path, warm: int, runs: int, prefix: int, base: int, folder: Path
) -> float:
    """Instructions per parse: the run with ``runs`` more parses, less ``base``."""
    return (callgrind(text, warm, runs, prefix, folder) - base) / runs


def print_sections(
    text: Path, warm: int, runs: int, total: float, folder: Path
) -> None:
    names = section_names()
    base = callgrind(text, warm, 0, 0, folder)
    costs = [
        per_parse(text, warm, runs, k, base, folder) for k in range(len(names) + 1)
    ]
    rows = [("(blocks, input checks, building the article)", costs[0])]
    rows += [(name, costs[k + 1] - costs[k]) for k, name in enumerate(names)]
    width = max(len(name) for name, _ in rows)
    print(f"per section, each given the sections before it ({runs} parses each):")
    for name, cost in rows:
        print(f"  {name:<{width}}  {cost:>12,.0f}  {cost / costs[-1]:>6.1%}")
    print(
        f"  {'all sections':<{width}}  {costs[-1]:>12,.0f}  "
        f"(parse_article: {total:,.0f})"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--warm", type=int, default=3, help="parses in both runs (N)")
    ap.add_argument("--runs", type=int, default=30, help="parses measured (K)")
    ap.add_argument("--sections", action="store_true", help="cost of each section")
    ap.add_argument("--text", type=Path, default=None, help="the dump to parse")
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind not found")
        return 0
    if args.warm < 1 or args.runs < 1:
        ap.error("--warm and --runs take at least 1")
    text = args.text or seed_path()
    version = subprocess.run(
        ["valgrind", "--version"], capture_output=True, text=True, check=True
    ).stdout.strip()
    chars = len(text.read_text(encoding="utf-8"))
    print(f"Python {platform.python_version()}, {version}")
    print(f"text: {text.name} ({chars:,} chars)")
    subprocess.run(  # write the bytecode cache, so that no run compiles
        [sys.executable, "-c", CHILD, str(ROOT / "src"), str(text), "1", "0", "-1"],
        env=ENV,
        check=True,
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base = callgrind(text, args.warm, 0, -1, folder)
        total = per_parse(text, args.warm, args.runs, -1, base, folder)
        print(
            f"instructions per parse_article: {total:,.0f} ({total / 1e6:.2f}M; "
            f"callgrind, PYTHONHASHSEED=0: {args.warm} parses against "
            f"{args.warm} + {args.runs}, the difference over {args.runs})"
        )
        if args.sections:
            print_sections(text, args.warm, args.runs, total, folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
