"""Every code sample in docs/ and every docstring example in the package passes.

Python samples are doctests. Shell sessions (```console blocks) are run line
by line: each ``$ command`` runs in bash, in a folder that holds a copy of
the repository's examples/, and must exit with status 0 and print what the
lines under it show (doctest's ``...`` matches any text).
"""

from __future__ import annotations

import doctest
import importlib
import os
import pkgutil
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import articlekit

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.rglob("*.md"))
PAGE_IDS = [str(p.relative_to(DOCS)) for p in PAGES]
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
_PACKAGE = articlekit.__name__
# Importing __main__ runs the command line, so it is left out.
MODULES = [
    _PACKAGE,
    *sorted(
        info.name
        for info in pkgutil.walk_packages(articlekit.__path__, f"{_PACKAGE}.")
        if info.name.rpartition(".")[2] != "__main__"
    ),
]


def test_docs_are_found():
    """The docs folder holds the pages this module checks."""
    assert set(PAGE_IDS) >= {
        "index.md",
        "architecture.md",
        "models.md",
        "diagnostics.md",
        "extending.md",
        "anatomy.md",
        "cli.md",
        "performance.md",
        "reference/index.md",
    }


def test_reference_covers_the_public_api():
    """Each name of articlekit.__all__ has an entry in the API reference."""
    documented = {
        line.removeprefix("::: ").strip()
        for page in (DOCS / "reference").glob("*.md")
        for line in page.read_text(encoding="utf-8").splitlines()
        if line.startswith("::: ")
    }
    public = {f"articlekit.{name}" for name in articlekit.__all__} - {
        "articlekit.__version__"
    }
    assert public - documented == set()


@pytest.mark.parametrize("page", PAGES, ids=PAGE_IDS)
def test_doc_samples_pass(page):
    """Every doctest sample on the page passes."""
    has_samples = ">>> " in page.read_text(encoding="utf-8")
    result = doctest.testfile(str(page), module_relative=False, optionflags=FLAGS)
    assert result.failed == 0
    if has_samples:
        assert result.attempted > 0


def test_module_docstrings_pass():
    """Every docstring example in every module of the package passes."""
    failed = {}
    for name in MODULES:
        result = doctest.testmod(importlib.import_module(name), optionflags=FLAGS)
        if result.failed:
            failed[name] = result.failed
    assert failed == {}


CONSOLE = re.compile(r"^```console\n(?P<body>.*?)^```$", re.MULTILINE | re.DOTALL)


def sessions(page):
    """The (command, expected output) pairs of every console block of a page."""
    found = []
    for block in CONSOLE.finditer(page.read_text(encoding="utf-8")):
        for chunk in re.split(r"^\$ ", block["body"], flags=re.MULTILINE)[1:]:
            command, _, output = chunk.partition("\n")
            found.append((command, output))
    return found


SESSIONS = [(page, sessions(page)) for page in PAGES if sessions(page)]


def test_console_sessions_are_found():
    """The command-line page has shell sessions for this module to run."""
    assert "cli.md" in {page.name for page, _ in SESSIONS}


@pytest.mark.parametrize(
    ("page", "session"),
    SESSIONS,
    ids=[str(page.relative_to(DOCS)) for page, _ in SESSIONS],
)
def test_console_sessions_pass(page, session, tmp_path):
    """Every command of the page's sessions succeeds and prints what is shown."""
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    bindir = str(Path(sys.executable).parent)
    env = {
        **os.environ,
        "PATH": bindir + os.pathsep + os.environ.get("PATH", ""),
        "PYTHONUNBUFFERED": "1",  # stdout and stderr in the order written
        "COLUMNS": "80",
    }
    checker = doctest.OutputChecker()
    for command, expected in session:
        result = subprocess.run(
            ["bash", "-c", command],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            check=False,
            timeout=120,
        )
        assert result.returncode == 0, f"$ {command}\n{result.stdout}"
        assert checker.check_output(expected, result.stdout, FLAGS), (
            f"$ {command}\nexpected:\n{expected}\ngot:\n{result.stdout}"
        )
