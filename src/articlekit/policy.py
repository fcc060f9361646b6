"""The policy that decides whether a problem is recorded or raised."""

from __future__ import annotations

from typing import Any

import attrs
from attrs import field, frozen
from attrs.validators import instance_of

from articlekit.diagnostics import Severity

__all__ = ["DEFAULT", "STRICT", "Policy"]


@frozen(kw_only=True)
class Policy:
    """How a parse treats the problems it finds.

    Lenient (the default) records every problem as a diagnostic on the
    article. Strict raises :class:`~articlekit.errors.ArticleParseError` on the
    first problem at or above ``raise_at``.
    """

    strict: bool = field(default=False, validator=instance_of(bool))
    """Raise instead of recording problems at or above ``raise_at``."""
    raise_at: Severity = field(
        default=Severity.WARNING, validator=instance_of(Severity)
    )
    """The lowest severity strict mode raises on."""

    def raises(self, severity: Severity) -> bool:
        """Whether a problem of ``severity`` is raised under this policy."""
        return self.strict and severity.rank >= self.raise_at.rank

    def replace(self, **changes: Any) -> Policy:
        """Return a copy with ``changes`` applied."""
        return attrs.evolve(self, **changes)


DEFAULT = Policy()
"""Lenient: every problem becomes a diagnostic."""

STRICT = Policy(strict=True)
"""``DEFAULT`` with ``strict=True``: warnings and errors raise."""
