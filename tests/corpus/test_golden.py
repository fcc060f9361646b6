"""Golden corpus: every tests/corpus/<collection>/<id>.txt against its expected JSON.

The dumps here are the project's own (invented texts in the formats of real
ones). Run ``pytest tests/corpus --update-golden`` to rewrite the expected
files after a deliberate change, then review the diff.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from articlekit import Article, parse_article

HERE = Path(__file__).resolve().parent
DUMPS = sorted(HERE.glob("*/*.txt"))


def _expected_path(dump: Path) -> Path:
    return dump.with_name(dump.stem + ".expected.json")


def _read(dump: Path) -> str:
    # newline="" keeps \r\n and \r exactly as stored.
    with dump.open(encoding="utf-8", newline="") as handle:
        return handle.read()


@pytest.mark.parametrize(
    "dump", DUMPS, ids=[f"{p.parent.name}/{p.stem}" for p in DUMPS]
)
def test_golden(dump: Path, request: pytest.FixtureRequest) -> None:
    """The parse of each dump equals its reviewed expected JSON."""
    got = parse_article(_read(dump)).to_dict()
    expected_path = _expected_path(dump)
    if request.config.getoption("--update-golden"):
        expected_path.write_text(
            json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    if not expected_path.exists():
        pytest.fail(f"{expected_path.name} is missing: run pytest --update-golden")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    assert got == expected


@pytest.mark.parametrize(
    "dump", DUMPS, ids=[f"{p.parent.name}/{p.stem}" for p in DUMPS]
)
def test_golden_round_trip(dump: Path) -> None:
    """from_dict(to_dict(a)) gives back an equal article, spans included."""
    article = parse_article(_read(dump))
    again = Article.from_dict(json.loads(json.dumps(article.to_dict())))
    assert again == article
    assert again.to_dict() == article.to_dict()


def test_golden_corpus_is_not_empty() -> None:
    """The golden corpus holds dumps (a glob that finds nothing would pass vacuously)."""
    assert len(DUMPS) >= 4
