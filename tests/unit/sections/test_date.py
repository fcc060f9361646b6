"""Tests of the date section (``articlekit.sections.date``)."""

from __future__ import annotations

import datetime as dt

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from articlekit import (
    ArticleParseError,
    Parser,
    ParseState,
    Policy,
    Severity,
    parse_article,
)
from articlekit.sections.date import (
    DATE_LINES,
    MONTHS,
    is_calendar_row,
    looks_like_date_header,
    looks_like_date_line,
    make_date_parser,
    parse_date,
    read_date,
    read_meta_line,
)

# Strict from INFO up: these codes are infos, which plain strict mode records.
INFO_STRICT = Parser(policy=Policy(strict=True, raise_at=Severity.INFO))

HEADLINE = "Harbour Ferry Service Resumes After Winter Storms"
FIRST = (
    "The ferry between the two islands was suspended in January after storms "
    "tore away part of the pier."
)
SECOND = "Repairs cost more than expected, officials said."


def dump(date_line: str) -> str:
    """Return a small dump in the seed's layout that opens with ``date_line``."""
    return (
        f"{date_line}\n\n{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\n"
        "No comments:\n\nPost a Comment"
    )


def date_codes(article):
    """Return the codes the date section reported, in order."""
    return [d.code for d in article.diagnostics if d.section == "date"]


# Every shape the module docstring and the brief list, with the date it names.
SHAPES = [
    ("Dec 5, 2024", dt.date(2024, 12, 5)),
    ("Dec. 5, 2024", dt.date(2024, 12, 5)),
    ("March 8, 2011", dt.date(2011, 3, 8)),
    ("Sunday, October 05, 2008", dt.date(2008, 10, 5)),
    ("Thursday, 28 July 2011", dt.date(2011, 7, 28)),
    ("16 June 2014", dt.date(2014, 6, 16)),
    ("July 11th, 2006", dt.date(2006, 7, 11)),
    ("21st March 2012", dt.date(2012, 3, 21)),
    ("2007-11-12", dt.date(2007, 11, 12)),
    ("2011/03/08", dt.date(2011, 3, 8)),
    ("3.15.2010", dt.date(2010, 3, 15)),
    ("15.3.2010", dt.date(2010, 3, 15)),
    ("12/31/2011", dt.date(2011, 12, 31)),
    ("31/12/2011", dt.date(2011, 12, 31)),
    ("5 de octubre de 2014", dt.date(2014, 10, 5)),
    ("domingo, 5 de octubre de 2014", dt.date(2014, 10, 5)),
    ("16. Juni 2014", dt.date(2014, 6, 16)),
    ("Montag, 16. Juni 2014", dt.date(2014, 6, 16)),
    ("Samstag, 1. März 2014", dt.date(2014, 3, 1)),
    ("mercredi 5 décembre 2012", dt.date(2012, 12, 5)),
    ("1er janvier 2010", dt.date(2010, 1, 1)),
    ("segunda-feira, 5 de outubro de 2014", dt.date(2014, 10, 5)),
    ("DECEMBER 5, 2024", dt.date(2024, 12, 5)),
    ("Dec\xa05,\xa02024", dt.date(2024, 12, 5)),
    ("Feb 29, 2012", dt.date(2012, 2, 29)),
]


# A decimal digit the regex module knows and Python's int() does not, if any.
NEWER_DIGIT = next(
    (
        c
        for c in map(chr, range(0x10000, 0x20000))
        if regex.match(r"\d", c) and not c.isdecimal()
    ),
    None,
)


class TestMonths:
    """``MONTHS``: month names and abbreviations by number."""

    def test_english_names_and_abbreviations(self):
        """English full names and abbreviations map to their month number."""
        assert (MONTHS["december"], MONTHS["dec"], MONTHS["sept"]) == (12, 12, 9)

    def test_localized_names(self):
        """Localized names map to the same numbers as the English ones."""
        assert (MONTHS["octubre"], MONTHS["juni"], MONTHS["märz"]) == (10, 6, 3)


