"""Tests of the posted-by section (``articlekit.sections.posted_by``)."""

from __future__ import annotations

import pytest

from articlekit import Parser, ParseState, parse_article
from articlekit.sections.posted_by import (
    make_posted_by_parser,
    parse_posted_by,
    read_posted_by,
)

HEADLINE = "Harbour Ferry Service Resumes After Winter Storms"
FIRST = (
    "The ferry between the two islands was suspended in January after storms "
    "tore away part of the pier."
)
SECOND = "Repairs cost more than expected, officials said."
POSTED = "Posted by Jane Doe at 10:15 AM"


def dump(*tail: str, body: tuple[str, ...] = (FIRST, SECOND)) -> str:
    """Return a dump: date, headline, body, the ``tail`` lines, then a footer."""
    return "\n\n".join(
        ["Dec 5, 2024", HEADLINE, *body, *tail, "No comments:", "Post a Comment"]
    )


def posted_by_codes(article):
    """Return the codes the posted-by section reported, in order."""
    return [d.code for d in article.diagnostics if d.section == "posted_by"]


class TestReadPostedBy:
    """``read_posted_by``: the author named by a ``Posted by`` line."""

    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            ("Posted by Jane Doe at 10:15 AM", "Jane Doe"),
            ("Posted by Jane Doe on April 30, 2009", "Jane Doe"),
            ("Written by Jane Doe", "Jane Doe"),
            ("Published by The Lowdown Team | 3:45 PM", "The Lowdown Team"),
            ("Submitted by Jean-Luc Picard - 3 comments", "Jean-Luc Picard"),
            ("Posted by: Jane Doe", "Jane Doe"),
            ("posted by jane", "jane"),
            ("POSTED BY JANE DOE AT 10:15 AM", "JANE DOE"),
            ("Posted by Jane Doe @ 10:15", "Jane Doe"),
            ("Posted by Jane Doe • Dec 5", "Jane Doe"),
            ("Posted by Jane Doe / Dec 5", "Jane Doe"),
            ("Posted by Jane Doe.", "Jane Doe"),
            ("Posted by José Núñez at 9:00", "José Núñez"),
        ],
    )
    def test_posted_by_lines(self, line, expected):
        """Each ``VERB by NAME ...`` shape gives the name alone."""
        assert read_posted_by(line) == expected

    @pytest.mark.parametrize(
        "line",
        [
            "Posted by",
            "Posted by ",
            "The photo was posted by Jane Doe",
            "Posted on Dec 5, 2024",
            "Jane Doe reports in the Coastal Herald:",
            HEADLINE,
            "",
        ],
    )
    def test_lines_without_author(self, line):
        """Lines that do not open with ``Posted by NAME`` give ``None``."""
        assert read_posted_by(line) is None

    @pytest.mark.parametrize(
        "line",
        [
            "By Jane Roe | The Daily Planet",
            "by Tom Li / Harbour Weekly",
            "By Ana Ruiz - Staff Writer",
        ],
    )
    def test_a_bare_by_line_without_time_or_date_is_no_author_line(self, line):
        """``By NAME | PUB``, the byline of a quoted piece, is not the blog's author."""
        assert read_posted_by(line) is None

    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            ("by Jane at 6/30/2004 03:04:00 PM", "Jane"),
            ("By Tom Li | March 8, 2011", "Tom Li"),
        ],
    )
    def test_a_bare_by_line_with_a_time_or_date_is_one(self, line, expected):
        """``by NAME`` followed by a time or a date is the author line."""
        assert read_posted_by(line) == expected

    def test_sentence_with_long_name_part_is_rejected(self):
        """More than six words before the time is a sentence, not a name."""
        line = (
            "Posted by a reader who wished to remain anonymous for reasons of "
            "security at 5pm"
        )
        assert read_posted_by(line) is None

    def test_dangling_at_is_not_part_of_name(self):
        """A line cut after ``at`` still gives the bare name."""
        assert read_posted_by("Posted by Jane Doe at") == "Jane Doe"


