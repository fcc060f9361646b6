"""Smoke tests of the benchmark scripts: they run and print their figures.

No timing is asserted here (timings belong to the scripts' output); these
only keep the scripts from rotting as the library changes.
"""

from __future__ import annotations

import importlib.util
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
