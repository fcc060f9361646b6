"""Posts: where a page that holds several posts ends one post and starts the next.

A page of posts is cut at the lines each post has one of, its *marks*; a
page that shows fewer than two marks of every kind is one post:

- a date header, once the current post has text of its own (lines other
  than date headers), or the title printed above that date::

    Sunday, October 5, 2014
    Family Time
    We went to the park ...
    Monday, October 6, 2014      <- the next post starts here

  A date written in another shape than the post's own header (a diary line
  ``monday, 6 october`` inside a post under ``Sunday, October 5, 2014``)
  opens a post only with a title beside it;
- an author line that carries a date (``by Jane at 6/30/2004 03:04:00 PM``),
  printed under each title: the title above it opens the post;
- a ``Labels:`` line, printed under each post: the line after it opens the
  next post (unless it is the post's footer or author line);
- a ``Post a Comment`` line, which Blogger prints under each post's
  comments: a title right after it opens the next post (concatenated dumps);
- a link blog's byline (``Jane Roe reports in the Gazette:``): an archive
  page shows each post up to its highlights, the one paragraph after the
  byline, and the title line after that paragraph opens the next post (the
  next byline tells, or the end of a page cut off right after that title).

A post opened by a mark other than a date header sits under the day of the
post above: it carries that date header as :attr:`Post.day`.

:func:`split_posts` is the default post splitter of a
:class:`~articlekit.parser.Parser`: ``parse_article`` reads the first post
it cuts (the blocks of the posts that follow are kept in
``Article.following`` and reported as ``input.more_posts``), and
``iter_articles`` reads every post.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import regex

from articlekit._input import BLANK
from articlekit.lines import Fact, LineFilter
from articlekit.sections.byline import make_byline_reader
from articlekit.sections.comments import FOOTER_PHRASES, count_of
from articlekit.sections.date import DATE_LINES, looks_like_date_header, read_date
from articlekit.sections.headline import looks_like_headline
from articlekit.sections.posted_by import read_posted_by

__all__ = [
    "MARKS",
    "Post",
    "is_byline",
    "is_closing",
    "is_dated_author",
    "is_labels",
    "split_posts",
]


class Post(list[str]):
    """The lines of one post, as :func:`split_posts` yields them.

    Attributes:
        day: The date header of the post above, for a post that has none of
            its own and sits under that day (several posts under one date);
            else ``None``.
    """

    __slots__ = ("day",)

    def __init__(self, lines: Iterable[str] = (), day: str | None = None) -> None:
        """The post of ``lines``, under ``day`` if it borrows one."""
        super().__init__(lines)
        self.day = day


# -- the marks --------------------------------------------------------------

_LABELS = regex.compile(r"^labels?\s*:", regex.IGNORECASE)
# The lines the labels and posted-by sections declare (equal filters are
# worked out once per parse): a labels line and a byline hold a colon, and
# an author line opens with a letter of "posted", "written", "by" and the
# like.
COLON_LINES = LineFilter(all_facts=Fact.COLON)
AUTHOR_LINES = LineFilter(first="ABPSWabpswſ", all_facts=Fact.SPACE)
_read_byline = make_byline_reader()
_FOOTER = frozenset(FOOTER_PHRASES)
_CLOSING = "post a comment"
_CLOSING_LENGTH = 16  # the phrase and its stop


def is_labels(text: str) -> bool:
    """Whether a stripped line is a ``Labels:`` line (``Label: travel``)."""
    return text[:1] in "Ll" and _LABELS.match(text) is not None


def is_closing(text: str) -> bool:
    """Whether a stripped line closes a post's comments: ``Post a Comment``.

    Blogger prints it under the reader comments, at the end of the post.
    """
    return len(text) <= _CLOSING_LENGTH and text.casefold().rstrip(".:!") == _CLOSING


def _normal(text: str) -> str:
    """A line as a footer phrase is compared: case-blind, single blanks.

    A final stop or colon is dropped.
    """
    return " ".join(text.casefold().split()).rstrip(".:!")


def _may_be_byline(text: str) -> bool:
    """Whether a line with a colon may be a byline: it ends in the colon.

    A count line (``Two comments:``) has the shape, and is none.
    """
    return text.endswith(":") and count_of(text) is None


def is_byline(text: str) -> bool:
    """Whether a stripped line is a link blog's byline (``PUB reports:``)."""
    return _may_be_byline(text) and _read_byline(text) is not None


