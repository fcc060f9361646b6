"""The parse state: what every section parser reads and writes.

A section parser gets one :class:`ParseState`. It reads the lines no other
section has claimed, as blocks: :meth:`ParseState.candidates` gives those
that pass the section's declared :class:`~articlekit.lines.LineFilter`,
:meth:`ParseState.unclaimed` all of them. It claims those it uses
(:meth:`ParseState.claim`), stores its result through a typed setter
(:meth:`ParseState.set_headline`, :meth:`ParseState.add_caption`...) and
reports problems through :meth:`ParseState.report`. What earlier sections
found is in :attr:`ParseState.landmarks`, recorded by the setters: a
section learns where the byline is from the byline that was set, whoever
set it. Built-in sections use exactly this API; custom sections store
results that fit no field in :attr:`ParseState.extras`.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import warnings
from collections.abc import Iterable, Iterator, Sequence
from itertools import compress, repeat
from operator import not_
from types import MappingProxyType
from typing import Any, cast

from articlekit._build import builder
from articlekit._lines import Candidates, Lines
from articlekit.diagnostics import CODES, Diagnostic, Severity
from articlekit.errors import ArticleKitDeprecationWarning, ArticleParseError
from articlekit.lines import Fact
from articlekit.models import (
    Article,
    Block,
    Byline,
    Caption,
    CommentFooter,
    Quote,
    Source,
    Span,
    Summary,
)
from articlekit.policy import DEFAULT, Policy

__all__ = ["LANDMARKS", "Landmarks", "ParseState"]

#: The landmarks the typed setters record, by name.
LANDMARKS: tuple[str, ...] = (
    "date",
    "headline",
    "author",
    "labels",
    "footer",
    "byline",
    "summary",
    "highlights",
    "body",
    "following",
)

# Diagnostics and the article are built from values the typed setters have
# checked, so the attrs validators are not run a second time.
_new_diagnostic = builder(Diagnostic)
_new_article = builder(Article)


class Landmarks:
    """Where the parts found so far lie: block indices, recorded by the setters.

    Each landmark is the blocks of one part, in order; its first block is
    where the part is. A landmark is empty until a section sets its part.
    :meth:`looked_for` tells a part that no section has set yet from one
    that a section looked for and did not find (a cut-off dump has no
    footer), for sections that declare what they set.
    """

    __slots__ = ("_at", "_sought")

    def __init__(self) -> None:
        """No landmark is known yet."""
        self._at: dict[str, tuple[int, ...]] = {}
        self._sought: set[str] = set()

    def blocks_of(self, name: str) -> tuple[int, ...]:
        """The block indices of landmark ``name``, in order (``()`` when unknown).

        Raises:
            KeyError: ``name`` is not one of :data:`LANDMARKS`.
        """
        if name not in LANDMARKS:
            raise KeyError(
                f"no landmark named {name!r} (known: {', '.join(LANDMARKS)})"
            )
        return self._at.get(name, ())

    def first(self, name: str) -> int | None:
        """The index of the first block of landmark ``name``, if it is known."""
        found = self.blocks_of(name)
        return found[0] if found else None

    def looked_for(self, name: str) -> bool:
        """Whether a section that declares it sets ``name`` has run."""
        return name in self._sought or name in self._at

    @property
    def date(self) -> int | None:
        """The date line."""
        return self.first("date")

    @property
    def headline(self) -> int | None:
        """The headline."""
        return self.first("headline")

    @property
    def top(self) -> int | None:
        """The line that opens the post: the headline, else the date line."""
        found = self.first("headline")
        return self.first("date") if found is None else found

    @property
    def byline(self) -> int | None:
        """The byline."""
        return self.first("byline")

    @property
    def author(self) -> int | None:
        """The blog author's line (``Posted by NAME at TIME``)."""
        return self.first("author")

    @property
    def footer(self) -> int | None:
        """The first line of the comment footer."""
        return self.first("footer")

    @property
    def body(self) -> tuple[int, ...]:
        """The body paragraphs."""
        return self.blocks_of("body")

    def __repr__(self) -> str:
        """Show the known landmarks and where they start."""
        at = self._at
        known = ", ".join(f"{k}={at[k][0]}" for k in LANDMARKS if at.get(k))
        return f"Landmarks({known})"

    def _set(self, name: str, indices: tuple[int, ...]) -> None:
        self._at[name] = indices


