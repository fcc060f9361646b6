"""Exceptions and warnings. Each error subclasses the builtin it refines."""

from __future__ import annotations

from articlekit.diagnostics import Diagnostic

__all__ = [
    "ArticleKitDeprecationWarning",
    "ArticleKitError",
    "ArticleKitWarning",
    "ArticleParseError",
    "DuplicateSectionError",
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
    """

    def __init__(self, diagnostic: Diagnostic) -> None:
        """Wrap ``diagnostic``; the message starts with ``line:column``."""
        super().__init__(str(diagnostic))
        self.diagnostic = diagnostic
        self.line = diagnostic.line
        self.column = diagnostic.column

    def __reduce__(self) -> tuple[type[ArticleParseError], tuple[Diagnostic]]:
        """Pickle by the diagnostic (so errors cross process boundaries)."""
        return (type(self), (self.diagnostic,))


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
