"""Posts: where a page that holds several posts ends its first one.

Recognises a second date header once the first post has text of its own
(lines other than date headers), or a title printed above that date::

    Sunday, October 5, 2014
    Family Time
    We went to the park ...
    Monday, October 6, 2014      <- the next post starts here

``parse_article`` reads one post: the blocks of the posts that follow are
claimed here, kept in ``Article.following``, and reported as
``input.more_posts``. ``iter_articles`` reads every post.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate

from articlekit._text import BLANK, SCAN_FROM, line_indices, texts_of
from articlekit.models import Span
from articlekit.sections.date import (
    _is_date_line,
    _quick_header,
    _reads_as_header,
)
from articlekit.sections.headline import looks_like_headline
from articlekit.state import ParseState

__all__ = ["parse_posts", "split_posts"]

# A time of day on a line marks a comment's or a post's timestamp, not a
# date header that opens a post.
# The standard library's engine: on these two simple patterns it is about
# three times quicker per call than regex's, and \d means the same in both.
_DIGIT = re.compile(r"\d")
_TIME = re.compile(r"\d{1,2}:\d{2}")


class _Post:
    """The lines of the post being read, and what is known about them."""

    __slots__ = ("dated", "lines", "texts")

    def __init__(self, lines: list[str] | None = None, header_at: int = -1) -> None:
        """Start a post with ``lines``; the one at ``header_at`` is a date header.

        (That line was tested when it was read: it is not tested again.)
        """
        self.lines: list[str] = []
        self.dated = False  # holds a date header of its own
        self.texts = 0  # non-blank lines below its date header
        for i, line in enumerate(lines or ()):
            self.add(line, header=True if i == header_at else None)

    def add(
        self, line: str, *, header: bool | None = None, stripped: str | None = None
    ) -> None:
        """Append a line; ``header`` says whether it is a date header, if known.

        ``stripped``: the line without its blanks, if the caller has it.
        """
        self.lines.append(line)
        if stripped is None:
            stripped = line.strip(BLANK)
        if not stripped:
            return
        if header is None:
            header = _is_date_header(stripped)
        if header:
            # A preamble above the first date header is not the post's text,
            # and neither is a date header: a run of them (a calendar, an
            # archive list, a day whose post was lost) opens no empty posts.
            if not self.dated:
                self.dated, self.texts = True, 0
        else:
            self.texts += 1

    def last_text(self) -> int | None:
        """Index of the last non-blank line."""
        for i in range(len(self.lines) - 1, -1, -1):
            if self.lines[i].strip(BLANK):
                return i
        return None


def _is_date_header(stripped: str) -> bool:
    # The commonest header shapes are decided by one match (a run of
    # thousands of headers is a calendar or an archive list).
    quick = _quick_header(stripped)
    if quick is not None:
        return quick
    # Cheapest first: every date header holds a digit (a day or a year);
    # most other lines fail on their first word, which cannot stand on a
    # date line; a time of day makes it a timestamp (the time pattern is
    # the slowest test: \d leads it); only then the dates.
    return (
        len(stripped) <= 80
        and _DIGIT.search(stripped) is not None
        and _is_date_line(stripped, allowed=_NO_WORDS, max_words=0)
        and _TIME.search(stripped) is None
        and _reads_as_header(stripped)
    )


_NO_WORDS: frozenset[str] = frozenset()


def _title_after(after: str, before: str) -> bool:
    """Whether the line after a date header, not the one above, is the title.

    A title needs no closing stop; of a title-like line above the date and a
    sentence below it, the line above is the title.
    """
    if not looks_like_headline(after):
        return False
    return not (after[-1] in ".!?" and before.strip(BLANK)[-1:] not in ".!?")


def split_posts(lines: Iterable[str]) -> Iterator[list[str]]:
    """Cut a stream of lines into the lines of each post.

    A date header opens a new post once the current post has a date header
    and text of its own. Some blogs print the title above the date: when the
    line after a new date header is not a title and the line before it is,
    that line opens the new post instead.
    """
    post = _Post()
    # A date header that opens a new post waits for the next line, which
    # tells whether the title came before it: (date index, title index).
    pending: tuple[int, int | None] | None = None
    for line in lines:
        if not isinstance(line, str):
            raise TypeError(f"iter_articles() reads text, not {type(line).__name__}")
        stripped = line.strip(BLANK)
        if pending is not None and stripped:
            date_at, title_at = pending
            pending = None
            cut = date_at if title_at is None else title_at
            if title_at is not None and _title_after(stripped, post.lines[title_at]):
                cut = date_at
            yield post.lines[:cut]
            post = _Post(post.lines[cut:], header_at=date_at - cut)
        header = bool(stripped) and _is_date_header(stripped)
        if header and post.dated and post.texts:
            title_at = post.last_text()
            if title_at is not None and (
                post.texts < 2
                or not looks_like_headline(post.lines[title_at].strip(BLANK))
            ):
                title_at = None
            pending = (len(post.lines), title_at)
        post.add(line, header=header, stripped=stripped)
    if pending is not None:
        yield post.lines[: pending[0]]
        post = _Post(post.lines[pending[0] :], header_at=0)
    if any(line.strip(BLANK) for line in post.lines):
        yield post.lines


# A run of lines of the commonest header shape, "Dec 5, 2024": an English
# month as Blogger writes it, single spaces, a day from 1 to 28 (every month
# has it) and a year from 0001. Each is a date header (see _quick_parts); a
# calendar or an archive list of thousands is read by one match instead of
# a test per line.
_ENGLISH_MONTHS = (
    "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
_SIMPLE_RUN = re.compile(
    rf"(?:(?:{_ENGLISH_MONTHS}) (?:0?[1-9]|1[0-9]|2[0-8]),? (?!0000)[0-9]{{4}}\n)*"
)


def _after_headers(texts: Sequence[str], start: int) -> int:
    """Index of the first of ``texts`` from ``start`` on that is no date header."""
    n = len(texts)
    if start >= n or not _is_date_header(texts[start]):
        return start  # the usual case: a title or text under the date
    k = start + 1
    rest = texts[k:]
    lines = "\n".join(rest) + "\n"
    # Where each line starts in ``lines``: its index, plus the lengths of
    # the lines before it.
    ends = [0, *accumulate(map(len, rest))]
    while k < n:
        pos = ends[k - start - 1] + (k - start - 1)
        end = _SIMPLE_RUN.match(lines, pos).end()  # type: ignore[union-attr]
        count = lines.count("\n", pos, end)
        k += count
        if k >= n:
            break
        # A line of another shape: it decides alone.
        if not _is_date_header(texts[k]):
            return k
        k += 1
    return n


# A digit and the rest of its line: one match per line that holds a digit.
_DIGIT_LINE = re.compile(r"\d[^\n]*")


def _next_header(texts: Sequence[str], start: int) -> int:
    """Index of the first of ``texts`` from ``start`` on that is a date header.

    ``len(texts)`` when none is. Every date header holds a digit: on a long
    stretch of text, only the lines a scan of all of them finds one in are
    tested.
    """
    n = len(texts)
    if n - start < SCAN_FROM:
        k = start
        while k < n and not _is_date_header(texts[k]):
            k += 1
        return k
    lines = "\n".join(texts[start:])
    digits = (match.start() for match in _DIGIT_LINE.finditer(lines))
    for line in line_indices(lines, digits):
        if _is_date_header(texts[start + line]):
            return start + line
    return n


def _first_post_end(texts: Sequence[str]) -> int | None:
    """How many of ``texts`` make the first post, if a second one follows.

    The same cut as :func:`split_posts` makes on these lines, for lines
    that are already stripped and not blank (the blocks of a parse): the
    first date header, the first line after it that is none, then the next
    date header opens the second post (or the title above it does).
    """
    n = len(texts)
    first = 0
    while first < n and not _is_date_header(texts[first]):
        first += 1
    text = _after_headers(texts, first + 1)  # a run of them opens no post
    date = _next_header(texts, text + 1)
    if date >= n:
        return None
    # The lines from ``text`` up to ``date`` are the post's text; its last
    # one may be the next post's title, printed above its date.
    title = date - 1
    if date - text < 2 or not looks_like_headline(texts[title]):
        return date
    if date + 1 < n and _title_after(texts[date + 1], texts[title]):
        return date
    return title if date + 1 < n else date


def parse_posts(state: ParseState) -> bool:
    """Set aside the blocks of every post after the first; return whether any."""
    blocks = state.unclaimed()
    cut = _first_post_end(texts_of(blocks))
    if cut is None:
        return False
    rest = blocks[cut:]
    state.claim(*rest)
    state.set_following(rest)
    state.report(
        "input.more_posts",
        f"{len(rest)} more lines belong to further posts: use iter_articles()",
        span=Span(start=rest[0].span.start, end=rest[-1].span.end),
    )
    return True