# The kinds of mark a line may be, as _mark_of tells them.
_LABELS_MARK, _CLOSING_MARK, _BYLINE_MARK, _AUTHOR_MARK = 1, 2, 3, 4


def _mark_of(text: str) -> int | None:
    """The kind of mark a stripped non-header line is, if any (decided once).

    Every mark holds a colon (``Labels:``, a byline) or a space (an author
    line, ``Post a Comment``): a line of one word is none.
    """
    if ":" not in text and " " not in text:
        return None
    if is_labels(text):
        return _LABELS_MARK
    if is_closing(text):
        return _CLOSING_MARK
    if is_byline(text):
        return _BYLINE_MARK
    if is_dated_author(text):
        return _AUTHOR_MARK
    return None


def is_dated_author(text: str) -> bool:
    """Whether a stripped line names the author with a full date.

    ``by Jane Roe at 6/30/2004 03:04:00 PM`` is; ``Posted by Jane Roe at
    10:15 AM``, which gives a time alone, is not.
    """
    return (
        text[:1] in "BPbp"
        and _YEAR.search(text) is not None  # every full date has its year
        and read_posted_by(text) is not None
        and read_date(text)[0] is not None
    )


# What closes a sentence at a line's end.
_SENTENCE_END = (".", "!", "?", '"', "”", "’", ")")

# A year of four digits, which every date read_date gives holds (its \d is
# the regex module's, as read_date's patterns' is).
_YEAR = regex.compile(r"\d{4}")


# How the first line of a reader comment ends, where no footer line comes
# before it: ``Karen said...``, ``Dan Ridley says:``, ``1. Dan Ridley Avatar``.
_READER_ENDS = ("said...", "said…", "says:", "Avatar")
_READER_MAX_LENGTH = 90


def _closes_block(text: str) -> bool:
    """Whether a stripped line ends its block.

    It does as a closed sentence, or as a line of the post's furniture: its
    author line, its labels, its footer.
    """
    return (
        text.endswith(_SENTENCE_END)
        or is_labels(text)
        or read_posted_by(text) is not None
        or _is_footer(text)
    )


def _is_footer(text: str) -> bool:
    """Whether a stripped line belongs to a comment footer, not to a post.

    A footer phrase (``Post a Comment``), a count line (``3 comments:``) or
    the first line of a reader comment (``Karen said...``) does.
    """
    return (
        _normal(text) in _FOOTER
        or (len(text) <= _READER_MAX_LENGTH and text.endswith(_READER_ENDS))
        or count_of(text) is not None
    )


#: The kinds of line a page of several posts shows two of, each as the
#: lines that can be one and a test of a stripped line; every line
#: :func:`split_posts` takes for a mark of a kind passes both. A text with
#: fewer than two lines that pass for every kind is one post, and
#: :class:`~articlekit.parser.Parser` does not ask :func:`split_posts` to
#: cut it. The filters are those the sections declare where they can be,
#: so that each is worked out once per parse.
MARKS: tuple[tuple[LineFilter, Callable[[str], bool]], ...] = (
    (DATE_LINES, looks_like_date_header),
    (COLON_LINES, is_labels),
    (COLON_LINES, _may_be_byline),
    (AUTHOR_LINES, is_dated_author),
    (LineFilter(all_facts=Fact.SPACE, max_length=_CLOSING_LENGTH), is_closing),
)


# A date header's shape: each run of lower-case letters, of capitals and of
# digits made one character, so that the days and months of one template
# share it.
_SHAPE = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
    "a" * 26 + "A" * 26 + "9" * 10,
)
_RUNS = regex.compile(r"(.)\1+")


