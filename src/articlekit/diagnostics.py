"""Diagnostics: what a lenient parse found missing, odd or ambiguous.

Every diagnostic has a stable dotted ``code`` from :data:`CODES`, the section
that reported it, a message for people, the span it concerns and its line and
column. docs/diagnostics.md lists every code with an input that triggers it.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

from attrs import field, frozen
from attrs.validators import ge, instance_of, optional

from articlekit import _serial
from articlekit._serial import (
    ONE_BASED,
    OPT_OFFSET,
    STRING,
    as_json,
    enum_values,
    json_object,
)

__all__ = ["CODES", "Diagnostic", "Severity"]


class Severity(enum.Enum):
    """How much a diagnostic matters; strict mode raises from ``WARNING`` up.

    The severity of a code says what it means for the article, not how often
    it is seen: docs/diagnostics.md gives the reason for each code's.
    """

    INFO = "info"
    """A trait of the dump: a part it does not have, as real dumps often do
    not (no date, no headline, no byline, no footer on a cut-off page). What
    the article holds was read, not guessed."""
    WARNING = "warning"
    """A part was read by a guess, or the parse may have missed or misread
    what the dump holds (more text unparsed than read as body, a date line
    not understood, a numeric date that reads two ways): the article may not
    say what the dump says."""
    ERROR = "error"
    """The input itself is damaged: empty, undecodable, characters lost."""

    @property
    def rank(self) -> int:
        """Order of severity: INFO < WARNING < ERROR."""
        return _RANK[self]


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}

#: Every diagnostic code the built-in sections report, with its severity and
#: what it means. Custom sections may report codes of their own.
CODES: Mapping[str, tuple[Severity, str]] = {
    "input.empty": (Severity.ERROR, "the input holds no text"),
    "input.bom": (Severity.INFO, "a byte-order mark starts the input"),
    "input.cp1252": (
        Severity.WARNING,
        "the bytes are not UTF-8 and were read as cp1252",
    ),
    "input.undecodable": (
        Severity.ERROR,
        "bytes that are neither UTF-8 nor cp1252 were replaced by U+FFFD",
    ),
    "input.replacement": (
        Severity.ERROR,
        "the text holds U+FFFD replacement characters (lost characters)",
    ),
    "input.mojibake": (
        Severity.ERROR,
        "the text looks like UTF-8 decoded as Latin-1 or cp1252",
    ),
    "input.more_posts": (
        Severity.WARNING,
        "the text holds further posts after the first: read them with iter_articles()",
    ),
    "date.missing": (Severity.INFO, "no date line was found"),
    "date.unparsed": (Severity.WARNING, "a date line was found but not understood"),
    "date.no_year": (Severity.INFO, "a date line states no year"),
    "date.ambiguous": (
        Severity.WARNING,
        "a numeric date reads both day-first and month-first",
    ),
    "headline.missing": (Severity.INFO, "no headline line was found"),
    "summary.missing": (Severity.INFO, "no editorial summary above the byline"),
    "summary.unsigned": (Severity.INFO, "the summary carries no signature"),
    "byline.missing": (Severity.INFO, "no byline line was found"),
    "highlights.unconfirmed": (
        Severity.INFO,
        "the paragraph after the byline was taken as highlights by its place alone",
    ),
    "caption.empty_credit": (Severity.WARNING, "a credit label has no credit"),
    "quote.unclosed": (
        Severity.INFO,
        "an opening quotation mark is not closed in its paragraph",
    ),
    "quote.unattributed": (Severity.INFO, "a quotation names no speaker"),
    "quote.truncated": (
        Severity.INFO,
        "a quotation is still open where the cut-off dump ends; it is not listed",
    ),
    "quote.dense": (
        Severity.INFO,
        "a paragraph quotes more fragments than prose does: the rest were not read",
    ),
    "comments.missing": (
        Severity.INFO,
        "no comment footer: the dump may be cut off",
    ),
    "body.missing": (Severity.INFO, "no body paragraph was found"),
    "body.outweighed": (
        Severity.WARNING,
        "more text was left unparsed than was read as body",
    ),
}


@json_object("diagnostic", "One problem found while parsing")
@frozen(kw_only=True)
class Diagnostic:
    """One problem found while parsing, with where it is."""

    code: str = field(validator=instance_of(str), metadata=as_json(STRING))
    """Stable dotted code such as ``date.unparsed``."""
    message: str = field(validator=instance_of(str), metadata=as_json(STRING))
    """What happened, for people."""
    section: str = field(validator=instance_of(str), metadata=as_json(STRING))
    """Name of the section parser that reported it."""
    severity: Severity = field(
        validator=instance_of(Severity), metadata=as_json(enum_values(Severity))
    )
    """How much it matters; decides whether strict mode raises."""
    start: int | None = field(
        default=None,
        validator=optional([instance_of(int), ge(0)]),
        metadata=as_json(OPT_OFFSET),
    )
    """Offset of the first character concerned, if any."""
    end: int | None = field(
        default=None,
        validator=optional([instance_of(int), ge(0)]),
        metadata=as_json(OPT_OFFSET),
    )
    """Offset past the last character concerned, if any."""
    line: int = field(
        default=1, validator=[instance_of(int), ge(1)], metadata=as_json(ONE_BASED)
    )
    """1-based line of ``start`` (1 when the whole input is concerned)."""
    column: int = field(
        default=1, validator=[instance_of(int), ge(1)], metadata=as_json(ONE_BASED)
    )
    """1-based column of ``start``."""

    def __str__(self) -> str:
        """Return ``line:column: severity code: message``."""
        return (
            f"{self.line}:{self.column}: {self.severity.value} "
            f"{self.code}: {self.message}"
        )

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form."""
        return _serial.to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Diagnostic:
        """Inverse of :meth:`to_dict`."""
        return _serial.from_dict(cls, data)
