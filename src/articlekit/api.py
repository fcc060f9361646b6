"""The two entry points: :func:`parse_article` and :func:`iter_articles`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import IO

import regex

from articlekit._text import BLANK, iter_lines
from articlekit.models import Article
from articlekit.parser import Parser
from articlekit.sections.date import looks_like_date_header
from articlekit.sections.headline import looks_like_headline

__all__ = ["iter_articles", "parse_article"]

_DEFAULT_PARSER: Parser | None = None
# A time of day on a line marks a comment's or a post's timestamp, not a
# date header that opens a post.
_TIME = regex.compile(r"\d{1,2}:\d{2}")


def _default_parser() -> Parser:
    global _DEFAULT_PARSER
    if _DEFAULT_PARSER is None:
        _DEFAULT_PARSER = Parser()
    return _DEFAULT_PARSER


def parse_article(
    text: str | bytes, *, strict: bool = False, parser: Parser | None = None
) -> Article:
    r"""Parse one dump into an :class:`~articlekit.models.Article`.

    Args:
        text: The dump as ``str``, or ``bytes`` decoded as UTF-8.
        strict: Raise :class:`~articlekit.errors.ArticleParseError` on the
            first problem instead of recording it as a diagnostic.
        parser: A configured :class:`~articlekit.parser.Parser`; the default
            sections when ``None``.

    Returns:
        The article; it never loses text (see ``Article.unparsed``).

    Raises:
        TypeError: ``text`` is neither ``str`` nor ``bytes``.
        ArticleParseError: In strict mode, on the first problem.

    >>> parse_article("Dec 5, 2024\nHama Falls\nRebels took the city.").headline
    'Hama Falls'
    """
    return (parser or _default_parser()).parse(text, strict=strict)


def iter_articles(
    source: str | IO[str] | Iterable[str],
    *,
    strict: bool = False,
    parser: Parser | None = None,
) -> Iterator[Article]:
    """Parse a text that holds one post or many, one article at a time.

    A new post starts at a date header (a line that is a date and nothing
    else, with or without a year, with no time of day) once the current post
    has a date header of its own and text below it; when a blog prints each
    title above its date, the title line opens the new post. Text above the
    first date header (a blog's name, say) belongs to the first post. The
    source is read line by line, so memory stays flat however large the
    file.

    Args:
        source: The whole text, an open text stream, or any iterable of
            text chunks.
        strict: As in :func:`parse_article`.
        parser: As in :func:`parse_article`.

    Yields:
        One article per post, in order. Spans are offsets into that post's
        own text.

    Raises:
        TypeError: ``source`` is not text.
    """
    if isinstance(source, bytes | bytearray):
        raise TypeError("iter_articles() reads text; decode bytes first")
    chunks: Iterable[str] = [source] if isinstance(source, str) else source
    use = parser or _default_parser()
    for post in _split_posts(chunks):
        yield use.parse(post, strict=strict)


class _Post:
    """The lines of the post being read, and what is known about them."""

    __slots__ = ("dated", "lines", "texts")

    def __init__(self, lines: list[str] | None = None) -> None:
        self.lines: list[str] = []
        self.dated = False  # holds a date header of its own
        self.texts = 0  # non-blank lines below its date header
        for line in lines or ():
            self.add(line)

    def add(self, line: str) -> None:
        self.lines.append(line)
        stripped = line.strip(BLANK)
        if not stripped:
            return
        if not self.dated and _is_date_header(stripped):
            self.dated, self.texts = True, 0  # a preamble is not the post's text
        else:
            self.texts += 1

    def last_text(self) -> int | None:
        """Index of the last non-blank line."""
        for i in range(len(self.lines) - 1, -1, -1):
            if self.lines[i].strip(BLANK):
                return i
        return None


def _is_date_header(stripped: str) -> bool:
    return (
        len(stripped) <= 80
        and _TIME.search(stripped) is None
        and looks_like_date_header(stripped)
    )


def _split_posts(chunks: Iterable[str]) -> Iterator[str]:
    """Cut a stream of text into the texts of its posts.

    A date header opens a new post once the current post has a date header
    and text of its own. Some blogs print the title above the date: when the
    line after a new date header is not a title and the line before it is,
    that line opens the new post instead.
    """
    post = _Post()
    # A date header that opens a new post waits for the next line, which
    # tells whether the title came before it: (date index, title index).
    pending: tuple[int, int | None] | None = None
    for line in iter_lines(chunks):
        if not isinstance(line, str):
            raise TypeError(f"iter_articles() reads text, not {type(line).__name__}")
        stripped = line.strip(BLANK)
        if pending is not None and stripped:
            date_at, title_at = pending
            pending = None
            cut = (
                date_at
                if title_at is None or looks_like_headline(stripped)
                else title_at
            )
            yield "".join(post.lines[:cut])
            post = _Post(post.lines[cut:])
        if stripped and post.dated and post.texts and _is_date_header(stripped):
            title_at = post.last_text()
            if title_at is not None and (
                post.texts < 2
                or not looks_like_headline(post.lines[title_at].strip(BLANK))
            ):
                title_at = None
            pending = (len(post.lines), title_at)
        post.add(line)
    if pending is not None:
        yield "".join(post.lines[: pending[0]])
        post = _Post(post.lines[pending[0] :])
    if any(line.strip(BLANK) for line in post.lines):
        yield "".join(post.lines)
