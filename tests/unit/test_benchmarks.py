"""Smoke tests of the benchmark scripts: they run and print their figures.

No timing is asserted here (timings belong to the scripts' output); these
only keep the scripts from rotting as the library changes.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"

pytestmark = pytest.mark.skipif(
    not BENCHMARKS.is_dir(), reason="the benchmarks folder is not here"
)


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        f"_benchmarks_{name}", BENCHMARKS / f"{name}.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _run(
    *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=env,
    )


def test_adversarial_quick_run_prints_every_case() -> None:
    """``adversarial.py --quick`` times every case against the per-MB baseline."""
    done = _run(str(BENCHMARKS / "adversarial.py"), "--quick", "--rounds", "1")
    assert done.returncode in (0, 1), done.stderr  # 1: some ratio is above 3
    assert "base s/MB" in done.stdout
    assert "ordinary dumps" in done.stdout
    assert "max ratio:" in done.stdout
    cases = _load("hostile").CASES
    assert any(case.name.startswith("one-word lines") for case in cases)
    for case in cases:
        assert case.name in done.stdout


def test_hostile_short_lines_have_their_counts() -> None:
    """The short-line shapes hold as many lines as they say, after their header."""
    hostile = _load("hostile")
    for build, first in (
        (hostile.one_word_lines, None),
        (hostile.photo_name_lines, "Photo: "),
        (hostile.month_date_lines, None),
        (hostile.posted_by_lines, "Posted by "),
    ):
        lines = build(1000).splitlines()
        shaped = lines[-1000:]
        assert len(shaped) == 1000
        assert all(line.strip() for line in shaped)
        if first is not None:
            assert all(line.startswith(first) for line in shaped)
    assert all(
        len(line.split()) == 1 for line in hostile.one_word_lines(50).splitlines()[2:]
    )
    assert hostile.month_date_lines(3).splitlines() == [
        "January 1, 2000",
        "February 2, 2001",
        "March 3, 2002",
    ]


def test_adversarial_baseline_reads_first_posts_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The baseline holds every ordinary dump, each cut before a second post."""
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # as for a script: hostile.py
    adversarial = _load("adversarial")
    dumps = adversarial.ordinary_dumps()
    assert dumps
    assert any(path.parent.name == "examples" for path in dumps)
    archive = "Dec 5, 2024\nOne\nA body.\nDec 6, 2024\nTwo\nAnother body.\n"
    assert adversarial.first_post(archive) == "Dec 5, 2024\nOne\nA body.\n"
    plain = "Dec 5, 2024\nOne\nA body.\n"
    assert adversarial.first_post(plain) == plain
    assert len(adversarial.baseline_texts()) == len(dumps)


def test_bench_pieces_run(tmp_path: Path) -> None:
    """The bench's floor, archive, streaming and cold-start pieces work."""
    bench = _load("bench")
    text = bench.EXAMPLE.read_text(encoding="utf-8")
    assert bench.split_floor(text)
    assert "<p>" in bench.minimal_html(text)
    path = bench.write_archive([text], 0.01, tmp_path)
    articles, seconds, peak_kb = bench.run_script(bench._STREAM, path)
    lines, _, _ = bench.run_script(bench._FLOOR, path)
    assert articles >= 1
    assert seconds >= 0
    assert peak_kb > 0
    assert lines >= articles
    bench.warm_bytecode()
    cold, total = bench.bench_cold_start(bench.EXAMPLE, rounds=1)
    assert total > 0
    assert cold < total


def test_bench_without_trafilatura_skips_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """With trafilatura not importable, the comparison is skipped, not failed."""
    bench = _load("bench")
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import raises
    assert bench.bench_trafilatura("Dec 5, 2024\nA headline\nA body.\n") is None


