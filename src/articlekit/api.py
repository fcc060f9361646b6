"""The two entry points: :func:`parse_article` and :func:`iter_articles`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import IO

from articlekit._input import iter_lines
from articlekit.models import Article
from articlekit.parser import Parser

__all__ = ["iter_articles", "parse_article"]

_DEFAULT_PARSER: Parser | None = None


def _default_parser() -> Parser:
    global _DEFAULT_PARSER
    if _DEFAULT_PARSER is None:
        _DEFAULT_PARSER = Parser()
    return _DEFAULT_PARSER


def parse_article(
    text: str | bytes, *, strict: bool | None = None, parser: Parser | None = None
) -> Article:
    r"""Parse one dump into an :class:`~articlekit.models.Article`.

    Args:
        text: The dump as ``str``, or ``bytes`` decoded as UTF-8.
        strict: ``True`` raises :class:`~articlekit.errors.ArticleParseError`
            on the first problem instead of recording it as a diagnostic,
            ``False`` records it; ``None`` (the default) keeps the parser's
            policy, so a parser built with ``policy=STRICT`` stays strict.
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
    strict: bool | None = None,
    parser: Parser | None = None,
) -> Iterator[Article]:
    """Parse a text that holds one post or many, one article at a time.

    A new post starts at a date header (a line that is a date and nothing
    else, with or without a year, with no time of day) once the current post
    has a date header of its own and text below it (other than date headers:
    a run of them opens no empty posts); when a blog prints each
    title above its date, the title line opens the new post. A page that
    shows two author lines with a date, two ``Labels:`` lines or two
    link-blog bylines is cut at those too
    (:func:`~articlekit.sections.posts.split_posts` gives the rules). Text
    above the first date header (a blog's name, say) belongs to the first
    post. The
    source is read line by line, so memory stays flat however large the
    file. The posts are cut by the parser's post splitter
    (:attr:`Parser.posts <articlekit.parser.Parser.posts>`), the same that
    :func:`parse_article` uses to find where the first post ends.

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
    use = parser or _default_parser()
    if isinstance(source, str):
        yield from use._iter_text(source, strict=strict)
        return
    yield from use.iter_parse(iter_lines(source), strict=strict)
