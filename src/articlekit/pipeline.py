"""An ordered list of named section parsers, each of which can be switched off.

A section may declare, with :func:`section`, the lines it can use (a
:class:`~articlekit.lines.LineFilter`), the landmarks it reads and the
landmarks it sets. The pipeline checks the order when it changes: a section
that reads a landmark must run after every enabled section that sets it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from types import FunctionType, MethodType
from typing import Any, TypeVar

from attrs import field, frozen

from articlekit._lines import Candidates
from articlekit.errors import (
    DuplicateSectionError,
    SectionOrderError,
    UnknownSectionError,
)
from articlekit.lines import LineFilter
from articlekit.state import LANDMARKS, ParseState

__all__ = ["Pipeline", "SectionParser", "SectionSpec", "section", "spec_of"]

SectionParser = Callable[[ParseState], bool]
"""A section parser: reads the state, claims blocks, stores results, returns
whether it found its section."""

_F = TypeVar("_F", bound=Callable[..., Any])


def _names(value: Iterable[str]) -> frozenset[str]:
    if isinstance(value, str):
        value = (value,)
    names = frozenset(value)
    unknown = names - set(LANDMARKS)
    if unknown:
        raise ValueError(
            f"no landmark named {', '.join(sorted(unknown))} "
            f"(known: {', '.join(LANDMARKS)})"
        )
    return names


def _lines(value: Candidates | None) -> Candidates | None:
    if value is None or isinstance(value, LineFilter):
        return value
    if isinstance(value, tuple) and all(isinstance(v, LineFilter) for v in value):
        return value
    raise TypeError(f"lines is a LineFilter or a tuple of them, not {value!r}")


@frozen(kw_only=True)
class SectionSpec:
    """What a section declares: the lines it can use, what it reads and sets."""

    lines: Candidates | None = field(default=None, converter=_lines)
    """The lines it can use (``None``: every unclaimed line)."""
    reads: frozenset[str] = field(default=frozenset(), converter=_names)
    """The landmarks it reads."""
    sets: frozenset[str] = field(default=frozenset(), converter=_names)
    """The landmarks it sets, or looks for and may not find."""


_UNDECLARED = SectionSpec()
_SPEC = "__articlekit_section__"


def section(
    *,
    lines: Candidates | None = None,
    reads: Iterable[str] = (),
    sets: Iterable[str] = (),
) -> Callable[[_F], _F]:
    """Declare what a section parser uses, reads and sets.

    A decorator for section parsers (``@section(reads=("byline",))``), or
    for the class of callable section objects::

        @section(lines=LineFilter(holding=("via",)), sets=("byline",))
        def parse_via(state: ParseState) -> bool: ...

    Args:
        lines: The lines that can be the section's own: the state's
            :meth:`~articlekit.state.ParseState.candidates` gives it only
            the unclaimed lines that pass. It must never drop a line the
            section would accept.
        reads: Landmarks it reads (names from :data:`~articlekit.state.LANDMARKS`).
        sets: Landmarks it sets, or looks for and may not find; after it
            runs, :meth:`~articlekit.state.Landmarks.looked_for` is true for them.

    Raises:
        ValueError: A name is not a landmark.
        TypeError: ``lines`` is not a filter.
    """
    spec = SectionSpec(lines=lines, reads=frozenset(reads), sets=frozenset(sets))

    def declare(fn: _F) -> _F:
        setattr(fn, _SPEC, spec)
        return fn

    return declare


def spec_of(fn: SectionParser) -> SectionSpec:
    """What section parser ``fn`` declared (nothing, if it was not declared)."""
    spec = getattr(fn, _SPEC, None)
    return spec if isinstance(spec, SectionSpec) else _UNDECLARED


class Pipeline:
    """Named section parsers in the order they run.

    Every method that changes the pipeline returns it, so calls chain::

        pipeline.disable("quotes").insert_before("byline", "source", parse_source)
    """

    __slots__ = ("_disabled", "_names", "_parsers", "_runs", "_steps")

    def __init__(self, sections: Iterable[tuple[str, SectionParser]] = ()) -> None:
        """Build a pipeline from ``(name, parser)`` pairs, all enabled."""
        self._names: list[str] = []
        self._parsers: dict[str, SectionParser] = {}
        self._disabled: set[str] = set()
        # The enabled pairs, kept until the next change (every parse walks
        # them; archives of tiny posts parse thousands a second).
        self._steps: tuple[tuple[str, SectionParser], ...] | None = None
        self._runs: tuple[tuple[str, SectionParser, SectionSpec], ...] | None = None
        for name, fn in sections:
            self._add(len(self._names), name, fn)

    def copy(self) -> Pipeline:
        """Return an independent copy (same parsers, same switches)."""
        other = Pipeline((name, self._parsers[name]) for name in self._names)
        other._disabled = set(self._disabled)
        other._changed()
        return other

    def __copy__(self) -> Pipeline:
        """An independent copy, as :meth:`copy` makes (``copy.copy``)."""
        return self.copy()

    # Pickling and copying: the sections in order and the switches; the
    # cached runs are worked out again on first use.
    def __getstate__(self) -> dict[str, Any]:
        """The sections and the disabled names (for pickle and deepcopy)."""
        return {
            "sections": [(name, self._parsers[name]) for name in self._names],
            "disabled": sorted(self._disabled),
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Restore what :meth:`__getstate__` gave."""
        sections = state["sections"]
        self._names = [name for name, _ in sections]
        self._parsers = dict(sections)
        self._disabled = set(state["disabled"])
        self._changed()

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

    def runs(self) -> tuple[tuple[str, SectionParser, SectionSpec], ...]:
        """The enabled sections with their declarations, order checked.

        Each is ``(name, call, spec)``: ``call(state)`` runs the section (a
        section object's ``__call__``, bound to it once, since every parse
        makes these calls).

        Raises:
            SectionOrderError: A section reads a landmark that a section
                after it sets.
        """
        runs = self._runs
        if runs is None:
            problems = self.check()
            if problems:
                raise SectionOrderError("; ".join(problems))
            runs = self._runs = tuple(
                (name, _call_of(fn), spec_of(fn)) for name, fn in self
            )
        return runs

    def check(self) -> tuple[str, ...]:
        """Say what is wrong with the order: a reader before a setter of its landmark.

        Returns:
            One sentence per problem; empty when the order is sound.
        """
        problems = []
        steps = [(name, spec_of(fn)) for name, fn in self]
        for i, (name, spec) in enumerate(steps):
            for later, other in steps[i + 1 :]:
                early = sorted(spec.reads & other.sets)
                if early:
                    problems.append(
                        f"section {name!r} reads {', '.join(early)}, "
                        f"set by {later!r}, which runs after it"
                    )
        return tuple(problems)

    def missing(self) -> dict[str, tuple[str, ...]]:
        """The landmarks each enabled section reads that no section before it sets.

        Such a section runs, and finds the landmark empty (a pipeline with
        the byline switched off has summaries bounded by their signature).

        Returns:
            For each section with something missing, the landmarks, sorted.
        """
        found: dict[str, tuple[str, ...]] = {}
        set_so_far: set[str] = set()
        for name, fn in self:
            spec = spec_of(fn)
            lacking = spec.reads - set_so_far
            if lacking:
                found[name] = tuple(sorted(lacking))
            set_so_far |= spec.sets
        return found

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
        self._changed()
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
        self._changed()
        return self

    def remove(self, name: str) -> Pipeline:
        """Take section ``name`` out of the pipeline."""
        self._require(name)
        self._names.remove(name)
        del self._parsers[name]
        self._disabled.discard(name)
        self._changed()
        return self

    def disable(self, *names: str) -> Pipeline:
        """Switch sections off; they keep their place."""
        for name in names:
            self._require(name)
        self._disabled.update(names)
        self._changed()
        return self

    def enable(self, *names: str) -> Pipeline:
        """Switch sections back on."""
        for name in names:
            self._require(name)
        self._disabled.difference_update(names)
        self._changed()
        return self

    def only(self, *names: str) -> Pipeline:
        """Keep only ``names`` enabled; every other section is switched off."""
        for name in names:
            self._require(name)
        self._disabled = set(self._names) - set(names)
        self._changed()
        return self

    def _changed(self) -> None:
        self._steps = None
        self._runs = None

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
        self._changed()


def _call_of(fn: SectionParser) -> SectionParser:
    """What a call of ``fn`` runs: a function, or an object's bound ``__call__``."""
    call = type(fn).__call__
    if isinstance(call, FunctionType):
        return MethodType(call, fn)
    return fn


def _callable(name: str, fn: SectionParser) -> SectionParser:
    """Check that a section parser can be called."""
    if not callable(fn):
        raise TypeError(f"the parser of section {name!r} is not callable: {fn!r}")
    return fn
