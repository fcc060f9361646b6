"""Checking factory options, and patterns compiled on first use."""

from __future__ import annotations

from collections.abc import Iterable

import regex


class LazyPattern:
    """A regular expression compiled on its first use.

    For patterns that most dumps never need (a rarer date shape, the
    mojibake check): a fresh interpreter that parses one dump compiles only
    the ones it uses, which keeps the cold start short.
    Call it to get the compiled pattern.
    """

    __slots__ = ("_compiled", "_flags", "_pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        """Keep ``pattern`` and ``flags`` for :func:`regex.compile`."""
        self._pattern = pattern
        self._flags = flags
        self._compiled: regex.Pattern[str] | None = None

    def __call__(self) -> regex.Pattern[str]:
        """Return the compiled pattern, compiling it the first time."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = regex.compile(self._pattern, self._flags)
        return compiled


def strings(name: str, value: Iterable[str]) -> tuple[str, ...]:
    """Check a factory option that takes several strings; return them as a tuple.

    Raises:
        TypeError: ``value`` is a single string (which would be read as its
            characters) or holds something other than strings.
    """
    if isinstance(value, str):
        raise TypeError(
            f"{name} takes an iterable of strings, not one string: {value!r}"
        )
    out = tuple(value)
    for item in out:
        if not isinstance(item, str):
            raise TypeError(f"{name} holds {item!r}, which is not a string")
    return out
