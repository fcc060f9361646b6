"""Unit tests for the body section (articlekit.sections.body)."""

from __future__ import annotations

from typing import Any

import pytest

from articlekit import (
    STRICT,
    Article,
    ArticleParseError,
    Parser,
    Severity,
    parse_article,
)
from articlekit.sections.body import make_body_parser

DATE = "Dec 5, 2024"
HEADLINE = "Rebels Take The City Of Hama"
FIRST = "The rebels entered the city on Thursday after a week of fighting."
SECOND = "The army withdrew to the south of the city."
THIRD = "Military analysts said the government is facing a new challenge."
FOOTER = "No comments:"

# A post in the seed's full layout: every part that is not body.
FULL = "\n\n".join(
    [
        DATE,
        "Rebels Take Hama, In Strategic Defeat For Kremlin",
        "The retreat leaves the regime with one major city on the road to Damascus.",
        "This defeat is a major embarrassment for Russia and Iran. JL",
        "Jane Roe reports in the Daily Planet:",
        "The army said it was pulling forces from the city of Hama. "
        "The rebels said they had entered the city.",
        "The army said it was pulling forces from the city of Hama.",
        "The rebels said they had entered the city.",
        "Rebels on a tank outside Hama on Tuesday. Photo: John Doe/Reuters",
        THIRD,
        FOOTER,
        "Post a Comment",
        "Newer Post Older Post Home",
    ]
)
FULL_BODY = (
    "The army said it was pulling forces from the city of Hama.",
    "The rebels said they had entered the city.",
    THIRD,
)


def _dump(*paragraphs: str, sep: str = "\n\n") -> str:
    """Build a dump in the seed's layout: date, headline, body, footer."""
    return sep.join([DATE, HEADLINE, *paragraphs, FOOTER]) + "\n"


def _codes(article: Article) -> list[str]:
    """The codes of the body section's diagnostics, in order."""
    return [d.code for d in article.diagnostics if d.section == "body"]


