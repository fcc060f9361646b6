"""Golden corpus: every tests/corpus/<collection>/<id>.txt against its expected JSON.

The dumps here are the project's own (invented texts in the formats of real
ones). Run ``pytest tests/corpus --update-golden`` to rewrite the expected
files after a deliberate change, then review the diff. The checks use
``articlekit.testing``, the helpers plugin authors use for their own corpora.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from articlekit import Article, parse_article
from articlekit.testing import GoldenCase, check_case, golden_cases, read_dump

HERE = Path(__file__).resolve().parent
CASES = golden_cases(HERE)


@pytest.mark.parametrize("case", CASES, ids=str)
def test_golden(case: GoldenCase, request: pytest.FixtureRequest) -> None:
    """The parse of each dump equals its reviewed expected JSON."""
    update = bool(request.config.getoption("--update-golden"))
    assert check_case(case, update=update) == []


@pytest.mark.parametrize("case", CASES, ids=str)
def test_golden_round_trip(case: GoldenCase) -> None:
    """from_dict(to_dict(a)) gives back an equal article, spans included."""
    article = parse_article(read_dump(case.dump))
    again = Article.from_dict(json.loads(json.dumps(article.to_dict())))
    assert again == article
    assert again.to_dict() == article.to_dict()


def test_golden_corpus_is_not_empty() -> None:
    """The golden corpus holds dumps (a glob that finds nothing would pass vacuously)."""
    assert len(CASES) >= 4
