"""Every script in examples/ runs and prints what it promises."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SCRIPTS = sorted(EXAMPLES.glob("*.py"))
EXPECTED = {
    "basic.py": "byline source: Priya Sandoval reports in the Wall Street Journal:",
    "byline_by_pipe.py": "authors: ('Anna Berg', 'Tom Price')",
    "chrome_remover.py": "chrome: ['Share this:', 'Click to share on Twitter', 'Like this:']",
    "reading_time_plugin.py": "round trip equal: True",
    "custom_section.py": "source: https://example.com/story",
    "dask_archive.py": "articles: 6",
    "diagnostics.py": "comments.missing",
    "strict_mode.py": "strict: line 3, column 1: date.ambiguous",
}


def test_every_example_is_checked():
    """Each script in examples/ has an expected line here."""
    assert sorted(p.name for p in SCRIPTS) == sorted(EXPECTED)


@pytest.mark.parametrize("script", SCRIPTS, ids=[p.name for p in SCRIPTS])
def test_example_runs(script):
    """The script exits 0 and prints its expected line."""
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert EXPECTED[script.name] in result.stdout