class TestReadDate:
    """``read_date``: one date read off a short line."""

    @pytest.mark.parametrize(("line", "expected"), SHAPES, ids=[s for s, _ in SHAPES])
    def test_reads_every_known_shape(self, line, expected):
        """Each documented shape gives its date and no diagnostic code."""
        assert read_date(line) == (expected, None)

    def test_ambiguous_numeric_date_reads_month_first(self):
        """``08/03/2011`` reads month first by default and is flagged ambiguous."""
        assert read_date("08/03/2011") == (dt.date(2011, 8, 3), "date.ambiguous")

    def test_ambiguous_numeric_date_reads_day_first_on_request(self):
        """``month_first=False`` reads ``08/03/2011`` as 8 March, still ambiguous."""
        assert read_date("08/03/2011", month_first=False) == (
            dt.date(2011, 3, 8),
            "date.ambiguous",
        )

    def test_part_above_twelve_overrides_month_first(self):
        """A part above 12 must be the day, whatever ``month_first`` says."""
        assert read_date("12/31/2011", month_first=False) == (
            dt.date(2011, 12, 31),
            None,
        )

    def test_equal_parts_are_not_ambiguous(self):
        """``05/05/2011`` reads the same both ways, so no code is given."""
        assert read_date("05/05/2011") == (dt.date(2011, 5, 5), None)

    def test_month_first_does_not_change_named_months(self):
        """``month_first`` only matters for numeric dates."""
        assert read_date("Dec 5, 2024", month_first=False) == (
            dt.date(2024, 12, 5),
            None,
        )

    @pytest.mark.parametrize(
        "line", ["Wednesday, December 12", "Dec 12th", "12 Dec", "Tuesday, 3 March"]
    )
    def test_date_without_year_gives_no_year_code(self, line):
        """A month and day with no year give no date and ``date.no_year``."""
        assert read_date(line) == (None, "date.no_year")

    @pytest.mark.parametrize(
        "line", ["Feb 29, 2011", "2011-13-01", "13.13.2010", "02/30/2011"]
    )
    def test_impossible_date_gives_unparsed_code(self, line):
        """A date-shaped line naming no real day gives ``date.unparsed``."""
        assert read_date(line) == (None, "date.unparsed")

    @pytest.mark.parametrize(
        "line", ["", "Hello world", HEADLINE, "Posted by Jane Doe at 10:15 AM"]
    )
    def test_non_date_gives_nothing(self, line):
        """A line with no date gives ``(None, None)``."""
        assert read_date(line) == (None, None)

    @pytest.mark.parametrize("shape", ["Dec {}, 2024", "{}/12/2024", "2024-12-{}"])
    def test_digit_python_cannot_read_gives_no_date(self, shape):
        """A digit of the regex module's Unicode tables that int() does not know."""
        if NEWER_DIGIT is None:
            pytest.skip(
                "Python's Unicode tables know every digit the regex module does"
            )
        assert read_date(shape.format(NEWER_DIGIT))[0] is None
        parser = Parser()
        parser.pipeline.replace("date", make_date_parser(max_other_words=1))
        assert parser.parse(dump(shape.format(NEWER_DIGIT))).date is None

    def test_finds_date_inside_longer_text(self):
        """The reader itself finds a date anywhere; the line test is separate."""
        assert read_date("The ferry stopped on Dec 5, 2024 at noon") == (
            dt.date(2024, 12, 5),
            None,
        )


class TestLooksLikeDateLine:
    """``looks_like_date_line``: a full date and little else."""

    @pytest.mark.parametrize("line", [s for s, _ in SHAPES])
    def test_known_shapes_are_date_lines(self, line):
        """Every documented shape on its own is a date line."""
        assert looks_like_date_line(line) is True

    @pytest.mark.parametrize(
        "line",
        ["Posted on Dec 5, 2024", "Dec 5, 2024 at 10:15 AM", "Updated: 2007-11-12"],
    )
    def test_chrome_words_are_allowed(self, line):
        """Words such as ``Posted on`` or a time of day may sit beside the date."""
        assert looks_like_date_line(line) is True

    def test_date_in_sentence_is_not_a_date_line(self):
        """A sentence that mentions a date is not a date header."""
        line = "The ferry stopped running on Dec 5, 2024 after the storm."
        assert looks_like_date_line(line) is False

    def test_year_less_date_is_not_a_date_line(self):
        """A date with no year is not a full date."""
        assert looks_like_date_line("Wednesday, December 12") is False

    def test_impossible_date_is_not_a_date_line(self):
        """A date-shaped line that names no real day is not a date line."""
        assert looks_like_date_line("Feb 29, 2011") is False

    def test_line_over_eighty_characters_is_not_a_date_line(self):
        """A date header is short: over 80 characters is something else."""
        line = "Dec 5, 2024 " + "posted " * 12
        assert looks_like_date_line(line) is False


