"""The input read once: lines as parallel arrays, their facts, filter results.

:class:`Lines` splits a text once into its paragraphs (the non-blank lines,
stripped) and keeps, for each, the text, where it starts and ends, its line
and its column, in parallel lists. Public :class:`~articlekit.models.Block`
objects are built only for the lines a section or a user asks for. Facts and
line filters are worked out on first use and kept, so no line is classified
twice in one parse.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence

from articlekit._text import BLANK, span_of
from articlekit.lines import FACT_TESTS, Fact, LineFilter
from articlekit.models import Block, Span

__all__ = ["ZERO_WIDTH", "Candidates", "Lines"]

#: Blank characters a reader does not see: they take no column.
ZERO_WIDTH = "\ufeff\u200b\u200c\u200d\u2060"

Candidates = LineFilter | tuple[LineFilter, ...]
"""A section's declared lines: one filter, or several of which any may pass."""

_new = object.__new__
_BLOCK_INDEX = Block.__dict__["index"].__set__
_BLOCK_TEXT = Block.__dict__["text"].__set__
_BLOCK_SPAN = Block.__dict__["span"].__set__
_BLOCK_LINE = Block.__dict__["line"].__set__
_BLOCK_COLUMN = Block.__dict__["column"].__set__


def _visible(text: str) -> int:
    """How many characters of ``text`` take a column."""
    n = len(text)
    for mark in ZERO_WIDTH:
        if mark in text:
            n -= text.count(mark)
    return n