def _shape(header: str) -> str:
    """The shape of a date header: ``Sunday, May 5, 2014`` -> ``Aa, Aa 9, 9``."""
    return _RUNS.sub(r"\1", header.translate(_SHAPE))


# -- the splitter -----------------------------------------------------------


class _Post:
    """The lines of the post being read, and what is known about them."""

    __slots__ = (
        "author_at",
        "blanks",
        "byline_at",
        "closed_at",
        "dated",
        "day",
        "header",
        "labels_at",
        "lines",
        "shape",
        "texts",
    )

    def __init__(self, lines: list[str] | None = None, header_at: int = -1) -> None:
        """Start a post with ``lines``; the one at ``header_at`` is a date header.

        (That line was tested when it was read: it is not tested again.)
        """
        self.lines: list[str] = []
        self.dated = False  # holds a date header of its own, or sits under one
        self.day: str | None = None  # the date header it sits under, if not its own
        self.header: str | None = None  # its own date header
        self.shape = ""  # the shape of its date header
        self.texts = 0  # non-blank lines below its date header
        self.labels_at = -1  # its last Labels line
        self.closed_at = -1  # its last closing line of comments
        self.byline_at = -1  # its last byline
        self.author_at = -1  # its last author line with a date
        self.blanks = -1  # the first blank line under text: blank lines part blocks
        for i, line in enumerate(lines or ()):
            self.add(line, header=True if i == header_at else None)

    def add(
        self,
        line: str,
        *,
        header: bool | None = None,
        stripped: str | None = None,
        mark: int | bool | None = True,
    ) -> None:
        """Append a line; ``header`` says whether it is a date header, if known.

        ``stripped``: the line without its blanks, if the caller has it;
        ``mark``: the kind of mark it is (:func:`_mark_of`), or ``True``
        when not yet known.
        """
        self.lines.append(line)
        if stripped is None:
            stripped = line.strip(BLANK)
        if not stripped:
            if self.blanks < 0 and self.texts:
                self.blanks = len(self.lines) - 1
            return
        if header is None:
            header = looks_like_date_header(stripped)
        if header:
            # A preamble above the first date header is not the post's text,
            # and neither is a date header: a run of them (a calendar, an
            # archive list, a day whose post was lost) opens no empty posts.
            if not self.dated:
                self.dated, self.texts = True, 0
                self.header, self.shape = stripped, _shape(stripped)
        else:
            self.texts += 1
            if mark is True:
                mark = _mark_of(stripped)
            at = len(self.lines) - 1
            if mark == _LABELS_MARK:
                self.labels_at = at
            elif mark == _CLOSING_MARK:
                self.closed_at = at
            elif mark == _BYLINE_MARK:
                self.byline_at = at
            elif mark == _AUTHOR_MARK:
                self.author_at = at

    def text_after(self, i: int) -> int | None:
        """Index of the first non-blank line after line ``i``."""
        for j in range(i + 1, len(self.lines)):
            if self.lines[j].strip(BLANK):
                return j
        return None

    def opener_after(self, i: int, opens: Callable[[str], bool]) -> int | None:
        """The first non-blank line after line ``i``, if ``opens`` accepts it."""
        first = self.text_after(i)
        if first is not None and opens(self.lines[first].strip(BLANK)):
            return first
        return None

    def last_text(self) -> int | None:
        """Index of the last non-blank line."""
        for i in range(len(self.lines) - 1, -1, -1):
            if self.lines[i].strip(BLANK):
                return i
        return None

    def title_above(self, i: int) -> int | None:
        """Index of the last non-blank line above line ``i`` when it is a title.

        A title above a date or an author line reads as a title, not as
        footer chrome such as ``Post a Comment``, and the post needs text of
        its own above it. Where blank lines part the post's blocks, a title is
        a block of its own: a line right under a text line continues it,
        unless that line closes its block (a sentence, an author line, labels,
        a footer line).
        """
        at = None
        for j in range(i - 1, -1, -1):
            if self.lines[j].strip(BLANK):
                at = j
                break
        if at is None or self.texts < 2:
            return None
        # (Only the text above the title tells its layout: a dump laid out
        # otherwise may follow a dump with no blank lines. A line under a
        # text line that closes its sentence may open a post of its own.)
        above = self.lines[at - 1].strip(BLANK) if at else ""
        if 0 <= self.blanks < at and above and not _closes_block(above):
            return None
        text = self.lines[at].strip(BLANK)
        if not looks_like_headline(text) or _is_footer(text):
            return None
        return at