class TestParseDate:
    """``parse_date``: the default date section parser."""

    def test_claims_date_line_on_a_state(self):
        """On a bare state the parser claims the date block and returns True."""
        state = ParseState(dump("Dec 5, 2024"))
        state.enter("date")
        found = parse_date(state)
        assert (found, state.date) == (True, dt.date(2024, 12, 5))
        assert state.claimed_by("date") == [state.blocks[0]]
        assert state.diagnostics == ()

    def test_returns_false_without_date_on_a_state(self):
        """Without a date line the parser claims nothing and returns False."""
        state = ParseState(f"{HEADLINE}\n\n{FIRST}")
        state.enter("date")
        found = parse_date(state)
        assert (found, state.date) == (False, None)
        assert state.claimed_by("date") == []
        assert [d.code for d in state.diagnostics] == ["date.missing"]

    @pytest.mark.parametrize(("line", "expected"), SHAPES, ids=[s for s, _ in SHAPES])
    def test_reads_every_known_shape_in_a_dump(self, line, expected):
        """``parse_article`` reads each shape and reports nothing about the date."""
        article = parse_article(dump(line))
        assert article.date == expected
        assert date_codes(article) == []
        assert article.headline == HEADLINE

    def test_span_covers_the_date_line(self):
        """The date's span maps back to exactly the date text."""
        text = dump("Dec 5, 2024")
        article = parse_article(text)
        assert article.span_of("date")[0].slice(text) == "Dec 5, 2024"

    def test_span_excludes_surrounding_spaces(self):
        """Blank lines and indentation around the date stay outside its span."""
        text = "\n\n   Sunday, October 05, 2008  \n\n" + dump("")[2:]
        article = parse_article(text)
        assert article.span_of("date")[0].slice(text) == "Sunday, October 05, 2008"
        assert article.date == dt.date(2008, 10, 5)

    def test_date_below_blog_name_is_found(self):
        """A blog name above the date header does not hide the date."""
        text = "The Lowdown\n\n" + dump("Thursday, 28 July 2011")
        article = parse_article(text)
        assert (article.date, article.headline) == (dt.date(2011, 7, 28), HEADLINE)
        assert [b.text for b in article.unparsed] == ["The Lowdown"]

    def test_date_is_not_left_in_body(self):
        """The claimed date line is neither headline nor body."""
        article = parse_article(dump("2007-11-12"))
        assert "2007-11-12" not in article.body
        assert article.body == (FIRST, SECOND)

    def test_ambiguous_numeric_date(self):
        """``08/03/2011`` is read month first with a ``date.ambiguous`` warning."""
        text = dump("08/03/2011")
        article = parse_article(text)
        assert article.date == dt.date(2011, 8, 3)
        assert date_codes(article) == ["date.ambiguous"]
        diagnostic = article.diagnostics[0]
        assert (diagnostic.severity, diagnostic.line, diagnostic.column) == (
            Severity.WARNING,
            1,
            1,
        )
        assert text[diagnostic.start : diagnostic.end] == "08/03/2011"

    def test_ambiguous_numeric_date_raises_in_strict_mode(self):
        """Strict mode raises on the ambiguity instead of guessing."""
        with pytest.raises(ArticleParseError) as info:
            parse_article(dump("08/03/2011"), strict=True)
        assert info.value.diagnostic.code == "date.ambiguous"

    def test_year_less_date_gives_no_date(self):
        """``Wednesday, December 12`` gives no date, a ``date.no_year``, and keeps the line."""
        text = dump("Wednesday, December 12")
        article = parse_article(text)
        assert article.date is None
        assert date_codes(article) == ["date.no_year"]
        assert article.date_line == "Wednesday, December 12"
        assert article.span_of("date")[0].slice(text) == "Wednesday, December 12"

    def test_year_less_date_line_is_not_taken_as_headline(self):
        """The year-less date line is claimed, so the title below stays the title."""
        article = parse_article(dump("Wednesday, December 12"))
        assert article.headline == HEADLINE
        assert "Wednesday, December 12" not in article.body
        assert article.unparsed == ()

    def test_year_less_date_raises_in_strict_mode(self):
        """Strict mode at INFO raises at the date's line and column."""
        text = "The Lowdown\n\n  " + dump("Wednesday, December 12")
        with pytest.raises(ArticleParseError) as info:
            INFO_STRICT.parse(text)
        error = info.value
        assert (error.diagnostic.code, error.line, error.column) == (
            "date.no_year",
            3,
            3,
        )
        assert isinstance(error, ValueError)

    def test_impossible_date_is_unparsed(self):
        """``Feb 29, 2011`` gives no date and ``date.unparsed``."""
        article = parse_article(dump("Feb 29, 2011"))
        assert (article.date, article.headline) == (None, HEADLINE)
        assert date_codes(article) == ["date.unparsed"]

    def test_date_in_body_sentence_is_not_taken(self):
        """A date mentioned inside a sentence is not the post's date."""
        sentence = "The ferry stopped running on Dec 5, 2024 after the storm."
        text = f"{HEADLINE}\n\n{sentence}\n\n{SECOND}\n\nNo comments:"
        article = parse_article(text)
        assert article.date is None
        assert date_codes(article) == ["date.missing"]
        assert article.body == (sentence, SECOND)

    def test_no_date_reports_missing(self):
        """A dump with no date gives ``date.missing`` and takes no line."""
        text = f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\nNo comments:"
        article = parse_article(text)
        assert (article.date, article.headline) == (None, HEADLINE)
        assert date_codes(article) == ["date.missing"]

    def test_no_date_raises_in_strict_mode(self):
        """Strict mode at INFO raises ``date.missing`` for a dump without a date."""
        text = f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\nNo comments:"
        with pytest.raises(ArticleParseError) as info:
            INFO_STRICT.parse(text)
        assert (info.value.diagnostic.code, info.value.line) == ("date.missing", 1)

    def test_clean_date_does_not_raise_in_strict_mode(self):
        """A readable date passes strict mode."""
        article = parse_article(dump("Dec 5, 2024"), strict=True)
        assert article.date == dt.date(2024, 12, 5)

    def test_date_below_search_window_is_not_taken(self):
        """Only the first six blocks are searched for a date header."""
        lines = [f"Paragraph {n} of the post." for n in range(6)]
        text = "\n".join([*lines, "Dec 5, 2024", "No comments:"])
        article = parse_article(text)
        assert article.date is None
        assert date_codes(article) == ["date.missing"]

    def test_empty_input_gives_no_date(self):
        """Empty input gives no date and no exception in lenient mode."""
        article = parse_article("")
        assert (article.date, article.span_of("date")) == (None, ())

    def test_year_first_with_month_name(self):
        """``2024 Dec 5`` holds a full date and is read (via the fallback)."""
        article = parse_article(dump("2024 Dec 5"))
        assert article.date == dt.date(2024, 12, 5)
        assert date_codes(article) == []

    def test_month_and_year_is_not_reported_as_year_less(self):
        """``May 2012`` has a year but no day: unparsed, not ``date.no_year``."""
        article = parse_article(dump("May 2012"))
        assert article.date is None
        assert date_codes(article) == ["date.unparsed"]

    def test_day_of_month_shape(self):
        """``2nd of May 2013``, which ``read_date`` reads, is taken as the date."""
        article = parse_article(dump("2nd of May 2013"))
        assert (article.date, article.headline) == (dt.date(2013, 5, 2), HEADLINE)

    def test_dutch_date_header(self):
        """A Dutch Blogger header with its weekday is read like the others."""
        article = parse_article(dump("maandag 5 oktober 2014"))
        assert (article.date, article.headline) == (dt.date(2014, 10, 5), HEADLINE)


