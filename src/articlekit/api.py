"""The two entry points: :func:`parse_article` and :func:`iter_articles`."""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from itertools import chain
from typing import IO, cast

from articlekit._input import ByteText, iter_lines
from articlekit.models import Article
from articlekit.parser import Cut, Parser

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
    source: str | os.PathLike[str] | IO[str] | IO[bytes] | Iterable[str],
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

    Bytes (a file named by a path, or a binary stream) are decoded as they
    are read, as :func:`parse_article` decodes ``bytes``: UTF-8 (a BOM stays
    in the text), else cp1252, and each article whose text was read as
    cp1252 carries ``input.cp1252`` (``input.undecodable`` where cp1252 had
    no character for a byte, which became U+FFFD). A byte that is not UTF-8
    before the first article is yielded has the whole stream read as cp1252
    (what ``parse_article`` makes of a file of one post); one that comes
    later, once articles are out, has the stream read as cp1252 from that
    byte on, the articles before it staying as they were read. A file of up
    to 1 MiB of UTF-8 is read at once (the same text, sooner); whatever its
    size, a file is decoded alike.

    Args:
        source: The whole text as a ``str`` (read as text, never as a path),
            a path (an :class:`os.PathLike`, such as :class:`pathlib.Path`:
            the file is opened when the first article is asked for and
            closed when the last is read or the iterator is closed), an open
            text stream, an open binary stream (anything whose ``read``
            gives ``bytes``), or any iterable of text chunks.
        strict: As in :func:`parse_article`.
        parser: As in :func:`parse_article`.

    Yields:
        One article per post, in order. Spans are offsets into that post's
        own text; :attr:`Article.source <articlekit.models.Article.source>`
        says where the post starts in the whole text (its ``index``, its
        character ``offset`` and its ``line``, and for a path the ``path``),
        so ``source.offset + span.start`` is the place in the file's text.

    Raises:
        TypeError: ``source`` is ``bytes``, or neither text nor a stream.
        OSError: The file of a path cannot be opened or read.
    """
    if isinstance(source, bytes | bytearray):
        raise TypeError("iter_articles() reads text, a path or a stream; not bytes")
    use = parser or _default_parser()
    if isinstance(source, str):
        yield from use._iter_text(source, strict=strict)
        return
    if isinstance(source, os.PathLike):
        yield from _iter_file(source, strict=strict, parser=use)
        return
    if isinstance(source, io.TextIOBase):
        yield from use.iter_parse(iter_lines(source), strict=strict)
        return
    read = getattr(source, "read", None)
    if callable(read):
        first = read(_FIRST_READ)
        if isinstance(first, bytes | bytearray):
            stream = ByteText(_Prefixed(bytes(first), read))
            yield from use._iter_bytes(stream, strict=strict, path=None)
            return
        rest = iter(partial(read, _FIRST_READ), "")
        yield from use.iter_parse(iter_lines(chain([first], rest)), strict=strict)
        return
    # (Every IO has a read: what is left is an iterable of text chunks.)
    yield from use.iter_parse(iter_lines(cast(Iterable[str], source)), strict=strict)


_FIRST_READ = 1 << 16


def _iter_file(
    path: str | os.PathLike[str],
    *,
    strict: bool | None = None,
    parser: Parser | None = None,
    name: str | None = None,
) -> Iterator[Article]:
    """:func:`iter_articles` of the file at ``path``, each source naming ``name``.

    ``name`` defaults to the path as :func:`os.fspath` spells it.
    """
    use = parser or _default_parser()
    label = os.fsdecode(path) if name is None else name
    with open(path, "rb") as handle:
        info = os.fstat(handle.fileno())
        text = _small_utf8(handle, info)
        if text is not None:
            # A file of one post (most dumps) is then read as it stands, with
            # no cut looked for line by line.
            yield from use._iter_text(text, strict=strict, path=label, decoding=None)
            return
        yield from use._iter_bytes(ByteText(handle), strict=strict, path=label)


def _file_cuts(path: str, *, parser: Parser, name: str) -> Iterator[Cut]:
    """The posts :func:`_iter_file` reads, cut but not parsed, in order.

    The file is read as ``_iter_file`` reads it (whole up to :data:`_WHOLE`
    bytes, else as a stream), so each cut's article is the one it gives.
    """
    with open(path, "rb") as handle:
        info = os.fstat(handle.fileno())
        text = _small_utf8(handle, info)
        if text is not None:
            yield from parser._text_cuts(text, path=name, decoding=None)
            return
        yield from parser._byte_cuts(ByteText(handle), path=name)


# Files up to this size are read whole by iter_articles when they are UTF-8.
_WHOLE = 1 << 20


def _small_utf8(handle: IO[bytes], info: os.stat_result) -> str | None:
    """The text of a regular file of at most :data:`_WHOLE` bytes of UTF-8.

    ``None`` for a larger file, or one that is not UTF-8, which is then read
    as a stream (rewound): the bytes before the first that is not UTF-8 are
    decoded alike whatever the size of the file (see :class:`ByteText`).
    """
    if not stat.S_ISREG(info.st_mode) or info.st_size > _WHOLE:
        return None
    data = handle.read()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        handle.seek(0)
        return None


class _Prefixed:
    """A binary stream's ``read``, with the bytes already read given first."""

    __slots__ = ("_first", "_read")

    def __init__(self, first: bytes, read: Callable[[int], bytes]) -> None:
        self._first = first
        self._read = read

    def read(self, size: int = -1, /) -> bytes:
        if self._first:
            first, self._first = self._first, b""
            return first
        return self._read(size)