class TestParseBody:
    def test_paragraphs_below_headline(self) -> None:
        """The paragraphs between the headline and the footer are the body."""
        text = _dump(FIRST, SECOND, THIRD)
        article = parse_article(text)
        assert article.body == (FIRST, SECOND, THIRD)
        assert _codes(article) == []

    def test_other_sections_excluded(self) -> None:
        """Summary, byline, highlights, captions and footer are not body."""
        article = parse_article(FULL)
        assert article.body == FULL_BODY

    def test_other_sections_found_in_full_layout(self) -> None:
        """The parts left out of the body are each read by their own section."""
        article = parse_article(FULL)
        assert article.summary is not None
        assert article.byline is not None
        assert article.highlights != ()
        assert len(article.captions) == 1
        assert article.comments is not None
        assert article.unparsed == ()

    def test_caption_among_body_paragraphs_excluded(self) -> None:
        """A caption paragraph between body paragraphs is left out."""
        text = _dump(FIRST, "Rebels outside Hama. Photo: John Doe/Reuters", SECOND)
        article = parse_article(text)
        assert article.body == (FIRST, SECOND)

    def test_comment_region_excluded(self) -> None:
        """The footer and the reader comments below it are not body."""
        text = _dump(FIRST, SECOND) + "\nReader One said...\n\nGreat post.\n"
        article = parse_article(text)
        assert article.body == (FIRST, SECOND)

    def test_lines_above_headline_stay_unparsed(self) -> None:
        """A blog name above the date stays in unparsed, not in the body."""
        text = "The Lowdown Blog\n\n" + _dump(FIRST, SECOND)
        article = parse_article(text)
        assert article.body == (FIRST, SECOND)
        assert [b.text for b in article.unparsed] == ["The Lowdown Blog"]

    def test_date_and_headline_only_reports_missing(self) -> None:
        """A dump of only a date and a headline has no body: body.missing."""
        article = parse_article(f"{DATE}\n\n{HEADLINE}\n")
        assert article.body == ()
        assert _codes(article) == ["body.missing"]

    def test_date_and_headline_without_final_newline(self) -> None:
        """The same without blank lines or a final line break."""
        article = parse_article(f"{DATE}\n{HEADLINE}")
        assert article.body == ()
        assert _codes(article) == ["body.missing"]

    def test_missing_body_has_no_spans(self) -> None:
        """With no body, span_of("body") is empty."""
        article = parse_article(f"{DATE}\n\n{HEADLINE}\n")
        assert article.span_of("body") == ()

    def test_missing_body_raises_in_strict_mode(self) -> None:
        """body.missing is an info: strict mode raises on it from raise_at=INFO."""
        parser = Parser(policy=STRICT.replace(raise_at=Severity.INFO))
        parser.pipeline.only("date", "headline", "body")
        with pytest.raises(ArticleParseError) as excinfo:
            parser.parse(f"{DATE}\n\n{HEADLINE}\n")
        assert excinfo.value.diagnostic.code == "body.missing"

    def test_single_paragraph_above_footer(self) -> None:
        """A one-paragraph post keeps its paragraph as the body."""
        text = _dump(FIRST)
        article = parse_article(text)
        assert article.body == (FIRST,)

    def test_spans_slice_input(self) -> None:
        """Each body span slices the input to its paragraph."""
        text = _dump(FIRST, SECOND, THIRD)
        article = parse_article(text)
        assert [s.slice(text) for s in article.span_of("body")] == list(article.body)

    def test_spans_slice_input_in_full_layout(self) -> None:
        """Spans slice the input to the paragraphs in the seed's layout too."""
        article = parse_article(FULL)
        spans = article.span_of("body")
        assert [s.slice(FULL) for s in spans] == list(FULL_BODY)

    def test_spans_exclude_indentation(self) -> None:
        """Indented paragraphs are stripped, and their spans skip the indent."""
        text = _dump(f"    {FIRST}", f"\t{SECOND}  ")
        article = parse_article(text)
        assert article.body == (FIRST, SECOND)
        assert [s.slice(text) for s in article.span_of("body")] == [FIRST, SECOND]

    def test_single_line_breaks_separate_paragraphs(self) -> None:
        """A line break alone separates paragraphs, as in dumps without blanks."""
        text = _dump(FIRST, SECOND, THIRD, sep="\n")
        article = parse_article(text)
        assert article.body == (FIRST, SECOND, THIRD)

    def test_nbsp_only_lines_are_blank(self) -> None:
        """Lines of NBSP and spaces only are separators, not paragraphs."""
        text = _dump(FIRST, SECOND, sep="\n\xa0\n").replace(
            f"{SECOND}\n", f"{SECOND}\n \xa0 \n"
        )
        article = parse_article(text)
        assert article.body == (FIRST, SECOND)

    def test_nbsp_at_paragraph_edges_stripped(self) -> None:
        """NBSP around a paragraph is not part of it."""
        text = _dump(f"\xa0{FIRST}\xa0", SECOND)
        article = parse_article(text)
        assert article.body == (FIRST, SECOND)
        assert article.span_of("body")[0].slice(text) == FIRST

    @pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "cr"])
    def test_other_line_ends_give_same_body(self, newline: str) -> None:
        """\\r\\n and \\r line ends give the same body as \\n."""
        expected = parse_article(FULL).body
        article = parse_article(FULL.replace("\n", newline))
        assert article.body == expected

    @pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "cr"])
    def test_spans_slice_input_with_other_line_ends(self, newline: str) -> None:
        """With \\r\\n or \\r line ends, spans still slice the input as given."""
        text = FULL.replace("\n", newline)
        article = parse_article(text)
        assert [s.slice(text) for s in article.span_of("body")] == list(FULL_BODY)

    def test_bytes_input_gives_same_body(self) -> None:
        """UTF-8 bytes give the same body as the decoded text."""
        text = _dump("“We will fight on,” said Jane Roe.", SECOND)
        article = parse_article(text.encode("utf-8"))
        assert article.body == ("“We will fight on,” said Jane Roe.", SECOND)


