"""The policy that decides whether a problem is recorded or raised."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import attrs
from attrs import field, frozen
from attrs.validators import instance_of

from articlekit.diagnostics import Severity

__all__ = ["DEFAULT", "STRICT", "Policy"]

# A dotted code (``quote.unattributed``), or the codes under a prefix
# (``quote.*``): every code holds a dot, so ``date`` alone (meant as
# ``date.*``) is refused. Each part opens after a dot: linear.
_IGNORE_FORM = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:[\w-]+|\*)", re.ASCII)


def _codes(value: Iterable[str]) -> frozenset[str]:
    if isinstance(value, str):
        raise TypeError(f"ignore takes a set of codes, not the string {value!r}")
    return frozenset(value)


def _check_ignore(_: object, __: object, value: frozenset[str]) -> None:
    for code in value:
        if not isinstance(code, str) or not _IGNORE_FORM.fullmatch(code):
            raise ValueError(
                f"ignore: {code!r} is neither a diagnostic code (quote.unattributed)"
                " nor a prefix of codes (quote.*); every code holds a dot"
            )


@frozen(kw_only=True)
class Policy:
    """How a parse treats the problems it finds.

    Lenient (the default) records every problem as a diagnostic on the
    article. Strict raises :class:`~articlekit.errors.ArticleParseError` on the
    first problem at or above ``raise_at`` whose code is not in ``ignore``.
    """

    strict: bool = field(default=False, validator=instance_of(bool))
    """Raise instead of recording problems at or above ``raise_at``."""
    raise_at: Severity = field(
        default=Severity.WARNING, validator=instance_of(Severity)
    )
    """The lowest severity strict mode raises on."""
    ignore: frozenset[str] = field(
        default=frozenset(), converter=_codes, validator=_check_ignore
    )
    """Codes strict mode never raises on (they are still recorded): each a
    code (``date.ambiguous``) or a prefix ending in ``.*`` (``quote.*``, every
    code that starts with ``quote.``)."""

    def ignores(self, code: str) -> bool:
        """Whether ``code`` is in ``ignore``, itself or under a prefix."""
        if code in self.ignore:
            return True
        return any(p[-1] == "*" and code.startswith(p[:-1]) for p in self.ignore)

    def raises(self, severity: Severity, code: str | None = None) -> bool:
        """Whether a problem of ``severity`` (and ``code``) raises under this policy."""
        if not self.strict or severity.rank < self.raise_at.rank:
            return False
        return code is None or not self.ignores(code)

    def replace(self, **changes: Any) -> Policy:
        """Return a copy with ``changes`` applied."""
        return attrs.evolve(self, **changes)


DEFAULT = Policy()
"""Lenient: every problem becomes a diagnostic."""

STRICT = Policy(strict=True)
"""``DEFAULT`` with ``strict=True``: warnings and errors raise."""
