"""Tests for articlekit.formatting: format_date and render, on articles built by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from articlekit import (
    Article,
    Block,
    Byline,
    Caption,
    CommentFooter,
    Quote,
    Span,
    Summary,
    parse_article,
    render,
)
from articlekit.formatting import format_date
from articlekit.sections.date import read_date

FULL = Article(
    headline="Port Strike Enters Third Week",
    date=dt.date(2024, 12, 5),
    date_line="Dec 5, 2024",
    summary=Summary(
        paragraphs=("The strike is costing more than anyone admits.",),
        signature="JL",
    ),
    byline=Byline(
        authors=("Jane Roe",),
        publication="Wall Street Journal",
        verb="reports",
        text="Jane Roe reports in the Wall Street Journal:",
    ),
    highlights=("Traffic at the port has fallen by two-thirds since the walkout.",),
    body=(
        "Traffic at the port has fallen by two-thirds since the walkout. Talks resume Friday.",
        "“Every day the ships sit offshore, we lose customers,” said Tom Renn, an economist.",
    ),
    captions=(
        Caption(
            text="Idle cranes on Monday.",
            credit="Lena Marquardt/Getty Images",
            label="Photo",
            raw="Idle cranes on Monday. Photo: Lena Marquardt/Getty Images",
        ),
    ),
    quotes=(
        Quote(
            text="“Every day the ships sit offshore, we lose customers,”",
            speaker="Tom Renn",
            paragraph=1,
        ),
    ),
    posted_by="Karen Lind",
    labels=("ports", "labour"),
    comments=CommentFooter(count=0, lines=("No comments:", "Post a Comment")),
)

FULL_TEXT = """Dec 5, 2024

Port Strike Enters Third Week

The strike is costing more than anyone admits. JL

Jane Roe reports in the Wall Street Journal:

Traffic at the port has fallen by two-thirds since the walkout.

Traffic at the port has fallen by two-thirds since the walkout. Talks resume Friday.

“Every day the ships sit offshore, we lose customers,” said Tom Renn, an economist.

Idle cranes on Monday. Photo: Lena Marquardt/Getty Images

Posted by Karen Lind

Labels: ports, labour

No comments:

Post a Comment
"""


def _lines(article: Article) -> list[str]:
    """The non-blank lines render writes."""
    return [line for line in render(article).split("\n") if line]


class TestFormatDate:
    def test_writes_the_seed_shape(self):
        """A date is written as the seed's header: abbreviated month, day, year."""
        assert format_date(dt.date(2024, 12, 5)) == "Dec 5, 2024"

    def test_day_has_no_leading_zero(self):
        """A one-digit day is written as one digit."""
        assert format_date(dt.date(2011, 3, 8)) == "Mar 8, 2011"

    @pytest.mark.parametrize("month", range(1, 13))
    def test_every_month_reads_back(self, month):
        """The header written for a date of each month reads back as that date."""
        date = dt.date(2020, month, 28)
        assert read_date(format_date(date)) == (date, None)