class TestParsePostedBy:
    """``parse_posted_by``: the default posted-by section parser."""

    def test_claims_line_on_a_state(self):
        """On a bare state the line is claimed and True returned."""
        state = ParseState(dump(POSTED))
        state.enter("posted_by")
        found = parse_posted_by(state)
        assert (found, state.posted_by) == (True, "Jane Doe")
        assert [b.text for b in state.claimed_by("posted_by")] == [POSTED]

    def test_returns_false_without_line_on_a_state(self):
        """Without a ``Posted by`` line nothing is claimed and nothing reported."""
        state = ParseState(dump())
        state.enter("posted_by")
        found = parse_posted_by(state)
        assert (found, state.posted_by) == (False, None)
        assert (state.claimed_by("posted_by"), state.diagnostics) == ([], ())

    def test_posted_by_in_dump(self):
        """``parse_article`` fills ``posted_by`` with the name."""
        article = parse_article(dump(POSTED))
        assert article.posted_by == "Jane Doe"
        assert posted_by_codes(article) == []

    def test_span_covers_whole_line(self):
        """The span is the whole ``Posted by`` line, time included."""
        text = dump(POSTED)
        article = parse_article(text)
        assert article.span_of("posted_by")[0].slice(text) == POSTED

    def test_line_is_not_body_or_footer(self):
        """The claimed line is neither a body paragraph nor a footer line."""
        article = parse_article(dump(POSTED))
        assert article.body == (FIRST, SECOND)
        assert POSTED not in article.comments.lines

    def test_line_below_footer_is_still_taken(self):
        """A ``Posted by`` line under the footer is read before the footer."""
        text = "\n\n".join(["Dec 5, 2024", HEADLINE, FIRST, SECOND, "No comments:"])
        article = parse_article(f"{text}\n\n{POSTED}")
        assert article.posted_by == "Jane Doe"
        assert article.comments.lines == ("No comments:",)

    def test_only_first_line_is_taken(self):
        """A second ``Posted by`` line is not read; under the post it is kept unparsed."""
        second = "Posted by Tom Ray at 11:00 AM"
        article = parse_article(dump(POSTED, second))
        assert article.posted_by == "Jane Doe"
        assert article.body == (FIRST, SECOND)
        assert [b.text for b in article.unparsed] == [second]

    def test_text_under_a_trailing_author_line_is_not_body(self):
        """An author's bio under ``Author: NAME`` is kept unparsed, not body."""
        bio = "Jane writes about ferries and weather from her island home."
        article = parse_article(dump("Author: Jane Doe", bio))
        assert article.posted_by == "Jane Doe"
        assert article.body == (FIRST, SECOND)
        assert [b.text for b in article.unparsed] == [bio]

    @pytest.mark.parametrize(
        ("line", "name"),
        [
            ("Author: Jane Doe", "Jane Doe"),
            ("by Jane Doe at 6/30/2004 03:04:00 PM", "Jane Doe"),
        ],
    )
    def test_other_author_shapes(self, line, name):
        """``Author: NAME`` and ``by NAME at DATE TIME`` name the blog author."""
        assert read_posted_by(line) == name

    @pytest.mark.parametrize("line", ["by the river", "By Jane Doe"])
    def test_bare_by_needs_a_time_or_date(self, line):
        """A bare ``by ...`` line with nothing after the name is not an author line."""
        assert read_posted_by(line) is None

    def test_no_line_gives_none(self):
        """Without a ``Posted by`` line the field is ``None``, silently."""
        article = parse_article(dump())
        assert (article.posted_by, article.span_of("posted_by")) == (None, ())
        assert posted_by_codes(article) == []

    def test_sentence_mentioning_posted_by_is_body(self):
        """A body sentence with ``posted by`` inside it is not claimed."""
        sentence = "The photo was posted by Jane Doe on Facebook."
        article = parse_article(dump(body=(FIRST, sentence, SECOND)))
        assert article.posted_by is None
        assert article.body == (FIRST, sentence, SECOND)

    def test_line_over_200_characters_is_skipped(self):
        """A paragraph over 200 characters is never a ``Posted by`` line."""
        line = f"{POSTED} " + "and more words " * 14
        article = parse_article(dump(line))
        assert article.posted_by is None

    def test_strict_mode_without_line_does_not_raise(self):
        """A missing ``Posted by`` line is not a problem, even in strict mode."""
        article = parse_article(dump(), strict=True)
        assert article.posted_by is None

    def test_to_dict_holds_name(self):
        """``to_dict()`` carries the name under ``posted_by``."""
        assert parse_article(dump(POSTED)).to_dict()["posted_by"] == "Jane Doe"


