"""The input read once: lines as parallel arrays, their facts, filter results.

:class:`Lines` splits a text once into its paragraphs (the non-blank lines,
stripped) and keeps, for each, the text, where it starts and ends, its line
and its column, in parallel lists. Public :class:`~articlekit.models.Block`
objects are built only for the lines a section or a user asks for: a pass
that needs only the texts (facts, filters, the post splitter) builds none,
and a section that works on indices (the body's thousands of paragraphs)
needs only their spans. Facts and
line filters are worked out on first use and kept, so no line is classified
twice in one parse.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import accumulate, compress

from articlekit._build import span_of
from articlekit._input import BLANK
from articlekit._vocab import DASHES, QUOTE_MARKS
from articlekit.lines import FACT_TESTS, Fact, LineFilter, ascii_lower
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
        "_join",
        "_join_bytes",
        "_lowered",
        "_missing",
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
        ends: list[int] = []
        columns: list[int] = []
        numbers: list[int] = []
        line_starts: list[int] = []
        offset = 0
        for number, raw in enumerate(text.splitlines(keepends=True), start=1):
            line_starts.append(offset)
            stripped = raw.strip(BLANK)
            if stripped:
                if raw[0] == stripped[0]:
                    start = offset
                    columns.append(1)
                else:
                    lead = raw.find(stripped)
                    start = offset + lead
                    columns.append(_visible(raw[:lead]) + 1)
                texts.append(stripped)
                starts.append(start)
                ends.append(start + len(stripped))
                numbers.append(number)
            offset += len(raw)
        if not line_starts:
            line_starts.append(0)
        self.texts = texts
        self.starts = starts
        self.ends = ends
        self.numbers = numbers
        self.columns = columns
        self.line_starts = line_starts
        self._blocks: list[Block | None] = [None] * len(texts)
        self._missing = len(texts)
        self._facts: dict[int, list[bool]] = {}
        self._join: dict[int, tuple[str, list[int]]] = {}
        self._join_bytes: dict[int, tuple[bytes, list[int]]] = {}
        self._lowered: list[str] | None = None
        self._filtered: dict[Candidates, list[int]] = {}
        self._folded: list[str] | None = None

    def __len__(self) -> int:
        """The number of paragraphs."""
        return len(self.texts)

    # -- blocks and spans -------------------------------------------------

    def _make(self, i: int) -> Block:
        # Valid by construction: set slot by slot, without the attrs
        # validators, as attrs' own __init__ would.
        span = span_of(self.starts[i], self.ends[i])
        block = _new(Block)
        _BLOCK_INDEX(block, i)
        _BLOCK_TEXT(block, self.texts[i])
        _BLOCK_SPAN(block, span)
        _BLOCK_LINE(block, self.numbers[i])
        _BLOCK_COLUMN(block, self.columns[i])
        self._blocks[i] = block
        self._missing -= 1
        return block

    def all_blocks(self) -> list[Block]:
        """Every paragraph as a public block."""
        blocks = self._blocks
        if self._missing:
            make = self._make
            for i, block in enumerate(blocks):
                if block is None:
                    make(i)
        return blocks  # type: ignore[return-value]  # none is missing now

    def block(self, i: int) -> Block:
        """The public block of paragraph ``i``, built on first use."""
        return self._blocks[i] or self._make(i)

    def blocks(self, indices: Iterable[int]) -> list[Block]:
        """The blocks of ``indices``, in the order given."""
        blocks = self._blocks
        if not self._missing:
            return list(map(blocks.__getitem__, indices))  # type: ignore[arg-type]
        make = self._make
        return [blocks[i] or make(i) for i in indices]

    def span(self, i: int) -> Span:
        """Where paragraph ``i`` lies (its block's span, once it has one)."""
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

    def has(self, fact: Fact | int) -> list[bool]:
        """For each paragraph, whether ``fact`` (one fact) holds."""
        bit = int(fact)
        found = self._facts.get(bit)
        if found is None:
            found = self._facts[bit] = _classify(bit, self.texts, self._joined)
        return found

    def facts(self, i: int) -> Fact:
        """Every fact of paragraph ``i``."""
        return Fact(sum(bit for bit in _BITS if self.has(bit)[i]))

    def folded(self) -> list[str]:
        """Each paragraph's text, case-folded."""
        if self._folded is None:
            self._folded = [t.casefold() for t in self.texts]
        return self._folded

    def lowered(self) -> list[str]:
        """Each paragraph's text with A-Z in lower case (:func:`ascii_lower`)."""
        if self._lowered is None:
            self._lowered = [ascii_lower(t) for t in self.texts]
        return self._lowered

    def _joined(self, mode: int = 0) -> tuple[str, list[int]]:
        """The paragraphs joined by line feeds, and where each one starts.

        Case-folded as ``mode`` says.
        """
        joins = self._join
        if mode not in joins:
            if mode == _ASCII:
                # A-Z lowered keeps every offset: lower the raw join.
                text, offsets = self._joined(_AS_WRITTEN)
                joins[mode] = (ascii_lower(text), offsets)
            else:
                texts = self.folded() if mode == _CASEFOLD else self.texts
                offsets = [0] * len(texts)
                at = 0
                for i, t in enumerate(texts):
                    offsets[i] = at
                    at += len(t) + 1
                joins[mode] = ("\n".join(texts), offsets)
        return joins[mode]

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
        # Every test narrows the pool of the one before: the facts every line
        # must hold first (each worked out once for the whole text and kept
        # for the sections after), then the held words (searched through the
        # whole text at once when nothing narrowed it yet), then the plain
        # tests. Lines are case-folded only as far as the pool reaches.
        raw = self.texts
        n = len(raw)
        pool: Sequence[int] | None = None
        for bit in test.all_bits:
            # A fact every line must hold narrows the most for the least.
            if pool is None:
                pool = list(compress(range(n), self.has(bit)))
            else:
                has = self._fact_test(bit, pool)
                pool = [i for i in pool if has(i)]
        if test.holding:
            if pool is None:
                # One search of the joined text for each word.
                pool = self._holding(test.holding, _mode(test))
            elif pool:
                texts = self._texts_for(pool, _mode(test))
                needles = test.holding
                pool = [i for i in pool if any(h in texts[i] for h in needles)]
        if test.max_length is not None:
            most = test.max_length
            pool = [i for i in _every(pool, n) if len(raw[i]) <= most]
        if test.first:
            first = test.first
            if test.fold:
                pool = [i for i in _every(pool, n) if raw[i][0].casefold()[:1] in first]
            elif test.ascii_fold:
                pool = [i for i in _every(pool, n) if ascii_lower(raw[i][0]) in first]
            else:
                pool = [i for i in _every(pool, n) if raw[i][0] in first]
        if test.ending:
            texts = self._texts_for(pool, _mode(test))
            ending = test.ending
            pool = [i for i in _every(pool, n) if texts[i].endswith(ending)]
        if len(test.any_bits) == 1 and pool is None:
            # One fact over every line: its array is the answer.
            pool = list(compress(range(n), self.has(test.any_bits[0])))
        elif test.any_bits:
            tests = [self._fact_test(bit, pool) for bit in test.any_bits]
            pool = [i for i in _every(pool, n) if any(t(i) for t in tests)]
        return list(_every(pool, n))

    def _texts_for(
        self, pool: Sequence[int] | None, mode: int
    ) -> Sequence[str] | Mapping[int, str]:
        """The texts the pool's tests read, case-folded as ``mode`` says."""
        if mode == _AS_WRITTEN:
            return self.texts
        whole = self._folded if mode == _CASEFOLD else self._lowered
        if whole is not None or pool is None or len(pool) * 4 > len(self.texts):
            return self.folded() if mode == _CASEFOLD else self.lowered()
        raw = self.texts
        fold = str.casefold if mode == _CASEFOLD else ascii_lower
        return {i: fold(raw[i]) for i in pool}

    def _joined_bytes(self, mode: int) -> tuple[bytes, list[int]]:
        """:meth:`_joined` as UTF-8, with where each paragraph starts in it.

        Each paragraph is encoded on its own: its encoded length says where
        the next one starts, with no search of the join for line feeds.
        """
        found = self._join_bytes.get(mode)
        if found is None:
            texts = self.folded() if mode == _CASEFOLD else self.texts
            parts = [t.encode("utf-8", "surrogatepass") for t in texts]
            data = b"\n".join(parts)
            if mode == _ASCII:
                data = data.lower()  # A-Z alone
            offsets = list(accumulate([len(p) + 1 for p in parts[:-1]], initial=0))
            found = self._join_bytes[mode] = (data, offsets)
        return found

    def _holding(self, needles: tuple[str, ...], mode: int) -> list[int]:
        """The paragraphs that hold one of ``needles``: a search of them all.

        Each needle is looked for through the joined text, as UTF-8 (whose
        byte search is the quickest, and in which a text holds a word exactly
        when its bytes hold the word's); a hit moves the search on to the
        next paragraph.
        """
        if len(self.texts) < 8:
            texts = self._texts_for(None, mode)
            return [
                i for i in range(len(self.texts)) if any(n in texts[i] for n in needles)
            ]
        joined, offsets = self._joined_bytes(mode)
        found: set[int] = set()
        last = len(offsets) - 1
        for needle in _utf8(needles):
            at = joined.find(needle)
            while at >= 0:
                line = bisect.bisect_right(offsets, at) - 1
                found.add(line)
                if line == last:
                    break
                at = joined.find(needle, offsets[line + 1])
        return sorted(found)

    def _fact_test(self, bit: int, pool: Sequence[int] | None) -> Callable[[int], bool]:
        """Whether fact ``bit`` holds for a paragraph, by its index."""
        known = self._facts.get(bit)
        if known is None and (pool is None or len(pool) * 4 > len(self.texts)):
            known = self.has(bit)
        if known is not None:
            return known.__getitem__
        test = FACT_TESTS[Fact(bit)]
        texts = self.texts
        return lambda i: test(texts[i])


@functools.lru_cache(maxsize=256)
def _utf8(words: tuple[str, ...]) -> tuple[bytes, ...]:
    """``words`` in UTF-8: a filter's words are encoded once, not per parse."""
    return tuple(word.encode("utf-8", "surrogatepass") for word in words)


# How a filter's words are compared.
_AS_WRITTEN, _CASEFOLD, _ASCII = 0, 1, 2


def _mode(test: LineFilter) -> int:
    if test.fold:
        return _CASEFOLD
    return _ASCII if test.ascii_fold else _AS_WRITTEN


def _every(pool: Sequence[int] | None, n: int) -> Sequence[int]:
    return range(n) if pool is None else pool


_BITS = tuple(int(fact) for fact in Fact)
_COLON, _SLASH = int(Fact.COLON), int(Fact.SLASH)
_ENDS_COLON, _NON_ASCII = int(Fact.ENDS_COLON), int(Fact.NON_ASCII)
_ODD_SPACE, _SPACE = int(Fact.ODD_SPACE), int(Fact.SPACE)

# The facts a pattern decides, written for the paragraphs joined by line
# feeds: ``[^\S\n]`` is a blank inside a paragraph (a paragraph holds no line
# break, so no other blank of the per-line definitions is lost). Each match
# takes the rest of its line, so a paragraph is matched once.
_JOINED = {
    int(Fact.DIGIT): re.compile(r"[0-9][^\n]*"),
    int(Fact.TIME): re.compile(r"\d{1,2}:\d\d[^\n]*"),
    int(Fact.QUOTE): re.compile(f"[{re.escape(QUOTE_MARKS)}][^\n]*"),
    int(Fact.DASH): re.compile(f"[^\\S\n][{re.escape(DASHES)}][^\n]*"),
    int(Fact.BRACKET): re.compile(r"[()\[\]][^\n]*"),
}


def _classify(
    bit: int, texts: list[str], joined: Callable[[], tuple[str, list[int]]]
) -> list[bool]:
    if bit == _COLON:
        return [":" in t for t in texts]
    if bit == _SLASH:
        return ["/" in t for t in texts]
    if bit == _ENDS_COLON:
        return [t[-1] == ":" for t in texts]
    if bit == _NON_ASCII:
        return [not t.isascii() for t in texts]
    if bit == _ODD_SPACE:
        return list(map(FACT_TESTS[Fact.ODD_SPACE], texts))
    if bit == _SPACE:
        # Most lines hold a plain space: only the others need the full test.
        space = FACT_TESTS[Fact.SPACE]
        return [" " in t or space(t) for t in texts]
    found = [False] * len(texts)
    text, offsets = joined()
    for match in _JOINED[bit].finditer(text):
        found[bisect.bisect_right(offsets, match.start()) - 1] = True
    return found
