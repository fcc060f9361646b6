"""Installed plugins: the entry points of the ``articlekit.plugins`` group."""

from __future__ import annotations

import importlib.metadata
from collections.abc import Callable
from importlib.metadata import EntryPoint
from typing import Any, NamedTuple

from articlekit.errors import DuplicatePluginError, PluginLoadError, UnknownPluginError

GROUP = "articlekit.plugins"


class InstalledPlugin(NamedTuple):
    """One plugin an installed distribution advertises."""

    name: str
    """The entry-point name, which ``Parser.use(name)`` and ``--plugin`` take."""
    distribution: str
    """The name of the distribution that advertises it."""
    version: str
    """That distribution's version."""
    value: str
    """Where the plugin is: ``module:function``."""


def _dist(entry: EntryPoint) -> tuple[str, str]:
    dist = entry.dist
    if dist is None:
        return ("(unknown distribution)", "")
    return (dist.name, dist.version)


def _entry_points(name: str | None = None) -> importlib.metadata.EntryPoints:
    # Looked up on the module at each call, so that what stands in for it
    # (a test's stand-in, a frozen app's) is asked.
    if name is None:
        return importlib.metadata.entry_points(group=GROUP)
    return importlib.metadata.entry_points(group=GROUP, name=name)


def installed() -> list[InstalledPlugin]:
    """Every advertised plugin, sorted by name and distribution; nothing is loaded."""
    found = [InstalledPlugin(e.name, *_dist(e), e.value) for e in _entry_points()]
    return sorted(found)


def _where(plugin: InstalledPlugin) -> str:
    return f"{plugin.distribution} {plugin.version}".rstrip()


def load(name: str) -> Callable[..., Any]:
    """Load the plugin advertised as ``name``.

    Raises:
        UnknownPluginError: No installed distribution advertises ``name``.
        DuplicatePluginError: Two or more do.
        PluginLoadError: Its import raised, or it names no callable.
    """
    entries = list(_entry_points(name))
    if not entries:
        raise UnknownPluginError(f"no installed plugin named {name!r} in {GROUP}")
    if len(entries) > 1:
        plugins = sorted(InstalledPlugin(e.name, *_dist(e), e.value) for e in entries)
        raise DuplicatePluginError(name, tuple(_where(p) for p in plugins))
    entry = entries[0]
    where = (
        f"{_where(InstalledPlugin(name, *_dist(entry), entry.value))}, {entry.value}"
    )
    try:
        loaded = entry.load()
    except Exception as exc:
        raise PluginLoadError(
            f"plugin {name!r} ({where}) could not be loaded:"
            f" {type(exc).__name__}: {exc}"
        ) from exc
    if not callable(loaded):
        raise PluginLoadError(
            f"plugin {name!r} ({where}) is not a plugin:"
            f" {entry.value} is a {type(loaded).__name__}, not a function"
        )
    loaded_plugin: Callable[..., Any] = loaded
    return loaded_plugin


def description(name: str) -> str:
    """The first line of the plugin's docstring, or ``""``; loads the plugin.

    Raises:
        ArticleKitError: As :func:`load`.
    """
    doc = getattr(load(name), "__doc__", None) or ""
    return doc.strip().split("\n", 1)[0].strip()