class TestRender:
    def test_empty_article_is_empty_text(self):
        """An article with no parts renders as the empty string."""
        assert render(Article()) == ""

    def test_hand_built_article_in_canonical_order(self):
        """A hand-built article is written part by part in the link-blog order."""
        assert render(FULL) == FULL_TEXT

    def test_hand_built_article_reads_back(self):
        """The text of a hand-built article parses back to an equal article."""
        assert parse_article(render(FULL)) == FULL

    def test_parts_are_separated_by_one_blank_line(self):
        """Each part is one line, with one blank line between, and a final newline."""
        text = render(Article(headline="A Title", body=("One.", "Two.")))
        assert text == "A Title\n\nOne.\n\nTwo.\n"

    def test_date_without_a_line_is_written_in_the_seed_shape(self):
        """A date with no date_line is written with format_date."""
        assert _lines(Article(date=dt.date(2008, 10, 5), headline="T")) == [
            "Oct 5, 2008",
            "T",
        ]

    def test_date_line_is_written_as_it_is(self):
        """A date_line is written as given, even one without a year."""
        article = Article(date_line="Wednesday, December 12", headline="T")
        assert _lines(article)[0] == "Wednesday, December 12"

    def test_signature_ends_the_last_summary_paragraph(self):
        """The signature is written after the last summary paragraph, on its line."""
        summary = Summary(paragraphs=("First.", "Second."), signature="KM")
        assert _lines(Article(summary=summary)) == ["First.", "Second. KM"]

    def test_signature_with_a_span_of_its_own_keeps_its_line(self):
        """A parsed signature that had its own line is written on its own line."""
        spans = (Span(start=0, end=6), Span(start=8, end=10))
        summary = Summary(paragraphs=("First.",), signature="KM", spans=spans)
        assert _lines(Article(summary=summary)) == ["First.", "KM"]

    def test_byline_text_is_written_as_it_is(self):
        """A byline with text is written as its text, not rebuilt from its fields."""
        byline = Byline(
            authors=("Jane Roe",), publication="FT", text="Jane Roe writes for the FT:"
        )
        assert _lines(Article(byline=byline)) == ["Jane Roe writes for the FT:"]

    @pytest.mark.parametrize(
        ("byline", "line"),
        [
            (
                Byline(authors=("Jane Roe",), publication="Guardian"),
                "Jane Roe in Guardian:",
            ),
            (
                Byline(
                    authors=("Jane Roe", "Tom Berg"),
                    publication="Guardian",
                    verb="argue",
                ),
                "Jane Roe and Tom Berg argue in Guardian:",
            ),
            (
                Byline(authors=("Ana Pérez", "Li Wei", "Olu Okafor"), verb="note"),
                "Ana Pérez, Li Wei and Olu Okafor note:",
            ),
            (Byline(authors=("Jane Roe",)), "Jane Roe reports:"),
            (Byline(authors=("Jane Roe", "Tom Berg")), "Jane Roe and Tom Berg report:"),
            (Byline(publication="The Economist", verb="notes"), "The Economist notes:"),
        ],
    )
    def test_byline_without_text_is_composed(self, byline, line):
        """A byline with no text is written from its authors, verb and publication."""
        assert _lines(Article(byline=byline)) == [line]

    @pytest.mark.parametrize(
        "byline",
        [
            Byline(authors=("Jane Roe",), publication="Guardian"),
            Byline(
                authors=("Jane Roe", "Tom Berg"), publication="Guardian", verb="argue"
            ),
            Byline(publication="The Economist", verb="notes"),
        ],
    )
    def test_composed_byline_reads_back_its_fields(self, byline):
        """A composed byline line reads back with the authors, verb and publication."""
        read = parse_article(
            render(Article(headline="T", byline=byline, body=("Text.",)))
        ).byline
        assert read is not None
        assert (read.authors, read.verb, read.publication) == (
            byline.authors,
            byline.verb,
            byline.publication,
        )

    def test_empty_byline_writes_nothing(self):
        """A byline with neither authors nor a publication has no line to write."""
        assert render(Article(byline=Byline())) == ""

    def test_caption_raw_is_written_as_it_is(self):
        """A caption is written as its raw paragraph."""
        caption = Caption(
            text="A fan.",
            credit="Ada Finch",
            label="Photo",
            raw="A fan. (Photo: Ada Finch)",
        )
        assert _lines(Article(captions=(caption,))) == ["A fan. (Photo: Ada Finch)"]

    @pytest.mark.parametrize(
        ("caption", "line"),
        [
            (
                Caption(text="A fan.", credit="Ada Finch", label="Image"),
                "A fan. Image: Ada Finch",
            ),
            (Caption(text="A fan.", credit="Ada Finch"), "A fan. Photo: Ada Finch"),
            (Caption(text="", credit="Ada Finch", label="Credit"), "Credit: Ada Finch"),
            (Caption(text="A fan.", label="Photo"), "A fan. Photo:"),
        ],
    )
    def test_caption_without_raw_is_composed(self, caption, line):
        """A caption with no raw paragraph is written as text, label (Photo) and credit."""
        assert _lines(Article(captions=(caption,))) == [line]

    def test_captions_follow_the_body(self):
        """Captions of a hand-built article come after the body paragraphs."""
        caption = Caption(
            text="A fan.",
            credit="Ada Finch",
            label="Photo",
            raw="A fan. Photo: Ada Finch",
        )
        article = Article(body=("One.", "Two."), captions=(caption,))
        assert _lines(article) == ["One.", "Two.", "A fan. Photo: Ada Finch"]

    def test_posted_by_is_written_with_its_phrase(self):
        """posted_by is written as a ``Posted by NAME`` line."""
        assert _lines(Article(posted_by="Jane Roe")) == ["Posted by Jane Roe"]

    def test_labels_are_written_on_one_line(self):
        """Labels are written, comma-separated, on a ``Labels:`` line."""
        assert _lines(Article(labels=("a", "b c"))) == ["Labels: a, b c"]

    def test_no_labels_no_line(self):
        """An article with no labels and no labels span has no labels line."""
        assert _lines(Article(headline="T")) == ["T"]

    def test_empty_labels_line_with_a_span_is_kept(self):
        """A parsed empty ``Labels:`` line (it has a span) is written again."""
        article = Article(labels=(), spans={"labels": (Span(start=0, end=7),)})
        assert render(article) == "Labels: \n"

    def test_footer_lines_are_written_as_they_are(self):
        """The comment footer's lines are written in order."""
        footer = CommentFooter(
            count=1, lines=("1 comment:", "Karen said...", "Lovely!")
        )
        assert _lines(Article(comments=footer)) == [
            "1 comment:",
            "Karen said...",
            "Lovely!",
        ]

    @pytest.mark.parametrize(
        ("count", "line"),
        [
            (None, "Post a Comment"),
            (0, "No comments:"),
            (1, "1 comment:"),
            (7, "7 comments:"),
        ],
    )
    def test_footer_without_lines_states_its_count(self, count, line):
        """A footer with no lines is written as the line stating its count."""
        assert _lines(Article(comments=CommentFooter(count=count))) == [line]

    def test_footer_without_lines_reads_back_its_count(self):
        """The count line written for a footer reads back as that count."""
        article = Article(
            headline="T", body=("Text.",), comments=CommentFooter(count=7)
        )
        comments = parse_article(render(article)).comments
        assert comments is not None
        assert comments.count == 7

    def test_quotes_are_not_written_apart(self):
        """Quotations live in the body paragraphs: only the paragraphs are written."""
        article = Article(
            body=("“Yes,” said Jane Roe.",),
            quotes=(Quote(text="“Yes,”", speaker="Jane Roe"),),
        )
        assert _lines(article) == ["“Yes,” said Jane Roe."]

    def test_unparsed_and_following_blocks_come_last(self):
        """Blocks no section claimed, then blocks of further posts, close the text."""
        block = Block(
            index=0, text="A blog's name", span=Span(start=0, end=13), line=1, column=1
        )
        later = Block(
            index=3, text="Dec 6, 2024", span=Span(start=40, end=51), line=4, column=1
        )
        article = Article(headline="T", unparsed=(block,), following=(later,))
        assert _lines(article) == ["T", "A blog's name", "Dec 6, 2024"]

    def test_parsed_article_keeps_its_source_order(self):
        """A parsed article is written in the order of its source, title above date."""
        text = (
            "Family Time\nSunday, October 5, 2014\nWe went to the park.\nNo comments:\n"
        )
        assert _lines(parse_article(text)) == [
            "Family Time",
            "Sunday, October 5, 2014",
            "We went to the park.",
            "No comments:",
        ]

    def test_a_part_without_spans_puts_all_in_canonical_order(self):
        """When one part has no spans, every part is written in the canonical order."""
        parsed = parse_article(
            "Family Time\nSunday, October 5, 2014\nWe went to the park.\n"
        )
        article = Article(
            headline=parsed.headline,
            date=parsed.date,
            date_line=parsed.date_line,
            body=parsed.body,
            spans=parsed.spans,
            posted_by="Jane Roe",  # no span
        )
        assert _lines(article) == [
            "Sunday, October 5, 2014",
            "Family Time",
            "We went to the park.",
            "Posted by Jane Roe",
        ]