class TestMakeBodyParser:
    @staticmethod
    def _parser(**options: Any) -> Parser:
        """A default parser whose body section is built with ``options``."""
        parser = Parser()
        parser.pipeline.replace("body", make_body_parser(**options))
        return parser

    def test_defaults_match_parse_body(self) -> None:
        """A parser built with no options reads what the default one reads."""
        text = "The Lowdown Blog\n\n" + FULL
        article = self._parser().parse(text)
        assert article.body == parse_article(text).body

    def test_top_line_further_down_than_max_top_ignored(self) -> None:
        """A headline below max_top blocks does not cut the paragraphs above it."""
        text = "Blog Name\n\nA motto for the blog\n\n" + _dump(FIRST, SECOND)
        article = self._parser(max_top=2).parse(text)
        assert article.body == ("Blog Name", "A motto for the blog", FIRST, SECOND)

    def test_top_line_within_max_top_starts_body(self) -> None:
        """With the default max_top the same lines above stay unparsed."""
        text = "Blog Name\n\nA motto for the blog\n\n" + _dump(FIRST, SECOND)
        article = self._parser().parse(text)
        assert article.body == (FIRST, SECOND)
        assert [b.text for b in article.unparsed] == [
            "Blog Name",
            "A motto for the blog",
        ]

    def test_top_sections_order(self) -> None:
        """With top_sections=("date",), the body starts below the date."""
        text = "Blog Name\n\n" + _dump(FIRST, SECOND)
        parser = self._parser(top_sections=("date",))
        parser.pipeline.disable("headline")
        article = parser.parse(text)
        assert article.body == (HEADLINE, FIRST, SECOND)
        assert [b.text for b in article.unparsed] == ["Blog Name"]


class TestTail:
    def test_tag_line_above_the_footer_is_not_body(self):
        """A short line with no closing punctuation just above the footer is kept unparsed."""
        article = parse_article(_dump(FIRST, SECOND, "weekend family activities"))
        assert article.body == (FIRST, SECOND)
        assert [b.text for b in article.unparsed] == ["weekend family activities"]

    def test_short_sentence_above_the_footer_is_body(self):
        """A short last paragraph that ends like a sentence stays body."""
        article = parse_article(_dump(FIRST, SECOND, "See you Friday!"))
        assert article.body == (FIRST, SECOND, "See you Friday!")

    def test_short_line_with_no_footer_is_body(self):
        """Without a footer below it, a short last line is body (the dump may be cut)."""
        text = "\n\n".join([DATE, HEADLINE, FIRST, "weekend family activities"])
        assert parse_article(text).body == (FIRST, "weekend family activities")


class TestSetOffTail:
    """Chrome set off below the post by two blank lines is not body."""

    @staticmethod
    def _post(*tail: str, footer: str | None = None) -> str:
        text = "\n\n".join([DATE, HEADLINE, FIRST, SECOND]) + "\n\n\n" + "\n".join(tail)
        return text + ("\n\n" + footer if footer else "") + "\n"

    @pytest.mark.parametrize(
        "tail",
        [
            ("You Might Also Like",),
            ("Around The Web", "Ten Harbour Walks", "Where The Ferries Go"),
            ("popular posts", "a winter by the sea, in pictures and in words"),
        ],
    )
    @pytest.mark.parametrize("footer", [None, FOOTER])
    def test_widget_label_and_its_titles(self, tail, footer):
        """A set-off label and the unpunctuated lines under it stay unparsed."""
        article = parse_article(self._post(*tail, footer=footer))
        assert article.body == (FIRST, SECOND)
        assert [b.text for b in article.unparsed] == list(tail)

    @pytest.mark.parametrize(
        "bio",
        [
            "Retired ferry pilot, who writes about boats and the weather here.",
            "Mara lives on the north island with two dogs and a boat.",
        ],
    )
    def test_set_off_paragraph_above_the_footer_is_a_bio(self, bio):
        """One set-off paragraph run straight into the footer is not body."""
        text = "\n\n".join([DATE, HEADLINE, FIRST, SECOND]) + f"\n\n\n{bio}\n{FOOTER}\n"
        article = parse_article(text)
        assert article.body == (FIRST, SECOND)
        assert [b.text for b in article.unparsed] == [bio]

    def test_set_off_paragraph_with_a_blank_line_to_the_footer_is_body(self):
        """A set-off last paragraph with a blank line below it is the post's."""
        article = parse_article(self._post(THIRD, footer=FOOTER))
        assert article.body == (FIRST, SECOND, THIRD)

    def test_set_off_paragraph_at_the_end_is_body(self):
        """With no footer, a set-off paragraph is the post's (the dump may go on)."""
        article = parse_article(self._post(THIRD))
        assert article.body == (FIRST, SECOND, THIRD)

    @pytest.mark.parametrize("sep", ["\n\n", "\n"])
    def test_label_not_set_off_with_no_footer_is_body(self, sep):
        """Without a gap above it, a short last line is body (the dump may be cut)."""
        text = sep.join([DATE, HEADLINE, FIRST, "Around The Web"]) + "\n"
        assert parse_article(text).body == (FIRST, "Around The Web")

    def test_label_under_a_colon_is_body(self):
        """A line the text above introduces with a colon is not set off."""
        text = (
            "\n\n".join([DATE, HEADLINE, FIRST, "Our two stops:"])
            + "\n\n\nNorth Pier\n"
        )
        assert parse_article(text).body == (FIRST, "Our two stops:", "North Pier")


