"""The parse state: what every section parser reads and writes.

A section parser gets one :class:`ParseState`. It reads the blocks no other
section has claimed (:meth:`ParseState.unclaimed`), claims those it uses
(:meth:`ParseState.claim`), stores its result through a typed setter
(:meth:`ParseState.set_headline`, :meth:`ParseState.add_caption`...) and
reports problems through :meth:`ParseState.report`. Built-in sections use
exactly this API; custom sections store their own results in
:attr:`ParseState.extras`.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from itertools import compress, repeat
from operator import attrgetter, eq, not_
from types import MappingProxyType
from typing import Any

from articlekit._text import builder, line_column, spans_of, split_blocks, texts_of
from articlekit.diagnostics import CODES, Diagnostic, Severity
from articlekit.errors import ArticleParseError
from articlekit.models import (
    Article,
    Block,
    Byline,
    Caption,
    CommentFooter,
    Quote,
    Span,
    Summary,
)
from articlekit.policy import DEFAULT, Policy

__all__ = ["ParseState"]


_INDEX = attrgetter("index")

# Diagnostics and the article are built from values the typed setters have
# checked: the attrs validators would only run again.
_new_diagnostic = builder(Diagnostic)
_new_article = builder(Article)


class ParseState:
    """The input split into blocks, who claimed which, and the draft results.

    Attributes:
        text: The input text; every span is an offset into it.
        blocks: Every non-blank line, in order.
        policy: Decides whether :meth:`report` records or raises.
        section: Name of the section parser now running.
        extras: Results of custom sections, by name; ends up in
            :attr:`Article.extras`.
    """

    __slots__ = (
        "_diagnostics",
        "_line_starts",
        "_owner",
        "_ran",
        "blocks",
        "body",
        "body_spans",
        "byline",
        "captions",
        "comments",
        "date",
        "date_line",
        "date_span",
        "extras",
        "following",
        "headline",
        "headline_span",
        "highlight_spans",
        "highlights",
        "labels",
        "labels_span",
        "policy",
        "posted_by",
        "posted_by_span",
        "quotes",
        "section",
        "summary",
        "text",
    )

    def __init__(self, text: str, *, policy: Policy = DEFAULT) -> None:
        """Split ``text`` into blocks; nothing is claimed yet."""
        self.text = text
        self.policy = policy
        self.blocks, self._line_starts = split_blocks(text)
        self._owner: list[str | None] = [None] * len(self.blocks)
        self._diagnostics: list[Diagnostic] = []
        self.section = "input"
        self._ran: set[str] = set()
        self.extras: dict[str, Any] = {}
        self.headline: str | None = None
        self.headline_span: Span | None = None
        self.date: _dt.date | None = None
        self.date_span: Span | None = None
        self.date_line: str | None = None
        self.summary: Summary | None = None
        self.byline: Byline | None = None
        self.posted_by: str | None = None
        self.posted_by_span: Span | None = None
        self.labels: tuple[str, ...] = ()
        self.labels_span: Span | None = None
        self.highlights: tuple[str, ...] = ()
        self.highlight_spans: tuple[Span, ...] = ()
        self.body: tuple[str, ...] = ()
        self.body_spans: tuple[Span, ...] = ()
        self.captions: list[Caption] = []
        self.quotes: list[Quote] = []
        self.comments: CommentFooter | None = None
        self.following: tuple[Block, ...] = ()

    # -- reading --------------------------------------------------------

    def unclaimed(self, start: int = 0, stop: int | None = None) -> list[Block]:
        """Return the blocks no section has claimed, in order.

        Args:
            start: Index of the first block to consider.
            stop: Index one past the last block to consider.
        """
        # Owners are ``None`` or a section's (non-empty) name, so ``not``
        # picks the unclaimed; compress and map keep the walk in C, which
        # matters on dumps of many thousands of short lines.
        return list(
            compress(self.blocks[start:stop], map(not_, self._owner[start:stop]))
        )

    def owner(self, block: Block) -> str | None:
        """Return the name of the section that claimed ``block``, if any."""
        return self._owner[block.index]

    def claimed_by(self, name: str) -> list[Block]:
        """Return the blocks claimed by section ``name``, in order."""
        return list(compress(self.blocks, map(eq, self._owner, repeat(name))))

    def first_claimed_by(self, name: str) -> Block | None:
        """Return the first block claimed by section ``name``, if any."""
        try:
            return self.blocks[self._owner.index(name)]
        except ValueError:
            return None

    def enter(self, name: str) -> None:
        """Mark section ``name`` as running (the pipeline calls this)."""
        self.section = name
        self._ran.add(name)

    def has_run(self, name: str) -> bool:
        """Whether section ``name`` has run (or is running) in this parse."""
        return name in self._ran

    # -- claiming -------------------------------------------------------

    def claim(self, *blocks: Block) -> None:
        """Claim ``blocks`` for the running section.

        Raises:
            ValueError: A block is already claimed (a bug in a section).
        """
        owner = self._owner
        if len(blocks) > 8:
            # A run of blocks in order (a body, a footer): checked and set by
            # slices, in C; anything else goes one by one below.
            first, stop = blocks[0].index, blocks[-1].index + 1
            if list(map(_INDEX, blocks)) == list(range(first, stop)) and not any(
                owner[first:stop]
            ):
                owner[first:stop] = [self.section] * len(blocks)
                return
        for block in blocks:
            current = owner[block.index]
            if current is not None:
                raise ValueError(
                    f"section {self.section!r} claims block {block.index} "
                    f"(line {block.line}), already claimed by {current!r}"
                )
            owner[block.index] = self.section

    def release(self, *blocks: Block) -> None:
        """Give back blocks the running section claimed (a change of mind)."""
        for block in blocks:
            if self._owner[block.index] == self.section:
                self._owner[block.index] = None

    # -- reporting ------------------------------------------------------

    def report(
        self,
        code: str,
        message: str | None = None,
        *,
        span: Span | None = None,
        severity: Severity | None = None,
    ) -> Diagnostic:
        """Record a problem, or raise it when the policy says so.

        Args:
            code: A dotted code; for codes in :data:`~articlekit.diagnostics.CODES`
                the message and severity default to the catalogue's.
            message: What happened, for people.
            span: The input concerned; ``None`` for the whole input.
            severity: Overrides the catalogue's severity.

        Returns:
            The recorded diagnostic.

        Raises:
            ArticleParseError: The policy is strict and the severity high enough.
        """
        known = CODES.get(code)
        if severity is None:
            severity = known[0] if known else Severity.WARNING
        if message is None:
            message = known[1] if known else code
        start = end = None
        line = column = 1
        if span is not None:
            start, end = span.start, span.end
            line, column = line_column(self._line_starts, span.start)
        _check(code, str)
        _check(message, str)
        _check(severity, Severity)
        diagnostic = _new_diagnostic(
            code=code,
            message=message,
            section=self.section,
            severity=severity,
            start=start,
            end=end,
            line=line,
            column=column,
        )
        if self.policy.raises(severity):
            raise ArticleParseError(diagnostic)
        self._diagnostics.append(diagnostic)
        return diagnostic

    @property
    def diagnostics(self) -> tuple[Diagnostic, ...]:
        """The diagnostics recorded so far."""
        return tuple(self._diagnostics)

    # -- typed setters --------------------------------------------------

    def set_date(
        self, value: _dt.date | None, span: Span, *, line: str | None = None
    ) -> None:
        """Store the post's date, the date line as written, and where it lies.

        ``value`` is ``None`` for a date line that gives no full date (no
        year): the line is still the post's date header.
        """
        if value is not None:
            _check(value, _dt.date)
        self.date, self.date_span = value, span
        self.date_line = None if line is None else _check(line, str)

    def set_headline(self, value: str, span: Span) -> None:
        """Store the headline and where it was read."""
        self.headline, self.headline_span = _check(value, str), span

    def set_summary(self, value: Summary) -> None:
        """Store the editorial summary."""
        self.summary = _check(value, Summary)

    def set_byline(self, value: Byline) -> None:
        """Store the byline."""
        self.byline = _check(value, Byline)

    def set_posted_by(self, value: str, span: Span) -> None:
        """Store the blog author of a ``Posted by`` line."""
        self.posted_by, self.posted_by_span = _check(value, str), span

    def set_labels(self, value: Sequence[str], span: Span) -> None:
        """Store the labels (tags) of the post."""
        self.labels, self.labels_span = _strs(value), span

    def set_highlights(self, blocks: Iterable[Block]) -> None:
        """Store highlight paragraphs (each block's text)."""
        blocks = list(blocks)
        self.highlights = tuple(texts_of(blocks))
        self.highlight_spans = spans_of(blocks)

    def set_body(self, blocks: Iterable[Block]) -> None:
        """Store body paragraphs (each block's text)."""
        blocks = list(blocks)
        self.body = tuple(texts_of(blocks))
        self.body_spans = spans_of(blocks)

    def add_caption(self, value: Caption) -> None:
        """Append a photo caption."""
        self.captions.append(_check(value, Caption))

    def add_quote(self, value: Quote) -> None:
        """Append a direct quotation."""
        self.quotes.append(_check(value, Quote))

    def set_following(self, blocks: Iterable[Block]) -> None:
        """Store the blocks of the posts after the first one."""
        self.following = tuple(_check(b, Block) for b in blocks)

    def set_comments(self, value: CommentFooter) -> None:
        """Store the comment footer."""
        self.comments = _check(value, CommentFooter)

    # -- result ---------------------------------------------------------

    def build(self) -> Article:
        """Assemble the article from the draft results."""
        spans: dict[str, tuple[Span, ...]] = {}
        for name, span in (
            ("headline", self.headline_span),
            ("date", self.date_span),
            ("posted_by", self.posted_by_span),
            ("labels", self.labels_span),
        ):
            if span is not None:
                spans[name] = (span,)
        if self.highlight_spans:
            spans["highlights"] = self.highlight_spans
        if self.body_spans:
            spans["body"] = self.body_spans
        # Every value went through a typed setter, so the article is built
        # without running the attrs validators again (a third of the cost of
        # a short post); the converters' work is done here.
        return _new_article(
            headline=self.headline,
            date=self.date,
            date_line=self.date_line,
            summary=self.summary,
            byline=self.byline,
            posted_by=self.posted_by,
            labels=self.labels,
            highlights=self.highlights,
            body=self.body,
            captions=tuple(sorted(self.captions, key=_start)),
            quotes=tuple(self.quotes),
            comments=self.comments,
            unparsed=tuple(compress(self.blocks, map(not_, self._owner))),
            following=self.following,
            diagnostics=tuple(self._diagnostics),
            extras=MappingProxyType(dict(self.extras)),
            spans=MappingProxyType(spans),
        )


def _start(caption: Caption) -> int:
    return caption.span.start if caption.span is not None else 0


def _check(value: Any, kind: type[Any]) -> Any:
    if not isinstance(value, kind):
        raise TypeError(f"expected {kind.__name__}, got {type(value).__name__}")
    return value


def _strs(values: Sequence[str]) -> tuple[str, ...]:
    out = tuple(values)
    for value in out:
        _check(value, str)
    return out