class TestMakeDateParser:
    """``make_date_parser``: options of the date section."""

    def test_day_first_parser_replaces_default(self):
        """A day-first parser in a ``Parser`` reads ``08/03/2011`` as 8 March."""
        parser = Parser()
        parser.pipeline.replace("date", make_date_parser(month_first=False))
        article = parser.parse(dump("08/03/2011"))
        assert article.date == dt.date(2011, 3, 8)
        assert date_codes(article) == ["date.ambiguous"]

    def test_replacing_in_one_parser_leaves_default_alone(self):
        """Another parser and ``parse_article`` keep reading month first."""
        parser = Parser()
        parser.pipeline.replace("date", make_date_parser(month_first=False))
        assert Parser().parse(dump("08/03/2011")).date == dt.date(2011, 8, 3)
        assert parse_article(dump("08/03/2011")).date == dt.date(2011, 8, 3)

    def test_day_first_parser_keeps_unambiguous_dates(self):
        """A day-first parser still reads ``12/31/2011`` as 31 December."""
        parser = Parser()
        parser.pipeline.replace("date", make_date_parser(month_first=False))
        article = parser.parse(dump("12/31/2011"))
        assert article.date == dt.date(2011, 12, 31)
        assert date_codes(article) == []

    def test_search_limits_blocks_looked_at(self):
        """With ``search=1`` a date below a blog name is not found."""
        parser = Parser()
        parser.pipeline.replace("date", make_date_parser(search=1))
        article = parser.parse("The Lowdown\n\n" + dump("Dec 5, 2024"))
        assert article.date is None
        assert date_codes(article) == ["date.missing"]

    def test_extra_words_allow_a_prefix(self):
        """``extra_words`` lets a localized prefix such as ``Publié le`` through."""
        text = dump("Publié le 5 octobre 2014")
        parser = Parser()
        parser.pipeline.replace("date", make_date_parser(extra_words=["Publié"]))
        article = parser.parse(text)
        assert (article.date, article.headline) == (dt.date(2014, 10, 5), HEADLINE)
        assert article.span_of("date")[0].slice(text) == "Publié le 5 octobre 2014"

    def test_without_extra_words_prefix_blocks_date(self):
        """By default an unknown word on the line means it is not a date header."""
        article = parse_article(dump("Publié le 5 octobre 2014"))
        assert article.date is None
        assert date_codes(article) == ["date.missing"]

    def test_max_other_words_allows_unknown_words(self):
        """``max_other_words=1`` accepts one unknown word beside the date."""
        parser = Parser()
        parser.pipeline.replace("date", make_date_parser(max_other_words=1))
        article = parser.parse(dump("Dispatch: Dec 5, 2024"))
        assert article.date == dt.date(2024, 12, 5)
        assert parse_article(dump("Dispatch: Dec 5, 2024")).date is None

    def test_factory_returns_a_section_parser(self):
        """The factory's result works on a state like ``parse_date`` does."""
        state = ParseState(dump("08/03/2011"))
        state.enter("date")
        found = make_date_parser(month_first=False)(state)
        assert (found, state.date) == (True, dt.date(2011, 3, 8))


