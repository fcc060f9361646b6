"""An ordered list of named section parsers, each of which can be switched off."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from articlekit.errors import DuplicateSectionError, UnknownSectionError
from articlekit.state import ParseState

__all__ = ["Pipeline", "SectionParser"]

SectionParser = Callable[[ParseState], bool]
"""A section parser: reads the state, claims blocks, stores results, returns
whether it found its section."""


class Pipeline:
    """Named section parsers in the order they run.

    Every method that changes the pipeline returns it, so calls chain::

        pipeline.disable("quotes").insert_before("byline", "source", parse_source)
    """

    __slots__ = ("_disabled", "_names", "_parsers", "_steps")

    def __init__(self, sections: Iterable[tuple[str, SectionParser]] = ()) -> None:
        """Build a pipeline from ``(name, parser)`` pairs, all enabled."""
        self._names: list[str] = []
        self._parsers: dict[str, SectionParser] = {}
        self._disabled: set[str] = set()
        # The enabled pairs, kept until the next change (every parse walks
        # them; archives of tiny posts parse thousands a second).
        self._steps: tuple[tuple[str, SectionParser], ...] | None = None
        for name, fn in sections:
            self._add(len(self._names), name, fn)

    def copy(self) -> Pipeline:
        """Return an independent copy (same parsers, same switches)."""
        other = Pipeline((name, self._parsers[name]) for name in self._names)
        other._disabled = set(self._disabled)
        other._steps = None
        return other

    def names(self) -> tuple[str, ...]:
        """Every section name, in running order."""
        return tuple(self._names)

    def active_names(self) -> tuple[str, ...]:
        """The enabled section names, in running order."""
        return tuple(n for n in self._names if n not in self._disabled)

    def __iter__(self) -> Iterator[tuple[str, SectionParser]]:
        """Iterate over the enabled ``(name, parser)`` pairs in order."""
        steps = self._steps
        if steps is None:
            steps = self._steps = tuple(
                (name, self._parsers[name])
                for name in self._names
                if name not in self._disabled
            )
        return iter(steps)

    def __contains__(self, name: object) -> bool:
        """Whether a section of that name is in the pipeline."""
        return name in self._parsers

    def __len__(self) -> int:
        """The number of sections, enabled or not."""
        return len(self._names)

    def __getitem__(self, name: str) -> SectionParser:
        """Return the parser of section ``name``."""
        self._require(name)
        return self._parsers[name]

    def __repr__(self) -> str:
        """Show the names, disabled ones bracketed."""
        shown = [f"[{n}]" if n in self._disabled else n for n in self._names]
        return f"Pipeline({', '.join(shown)})"

    def insert_before(self, anchor: str, name: str, fn: SectionParser) -> Pipeline:
        """Insert section ``name`` to run just before ``anchor``."""
        self._require(anchor)
        self._add(self._names.index(anchor), name, fn)
        return self

    def insert_after(self, anchor: str, name: str, fn: SectionParser) -> Pipeline:
        """Insert section ``name`` to run just after ``anchor``."""
        self._require(anchor)
        self._add(self._names.index(anchor) + 1, name, fn)
        return self

    def append(self, name: str, fn: SectionParser) -> Pipeline:
        """Add section ``name`` to run last."""
        self._add(len(self._names), name, fn)
        return self

    def replace(self, name: str, fn: SectionParser) -> Pipeline:
        """Swap the parser of section ``name``, keeping its place and switch."""
        self._require(name)
        self._parsers[name] = _callable(name, fn)
        self._steps = None
        return self

    def move(
        self, name: str, *, before: str | None = None, after: str | None = None
    ) -> Pipeline:
        """Move section ``name`` just before or just after another one.

        Raises:
            TypeError: Neither or both of ``before`` and ``after`` are given.
            UnknownSectionError: A name is not in the pipeline.
        """
        if (before is None) == (after is None):
            raise TypeError("move() takes exactly one of before= and after=")
        anchor = before if before is not None else after
        assert anchor is not None
        self._require(name)
        self._require(anchor)
        if anchor == name:
            return self
        self._names.remove(name)
        index = self._names.index(anchor)
        self._names.insert(index if before is not None else index + 1, name)
        self._steps = None
        return self

    def remove(self, name: str) -> Pipeline:
        """Take section ``name`` out of the pipeline."""
        self._require(name)
        self._names.remove(name)
        del self._parsers[name]
        self._disabled.discard(name)
        self._steps = None
        return self

    def disable(self, *names: str) -> Pipeline:
        """Switch sections off; they keep their place."""
        for name in names:
            self._require(name)
        self._disabled.update(names)
        self._steps = None
        return self

    def enable(self, *names: str) -> Pipeline:
        """Switch sections back on."""
        for name in names:
            self._require(name)
        self._disabled.difference_update(names)
        self._steps = None
        return self

    def only(self, *names: str) -> Pipeline:
        """Keep only ``names`` enabled; every other section is switched off."""
        for name in names:
            self._require(name)
        self._disabled = set(self._names) - set(names)
        self._steps = None
        return self

    def _require(self, name: str) -> None:
        if name not in self._parsers:
            known = ", ".join(self._names)
            raise UnknownSectionError(f"no section named {name!r} (known: {known})")

    def _add(self, index: int, name: str, fn: SectionParser) -> None:
        if not isinstance(name, str) or not name:
            raise TypeError(f"a section name is a non-empty str, not {name!r}")
        if name in self._parsers:
            raise DuplicateSectionError(f"a section named {name!r} already exists")
        self._parsers[name] = _callable(name, fn)
        self._names.insert(index, name)
        self._steps = None


def _callable(name: str, fn: SectionParser) -> SectionParser:
    if not callable(fn):
        raise TypeError(f"the parser of section {name!r} is not callable: {fn!r}")
    return fn
