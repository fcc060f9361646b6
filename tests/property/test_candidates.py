"""Each section's declared lines drop nothing it would accept.

A section declares the lines that can be its own (``@section(lines=...)``)
and sees only those. The promise is checked the one way that needs no twin
of any section's rule: a parser that hands every section every unclaimed
line (``exhaustive=True``) must give the same article, spans and
diagnostics included, on real dumps, on the project's fixtures, and on
generated ones.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given

from articlekit import Parser, iter_articles
from tests.conftest import ROOT, SHARED
from tests.property.test_invariants import DUMPS

FILTERED = Parser()
EXHAUSTIVE = Parser(exhaustive=True)

_DUMPS = sorted(
    [
        *ROOT.joinpath("tests").rglob("*.txt"),
        *ROOT.joinpath("examples").glob("*.txt"),
        *SHARED.joinpath("corpus").rglob("*.txt"),
        *SHARED.joinpath("seeds").glob("*.txt"),
    ]
)


def _same(text: str) -> None:
    assert FILTERED.parse(text).to_dict() == EXHAUSTIVE.parse(text).to_dict()


@pytest.mark.parametrize("path", _DUMPS, ids=lambda p: str(p.relative_to(p.parents[1])))
def test_real_dumps_read_the_same_with_every_line(path: Path) -> None:
    """On every dump at hand, the declared lines change nothing."""
    text = path.read_text(encoding="utf-8", errors="replace")
    _same(text)
    streamed = [a.to_dict() for a in iter_articles(io.StringIO(text), parser=FILTERED)]
    assert streamed == [
        a.to_dict() for a in iter_articles(io.StringIO(text), parser=EXHAUSTIVE)
    ]


@given(DUMPS)
def test_generated_dumps_read_the_same_with_every_line(text: str) -> None:
    """On generated dumps, the declared lines change nothing."""
    _same(text)