_HEADER_WORDS = [
    "Dec",
    "Dec.",
    "december",
    "Mai",
    "Sunday",
    "sun",
    "Mon,",
    "Foo",
    "5",
    "5,",
    "05",
    "31",
    "30",
    "29",
    "5th",
    "1st",
    "2er",
    "123",
    "2024",
    "2024,",
    "20245",
    "1900",
    "0000",
    ",",
    ".",
    "Posted",
    "on",
    "10:00",
    "x",
    " ",
    "  ",
    "\t",
]
_HEADER_PARTS = st.lists(
    st.sampled_from(_HEADER_WORDS),
    max_size=6,
)


@given(_HEADER_PARTS, st.sampled_from([" ", "", ", "]))
def test_quick_date_is_the_date_the_full_look_reads(parts: list[str], sep: str) -> None:
    """The shortcut for the commonest shapes gives the date the full look gives."""
    from articlekit.sections import date

    text = sep.join(parts)
    value = date._quick_date(text)
    if value is not None:
        # Whichever way numeric dates are read, on a line of date words only.
        assert read_date(text) == (value, None)
        assert read_date(text, month_first=False) == (value, None)
        assert looks_like_date_line(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dec 5, 2024", dt.date(2024, 12, 5)),
        ("Sunday, October 5, 2014", dt.date(2014, 10, 5)),
        ("Thursday, 28 July 2011", dt.date(2011, 7, 28)),
        ("Mon, Dec. 5th 2024", dt.date(2024, 12, 5)),
        ("Feb 30, 2024", None),  # no such day: the full look reports it
        ("Gate 5, 2024", None),  # not a month
        ("Dec 5, 2024 at 10:00", None),  # another shape
    ],
)
def test_quick_date_shapes(text: str, expected: dt.date | None) -> None:
    """Header shapes the shortcut reads, and lines it leaves to the full look."""
    from articlekit.sections import date

    assert date._quick_date(text) == expected