class ParseState:
    """The input split into blocks, who claimed which, and the draft results.

    The draft results are read-only here: they change only through the
    typed setters, which check every value, so the article built from them
    is valid.

    Attributes:
        text: The input text; every span is an offset into it.
        policy: Decides whether :meth:`report` records or raises.
        section: Name of the section parser now running.
        extras: Results of custom sections, by name; ends up in
            :attr:`Article.extras`.
        landmarks: Where the parts found so far lie.
    """

    __slots__ = (
        "_body",
        "_body_spans",
        "_byline",
        "_captions",
        "_comments",
        "_date",
        "_date_line",
        "_date_span",
        "_diagnostics",
        "_exhaustive",
        "_filter",
        "_following",
        "_headline",
        "_headline_span",
        "_highlight_spans",
        "_highlights",
        "_labels",
        "_labels_span",
        "_lines",
        "_owner",
        "_posted_by",
        "_posted_by_span",
        "_quotes",
        "_summary",
        "extras",
        "landmarks",
        "policy",
        "section",
        "text",
    )

    def __init__(
        self, text: str, *, policy: Policy = DEFAULT, exhaustive: bool = False
    ) -> None:
        """Split ``text`` into blocks; nothing is claimed yet.

        Args:
            text: The input.
            policy: Whether problems are recorded or raised.
            exhaustive: Give every section every unclaimed line, whatever
                its declared filter (a check that the filters drop nothing).
        """
        if not isinstance(text, str):
            raise TypeError(f"ParseState reads str, not {type(text).__name__}")
        self.text = text
        self.policy = policy
        self._lines = Lines(text)
        self._owner: list[str | None] = [None] * len(self._lines)
        self._diagnostics: list[Diagnostic] = []
        self._exhaustive = exhaustive
        self._filter: Candidates | None = None
        self.section = "input"
        self.extras: dict[str, Any] = {}
        self.landmarks = Landmarks()
        self._headline: str | None = None
        self._headline_span: Span | None = None
        self._date: _dt.date | None = None
        self._date_span: Span | None = None
        self._date_line: str | None = None
        self._summary: Summary | None = None
        self._byline: Byline | None = None
        self._posted_by: str | None = None
        self._posted_by_span: Span | None = None
        self._labels: tuple[str, ...] = ()
        self._labels_span: Span | None = None
        self._highlights: tuple[str, ...] = ()
        self._highlight_spans: tuple[Span, ...] = ()
        self._body: tuple[str, ...] = ()
        self._body_spans: tuple[Span, ...] = ()
        self._captions: list[Caption] = []
        self._quotes: list[Quote] = []
        self._comments: CommentFooter | None = None
        self._following: tuple[Block, ...] = ()

    # -- reading --------------------------------------------------------

    @property
    def blocks(self) -> tuple[Block, ...]:
        """Every non-blank line, in order, as blocks."""
        return tuple(self._lines.all_blocks())

    @property
    def texts(self) -> Sequence[str]:
        """Every block's text, in order (the blocks' ``text``, without the blocks)."""
        return self._lines.texts

    def __len__(self) -> int:
        """The number of blocks."""
        return len(self._owner)

    def block(self, index: int) -> Block:
        """The block at ``index``."""
        return self._lines.block(index)

    def line_of(self, index: int) -> int:
        """The 1-based line number of block ``index``, without building the block."""
        return self._lines.numbers[index]

    def first_block_at(self, offset: int) -> int:
        """Index of the first block that starts at or after ``offset``.

        ``len(state)`` when none does.
        """
        return bisect.bisect_left(self._lines.starts, offset)

    def raw_lines(self) -> Iterator[str]:
        """Every line of the text, blank ones too, each with its line end."""
        return self._lines.raw_lines()

    def unclaimed(self, start: int = 0, stop: int | None = None) -> list[Block]:
        """Return the blocks no section has claimed, in order.

        Args:
            start: Index of the first block to consider.
            stop: Index one past the last block to consider.
        """
        lines = self._lines
        if not lines._missing:
            # Every block is built: pick the unclaimed ones in one pass.
            built: list[Block] = lines._blocks  # type: ignore[assignment]
            return list(compress(built[start:stop], map(not_, self._owner[start:stop])))
        return lines.blocks(self.unclaimed_indices(start, stop))

    def unclaimed_indices(self, start: int = 0, stop: int | None = None) -> list[int]:
        """The indices of the blocks no section has claimed, in order.

        As :meth:`unclaimed`, without building blocks.
        """
        owner = self._owner
        # Owners are None or a section's (non-empty) name: ``not`` picks
        # the unclaimed.
        return list(
            compress(range(len(owner))[start:stop], map(not_, owner[start:stop]))
        )

    def candidates(
        self,
        start: int = 0,
        stop: int | None = None,
        *,
        lines: Candidates | None = None,
    ) -> list[Block]:
        """The unclaimed blocks the running section can use, in order.

        Those that pass ``lines``, or else the filter the running section
        declared (every unclaimed block when it declared none).

        Args:
            start: Index of the first block to consider.
            stop: Index one past the last block to consider.
            lines: A filter to use instead of the declared one.
        """
        return self._lines.blocks(self.candidate_indices(start, stop, lines=lines))

    def candidate_indices(
        self,
        start: int = 0,
        stop: int | None = None,
        *,
        lines: Candidates | None = None,
    ) -> list[int]:
        """The indices of :meth:`candidates`, without building blocks."""
        wanted = self._filter if lines is None else lines
        if wanted is None or self._exhaustive:
            return self.unclaimed_indices(start, stop)
        owner = self._owner
        bounds = range(len(owner))[start:stop]
        first, last = bounds.start, bounds.stop
        return [
            i
            for i in self._lines.matching(wanted)
            if first <= i < last and owner[i] is None
        ]

    def lines_matching(self, lines: Candidates) -> Sequence[int]:
        """The indices of the blocks, claimed or not, that ``lines`` accepts."""
        return self._lines.matching(lines)

    def holds(self, block: Block | int, fact: Fact) -> bool:
        """Whether one :class:`~articlekit.lines.Fact` holds for a block.

        The fact is worked out for every block on first use and kept, so
        asking it of each block in turn costs one classification in all.
        """
        return self._lines.has(fact)[block if isinstance(block, int) else block.index]

    def facts(self, block: Block | int) -> Fact:
        """Every :class:`~articlekit.lines.Fact` of a block (or block index).

        Works out every fact for every block: for one fact, :meth:`holds`.
        """
        return self._lines.facts(block if isinstance(block, int) else block.index)

    def owner(self, block: Block | int) -> str | None:
        """Return the name of the section that claimed ``block``, if any."""
        return self._owner[block if isinstance(block, int) else block.index]

    def claimed_by(self, name: str) -> list[Block]:
        """Return the blocks claimed by section ``name``, in order.

        For looking at a parse from outside; a section learns what others
        found from :attr:`landmarks`, never from their names.
        """
        return self._lines.blocks(i for i, o in enumerate(self._owner) if o == name)

    def first_claimed_by(self, name: str) -> Block | None:
        """Return the first block claimed by section ``name``, if any.

        .. deprecated:: 0.2
            Read :attr:`landmarks` instead: a section that looks another up
            by name misses a replacement under another name.
        """
        warnings.warn(
            "first_claimed_by() is deprecated: read state.landmarks instead",
            ArticleKitDeprecationWarning,
            stacklevel=2,
        )
        try:
            return self.block(self._owner.index(name))
        except ValueError:
            return None

    def enter(self, name: str, *, lines: Candidates | None = None) -> None:
        """Mark section ``name`` as running, with its declared lines.

        The parser calls this before each section.
        """
        self.section = name
        self._filter = lines

    def looked_for(self, names: Iterable[str]) -> None:
        """Record that the running section looked for these landmarks.

        The parser calls this after a section that declares what it sets.
        """
        self.landmarks._sought.update(names)

    # -- claiming -------------------------------------------------------

    def claim(self, *blocks: Block | int) -> None:
        """Claim ``blocks`` (blocks or block indices) for the running section.

        Raises:
            ValueError: A block is already claimed (a bug in a section).
        """
        owner = self._owner
        section = self.section
        for block in blocks:
            i = block if isinstance(block, int) else block.index
            current = owner[i]
            if current is not None:
                raise ValueError(
                    f"section {section!r} claims block {i} "
                    f"(line {self._lines.numbers[i]}), already claimed by {current!r}"
                )
            owner[i] = section

    def claim_run(self, start: int, stop: int) -> None:
        """Claim every block from ``start`` up to ``stop``, all unclaimed.

        Raises:
            ValueError: One of them is already claimed.
        """
        owner = self._owner
        if any(owner[start:stop]):
            self.claim(*range(start, stop))  # names the first one claimed
        owner[start:stop] = [self.section] * len(owner[start:stop])

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
            _check(span, Span)
            start, end = span.start, span.end
            line, column = self._lines.line_column(span.start)
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
        if self.policy.raises(severity, code):
            raise ArticleParseError(diagnostic)
        self._diagnostics.append(diagnostic)
        return diagnostic

    @property
    def diagnostics(self) -> tuple[Diagnostic, ...]:
        """The diagnostics recorded so far."""
        return tuple(self._diagnostics)

    # -- the drafts, read-only ------------------------------------------

    @property
    def headline(self) -> str | None:
        """The headline set so far."""
        return self._headline

    @property
    def headline_span(self) -> Span | None:
        """Where the headline lies."""
        return self._headline_span

    @property
    def date(self) -> _dt.date | None:
        """The post's date set so far."""
        return self._date

    @property
    def date_span(self) -> Span | None:
        """Where the date line lies."""
        return self._date_span

    @property
    def date_line(self) -> str | None:
        """The date line as written."""
        return self._date_line

    @property
    def summary(self) -> Summary | None:
        """The editorial summary set so far."""
        return self._summary

    @property
    def byline(self) -> Byline | None:
        """The byline set so far."""
        return self._byline

    @property
    def posted_by(self) -> str | None:
        """The blog author of a ``Posted by`` line."""
        return self._posted_by

    @property
    def labels(self) -> tuple[str, ...]:
        """The labels (tags) set so far."""
        return self._labels

    @property
    def highlights(self) -> tuple[str, ...]:
        """The highlight paragraphs set so far."""
        return self._highlights

    @property
    def body(self) -> tuple[str, ...]:
        """The body paragraphs set so far."""
        return self._body

    @property
    def body_spans(self) -> tuple[Span, ...]:
        """Where each body paragraph lies."""
        return self._body_spans

    @property
    def captions(self) -> tuple[Caption, ...]:
        """The captions added so far."""
        return tuple(self._captions)

    @property
    def quotes(self) -> tuple[Quote, ...]:
        """The quotations added so far."""
        return tuple(self._quotes)

    @property
    def comments(self) -> CommentFooter | None:
        """The comment footer set so far."""
        return self._comments

    @property
    def following(self) -> tuple[Block, ...]:
        """The blocks of the posts after the first one."""
        return self._following

    # -- typed setters --------------------------------------------------

    def set_date(
        self, value: _dt.date | None, span: Span, *, line: str | None = None
    ) -> None:
        """Store the post's date, the date line as written, and where it lies.

        ``value`` is ``None`` for a date line that gives no full date (no
        year): the line is still the post's date header. Sets the ``date``
        landmark.
        """
        if value is not None:
            _check(value, _dt.date)
        self._date, self._date_span = value, _check(span, Span)
        self._date_line = None if line is None else _check(line, str)
        self._mark("date", (span,))

    def set_headline(self, value: str, span: Span) -> None:
        """Store the headline and where it was read (the ``headline`` landmark)."""
        self._headline, self._headline_span = _check(value, str), _check(span, Span)
        self._mark("headline", (span,))

    def set_summary(self, value: Summary) -> None:
        """Store the editorial summary (the ``summary`` landmark)."""
        self._summary = _check(value, Summary)
        self._mark("summary", value.spans)

    def set_byline(self, value: Byline) -> None:
        """Store the byline (the ``byline`` landmark).

        The landmark is the block of the byline's span, else the blocks the
        running section has claimed.
        """
        self._byline = _check(value, Byline)
        self._mark("byline", () if value.span is None else (value.span,))

    def set_posted_by(self, value: str, span: Span) -> None:
        """Store the blog author of a ``Posted by`` line (the ``author`` landmark)."""
        self._posted_by = _check(value, str)
        self._posted_by_span = _check(span, Span)
        self._mark("author", (span,))

    def set_labels(self, value: Sequence[str], span: Span) -> None:
        """Store the labels (tags) of the post (the ``labels`` landmark)."""
        self._labels, self._labels_span = _strs(value), _check(span, Span)
        self._mark("labels", (span,))

    def set_highlights(self, blocks: Iterable[Block | int]) -> None:
        """Store highlight paragraphs (the ``highlights`` landmark).

        Args:
            blocks: The highlights' blocks, or their indices.
        """
        indices, self._highlights, self._highlight_spans = self._paragraphs(blocks)
        self.landmarks._set("highlights", indices)

    def set_body(self, blocks: Iterable[Block | int]) -> None:
        """Store body paragraphs (the ``body`` landmark).

        Args:
            blocks: The body's blocks, or their indices: each one's text is
                a paragraph.
        """
        indices, self._body, self._body_spans = self._paragraphs(blocks)
        self.landmarks._set("body", indices)

    def _paragraphs(
        self, blocks: Iterable[Block | int]
    ) -> tuple[tuple[int, ...], tuple[str, ...], tuple[Span, ...]]:
        """The indices, texts and spans of paragraphs given as blocks or indices."""
        indices = self._indices(blocks)
        texts, span = self._lines.texts, self._lines.span
        return indices, tuple([texts[i] for i in indices]), tuple(map(span, indices))

    def add_caption(self, value: Caption) -> None:
        """Append a photo caption."""
        self._captions.append(_check(value, Caption))

    def add_quote(self, value: Quote) -> None:
        """Append a direct quotation."""
        self._quotes.append(_check(value, Quote))

    def set_following(self, blocks: Iterable[Block | int]) -> None:
        """Store the blocks (or block indices) of the posts after the first one."""
        indices = self._indices(blocks)
        self._following = tuple(self._lines.blocks(indices))
        self.landmarks._set("following", indices)

    def _indices(self, blocks: Iterable[Block | int]) -> tuple[int, ...]:
        n = len(self._owner)
        given = tuple(blocks)
        # Indices alone, all in range, are checked at once; anything else
        # one by one, which names the first bad one.
        if all(map(isinstance, given, repeat(int))):
            indices = cast(tuple[int, ...], given)
            if not indices or (min(indices) >= 0 and max(indices) < n):
                return indices
        out = []
        for block in given:
            if isinstance(block, int):
                if not 0 <= block < n:
                    raise IndexError(f"no block at index {block}")
                out.append(block)
            else:
                out.append(_check(block, Block).index)
        return tuple(out)

    def set_comments(self, value: CommentFooter) -> None:
        """Store the comment footer (the ``footer`` landmark)."""
        self._comments = _check(value, CommentFooter)
        self._mark("footer", value.spans)

    def _mark(self, name: str, spans: Iterable[Span]) -> None:
        """Record landmark ``name`` at the blocks holding ``spans``.

        With no span, at the blocks the running section has claimed.
        """
        index_at = self._lines.index_at
        found = tuple(
            i for i in map(index_at, (s.start for s in spans)) if i is not None
        )
        if not found:
            section = self.section
            found = tuple(i for i, o in enumerate(self._owner) if o == section)
        self.landmarks._set(name, found)

    # -- result ---------------------------------------------------------

    def build(self, *, source: Source | None = None) -> Article:
        """Assemble the article from the draft results.

        Args:
            source: Where the post starts in the stream it was read from.
        """
        spans: dict[str, tuple[Span, ...]] = {}
        for name, span in (
            ("headline", self._headline_span),
            ("date", self._date_span),
            ("posted_by", self._posted_by_span),
            ("labels", self._labels_span),
        ):
            if span is not None:
                spans[name] = (span,)
        if self._highlight_spans:
            spans["highlights"] = self._highlight_spans
        if self._body_spans:
            spans["body"] = self._body_spans
        # Every value went through a typed setter: the attrs validators
        # would only check them again.
        return _new_article(
            headline=self._headline,
            date=self._date,
            date_line=self._date_line,
            summary=self._summary,
            byline=self._byline,
            posted_by=self._posted_by,
            labels=self._labels,
            highlights=self._highlights,
            body=self._body,
            captions=tuple(sorted(self._captions, key=_start)),
            quotes=tuple(self._quotes),
            comments=self._comments,
            unparsed=tuple(self.unclaimed()) if None in self._owner else (),
            following=self._following,
            diagnostics=tuple(self._diagnostics),
            extras=MappingProxyType(dict(self.extras)),
            spans=MappingProxyType(spans),
            source=source,
        )


def _start(caption: Caption) -> int:
    return caption.span.start if caption.span is not None else 0


def _check(value: Any, kind: type[Any]) -> Any:
    if not isinstance(value, kind):
        raise TypeError(f"expected {kind.__name__}, got {type(value).__name__}")
    return value


def _strs(values: Sequence[str]) -> tuple[str, ...]:
    if isinstance(values, str):
        raise TypeError("expected a sequence of str, got a bare str")
    out = tuple(values)
    for value in out:
        _check(value, str)
    return out