class TestRenderKeepsTheLayoutTheParserReads:
    """Layouts the parser reads are written back, so the parse reads back."""

    @pytest.mark.parametrize(
        "text",
        [
            "Dec 5, 2024\n\nHarbour Ferry Returns\n\nThe ferry is back.\n\n\n"
            "  1. Lovely news!\n\n  2. At last.\n",
            "Dec 5, 2024\n\nHarbour Ferry Returns\n\nThe ferry is back.\n\n\n"
            "You Might Also Like\nTen Harbour Walks\n",
            "Harbour Ferry Returns\n\nThe ferry is back.\n\n\n"
            "Mara writes about boats.\nNo comments:\n",
        ],
    )
    def test_set_off_parts_read_back(self, text):
        """Reader comments as a list, a widget and a bio survive render and parse."""
        article = parse_article(text)
        assert article.comments is not None or article.unparsed
        assert parse_article(render(article)) == article
        assert render(parse_article(render(article))) == render(article)


class TestRenderKeepsAMetaLineWhole:
    """A date and an author read off one line are written back on one line."""

    @pytest.mark.parametrize(
        "text",
        [
            "Sat Apr 7, 2012 Ana Lind\n\nWe took the ferry.\n\nApril 9\n",
            "Ferry Day\n\nPosted by Tom Berg on April 2, 2012\n\nWe took the ferry.\n",
            "Ferry Day\n\nPosted by Tom Berg | April 2, 2012\n\nWe took the ferry.\n",
        ],
    )
    def test_meta_line_round_trip(self, text):
        """Split in two, the date would be a date header of its own."""
        article = parse_article(text)
        assert article.posted_by is not None
        assert parse_article(render(article)) == article
        assert render(article).count("\n\n") == text.count("\n\n")


class TestRenderSetsOffOneWidget:
    """Only the first unparsed line under the body is set off."""

    @pytest.mark.parametrize("credit", ["Photo: Ana Lind", "Photo:0"])
    def test_caption_between_unparsed_lines(self, credit):
        """A caption inside a widget does not make the line after it a widget."""
        text = (
            "Dec 5, 2024\n\nFerry Day\n\nThe ferry ran today. It was full.\n\n\n"
            f"More Ferries\n{credit}\nOld Piers\n"
        )
        article = parse_article(text)
        assert parse_article(render(article)) == article