class TestOutweighed:
    """``body.outweighed``: more text unparsed than read as body."""

    @pytest.mark.parametrize(
        "text",
        [
            # A long bio under the author line.
            "\n\n".join(
                [
                    DATE,
                    HEADLINE,
                    "Short post.",
                    "Posted by Mara Holm",
                    THIRD + " " + SECOND,
                    FOOTER,
                ]
            ),
            # A widget set off below a short post, with long titles.
            "\n\n".join([DATE, HEADLINE, "Short post."])
            + "\n\n\nYou Might Also Like\nTen walks along the harbour wall in the winter light\n"
            + "Where the island ferries go when the storms come in from the west\n",
        ],
    )
    def test_reported_when_unparsed_outweighs_body(self, text):
        """The diagnostic points at the first unparsed block."""
        article = parse_article(text)
        assert sum(map(len, (b.text for b in article.unparsed))) > sum(
            map(len, article.body)
        )
        found = [d for d in article.diagnostics if d.code == "body.outweighed"]
        assert len(found) == 1
        assert found[0].start == article.unparsed[0].span.start

    @pytest.mark.parametrize(
        "text",
        [
            _dump(FIRST, SECOND, "weekend family activities"),
            "\n\n".join(["Harbour Notes", DATE, HEADLINE, FIRST, FOOTER]),
        ],
    )
    def test_not_reported_when_body_outweighs_unparsed(self, text):
        """A tag line or a blog name beside a longer body says nothing."""
        article = parse_article(text)
        assert article.unparsed
        assert "body.outweighed" not in _codes(article)


class TestSubtitle:
    """A subtitle (dek) under the title is the first body paragraph."""

    @pytest.mark.parametrize(
        "text",
        [
            "Dec 5, 2024\n\nFerry Returns\n\nHow one harbour town learned to love its ferry"
            "\n\nThe ferry is back in service after a long winter. Crowds came.\n",
            "Ferry Returns\n\nHow one harbour town learned to love its ferry\n\n"
            "The ferry is back in service after a long winter. Crowds came.\n",
        ],
    )
    def test_dek_is_first_body_paragraph(self, text):
        """Neither headline nor chrome: the corpus convention."""
        article = parse_article(text)
        assert article.headline == "Ferry Returns"
        assert article.body[0] == "How one harbour town learned to love its ferry"


class TestLongUnpunctuatedRun:
    """A widget lists a few titles: a long unpunctuated run below a gap is text."""

    @pytest.mark.parametrize("count", [45, 80])
    def test_long_run_under_a_set_off_label_stays_body(self, count):
        """Only the last lines of the body are looked at for a widget."""
        items = "\n".join(f"item number {i}" for i in range(count))
        text = f"Dec 5, 2024\n\nHarbour Lists\n\nWe kept a list.\n\n\nMore Lists\n{items}\n"
        article = parse_article(text)
        assert article.body[-1] == f"item number {count - 1}"

    def test_short_widget_is_still_chrome(self):
        """A label set off by two blank lines and a few titles is a widget."""
        text = (
            "Dec 5, 2024\n\nHarbour Lists\n\nWe kept a list.\n\n\n"
            "More Lists\nTen Walks\nFive Ferries\n"
        )
        assert parse_article(text).body == ("We kept a list.",)
