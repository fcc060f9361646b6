"""What the built-in section parsers share: each is a value made from its options."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Self


class Configured:
    """A built-in section parser (or reader), built by its factory from options.

    It keeps the options it was given and builds from them, once, what it
    reads with (word sets, patterns); nothing changes after that, and what
    one parse finds lives in that parse alone. So it is a value: it pickles
    as its options and is built again from them on the way in, a copy is
    the object itself, equal options make equal objects, and the repr shows
    the options.

    Subclasses pass their options, checked and made hashable (tuples, not
    lists), to ``__init__`` by keyword, and list what they build from them
    in ``__slots__``. A subclass whose declaration (:func:`section`) depends
    on its options declares it on each object, in the slot kept for it.
    """

    __slots__ = ("__articlekit_section__", "_options")

    def __init__(self, **options: Any) -> None:
        """Keep ``options``, the keyword arguments that build this object again."""
        self._options = tuple(options.items())

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle as the class and its options."""
        return (_rebuild, (type(self), self._options))

    def __copy__(self) -> Self:
        """The object itself: it never changes."""
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Self:
        """The object itself: it never changes."""
        return self

    def __eq__(self, other: object) -> bool:
        """Whether ``other`` is of the same class, built from equal options."""
        if type(other) is not type(self):
            return NotImplemented
        return self._options == other._options

    def __hash__(self) -> int:
        """A hash of the class and the options."""
        return hash((type(self), self._options))

    def __repr__(self) -> str:
        """The class and its options: ``DateParser(search=6, ...)``."""
        shown = ", ".join(f"{name}={value!r}" for name, value in self._options)
        return f"{type(self).__name__}({shown})"


# A process pool sends the parser with every batch of work: each process
# builds the sections of given options once, not once per batch. They never
# change, so one object serves every batch.
@lru_cache(maxsize=128)
def _rebuild(cls: type[Configured], options: tuple[tuple[str, Any], ...]) -> Any:
    """The object of class ``cls`` built from ``options`` (for pickle)."""
    return cls(**dict(options))