def test_instructions_without_valgrind_says_so(tmp_path: Path) -> None:
    """With no valgrind on PATH the script says so and exits 0."""
    env = dict(os.environ, PATH=str(tmp_path))
    done = _run(str(BENCHMARKS / "instructions.py"), env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "valgrind not found"


@pytest.mark.parametrize("prefix", ["-1", "0", "3"])
def test_instructions_child_parses(prefix: str) -> None:
    """The child that callgrind runs parses with parse_article or a prefix."""
    instructions = _load("instructions")
    done = _run(
        "-c",
        instructions.CHILD,
        str(instructions.ROOT / "src"),
        str(instructions.EXAMPLE),
        "1",
        "2",
        prefix,
    )
    assert done.returncode == 0, done.stderr


def test_instructions_reads_callgrind_totals(tmp_path: Path) -> None:
    """The total comes from the ``totals:`` (or ``summary:``) line."""
    instructions = _load("instructions")
    out = tmp_path / "callgrind.out"
    out.write_text("events: Ir\nsummary: 1200\nfn=x\n1 5\ntotals: 1234\n")
    assert instructions.totals(out) == 1234
    out.write_text("events: Ir\nsummary: 1200\n")
    assert instructions.totals(out) == 1200
    out.write_text("events: Ir\n")
    with pytest.raises(ValueError, match="no totals"):
        instructions.totals(out)
    names = instructions.section_names()
    assert names[0] == "date"
    assert "quotes" in names


# A stand-in for valgrind: it runs the child, then writes a callgrind file
# whose total grows by a known count per measured parse (PER_PARSE for
# parse_article, 1000 + 100 * k for the parser with the first k sections).
FAKE_VALGRIND = """#!{python}
import subprocess, sys
from pathlib import Path

args = sys.argv[1:]
if args == ["--version"]:
    print("valgrind-fake")
    sys.exit(0)
out = next(a.split("=", 1)[1] for a in args if a.startswith("--callgrind-out-file="))
command = [a for a in args if not a.startswith("--")]
subprocess.run(command, check=True)
warm, runs, prefix = map(int, command[-3:])
per = {per_parse} if prefix < 0 else 1000 + 100 * prefix
Path(out).write_text(f"events: Ir\\ntotals: {{10**6 + 5000 * warm + per * runs}}\\n")
"""


def test_instructions_prints_the_difference_per_parse(tmp_path: Path) -> None:
    """The script prints (instr(N + K) - instr(N)) / K, in total and per section."""
    fake = tmp_path / "valgrind"
    fake.write_text(FAKE_VALGRIND.format(python=sys.executable, per_parse=3017))
    fake.chmod(0o755)
    env = dict(os.environ, PATH=f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    done = _run(
        str(BENCHMARKS / "instructions.py"),
        "--warm",
        "2",
        "--runs",
        "4",
        "--sections",
        "--text",
        str(BENCHMARKS.parent / "examples" / "lowdown-example.txt"),
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "instructions per parse_article: 3,017 " in done.stdout
    assert "valgrind-fake" in done.stdout
    names = _load("instructions").section_names()
    rows = dict(
        re.split(r"\s{2,}", line.strip())[:2]
        for line in done.stdout.splitlines()
        if line.startswith("  ")
    )
    assert rows["(blocks, input checks, building the article)"] == "1,000"
    assert [rows[name] for name in names] == ["100"] * len(names)
    assert rows["all sections"] == f"{1000 + 100 * len(names):,}"


def test_cli_stream_small_run_prints_every_format() -> None:
    """``cli_stream.py`` on a small file prints each format's figures."""
    done = _run(str(BENCHMARKS / "cli_stream.py"), "--size-mb", "0.3")
    assert done.returncode == 0, done.stderr
    assert "iter_articles alone:" in done.stdout
    for fmt in ("jsonl", "json", "text", "csv"):
        assert f"parse --format {fmt} --jobs 1: " in done.stdout
        assert f"parse --format {fmt} --jobs default: " in done.stdout
    assert done.stdout.count("peak RSS <= 100 MB") == 8
    assert done.stdout.count("(with workers ") == 8