class TestLooksLikeDateHeader:
    """``looks_like_date_header``: the line that opens a post."""

    @pytest.mark.parametrize("line", [s for s, _ in SHAPES])
    def test_known_shapes_are_headers(self, line):
        """Every documented shape on its own is a date header."""
        assert looks_like_date_header(line) is True

    @pytest.mark.parametrize(
        "line", ["22 May", "Wednesday, December 12", "Posted on 22 May"]
    )
    def test_year_less_date_is_a_header(self, line):
        """A day and a month with no year still open a post."""
        assert looks_like_date_header(line) is True

    @pytest.mark.parametrize(
        "line",
        [
            "Dec 5, 2024 at 10:00",
            "Posted by Jane Roe at 10:15 AM",
            "Feb 30, 2024",
            "We went out on Dec 5, 2024 with the kids.",
            "Family Time",
            "Dec 5, 2024 " + "posted " * 12,
        ],
    )
    def test_other_lines_are_not_headers(self, line):
        """A timestamp, a day that does not exist, a sentence: no header."""
        assert looks_like_date_header(line) is False

    def test_digits_of_other_scripts(self):
        """A date in Arabic-Indic digits is a header, and a date line."""
        line = "Dec \u0665, \u0662\u0660\u0662\u0664"
        assert looks_like_date_header(line) is True
        assert DATE_LINES.accepts(line)


# Decimal digits of four scripts: ASCII, Arabic-Indic, Devanagari, fullwidth.
_ZEROS = ("0", "\u0660", "\u0966", "\uff10")


@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)),
    st.sampled_from(
        ["%b {d}, {y}", "{d} %B {y}", "{y}-%m-{d}", "%A, {d} %B", "{d} %b"]
    ),
    st.sampled_from(_ZEROS),
)
def test_every_date_header_is_a_declared_date_line(
    day: dt.date, shape: str, zero: str
) -> None:
    """Date headers in any script's digits are headers the declared lines keep."""
    shift = str.maketrans("0123456789", "".join(chr(ord(zero) + i) for i in range(10)))
    text = day.strftime(shape).format(d=day.day, y=day.year).translate(shift)
    assert looks_like_date_header(text)
    assert DATE_LINES.accepts(text)


class TestCalendarWidget:
    """A calendar widget above the post: its rows are not counted."""

    MAY = "\n".join(
        [
            "Harbour Notes",
            "Archive",
            "May 2015",
            "Sun Mon Tue Wed Thu Fri Sat",
            "1 2",
            "3 4 5 6 7 8 9",
            "10 11 12 13 14 15 16",
            "17 18 19 20 21 22 23",
            "24 25 26 27 28 29 30",
            "31",
            "Follow us",
        ]
    )
    JUNE = "\n".join(
        [
            "S M T W T F S",
            "1 2 3 4 5 6 7",
            "8 9 10 11 12 13 14",
            "15 16 17 18 19 20 21",
            "22 23 24 25 26 27 28",
            "29 30",
            "Subscribe",
            "Older posts | Home",
        ]
    )

    @pytest.mark.parametrize(
        ("widget", "line", "expected"),
        [
            (MAY, "Friday, May 22, 2015", dt.date(2015, 5, 22)),
            (JUNE, "June 10, 2014", dt.date(2014, 6, 10)),
        ],
    )
    def test_date_header_below_a_calendar(self, widget, line, expected):
        """A date header under a calendar widget is the post's date."""
        article = parse_article("\n".join([widget, line, HEADLINE, FIRST, ""]))
        assert article.date == expected
        assert article.headline == HEADLINE

    @pytest.mark.parametrize(
        "text", ["Sun Mon Tue Wed Thu Fri Sat", "S M T W T F S", "11 12 13", "31"]
    )
    def test_calendar_rows(self, text):
        """Weekday names or days of the month alone make a calendar row."""
        assert is_calendar_row(text) is True

    @pytest.mark.parametrize(
        "text", ["Sun and rain", "Mon Tue", "We met on 12 13 May", "2015"]
    )
    def test_not_calendar_rows(self, text):
        """Other words, two weekdays or a year are no calendar row."""
        assert is_calendar_row(text) is False


