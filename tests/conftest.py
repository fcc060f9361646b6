"""Shared test configuration: hypothesis profiles, the policy fixture, paths."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from articlekit import DEFAULT, STRICT, Policy

ROOT = Path(__file__).resolve().parent.parent
#: The read-only shared folder beside the repository (absent in a user's clone).
SHARED = ROOT.parent / "shared"

settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev")
)


def fewer_examples(share: float) -> settings:
    """The loaded profile with a ``share`` of its examples (ten at least).

    For the properties whose every example draws several articles: they keep
    their place in each profile at a fraction of the cost.
    """
    return settings(max_examples=max(10, int(settings().max_examples * share)))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/corpus/**/*.expected.json from the current parser",
    )


@pytest.fixture(params=[DEFAULT, STRICT], ids=["lenient", "strict"])
def policy(request: pytest.FixtureRequest) -> Policy:
    """Run a test under both policies."""
    return request.param
