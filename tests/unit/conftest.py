"""Fixtures for the unit tests: plugins as real installed distributions."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

Installer = Callable[..., Path]


@pytest.fixture
def install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Installer]:
    """Install distributions that advertise plugins, as pip would leave them.

    ``install(dist, version, plugins={"name": "module:attr"}, modules={"module":
    source}, summary=...)`` writes ``module.py`` and ``DIST-VERSION.dist-info/``
    (METADATA and entry_points.txt) into a folder of its own and puts that
    folder on ``sys.path``, where ``importlib.metadata`` finds it; returns the
    folder (for a subprocess's ``PYTHONPATH``). The modules are forgotten
    afterwards, so the next test imports its own.
    """
    made: list[str] = []

    def installer(
        dist: str,
        version: str = "1.0",
        *,
        plugins: dict[str, str],
        modules: dict[str, str] | None = None,
        summary: str = "A plugin for articlekit",
    ) -> Path:
        site = tmp_path / f"site-{dist}"
        info = site / f"{dist.replace('-', '_')}-{version}.dist-info"
        info.mkdir(parents=True)
        (info / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: {dist}\nVersion: {version}\n"
            f"Summary: {summary}\n",
            encoding="utf-8",
        )
        lines = "".join(f"{name} = {value}\n" for name, value in plugins.items())
        (info / "entry_points.txt").write_text(
            f"[articlekit.plugins]\n{lines}", encoding="utf-8"
        )
        for module, source in (modules or {}).items():
            (site / f"{module}.py").write_text(source, encoding="utf-8")
            made.append(module)
        monkeypatch.syspath_prepend(str(site))
        return site

    yield installer
    for module in made:
        sys.modules.pop(module, None)