class TestMakePostedByParser:
    """``make_posted_by_parser``: builds the posted-by section parser."""

    def test_builds_new_parser_each_call(self):
        """Each call returns a fresh closure."""
        assert make_posted_by_parser() is not make_posted_by_parser()

    def test_replacement_works_in_parser(self):
        """A built parser put in a ``Parser`` reads the line like the default."""
        parser = Parser()
        parser.pipeline.replace("posted_by", make_posted_by_parser())
        article = parser.parse(dump(POSTED))
        assert article.posted_by == "Jane Doe"

    def test_disabled_section_leaves_line_to_body(self):
        """With the section disabled the line is left for the body."""
        parser = Parser()
        parser.pipeline.disable("posted_by")
        article = parser.parse(dump(POSTED))
        assert article.posted_by is None
        assert article.body == (FIRST, SECOND, POSTED)


@pytest.mark.parametrize(
    "line",
    [
        "ſubmitted by Jane Doe at 10:15 AM",
        "POSTED BY: JANE DOE",
        "AUTHOR: Jane Doe",
        "by Jane Doe | Dec 5",
        "Published   by Jane Doe at 10:15",
    ],
)
def test_declared_lines_hold_every_posted_by_line(line: str) -> None:
    """Each shape is read with and without the section's declared lines."""
    text = dump(line)
    filtered = parse_article(text)
    assert filtered.posted_by is not None
    assert filtered.to_dict() == Parser(exhaustive=True).parse(text).to_dict()


def test_first_characters_hold_every_opening_word() -> None:
    """The declared first characters hold every one the pattern opens with."""
    import sys

    import regex

    from articlekit.sections.posted_by import _FIRST

    every = "".join(map(chr, range(sys.maxunicode + 1)))
    opening = set(regex.findall("[pwsba]", every, flags=regex.IGNORECASE))
    assert opening <= set(_FIRST)


class TestAuthorOnAMetaLine:
    """The author named only on a meta line under the title."""

    @pytest.mark.parametrize(
        ("meta", "author"),
        [
            ("Sun Mar 3, 2013 Priya Okafor", "Priya Okafor"),
            ("Posted by Jane Roe on March 3, 2013", "Jane Roe"),
        ],
    )
    def test_meta_line_names_the_author(self, meta, author):
        """With no date header, the meta line gives the date and the author."""
        text = "\n\n".join(["Harbour Ferry Service Resumes", meta, FIRST, ""])
        article = parse_article(text)
        assert article.posted_by == author
        assert article.date is not None
        assert article.headline == "Harbour Ferry Service Resumes"
        assert article.body == (FIRST,)


def test_an_author_read_off_a_meta_line_is_kept():
    """A second ``by NAME at DATE`` line further down does not replace the first."""
    text = (
        "Goose Days\n\nby Ann at 6/30/2004 03:04:00 PM\n\nWe walked.\n\n"
        "Old News\n\nby Bob at 6/29/2004 08:00:00 AM\n\nWe ran.\n"
    )
    article = parse_article(text)
    assert article.posted_by == "Ann"
