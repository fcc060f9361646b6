"""Helpers to test a parser (or a plugin) on a golden corpus of dumps.

A golden corpus is a folder of ``<id>.txt`` dumps, each beside the
``<id>.expected.json`` that ``Article.to_dict()`` should give for it, in any
sub-folders. articlekit tests itself this way (``tests/corpus``); a plugin
author can do the same with a few lines of pytest::

    import pytest
    from articlekit.testing import golden_cases, check_case

    @pytest.mark.parametrize("case", golden_cases("tests/golden"), ids=str)
    def test_golden(case):
        assert check_case(case, parser=my_parser()) == []
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from attrs import field, frozen

from articlekit.api import parse_article
from articlekit.parser import Parser

__all__ = ["GoldenCase", "check_case", "golden_cases", "read_dump"]


@frozen(kw_only=True)
class GoldenCase:
    """One dump of a golden corpus and the file of its expected result."""

    name: str = field()
    """The dump's path relative to the corpus folder, without ``.txt``."""
    dump: Path = field()
    """The dump file."""
    expected: Path = field()
    """The ``.expected.json`` beside it (which may not exist yet)."""

    def __str__(self) -> str:
        """The case's name, for test ids."""
        return self.name


def read_dump(path: str | Path) -> str:
    r"""Read a dump exactly as stored: UTF-8, with ``\r\n`` and ``\r`` kept."""
    with Path(path).open(encoding="utf-8", newline="") as handle:
        return handle.read()


def golden_cases(folder: str | Path) -> list[GoldenCase]:
    """Every ``<id>.txt`` under ``folder``, sorted, with its expected file.

    Raises:
        FileNotFoundError: ``folder`` does not exist.
    """
    root = Path(folder)
    if not root.is_dir():
        raise FileNotFoundError(f"no golden corpus folder at {root}")
    return [
        GoldenCase(
            name=str(dump.relative_to(root).with_suffix("")),
            dump=dump,
            expected=dump.with_name(dump.stem + ".expected.json"),
        )
        for dump in sorted(root.rglob("*.txt"))
    ]


def check_case(
    case: GoldenCase,
    *,
    parser: Parser | None = None,
    update: bool = False,
    transform: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
) -> list[str]:
    """Parse one case and compare ``to_dict()`` with its expected file.

    Args:
        case: The case to check.
        parser: The parser under test; the default one when ``None``.
        update: Rewrite the expected file from the current result first
            (review the diff before committing it).
        transform: Applied to ``to_dict()`` before comparing, to leave out
            keys a test does not pin (``lambda d: {k: d[k] for k in KEYS}``).

    Returns:
        One line per top-level key that differs (empty when the case passes),
        or a line saying the expected file is missing.
    """
    got = parse_article(read_dump(case.dump), parser=parser).to_dict()
    if transform is not None:
        got = transform(got)
    if update:
        case.expected.write_text(
            json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    if not case.expected.exists():
        return [f"{case.name}: {case.expected.name} is missing"]
    expected = json.loads(case.expected.read_text(encoding="utf-8"))
    keys = sorted(set(got) | set(expected))
    return [
        f"{case.name}: {key}: expected {expected.get(key)!r}, got {got.get(key)!r}"
        for key in keys
        if got.get(key) != expected.get(key)
    ]
