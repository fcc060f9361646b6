"""Date: the post's date header, a short line near the top.

Recognises lines such as::

    Dec 5, 2024
    Sunday, October 05, 2008
    Thursday, 28 July 2011
    2011-03-08        08/03/2011        3.15.2010

A date without a year (``Wednesday, December 12``) gives no date and a
``date.no_year`` diagnostic: a year is never invented.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Iterable, Iterator

import regex

from articlekit._names import is_name_word
from articlekit._options import LazyPattern, strings
from articlekit._vocab import MONTHS, WEEKDAYS
from articlekit.lines import Fact, LineFilter
from articlekit.models import Block, Span
from articlekit.pipeline import section
from articlekit.sections._value import Configured
from articlekit.sections.posted_by import read_posted_by
from articlekit.state import ParseState

__all__ = [
    "DATE_LINES",
    "MONTHS",
    "is_calendar_row",
    "looks_like_date_header",
    "looks_like_date_line",
    "make_date_parser",
    "parse_date",
    "read_date",
    "read_meta_line",
]


# Any word of letters may stand where a month does, and read_date looks it
# up in MONTHS: the patterns need not spell out every month in every language.
_MONTH = r"\p{L}{3,10}"
_ORD = r"(?:st|nd|rd|th|er|º|\.)?"
_SEP = r"[\s,.]+(?:de\s+|of\s+)?"

# Each pattern finds one date inside a line; the line must hold little else.
# All compile on first use: most archives need only one or two shapes.
_PATTERNS = (
    # Dec 5, 2024 / Sunday, October 05, 2008 / July 11th, 2006
    LazyPattern(
        rf"(?<!\p{{L}})(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}}){_ORD},?\s+"
        r"(?P<year>\d{4})(?!\d)",
        regex.IGNORECASE,
    ),
    # 28 July 2011 / 5 de octubre de 2014 / 16. Juni 2014
    LazyPattern(
        rf"(?<!\d)(?P<day>\d{{1,2}}){_ORD}\s*(?:de\s+|of\s+)?(?P<month>{_MONTH})"
        rf"(?!\p{{L}})\.?{_SEP}(?P<year>\d{{4}})(?!\d)",
        regex.IGNORECASE,
    ),
    # 2024 Dec 5 / 2024, December 5
    LazyPattern(
        rf"(?<!\d)(?P<year>\d{{4}})[\s,.]+(?P<month>{_MONTH})(?!\p{{L}})\.?\s+"
        rf"(?P<day>\d{{1,2}}){_ORD}(?!\d)",
        regex.IGNORECASE,
    ),
    # 2011-03-08 / 2011/03/08
    LazyPattern(
        r"(?<!\d)(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)"
    ),
)
# 08/03/2011 / 3.15.2010: day and month order decided by their values.
_NUMERIC = LazyPattern(
    r"(?<![\d/.])(?P<a>\d{1,2})([/.-])(?P<b>\d{1,2})\2(?P<year>\d{4})(?!\d)"
)
# A month and a day with no year.
_NO_YEAR = LazyPattern(
    rf"(?<!\p{{L}})(?:(?P<month>{_MONTH})\.?\s+\d{{1,2}}(?!\d){_ORD}|\d{{1,2}}{_ORD}\s+"
    rf"(?P<month2>{_MONTH}))(?!\p{{L}})",
    regex.IGNORECASE,
)
_WORD = regex.compile(r"[\p{L}\p{N}]+")
# Words that may stand beside a date on a date-header line.
_CHROME_WORDS = frozenset(
    [
        "posted",
        "on",
        "of",
        "published",
        "updated",
        "date",
        "at",
        "am",
        "pm",
        "by",
        "the",
        "de",
        "el",
        "le",
        "la",
        "der",
        "um",
        "h",
        "utc",
        "gmt",
        "est",
        "edt",
        "pst",
        "pdt",
        "cet",
        "cest",
        "bst",
    ]
)


def read_date(
    line: str, *, month_first: bool = True
) -> tuple[_dt.date | None, str | None]:
    """Read a date from a short line.

    Args:
        line: The text to read.
        month_first: How to read a numeric date whose parts could both be a
            month (``08/03/2011``): month first (Blogger's default) or day first.

    Returns:
        ``(date, None)`` when a date was read; ``(None, code)`` with a
        diagnostic code when the line looks like a date that cannot be read;
        ``(None, None)`` when it does not look like a date at all.
    """
    # The patterns' \d is the regex module's, whose Unicode tables may know
    # digits that Python's int() does not: such a match is no date.
    for pattern in _PATTERNS:
        for match in pattern().finditer(line):
            month, day, year = match["month"], match["day"], match["year"]
            if not (day.isdecimal() and year.isdecimal()):
                continue
            if month.isdecimal():
                number = int(month)
            elif month.casefold() in MONTHS:
                number = MONTHS[month.casefold()]
            else:
                continue
            return _make(int(year), number, int(day))
    numeric = _NUMERIC().search(line)
    if numeric is not None and all(
        part.isdecimal() for part in numeric.group("a", "b", "year")
    ):
        a, b, year = int(numeric["a"]), int(numeric["b"]), int(numeric["year"])
        if a > 12:
            month_first = False
        elif b > 12:
            month_first = True
        elif a != b:
            day, month = (b, a) if month_first else (a, b)
            value, code = _make(year, month, day)
            return value, code or "date.ambiguous"
        return _make(year, *((a, b) if month_first else (b, a)))
    for match in _NO_YEAR().finditer(line):
        if (match["month"] or match["month2"]).casefold() in MONTHS:
            return None, "date.no_year"
    return None, None


def _make(year: int, month: int, day: int) -> tuple[_dt.date | None, str | None]:
    try:
        return _dt.date(year, month, day), None
    except ValueError:
        return None, "date.unparsed"


def _is_date_line(
    text: str, *, allowed: frozenset[str] = frozenset(), max_words: int = 0
) -> bool:
    """Whether ``text`` is short and holds little but a date and chrome words.

    At most 80 characters, and at most ``max_words`` words that are neither
    numbers, month or weekday names, chrome words nor ``allowed``.
    """
    if len(text) > 80:
        return False
    other = 0
    for match in _WORD.finditer(text):
        if not _date_word(match.group(), allowed):
            other += 1
            if other > max_words:
                return False
    return True


def _date_word(word: str, allowed: frozenset[str]) -> bool:
    """Whether a word may stand on a date line: a number, a date or chrome word."""
    w = word.casefold()
    return (
        w.isdigit()
        or w in MONTHS
        or w in WEEKDAYS
        or w in _CHROME_WORDS
        or w in allowed
        or (w[:-2].isdigit() and w[-2:] in _ORDINALS)
    )


_ORDINALS = frozenset({"st", "nd", "rd", "th", "er"})
_YEAR = LazyPattern(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _fallback(line: str) -> tuple[_dt.date | None, str | None]:
    """Ask python-dateutil about a short line that holds a year but no known shape.

    dateutil fills missing parts from a default date, so the line is parsed
    against two different defaults: a part that changes with the default was
    not in the line, and a year is never invented.
    """
    if _YEAR().search(line) is None:
        return None, None
    from dateutil import parser as du_parser

    try:
        one = du_parser.parse(line, default=_dt.datetime(1904, 1, 1))
        two = du_parser.parse(line, default=_dt.datetime(1908, 2, 2))
    except (ValueError, OverflowError):
        return None, None
    if one.date() != two.date():
        return None, "date.unparsed"
    return one.date(), None


# The two commonest header shapes, in ASCII: "[Weekday,] Month Day[th], Year"
# and "[Weekday,] Day[th] Month Year". A line in one of them, with a known
# month (and weekday), holds only date words, and the first date read_date
# finds on it is that one, whichever way it reads numeric dates.
_MONTH_FIRST = re.compile(
    r"(?:([A-Za-z]{3,10})\.?,?\s+)?([A-Za-z]{3,10})\.?\s+(\d{1,2})"
    r"(?:st|nd|rd|th|er)?,?\s+(\d{4})"
)
_DAY_FIRST = re.compile(
    r"(?:([A-Za-z]{3,10}),?\s+)?(\d{1,2})(?:st|nd|rd|th|er)?\s+([A-Za-z]{3,10})"
    r"\.?,?\s+(\d{4})"
)


def _quick_date(text: str) -> _dt.date | None:
    """The date of a line in one of the two commonest shapes, if it has one.

    ``None`` for any other line, and for one whose date does not exist:
    the full look decides those (and reports them). A line this gives a
    date for is a date line and a date header.
    """
    # Both shapes end with the year: most other lines fail here, cheaply.
    if len(text) > 80 or not text[-4:].isdigit() or not text.isascii():
        return None
    match = _MONTH_FIRST.fullmatch(text)
    if match is not None:
        weekday, month, day, year = match.groups()
    else:
        match = _DAY_FIRST.fullmatch(text)
        if match is None:
            return None
        weekday, day, month, year = match.groups()
    number = MONTHS.get(month.casefold())
    if number is None or (weekday is not None and weekday.casefold() not in WEEKDAYS):
        return None
    try:
        return _dt.date(int(year), number, int(day))
    except ValueError:
        return None


def looks_like_date_line(text: str) -> bool:
    """Whether ``text`` is a date line: a full date and little else.

    Chrome words (``Posted on``) and a time of day may stand beside the date.
    """
    return _is_date_line(text) and read_date(text)[0] is not None


# A time of day makes a dated line a timestamp (a comment's, a "Posted
# at"), not a header that opens a post.
_DIGIT = re.compile(r"\d")
_TIME = re.compile(r"\d{1,2}:\d{2}")


def looks_like_date_header(text: str) -> bool:
    """Whether a stripped line is a date header, the line that opens a post.

    A short line of date words, as a date line is, with no time of day, whose
    date reads with or without a year: ``22 May`` is one, ``Feb 30, 2024``
    and ``Dec 5, 2024 at 10:00`` are not. Every date header is a line
    :data:`DATE_LINES` accepts.
    """
    # Cheapest first: the length and a digit (a day or a year), which every
    # date header has (the commonest shapes, read by one match, too), then
    # the words, the time of day, and only then the dates.
    if len(text) > 80 or _DIGIT.search(text) is None:
        return False
    if _quick_date(text) is not None:
        return True
    if not _is_date_line(text) or _TIME.search(text) is not None:
        return False
    value, code = read_date(text)
    return value is not None or code == "date.no_year"


#: The lines a date line (or a date header) can be, for the date section and
#: the post splitter: at most 80 characters, with a digit, since every shape
#: read, the year-less ones too, gives its day or its year in digits. The
#: patterns read digits of any script (``\d``), and one beyond ASCII makes
#: the line non-ASCII.
DATE_LINES = LineFilter(facts=Fact.DIGIT | Fact.NON_ASCII, max_length=80)


# The separators of a meta line's fields: "//", "|", a bullet.
_FIELD_SEPARATOR = re.compile(r"\s*(?://|[|•·])\s*")
# An empty field between commas: "2007-11-12, , , Notes".
_EMPTY_FIELD = re.compile(r",\s*,")


def read_meta_line(text: str) -> tuple[_dt.date, str | None] | None:
    """Read the date (and the author) off a meta line, the line of a post's facts.

    A meta line gives the date among other fields: fields split by ``//``,
    ``|`` or a bullet, one of which is a date alone (``Written by // June 3,
    2011 // Travel, Food // 4 Comments``, ``Home | Friday, June 3, 2011``); a
    date and empty fields between commas (``2011-06-03, , , Notes``); an
    author line (``Posted by NAME on June 3, 2011``); or a date followed by
    a name (``Fri Jun 3, 2011 NAME``).

    Returns:
        ``(date, author)``, the author ``None`` when the line names none;
        ``None`` when the line is no meta line.
    """
    # At most 80 characters, as every line DATE_LINES lets through; a line
    # in one of the commonest header shapes holds date words only.
    if len(text) > 80 or _quick_date(text) is not None:
        return None
    name = read_posted_by(text)
    if name is not None:
        # The date follows the name ("Posted by NAME on DATE", "Posted by
        # NAME | DATE"): the author is the line's, whatever parts the fields.
        value, _ = read_date(text[text.rfind(name) + len(name) :])
        return None if value is None else (value, name)
    fields = _FIELD_SEPARATOR.split(text)
    if len(fields) == 1 and _EMPTY_FIELD.search(text) is not None:
        fields = text.split(",")
    if len(fields) > 1:
        for field in fields:
            value = _date_alone(field.strip())
            if value is not None:
                return value, None
        return None
    return _date_then_name(text)


def _date_alone(text: str) -> _dt.date | None:
    """The date of a line that holds a date and date words only."""
    value = _quick_date(text)
    if value is None and _is_date_line(text) and _TIME.search(text) is None:
        value = read_date(text)[0]
    return value


def _date_then_name(text: str) -> tuple[_dt.date, str] | None:
    """``Fri Jun 3, 2011 Jane Roe``: a date line, then one to three name words."""
    words = list(_NON_BLANK.finditer(text))
    for k in range(len(words) - 2, -1, -1):
        if len(words[k][0]) == 4 and words[k][0].isdecimal():
            name = words[k + 1 :]
            if len(name) > 3 or not all(is_name_word(w[0]) for w in name):
                return None
            value = _date_alone(text[: words[k].end()])
            if value is None:
                return None
            return value, text[name[0].start() : name[-1].end()]
    return None


_NON_BLANK = re.compile(r"\S+")


def _split_meta(block: Block, author: str) -> tuple[Span, Span]:
    """The spans of the author's part and of the date's part of a meta line.

    The line is cut beside the name (a part of the line as written, as
    ``read_meta_line`` gives it), and the two parts cover the whole line:
    the date's is the side that holds a digit, the author's holds the name
    and what leads to it (``Posted by NAME``).
    """
    text, base = block.text, block.span.start
    # The name opens an author line (after "Posted by") and ends a
    # "DATE NAME" line: looked for from that side, so a name that is also
    # part of the date ("by 1 at 10 Dec 2002") is not cut out of it.
    start = text.find(author) if read_posted_by(text) == author else text.rfind(author)
    end = start + len(author)
    after = text[end:]
    if _DIGIT.search(after) is not None:
        skip = len(after) - len(after.lstrip())
        return (
            Span(start=base, end=base + end),
            Span(start=base + end + skip, end=block.span.end),
        )
    return (
        Span(start=base + start, end=block.span.end),
        Span(start=base, end=base + len(text[:start].rstrip())),
    )


def is_calendar_row(text: str) -> bool:
    """Whether a line is a row of a calendar widget, not text of the post.

    Days of the month alone (``4 5 6 7 8 9 10``, ``31``), or three or more
    weekday names alone (``Sun Mon Tue Wed Thu Fri Sat``, ``S M T W T F S``).
    """
    # Seven weekday names fill at most 56 characters: a longer line is none.
    if len(text) > 60:
        return False
    if text[0].isdigit():
        return all(w.isdecimal() and len(w) <= 2 for w in text.split())
    # A row of names opens with one: most lines fail on their first word.
    head = text.split(None, 1)[0]
    if len(head) == 1:
        words = text.split()
        return len(words) >= 3 and all(len(w) == 1 and w in "SMTWF" for w in words)
    if head.casefold() not in WEEKDAYS:
        return False
    words = text.split()
    return len(words) >= 3 and all(w.casefold() in WEEKDAYS for w in words)


def _window_candidates(state: ParseState, window: list[int]) -> Iterator[Block]:
    """The candidates of ``window``, then of the blocks that replace its calendar rows.

    The rows of a calendar widget above the post fill the window with lines
    that are no date; only when its candidates gave no date header are the
    rows looked for, and as many blocks after the window (rows left out)
    looked at.
    """
    if not window:
        return
    yield from state.candidates(window[0], window[-1] + 1)
    texts = state.texts
    rows = sum(1 for i in window if is_calendar_row(texts[i]))
    if not rows:
        return
    stop = window[-1] + 1
    for index in state.unclaimed_indices(stop):
        if not is_calendar_row(texts[index]):
            stop, rows = index + 1, rows - 1
            if not rows:
                break
    yield from state.candidates(window[-1] + 1, stop)


@section(lines=DATE_LINES, sets=("date", "author"))
class DateParser(Configured):
    """The date section parser that :func:`make_date_parser` builds."""

    __slots__ = ("_allowed", "_max_other_words", "_month_first", "_search")

    def __init__(
        self,
        *,
        search: int,
        month_first: bool,
        extra_words: Iterable[str],
        max_other_words: int,
    ) -> None:
        """Keep the options (see :func:`make_date_parser`)."""
        words = strings("extra_words", extra_words)
        super().__init__(
            search=search,
            month_first=month_first,
            extra_words=words,
            max_other_words=max_other_words,
        )
        self._search = search
        self._month_first = month_first
        self._max_other_words = max_other_words
        self._allowed = frozenset(w.casefold() for w in words)

    def __call__(self, state: ParseState) -> bool:
        """Find the date line among the first unclaimed blocks."""
        # ``search`` counts unclaimed blocks, whether the filter lets them
        # through or not; the rows of a calendar widget above the post are
        # not counted, so a date header below one is still found.
        window = state.unclaimed_indices()[: self._search]
        candidates: list[Block] = []
        pending: tuple[Block, str] | None = None
        for block in _window_candidates(state, window):
            candidates.append(block)
            value = _quick_date(block.text)
            if value is not None:  # the commonest shapes: one match
                state.claim(block)
                state.set_date(value, block.span, line=block.text)
                return True
            if not _is_date_line(
                block.text, allowed=self._allowed, max_words=self._max_other_words
            ):
                continue
            value, code = read_date(block.text, month_first=self._month_first)
            if value is None and code is None:
                value, code = _fallback(block.text)
            if value is not None:
                state.claim(block)
                state.set_date(value, block.span, line=block.text)
                if code is not None:
                    state.report(code, span=block.span)
                return True
            if code is not None and pending is None:
                pending = (block, code)
        # No date header: the date of a meta line, the first one.
        for block in candidates:
            meta = read_meta_line(block.text)
            if meta is not None:
                value, author = meta
                state.claim(block)
                if author is None:
                    state.set_date(value, block.span, line=block.text)
                    return True
                # The line is claimed: the posted-by section, which looks at
                # unclaimed lines, will not read it again. The name and the
                # date are two parts of the line, with a span each.
                name, date_part = _split_meta(block, author)
                line = block.text[
                    date_part.start - block.span.start : date_part.end
                    - block.span.start
                ]
                state.set_date(value, date_part, line=line)
                state.set_posted_by(author, name)
                return True
        if pending is not None:
            block, code = pending
            # The line is the date header even though no date can be read off
            # it: claim it so it is not mistaken for a headline, and keep it.
            state.claim(block)
            state.set_date(None, block.span, line=block.text)
            state.report(
                code, f"date line {block.text!r} gives no full date", span=block.span
            )
            return False
        first = state.block(window[0]).span if window else Span(start=0, end=0)
        state.report("date.missing", span=first)
        return False


def make_date_parser(
    *,
    search: int = 6,
    month_first: bool = True,
    extra_words: Iterable[str] = (),
    max_other_words: int = 0,
) -> Callable[[ParseState], bool]:
    """Build a date section parser.

    Args:
        search: How many unclaimed blocks from the top to look through.
        month_first: Reading of ambiguous numeric dates (see :func:`read_date`).
        extra_words: Further words allowed on a date line beside the date.
        max_other_words: How many unknown words a date line may also hold.

    Returns:
        A section parser that claims the date line and sets ``date``: a
        :class:`DateParser`, which pickles and copies.
    """
    return DateParser(
        search=search,
        month_first=month_first,
        extra_words=extra_words,
        max_other_words=max_other_words,
    )


parse_date = make_date_parser()
"""The default date section parser."""