def _title_after(after: str, before: str) -> bool:
    """Whether the line after a date header, not the one above, is the title.

    A title needs no closing stop; of a title-like line above the date and a
    sentence below it, the line above is the title.
    """
    if not looks_like_headline(after):
        return False
    return not (after[-1] in ".!?" and before.strip(BLANK)[-1:] not in ".!?")


def _opens_after_labels(text: str) -> bool:
    """Whether the line after a ``Labels:`` line opens the next post.

    The post's own footer (``3 comments:``, ``Post a Comment``), its author
    line and a date header (which opens a post by its own rule) do not.
    """
    return not (
        _is_footer(text)
        or read_posted_by(text) is not None
        or looks_like_date_header(text)
        or is_labels(text)
    )


def _opens_after_closing(text: str) -> bool:
    """Whether the line after a post's ``Post a Comment`` opens the next post.

    A title does; more of the footer (``Newer Post Older Post Home``, a
    reader comment), an author line and a date header (which opens a post
    by its own rule) do not.
    """
    return (
        looks_like_headline(text)
        and not _is_footer(text)
        and read_posted_by(text) is None
        and not looks_like_date_header(text)
    )


def _after_highlights(post: _Post) -> int | None:
    """Where the title after the post's byline and highlights is, if it is there.

    The highlights are the one paragraph after the byline; the line after
    them opens the next post when it reads as a title (footer chrome such
    as ``Post a Comment`` does not).
    """
    highlights = post.text_after(post.byline_at)
    title = None if highlights is None else post.text_after(highlights)
    if title is None:
        return None
    text = post.lines[title].strip(BLANK)
    return title if looks_like_headline(text) and not _is_footer(text) else None


