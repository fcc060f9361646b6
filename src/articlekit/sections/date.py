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
from collections.abc import Callable, Iterable

import regex

from articlekit._text import LazyPattern, strings
from articlekit._vocab import MONTHS, WEEKDAYS
from articlekit.models import Block, Span
from articlekit.pipeline import section
from articlekit.state import ParseState

__all__ = [
    "MONTHS",
    "looks_like_date_header",
    "looks_like_date_line",
    "make_date_parser",
    "parse_date",
    "read_date",
]


# Any word may stand where a month does; read_date then looks it up in MONTHS.
# (A pattern spelling out every month name costs 25 ms to compile, a third
# of the import time, and is no faster to run on a short line.)
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
_ASCII_PUNCT = "".join(chr(c) for c in range(128) if not chr(c).isalnum())
_ASCII_NON_WORD = str.maketrans(
    dict.fromkeys([chr(c) for c in range(128) if not chr(c).isalnum()], " ")
)
# Words that may stand beside a date on a date-header line.
_CHROME_WORDS = frozenset(
    [
        "posted",
        "on",
        "of",
        "published",
        "updated",
        "date",
        "main",
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
        "am",
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
    for pattern in _PATTERNS:
        for match in pattern().finditer(line):
            month = match["month"]
            if month.isdigit():
                number = int(month)
            elif month.casefold() in MONTHS:
                number = MONTHS[month.casefold()]
            else:
                continue
            return _make(int(match["year"]), number, int(match["day"]))
    numeric = _NUMERIC().search(line)
    if numeric is not None:
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


def _is_date_line(text: str, *, allowed: frozenset[str], max_words: int) -> bool:
    """Whether ``text`` is short and holds little but a date and chrome words."""
    if len(text) > 80:
        return False
    if text.isascii():
        # Most lines that are no date line fail on their first word: on an
        # ASCII line the first whitespace-separated token, stripped of
        # punctuation, is the pattern's first word when it is all letters
        # and digits.
        head = text.split(None, 1)
        first = head[0].strip(_ASCII_PUNCT) if head else ""
        if max_words == 0 and first.isalnum() and not _date_word(first, allowed):
            return False
        # The words of _WORD on an ASCII line are its runs of letters and
        # digits: one translate and a split, where the pattern costs more.
        words: Iterable[str] = text.translate(_ASCII_NON_WORD).split()
    else:
        words = (match.group() for match in _WORD.finditer(text))
    other = 0
    for word in words:
        if _date_word(word, allowed):
            continue
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


def looks_like_date_line(text: str) -> bool:
    """Whether ``text`` is a date header: a full date and little else."""
    return (
        _is_date_line(text, allowed=frozenset(), max_words=0)
        and read_date(text)[0] is not None
    )


# The two commonest header shapes, in ASCII: "[Weekday,] Month Day[th], Year"
# and "[Weekday,] Day[th] Month Year". A line that is one of them, with a
# known month (and weekday), holds only date words, and the first date
# read_date finds on it is that one: it is a header exactly when the date
# exists. One match spares the word test and the date patterns, the cost of
# an archive's thousands of headers. Any other line takes the full path.
_MONTH_FIRST = re.compile(
    r"(?:([A-Za-z]{3,10})\.?,?\s+)?([A-Za-z]{3,10})\.?\s+(\d{1,2})"
    r"(?:st|nd|rd|th|er)?,?\s+(\d{4})"
)
_DAY_FIRST = re.compile(
    r"(?:([A-Za-z]{3,10}),?\s+)?(\d{1,2})(?:st|nd|rd|th|er)?\s+([A-Za-z]{3,10})"
    r"\.?,?\s+(\d{4})"
)


def _quick_parts(text: str) -> tuple[str, int, str] | None:
    """The year, month and day of a line in one of the two commonest shapes.

    ``None`` when the line is in neither shape (or names an unknown month or
    weekday): the full look decides then. A line in one of them holds only
    date words, and the first date :func:`read_date` finds on it is this
    one, whatever the reading of numeric dates.
    """
    # Both shapes end with the year: most other lines fail here, cheaply.
    if len(text) > 80 or not text[-4:].isdigit() or not text.isascii():
        return None
    weekday: str | None
    words = text.split(" ")
    if (
        len(words) == 3
        and 3 <= len(words[0]) <= 10
        and words[0].isalpha()
        and 1 <= len(words[1].removesuffix(",")) <= 2
        and words[1].removesuffix(",").isdigit()
        and len(words[2]) == 4
    ):
        # "Dec 5, 2024", the commonest of all, read with a split: a case of
        # the first pattern, with the groups it gives, at a third of its cost.
        weekday, month, day, year = None, words[0], words[1].removesuffix(","), words[2]
    else:
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
    return year, number, day


def _quick_header(text: str) -> bool | None:
    """:func:`looks_like_date_header` for the two commonest shapes, else ``None``."""
    parts = _quick_parts(text)
    if parts is None:
        return None
    year, number, day = parts
    # Every month has days 1 to 28 and every year from 1 on: no date needed.
    # (Strings of digits of one length compare as their numbers.)
    if (day >= "1" if len(day) == 1 else "01" <= day <= "28") and year != "0000":
        return True
    try:
        _dt.date(int(year), number, int(day))
    except ValueError:
        return False
    return True


def _quick_date(text: str) -> _dt.date | None:
    """The date of a line in one of the two commonest shapes, if it has one.

    ``None`` also for a line in neither shape, or one whose date does not
    exist: the full look then reads it (and reports it).
    """
    parts = _quick_parts(text)
    if parts is None:
        return None
    year, number, day = parts
    try:
        return _dt.date(int(year), number, int(day))
    except ValueError:
        return None


def looks_like_date_header(text: str) -> bool:
    """Whether ``text`` is a date header, with or without a year ("22 May")."""
    quick = _quick_header(text)
    if quick is not None:
        return quick
    return _full_header(text)


def _full_header(text: str) -> bool:
    """:func:`looks_like_date_header` without the shortcut."""
    return _is_date_line(text, allowed=frozenset(), max_words=0) and _reads_as_header(
        text
    )


def _reads_as_header(text: str) -> bool:
    """Whether :func:`read_date` reads a date off ``text``, with or without a year.

    The second half of :func:`looks_like_date_header`, for a caller that
    has made sure the line holds nothing but date words.
    """
    value, code = read_date(text)
    return value is not None or code == "date.no_year"


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
        A section parser that claims the date line and sets ``date``.
    """
    allowed = frozenset(w.casefold() for w in strings("extra_words", extra_words))

    @section(sets=("date",))
    def parse_date(state: ParseState) -> bool:
        """Find the date line near the top of the dump."""
        candidates = state.unclaimed()[:search]
        pending: tuple[Block, str] | None = None
        for block in candidates:
            value = _quick_date(block.text)
            if value is not None:  # the commonest shapes: one match
                state.claim(block)
                state.set_date(value, block.span, line=block.text)
                return True
            if not _is_date_line(
                block.text, allowed=allowed, max_words=max_other_words
            ):
                continue
            value, code = read_date(block.text, month_first=month_first)
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
        first = candidates[0].span if candidates else Span(start=0, end=0)
        state.report("date.missing", span=first)
        return False

    return parse_date


parse_date = make_date_parser()
"""The default date section parser."""