class Lines:
    """The paragraphs of one text, split once.

    Attributes:
        text: The whole input.
        texts: Each paragraph's text, stripped of blanks.
        starts: Where each paragraph's text starts in ``text``.
        ends: Where each one ends.
        numbers: Each paragraph's 1-based line number.
        columns: Each paragraph's 1-based column (zero-width marks take none).
        line_starts: Where every line of ``text`` starts, blank ones too.
    """

    __slots__ = (
        "_blocks",
        "_facts",
        "_filtered",
        "_folded",
        "columns",
        "ends",
        "line_starts",
        "numbers",
        "starts",
        "text",
        "texts",
    )

    def __init__(self, text: str) -> None:
        """Split ``text``: every line break Python knows ends a line."""
        self.text = text
        texts: list[str] = []
        starts: list[int] = []
        columns: list[int] = []
        numbers: list[int] = []
        line_starts: list[int] = []
        offset = 0
        for number, raw in enumerate(text.splitlines(keepends=True), start=1):
            line_starts.append(offset)
            stripped = raw.strip(BLANK)
            if stripped:
                lead = 0 if raw[0] == stripped[0] else raw.find(stripped)
                texts.append(stripped)
                starts.append(offset + lead)
                numbers.append(number)
                columns.append(_visible(raw[:lead]) + 1 if lead else 1)
            offset += len(raw)
        if not line_starts:
            line_starts.append(0)
        self.texts = texts
        self.starts = starts
        self.ends = [s + len(t) for s, t in zip(starts, texts, strict=True)]
        self.numbers = numbers
        self.columns = columns
        self.line_starts = line_starts
        self._blocks: list[Block | None] = [None] * len(texts)
        self._facts: dict[Fact, list[bool]] = {}
        self._filtered: dict[Candidates, list[int]] = {}
        self._folded: list[str] | None = None

    def __len__(self) -> int:
        """The number of paragraphs."""
        return len(self.texts)

    # -- blocks and spans -------------------------------------------------

    def block(self, i: int) -> Block:
        """The public block of paragraph ``i``, built on first use."""
        block = self._blocks[i]
        if block is None:
            block = _new(Block)
            _BLOCK_INDEX(block, i)
            _BLOCK_TEXT(block, self.texts[i])
            _BLOCK_SPAN(block, span_of(self.starts[i], self.ends[i]))
            _BLOCK_LINE(block, self.numbers[i])
            _BLOCK_COLUMN(block, self.columns[i])
            self._blocks[i] = block
        return block

    def blocks(self, indices: Iterable[int]) -> list[Block]:
        """The blocks of ``indices``, in the order given."""
        block = self.block
        return [block(i) for i in indices]

    def span(self, i: int) -> Span:
        """Where paragraph ``i`` lies."""
        block = self._blocks[i]
        if block is not None:
            return block.span
        return span_of(self.starts[i], self.ends[i])

    def index_at(self, offset: int) -> int | None:
        """The paragraph that holds ``offset`` (or starts there), if any."""
        i = bisect.bisect_right(self.starts, offset) - 1
        if i >= 0 and offset <= self.ends[i]:
            return i
        return None

    def raw_lines(self) -> Iterator[str]:
        """Every line of the text, blank ones too, each with its line end."""
        text, starts = self.text, self.line_starts
        if not text:
            return
        for a, b in zip(starts, [*starts[1:], len(text)], strict=True):
            yield text[a:b]

    def line_column(self, offset: int) -> tuple[int, int]:
        """The 1-based line and column of ``offset`` (zero-width marks take none)."""
        starts = self.line_starts
        index = max(bisect.bisect_right(starts, offset) - 1, 0)
        return index + 1, _visible(self.text[starts[index] : offset]) + 1

    # -- facts and filters ------------------------------------------------

    def has(self, fact: Fact) -> list[bool]:
        """For each paragraph, whether ``fact`` (one fact) holds."""
        found = self._facts.get(fact)
        if found is None:
            found = self._facts[fact] = _classify(fact, self.texts)
        return found

    def facts(self, i: int) -> Fact:
        """Every fact of paragraph ``i``."""
        found = Fact(0)
        for fact in Fact:
            if self.has(fact)[i]:
                found |= fact
        return found

    def folded(self) -> list[str]:
        """Each paragraph's text, case-folded."""
        if self._folded is None:
            self._folded = [t.casefold() for t in self.texts]
        return self._folded

    def matching(self, candidates: Candidates) -> list[int]:
        """The paragraphs (indices, in order) that ``candidates`` accepts."""
        found = self._filtered.get(candidates)
        if found is None:
            if isinstance(candidates, LineFilter):
                found = self._one(candidates)
            else:
                union: set[int] = set()
                for one in candidates:
                    union.update(self.matching(one))
                found = sorted(union)
            self._filtered[candidates] = found
        return found

    def _one(self, test: LineFilter) -> list[int]:
        # The most selective tests go first; each later one sees only the
        # paragraphs that passed so far.
        texts = self.folded() if test.fold else self.texts
        if test.holding:
            pool: Sequence[int] = _holding(texts, test.holding)
        else:
            pool = range(len(texts))
        for fact in _members(test.all_facts):
            has = self.has(fact)
            pool = [i for i in pool if has[i]]
        if test.facts:
            masks = [self.has(fact) for fact in _members(test.facts)]
            pool = [i for i in pool if any(m[i] for m in masks)]
        if test.first:
            first = test.first
            pool = [i for i in pool if texts[i][:1] in first and texts[i][:1]]
        if test.ending:
            ending = test.ending
            pool = [i for i in pool if texts[i].endswith(ending)]
        if test.max_length is not None:
            most = test.max_length
            raw = self.texts
            pool = [i for i in pool if len(raw[i]) <= most]
        return list(pool)


def _members(facts: Fact) -> list[Fact]:
    return [fact for fact in Fact if fact & facts]


def _classify(fact: Fact, texts: list[str]) -> list[bool]:
    if fact is Fact.COLON:
        return [":" in t for t in texts]
    if fact is Fact.SLASH:
        return ["/" in t for t in texts]
    if fact is Fact.ENDS_COLON:
        return [t[-1] == ":" for t in texts]
    if fact is Fact.NON_ASCII:
        return [not t.isascii() for t in texts]
    test = FACT_TESTS[fact]
    return [test(t) for t in texts]


def _holding(texts: list[str], needles: tuple[str, ...]) -> list[int]:
    """The paragraphs that hold one of ``needles``: one scan of them all."""
    if len(texts) < 8:
        return [i for i, t in enumerate(texts) if any(n in t for n in needles)]
    joined = "\n".join(texts)
    # One match per paragraph: the rest of its line is consumed.
    pattern = re.compile(
        "(?:"
        + "|".join(re.escape(n) for n in sorted(needles, key=len, reverse=True))
        + ")[^\n]*"
    )
    offsets = [0]
    for t in texts[:-1]:
        offsets.append(offsets[-1] + len(t) + 1)
    return [
        bisect.bisect_right(offsets, match.start()) - 1
        for match in pattern.finditer(joined)
    ]
