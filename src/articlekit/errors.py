"""Exceptions and warnings. Each error subclasses the builtin it refines."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:  # (the serialiser, which diagnostics import, raises these)
    from articlekit.diagnostics import Diagnostic
    from articlekit.models import Source

__all__ = [
    "ArticleDataError",
    "ArticleKitDeprecationWarning",
    "ArticleKitError",
    "ArticleKitWarning",
    "ArticleParseError",
    "DuplicatePluginError",
    "DuplicateSectionError",
    "PluginLoadError",
    "SectionOrderError",
    "UnknownPluginError",
    "UnknownSectionError",
]


class ArticleKitError(Exception):
    """Base class of every exception articlekit raises on purpose."""


class ArticleParseError(ArticleKitError, ValueError):
    """Strict mode met a problem in the document.

    Attributes:
        diagnostic: The problem, as lenient mode would have recorded it.
        line: 1-based line of the problem.
        column: 1-based column of the problem.
        source: The post the problem is in, when it was read from a stream
            (``iter_articles``, the command line); its line and span then
            count from the start of the stream, not of the post.
    """

    def __init__(self, diagnostic: Diagnostic, source: Source | None = None) -> None:
        """Wrap ``diagnostic``; the message starts with ``line:column``."""
        super().__init__(str(diagnostic))
        self.diagnostic = diagnostic
        self.line = diagnostic.line
        self.column = diagnostic.column
        self.source = source

    def in_stream(self, source: Source) -> ArticleParseError:
        """The same error placed in the stream: line and span count from its start.

        A post starts at the start of a line, so the column stays; ``start``
        and ``end`` count from the start of the stream too.
        """
        found = self.diagnostic
        start, end = found.start, found.end
        placed = attrs.evolve(
            found,
            line=found.line + source.line - 1,
            start=None if start is None else start + source.offset,
            end=None if end is None else end + source.offset,
        )
        return type(self)(placed, source)

    def __reduce__(
        self,
    ) -> tuple[type[ArticleParseError], tuple[Diagnostic, Source | None]]:
        """Pickle by the diagnostic (so errors cross process boundaries)."""
        return (type(self), (self.diagnostic, self.source))


class ArticleDataError(ArticleKitError, ValueError):
    """Data given to a model's ``from_dict()`` that is not what ``to_dict()`` writes.

    A value of the wrong type, a bad value (a date that is no date, a
    negative offset, a span that ends before it starts), a missing key that
    has no default, or a key that the model does not have. The message
    starts with the key path of the value: ``byline.authors[0]: expected a
    string, not int 3``.

    Attributes:
        path: Where the value lies in the data, keys joined by ``.`` and
            list indices in brackets (``quotes[2].span``); ``""`` for the
            data as a whole.
        reason: What is wrong with it.
    """

    def __init__(self, reason: str, path: tuple[str | int, ...] = ()) -> None:
        """Say what is wrong (``reason``) with the value at ``path``."""
        super().__init__(reason, path)
        self.reason = reason
        self.keys = path

    @property
    def path(self) -> str:
        """The key path as text: ``byline.authors[0]``."""
        text = ""
        for key in self.keys:
            text += f"[{key}]" if isinstance(key, int) else f".{key}" if text else key
        return text

    def within(self, key: str | int) -> ArticleDataError:
        """The same error, one level up: at ``key`` of the data that holds it."""
        outer = ArticleDataError(self.reason, (key, *self.keys))
        outer.__cause__ = self.__cause__
        return outer

    def __str__(self) -> str:
        """``path: reason`` (the reason alone for the data as a whole)."""
        path = self.path
        return f"{path}: {self.reason}" if path else self.reason


class UnknownSectionError(ArticleKitError, KeyError):
    """A section name that the pipeline does not hold."""

    def __str__(self) -> str:
        """Show the message, not KeyError's quoted repr."""
        return str(self.args[0]) if self.args else ""


class UnknownPluginError(ArticleKitError, KeyError):
    """A plugin name that no installed package advertises."""

    def __str__(self) -> str:
        """Show the message, not KeyError's quoted repr."""
        return str(self.args[0]) if self.args else ""


class DuplicatePluginError(ArticleKitError, LookupError):
    """Two installed distributions advertise a plugin under the same name.

    Which one a name means cannot be told, so neither is loaded; the message
    names both distributions (uninstall one, or rename its entry point).

    Attributes:
        name: The plugin name.
        distributions: ``"NAME VERSION"`` of each distribution that
            advertises it, sorted.
    """

    def __init__(self, name: str, distributions: tuple[str, ...]) -> None:
        """Name the plugin and the distributions that clash over it."""
        super().__init__(
            f"plugin name {name!r} is advertised by {len(distributions)} installed"
            f" distributions: {' and '.join(distributions)}; uninstall one"
        )
        self.name = name
        self.distributions = distributions

    def __reduce__(
        self,
    ) -> tuple[type[DuplicatePluginError], tuple[str, tuple[str, ...]]]:
        """Pickle by the name and distributions."""
        return (type(self), (self.name, self.distributions))


class PluginLoadError(ArticleKitError, ImportError):
    """An installed plugin could not be loaded, or what it names is no plugin.

    Its entry point raised on import (the exception is the ``__cause__``),
    or named something that is not callable.
    """


class DuplicateSectionError(ArticleKitError, ValueError):
    """A section name that the pipeline already holds."""


class SectionOrderError(ArticleKitError, ValueError):
    """A pipeline whose order cannot work.

    A section reads a landmark that a section running after it sets.
    """


class ArticleKitWarning(UserWarning):
    """Base class of articlekit's warnings (used for deprecations only)."""


class ArticleKitDeprecationWarning(ArticleKitWarning, DeprecationWarning):
    """A feature that will go away in a later release."""
