"""Every code sample in docs/ and every docstring example in the package passes."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

import articlekit

DOCS = Path(__file__).resolve().parents[2] / "docs"
PAGES = sorted(DOCS.glob("*.md"))
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
    assert {p.name for p in PAGES} >= {
        "index.md",
        "architecture.md",
        "models.md",
        "diagnostics.md",
        "extending.md",
    }


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
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