class _Splitter:
    """Cuts a stream of lines into posts, one line at a time."""

    __slots__ = ("bylines", "closings", "labels", "pending", "post")

    def __init__(self) -> None:
        self.post = _Post()
        # Lines of each mark seen so far: a mark cuts once there are two.
        self.labels = 0
        self.bylines = 0
        self.closings = 0
        # A date header that opens a new post waits for the next line, which
        # tells whether the title came before it: (date index, title index,
        # whether the header has the post's own shape).
        self.pending: tuple[int, int | None, bool] | None = None

    def _cut(self, at: int, *, header_at: int = -1) -> Post:
        """End the post before line ``at``; the rest starts the next one.

        With no date header (``header_at``), the next post sits under the
        day of this one.
        """
        post = self.post
        done = Post(post.lines[:at], post.day)
        rest = _Post(
            post.lines[at:], header_at=header_at - at if header_at >= 0 else -1
        )
        if header_at < 0:
            # A post cut at a mark has begun: a date header below it opens
            # the next post, and it sits under the day of the post above.
            rest.dated, rest.shape = True, post.shape
            rest.day = post.day if post.day is not None else post.header
        self.post = rest
        return done

    def feed(self, line: str) -> Iterator[Post]:
        """Read one line; yield the post it ends, if it ends one."""
        if not isinstance(line, str):
            raise TypeError(f"iter_articles() reads text, not {type(line).__name__}")
        stripped = line.strip(BLANK)
        post = self.post
        if self.pending is not None and stripped:
            date_at, title_at, same = self.pending
            self.pending = None
            cut: int | None = date_at if title_at is None else title_at
            if title_at is not None and _title_after(stripped, post.lines[title_at]):
                cut = date_at
            # A date in another shape than the post's own header (a diary
            # line inside a post) opens a post only with a title beside it.
            if not same and title_at is None and not looks_like_headline(stripped):
                cut = None
            if cut is not None:
                yield self._cut(cut, header_at=date_at)
                post = self.post
        if not stripped:
            post.add(line, header=False, stripped=stripped)
            return
        if stripped.isalpha() and self.labels < 2 and self.closings < 2:
            # A word of letters alone is no date header (every one holds a
            # digit) and no mark (every one holds a colon or a space).
            post.add(line, header=False, stripped=stripped, mark=None)
            return
        header = looks_like_date_header(stripped)
        if header and post.dated and post.texts:
            same = not post.shape or _shape(stripped) == post.shape
            self.pending = (len(post.lines), post.title_above(len(post.lines)), same)
        mark = None if header else _mark_of(stripped)
        if not header and (mark is not None or self.labels >= 2 or self.closings >= 2):
            cut = self._mark_cut(stripped, mark)
            if cut is not None:
                yield self._cut(cut)
                post = self.post
        post.add(line, header=header, stripped=stripped, mark=mark)

    def _mark_cut(self, text: str, mark: int | None) -> int | None:
        """Where a post ends, by the marks, before or at this non-header line.

        ``mark`` is the kind of mark the line is (:func:`_mark_of`).
        """
        post = self.post
        at = len(post.lines)
        if mark == _LABELS_MARK:
            self.labels += 1
            if self.labels == 2 and post.labels_at >= 0:
                # The second Labels line: the line after the first one was
                # the next post's first.
                return post.opener_after(post.labels_at, _opens_after_labels)
            return None
        if mark == _BYLINE_MARK:
            # A second byline: the title after the one above opened this post.
            self.bylines += 1
            if self.bylines >= 2 and post.byline_at >= 0:
                return _after_highlights(post)
            return None
        if mark == _AUTHOR_MARK:
            # A second one in the post: the title above it opens a post.
            return post.title_above(at) if post.author_at >= 0 else None
        if mark == _CLOSING_MARK:
            self.closings += 1
            if self.closings == 2 and post.closed_at >= 0:
                # The second closing line: the title after the first one
                # was the next post's.
                return post.opener_after(post.closed_at, _opens_after_closing)
            return None
        if (
            self.labels >= 2
            and post.labels_at >= 0
            and post.text_after(post.labels_at) is None
        ):
            return at if _opens_after_labels(text) else None
        if (
            self.closings >= 2
            and post.closed_at >= 0
            and post.text_after(post.closed_at) is None
        ):
            return at if _opens_after_closing(text) else None
        return None

    def close(self) -> Iterator[Post]:
        """Yield what is left once the stream ends."""
        post = self.post
        if self.pending is not None:
            date_at, title_at, same = self.pending
            if same or title_at is not None:
                yield Post(post.lines[:date_at], post.day)
                post = _Post(post.lines[date_at:], header_at=0)
        elif self.bylines >= 2 and post.byline_at >= 0:
            # A page of link-blog posts cut off right after a title: the
            # title after the last highlights opens a post of its own.
            title = _after_highlights(post)
            if title is not None and title == post.last_text():
                yield self._cut(title)
                post = self.post
        if any(line.strip(BLANK) for line in post.lines):
            yield Post(post.lines, post.day)


def split_posts(lines: Iterable[str]) -> Iterator[list[str]]:
    """Cut a stream of lines into the lines of each post.

    A date header opens a new post once the current post has a date header
    and text of its own. Some blogs print the title above the date: when the
    line after a new date header is not a title and the line before it is,
    that line opens the new post instead. The other marks (a dated author
    line, a ``Labels:`` line, a link blog's byline) cut a page that shows
    two of them: see the module's notes. Each post is a :class:`Post`.
    """
    splitter = _Splitter()
    for line in lines:
        yield from splitter.feed(line)
    yield from splitter.close()


#: The kinds of line a second post needs two of (see :data:`MARKS`).
split_posts.marks = MARKS  # type: ignore[attr-defined]