class TestMetaLines:
    """A meta line: the date among the post's other facts."""

    @pytest.mark.parametrize(
        ("line", "expected", "author"),
        [
            ("Written by  //  March 4, 2013  //  Harbour, Ferries  //  3 Comments",
             dt.date(2013, 3, 4), None),
            ("Home | Tuesday, March 05, 2013", dt.date(2013, 3, 5), None),
            ("Filed under • 12 May 2010 • Travel", dt.date(2010, 5, 12), None),
            ("2013-03-06, , , Harbour notes", dt.date(2013, 3, 6), None),
            ("Posted by Tom Berg on April 2, 2012", dt.date(2012, 4, 2), "Tom Berg"),
            ("Posted by Tom Berg | April 2, 2012", dt.date(2012, 4, 2), "Tom Berg"),
            ("Posted by Ana Lind • 3 May 2012 • Travel", dt.date(2012, 5, 3), "Ana Lind"),
            ("Sat Apr 7, 2012 Ana Lind", dt.date(2012, 4, 7), "Ana Lind"),
            ("Mon Jan 9, 2012 Olu", dt.date(2012, 1, 9), "Olu"),
        ],
    )  # fmt: skip
    def test_read_meta_line(self, line, expected, author):
        """The date of the field that holds one, and the author named."""
        assert read_meta_line(line) == (expected, author)

    @pytest.mark.parametrize(
        "line",
        [
            "Dec 5, 2024",
            "We met on May 3, 2011 and talked about the harbour",
            "Ana Lind May 17, 2008 11:01 PM said:",
            "Sat Apr 7, 2012 at the harbour",
            "Travel | Food | Harbour",
        ],
    )
    def test_not_meta_lines(self, line):
        """A plain date line, prose, a comment header, fields with no date."""
        assert read_meta_line(line) is None

    @pytest.mark.parametrize(
        ("meta", "expected"),
        [
            ("By the harbour  //  March 4, 2013  //  2 Comments", dt.date(2013, 3, 4)),
            ("Sat Apr 7, 2012 Ana Lind", dt.date(2012, 4, 7)),
        ],
    )
    def test_meta_line_under_the_title(self, meta, expected):
        """With no date header, a meta line gives the date; its title is above."""
        article = parse_article("\n\n".join([HEADLINE, meta, FIRST, SECOND, ""]))
        assert article.date == expected
        assert article.headline == HEADLINE
        assert article.body == (FIRST, SECOND)

    def test_author_of_a_date_then_name_line(self):
        """``DATE NAME`` gives the author too."""
        text = "\n\n".join(
            ["Harbour Notes", HEADLINE, "Sat Apr 7, 2012 Ana Lind", FIRST]
        )
        article = parse_article(text)
        assert article.posted_by == "Ana Lind"
        assert article.headline == HEADLINE

    def test_date_header_wins_over_meta_line(self):
        """A plain date header in the window is the date, not a meta line."""
        text = "\n\n".join(
            ["Posted by Tom Berg on April 2, 2012", "Dec 5, 2024", HEADLINE, FIRST]
        )
        assert parse_article(text).date == dt.date(2024, 12, 5)


class TestMetaLineSpans:
    """The date and the author of one meta line are two parts of it."""

    @pytest.mark.parametrize(
        ("line", "date_part", "name"),
        [
            ("Sat Apr 7, 2012  Ana Lind", "Sat Apr 7, 2012", "Ana Lind"),
            (
                "Posted by Tom Berg on April 2, 2012",
                "on April 2, 2012",
                "Posted by Tom Berg",
            ),
        ],
    )
    def test_spans_do_not_overlap(self, line, date_part, name):
        """Each span covers its own words of the line, and together all of it."""
        text = "\n\n".join([HEADLINE, line, FIRST, ""])
        article = parse_article(text)
        (date_span,) = article.span_of("date")
        (name_span,) = article.span_of("posted_by")
        assert date_span.slice(text) == date_part
        assert name_span.slice(text) == name


class TestMetaLineCutBesideTheName:
    """The author's and the date's parts of a meta line are cut beside the name."""

    @pytest.mark.parametrize(
        ("line", "author", "date_part"),
        [
            ("POSTED BY 1 AT 10DEC 2 0002", "POSTED BY 1", "AT 10DEC 2 0002"),
            (
                "Posted by Jo | 3 Jo Street, March 4, 2012",
                "Posted by Jo",
                "| 3 Jo Street, March 4, 2012",
            ),
        ],
    )
    def test_a_name_inside_the_date_is_not_the_cut(self, line, author, date_part):
        """A name that also stands inside the date is found where it is the name."""
        article = parse_article(line)
        (name,) = article.span_of("posted_by")
        (date,) = article.span_of("date")
        assert (name.slice(line), date.slice(line)) == (author, date_part)
