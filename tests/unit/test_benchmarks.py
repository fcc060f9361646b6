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


def test_adversarial_quick_run_prints_every_case() -> None:
    """``adversarial.py --quick`` times every case and prints the largest ratio."""
    done = subprocess.run(
        [
            sys.executable,
            str(BENCHMARKS / "adversarial.py"),
            "--quick",
            "--rounds",
            "1",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr  # 1: some ratio is above 3
    assert "max ratio:" in done.stdout
    cases = _load("adversarial").CASES
    for case in cases:
        assert case.name in done.stdout


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
