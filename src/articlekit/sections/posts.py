"""Posts: where a page that holds several posts ends its first one.

Recognises a second date header once the first post has text of its own
(lines other than date headers), or a title printed above that date::

    Sunday, October 5, 2014
    Family Time
    We went to the park ...
    Monday, October 6, 2014      <- the next post starts here

:func:`split_posts` is the default post splitter of a
:class:`~articlekit.parser.Parser`: ``parse_article`` reads the first post
it cuts (the blocks of the posts that follow are kept in
``Article.following`` and reported as ``input.more_posts``), and
``iter_articles`` reads every post.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from articlekit._input import BLANK
from articlekit.sections.date import DATE_LINES, looks_like_date_header
from articlekit.sections.headline import looks_like_headline

__all__ = ["split_posts"]


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
            header = looks_like_date_header(stripped)
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
        header = bool(stripped) and looks_like_date_header(stripped)
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


#: The lines that can open a post: every date header is a date line. A
#: second post needs a date header of its own after the first post's, so a
#: text with fewer than two such lines is one post, and
#: :class:`~articlekit.parser.Parser` does not ask the splitter to cut it.
split_posts.opens = DATE_LINES  # type: ignore[attr-defined]
#: Whether one of those lines opens a post: a date header does. A text with
#: fewer than two date headers is one post, which
#: :class:`~articlekit.parser.Parser` reads without asking the splitter.
split_posts.opening = looks_like_date_header  # type: ignore[attr-defined]
