"""Tests of the headline section (``articlekit.sections.headline``)."""

from __future__ import annotations

import pytest

from articlekit import (
    ArticleParseError,
    Parser,
    ParseState,
    Policy,
    Severity,
    parse_article,
)
from articlekit.sections.date import parse_date
from articlekit.sections.headline import (
    is_chrome_line,
    looks_like_headline,
    make_headline_parser,
    parse_headline,
)

# Strict from INFO up: these codes are infos, which plain strict mode records.
INFO_STRICT = Parser(policy=Policy(strict=True, raise_at=Severity.INFO))

HEADLINE = "Harbour Ferry Service Resumes After Winter Storms"
FIRST = (
    "The ferry between the two islands was suspended in January after storms "
    "tore away part of the pier."
)
SECOND = "Repairs cost more than expected, officials said."
# A paragraph of several sentences, too long to be a title.
LONG = (
    "The harbour ferry will run again from Monday, the port authority said on "
    "Thursday. Crews spent weeks repairing the damaged pier after the storms. "
    "Officials said the cost was higher than expected."
)
BYLINE = "Anna Berg reports in the Coastal Herald:"


def dump(*paragraphs: str, date: str = "Dec 5, 2024") -> str:
    """Return a dump: a date line, the paragraphs, and a Blogger footer."""
    return "\n\n".join([date, *paragraphs, "No comments:", "Post a Comment"])


def headline_codes(article):
    """Return the codes the headline section reported, in order."""
    return [d.code for d in article.diagnostics if d.section == "headline"]


class TestLooksLikeHeadline:
    """``looks_like_headline``: a title, not a paragraph or a label line."""

    @pytest.mark.parametrize(
        "text",
        [
            HEADLINE,
            "Syrians, Russians Retreat From Hama, In Strategic Defeat For Kremlin, Iran",
            "Mr. Smith Goes To Washington",
            "Why Ferries Matter",
            "Is The Pier Safe? Engineers Say Yes",
        ],
    )
    def test_title_lines(self, text):
        """Short title lines, even with a full stop or question mark, are titles."""
        assert looks_like_headline(text) is True

    @pytest.mark.parametrize(
        "text",
        [BYLINE, "The Economist reports:", "Jared Malsin reports in the Journal:"],
    )
    def test_line_ending_with_colon_is_not_a_title(self, text):
        """A byline-like line that ends with a colon introduces text; no title."""
        assert looks_like_headline(text) is False

    def test_long_multi_sentence_paragraph_is_not_a_title(self):
        """A paragraph of several sentences over 90 characters is body text."""
        assert looks_like_headline(LONG) is False

    def test_long_single_sentence_within_limits_is_a_title(self):
        """A long one-sentence line within the limits may still be a title."""
        text = (
            "Syrian Rebels Seize Hama As Government Forces Retreat South Toward "
            "Homs And The Capital"
        )
        assert looks_like_headline(text) is True

    def test_line_over_max_chars_is_not_a_title(self):
        """A line over 200 characters is not a title by default."""
        assert looks_like_headline("Ferry " * 34) is False

    def test_more_than_max_words_is_not_a_title(self):
        """Over 30 words is too many for a title by default."""
        assert looks_like_headline(" ".join(["Ferry"] * 31)) is False

    def test_exactly_max_words_is_a_title(self):
        """Thirty words is still within the default limit."""
        assert looks_like_headline(" ".join(["Ferry"] * 30)) is True

    def test_custom_limits(self):
        """``max_chars`` and ``max_words`` tighten the test."""
        assert looks_like_headline(HEADLINE, max_chars=20) is False
        assert looks_like_headline(HEADLINE, max_words=3) is False
        assert looks_like_headline("Ferry Resumes", max_chars=20, max_words=3) is True


class TestParseHeadline:
    """``parse_headline``: the default headline section parser."""

    def test_claims_title_after_date_on_a_state(self):
        """On a state where the date ran, the next line is claimed as title."""
        state = ParseState(dump(HEADLINE, FIRST, SECOND))
        state.enter("date")
        parse_date(state)
        state.enter("headline")
        found = parse_headline(state)
        assert (found, state.headline) == (True, HEADLINE)
        assert state.claimed_by("headline") == [state.blocks[1]]

    def test_takes_first_line_without_date_on_a_state(self):
        """Without a date, the first unclaimed line is the candidate."""
        state = ParseState(f"{HEADLINE}\n{FIRST}")
        state.enter("headline")
        found = parse_headline(state)
        assert (found, state.headline) == (True, HEADLINE)

    def test_headline_after_date(self):
        """The title line after the date is the headline."""
        article = parse_article(dump(HEADLINE, FIRST, SECOND))
        assert article.headline == HEADLINE
        assert headline_codes(article) == []
        assert article.body == (FIRST, SECOND)

    def test_headline_span(self):
        """The headline's span maps back to the title text."""
        text = dump(HEADLINE, FIRST, SECOND)
        article = parse_article(text)
        assert article.span_of("headline")[0].slice(text) == HEADLINE

    def test_headline_span_without_surrounding_spaces(self):
        """Indentation and trailing spaces stay outside the headline's span."""
        text = dump(f"   {HEADLINE}\t ", FIRST, SECOND)
        article = parse_article(text)
        assert article.headline == HEADLINE
        assert article.span_of("headline")[0].slice(text) == HEADLINE

    def test_headline_without_blank_lines(self):
        """Paragraphs separated by single line breaks work the same."""
        text = "\n".join(["Dec 5, 2024", HEADLINE, FIRST, SECOND, "No comments:"])
        article = parse_article(text)
        assert article.headline == HEADLINE

    def test_headline_without_date(self):
        """With no date line, the first line that reads like a title is taken."""
        text = "\n\n".join([HEADLINE, FIRST, SECOND, "No comments:"])
        article = parse_article(text)
        assert article.headline == HEADLINE
        assert headline_codes(article) == []

    def test_headline_above_date(self):
        """A title just above the date is taken when the line below is body."""
        text = "\n\n".join([HEADLINE, "Dec 5, 2024", LONG, SECOND, "No comments:"])
        article = parse_article(text)
        assert article.headline == HEADLINE
        assert article.span_of("headline")[0].slice(text) == HEADLINE

    def test_long_paragraph_after_date_is_not_headline(self):
        """A long multi-sentence paragraph after the date is body, not a title."""
        article = parse_article(dump(LONG, SECOND))
        assert article.headline is None
        assert headline_codes(article) == ["headline.missing"]
        assert article.body == (LONG, SECOND)
        assert article.span_of("headline") == ()

    def test_missing_headline_diagnostic_points_at_candidate(self):
        """``headline.missing`` carries the line and column of the rejected line."""
        text = dump(LONG, SECOND)
        article = parse_article(text)
        (diagnostic,) = [d for d in article.diagnostics if d.section == "headline"]
        assert (diagnostic.line, diagnostic.column) == (3, 1)
        assert text[diagnostic.start : diagnostic.end] == LONG

    def test_missing_headline_raises_in_strict_mode(self):
        """Strict mode at INFO raises ``ArticleParseError`` where the title should be."""
        with pytest.raises(ArticleParseError) as info:
            INFO_STRICT.parse(dump(LONG, SECOND))
        error = info.value
        assert (error.diagnostic.code, error.line, error.column) == (
            "headline.missing",
            3,
            1,
        )

    def test_byline_after_date_is_not_headline(self):
        """A byline ending with a colon right after the date is not a title."""
        article = parse_article(dump(BYLINE, FIRST, SECOND))
        assert article.headline is None
        assert headline_codes(article) == ["headline.missing"]
        assert article.byline is not None
        assert article.byline.text == BYLINE

    def test_headline_is_not_in_body(self):
        """The claimed title is not repeated in the body."""
        article = parse_article(dump(HEADLINE, FIRST, SECOND))
        assert HEADLINE not in article.body

    def test_title_with_abbreviation(self):
        """A short title with a full stop inside it is still the headline."""
        article = parse_article(dump("Mr. Smith Goes To Washington", FIRST, SECOND))
        assert article.headline == "Mr. Smith Goes To Washington"

    def test_to_dict_holds_headline(self):
        """``to_dict()`` carries the headline under its documented key."""
        article = parse_article(dump(HEADLINE, FIRST, SECOND))
        assert article.to_dict()["headline"] == HEADLINE

    def test_title_after_claimed_posted_by_line(self):
        """A claimed ``Posted by`` line between date and title is skipped over."""
        text = dump("Posted by Jane Doe at 10:15 AM", HEADLINE, FIRST, SECOND)
        article = parse_article(text)
        assert (article.posted_by, article.headline) == ("Jane Doe", HEADLINE)


class TestMakeHeadlineParser:
    """``make_headline_parser``: options of the headline section."""

    def test_max_chars_rejects_longer_title(self):
        """With ``max_chars=20`` the 49-character title is not taken."""
        parser = Parser()
        parser.pipeline.replace("headline", make_headline_parser(max_chars=20))
        article = parser.parse(dump(HEADLINE, FIRST, SECOND))
        assert article.headline is None
        assert headline_codes(article) == ["headline.missing"]

    def test_max_words_rejects_wordier_title(self):
        """With ``max_words=3`` a seven-word title is not taken."""
        parser = Parser()
        parser.pipeline.replace("headline", make_headline_parser(max_words=3))
        article = parser.parse(dump(HEADLINE, FIRST, SECOND))
        assert article.headline is None

    def test_limits_accept_short_title(self):
        """A title within the custom limits is still taken."""
        parser = Parser()
        parser.pipeline.replace(
            "headline", make_headline_parser(max_chars=20, max_words=3)
        )
        article = parser.parse(dump("Ferry Resumes", FIRST, SECOND))
        assert article.headline == "Ferry Resumes"

    def test_custom_parser_leaves_default_alone(self):
        """Replacing the parser in one ``Parser`` does not change the default."""
        parser = Parser()
        parser.pipeline.replace("headline", make_headline_parser(max_chars=20))
        parser.parse(dump(HEADLINE, FIRST, SECOND))
        assert parse_article(dump(HEADLINE, FIRST, SECOND)).headline == HEADLINE

    def test_disabled_headline_section_gives_none(self):
        """With the section disabled the title is left for other sections."""
        parser = Parser()
        parser.pipeline.disable("headline")
        article = parser.parse(dump(HEADLINE, FIRST, SECOND))
        assert article.headline is None
        assert headline_codes(article) == []


class TestDateUnderThePost:
    def test_first_line_is_the_headline(self):
        """With the date printed under the post, the first line is the title."""
        text = "\n\n".join(
            [HEADLINE, FIRST, SECOND, "January 14, 2007", "No comments:"]
        )
        article = parse_article(text)
        assert article.headline == HEADLINE
        assert article.body == (FIRST, SECOND)
        assert article.date.isoformat() == "2007-01-14"

    def test_epigraph_is_not_a_headline(self):
        """A saying signed with a dash at the top is not a title."""
        saying = "Do you realize if it weren't for Edison we'd be watching TV by candlelight?  -Al Boliska"
        article = parse_article(dump(saying, FIRST))
        assert article.headline is None

    def test_long_sentence_is_not_a_headline(self):
        """A line of more than twelve words closed by a full stop is a sentence."""
        sentence = "This is the full statement put out by the shadow chancellor in response to the budget."
        article = parse_article(dump(sentence, FIRST))
        assert article.headline is None


class TestTitleShapes:
    """Titles that end with a colon or hold two short sentences."""

    @pytest.mark.parametrize("title", ["A Garden Update:", "Notes From The Harbour:"])
    def test_title_cased_line_ending_with_colon_is_a_title(self, title):
        """A line ending with a colon is a title when written in title case."""
        article = parse_article(dump(title, FIRST, SECOND))
        assert article.headline == title
        assert article.body == (FIRST, SECOND)

    @pytest.mark.parametrize(
        "text", ["Here is what we found:", "The harbour master writes:"]
    )
    def test_sentence_ending_with_colon_is_not_a_title(self, text):
        """A colon line with lower-case long words introduces what follows."""
        assert looks_like_headline(text) is False

    @pytest.mark.parametrize(
        "title",
        ["Rain Again... Who Is Surprised?", "Never Again! Cheap Ferries!!!"],
    )
    def test_two_short_title_cased_sentences_are_a_title(self, title):
        """Two short exclamations or questions in title case are a title."""
        article = parse_article(dump(title, FIRST, SECOND))
        assert article.headline == title

    @pytest.mark.parametrize(
        "text", ["It rained again. Who is surprised?", "Stay warm! See you soon!"]
    )
    def test_two_short_sentences_in_prose_case_are_not_a_title(self, text):
        """Two short sentences written as prose are body, not a title."""
        assert looks_like_headline(text) is False

    @pytest.mark.parametrize(
        "said",
        ["Jane Roe said: “We went to the harbour.”", "Tom Berg wrote: 'It rained.'"],
    )
    def test_quoted_sentence_under_the_date_defers_to_title_above(self, said):
        """A sentence closed by a stop inside quotation marks is a sentence."""
        text = "\n".join(["Family Time", "Sunday, October 5, 2014", said, FIRST, ""])
        article = parse_article(text)
        assert article.headline == "Family Time"
        assert article.body[0] == said


class TestChromeAboveTheDate:
    """A date below page chrome opens the post; the title is next to it."""

    @pytest.mark.parametrize(
        "chrome",
        [
            ["Harbour Notes", "Blog powered by Someone", "Become a Fan", "Archives"],
            ["Skip to content", "Home | About | Contact", "Recent Posts", "Tags"],
        ],
    )
    def test_title_under_a_date_below_chrome(self, chrome):
        """Chrome lines close no sentence: the date is the top of the post."""
        text = "\n".join([*chrome, "Dec 5, 2024", HEADLINE, FIRST, SECOND, ""])
        assert parse_article(text).headline == HEADLINE

    @pytest.mark.parametrize(
        "nav",
        [
            "« The Pier Reopens | Main | Winter Timetable »",
            "« Older Posts | Home | Newer Posts »",
        ],
    )
    def test_links_to_other_posts_are_not_a_title(self, nav):
        """A line linking the posts before and after is not a title."""
        assert looks_like_headline(nav) is False
        text = "\n".join([nav, "Dec 5, 2024", LONG, SECOND, ""])
        assert parse_article(text).headline is None


class TestMottoAboveTheTitle:
    """A blog's name and a short motto above a tag heading and a meta line."""

    @pytest.mark.parametrize(
        ("chrome", "meta"),
        [
            (["Harbour Notes", "The sea decides.", "Posts Tagged ‘ferries’"],
             "Posted by Tom Berg on April 2, 2012"),
            (["Island Life", "We row.", "Archive for March"],
             "March 3, 2013 // Ferries // 4 Comments"),
        ],
    )  # fmt: skip
    def test_title_above_meta_line_below_chrome(self, chrome, meta):
        """A short motto closes a sentence but is chrome, not a post."""
        text = "\n\n".join([*chrome, HEADLINE, meta, FIRST, SECOND, ""])
        article = parse_article(text)
        assert article.headline == HEADLINE
        assert article.body == (FIRST, SECOND)


class TestBracketsAndLongLines:
    """A bracket left open tells nothing; a long line with a stop is prose."""

    @pytest.mark.parametrize("title", ["Back On The Water :)", "Harbour Days (Part 2"])
    def test_unbalanced_bracket_in_a_short_title(self, title):
        """A smiley or a bracket left open does not refuse a title."""
        assert looks_like_headline(title) is True

    @pytest.mark.parametrize(
        "text",
        [
            "Old boats pulled up on the shore seen Monday near the harbour, "
            "north of Port Ellen, UK. (photo by",
            "The ferry left at noon. Everyone on the pier waved at the crew "
            "as it rounded the point",
        ],
    )
    def test_long_line_with_a_stop_inside_is_prose(self, text):
        """More than twelve words and a full stop before a space: prose."""
        assert looks_like_headline(text) is False


class TestTitleAboveOrBelowTheDate:
    """The line above the date is the title only when the line below is prose."""

    @pytest.mark.parametrize(
        "below", ["Ferry Service Resumes At Last.", "The Harbour Reopens Today."]
    )
    def test_title_cased_line_under_the_date_is_the_title(self, below):
        """A title closed by a stop under the date beats a blog's name above."""
        text = "\n".join(["Harbour Notes", "Dec 5, 2024", below, LONG, ""])
        assert parse_article(text).headline == below

    @pytest.mark.parametrize(
        "below", ["We went to the harbour today.", "The ferry was late again."]
    )
    def test_prose_under_the_date_defers_to_the_title_above(self, below):
        """A short prose sentence under the date is body; the title is above."""
        text = "\n".join([HEADLINE, "Dec 5, 2024", below, LONG, ""])
        article = parse_article(text)
        assert article.headline == HEADLINE
        assert article.body[0] == below


class TestPageChrome:
    """Skip links and archive headings are never the title."""

    @pytest.mark.parametrize(
        "chrome",
        ["Skip to main content", "Jump to Navigation", "Posts Tagged ‘ferries’",
         "Tag Archives: harbour"],
    )  # fmt: skip
    def test_chrome_line_is_not_a_title(self, chrome):
        """A skip link or an archive heading is chrome."""
        assert looks_like_headline(chrome) is False

    @pytest.mark.parametrize("chrome", ["Skip to content", "Jump to Navigation"])
    def test_title_under_a_skip_link_with_no_date(self, chrome):
        """With no date, the first line past the chrome is the title."""
        text = "\n\n".join([chrome, HEADLINE, FIRST, SECOND, ""])
        article = parse_article(text)
        assert article.headline == HEADLINE
        assert article.body == (FIRST, SECOND)

    @pytest.mark.parametrize(
        "text",
        ["Jump to the harbour, said the captain.", "Skip to the end of the story!"],
    )
    def test_prose_that_opens_alike_is_not_chrome(self, text):
        """A sentence that opens as a skip link does is no chrome."""
        assert is_chrome_line(text) is False


class TestTitleAboveAMetaLine:
    """Over a meta line, the line above is the title even if the one below reads as one."""

    @pytest.mark.parametrize(
        "meta", ["Sat Apr 7, 2012 Ana Lind", "Posted by Tom Berg on April 2, 2012"]
    )
    def test_title_above_meta_line(self, meta):
        """The meta line is printed under its title; below it is the body."""
        text = "\n\n".join(
            ["Harbour Notes", "Ferry Day", meta, "Ferry Service Resumes At Last.", LONG]
        )
        article = parse_article(text)
        assert article.headline == "Ferry Day"
        assert article.body[0] == "Ferry Service Resumes At Last."


class TestTitleAboveAnAuthorLine:
    """With the author's line right under the date, the line above the date is the title."""

    @pytest.mark.parametrize(
        "author", ["Posted by Ana Lind", "Posted by Tom Berg at 9:15 AM"]
    )
    def test_title_above_date_with_author_line_below(self, author):
        """The line under the author's line is the body, even when short."""
        text = "\n\n".join(["Ferry Day", "April 2, 2012", author, "Back at last"])
        article = parse_article(text)
        assert (article.headline, article.body) == ("Ferry Day", ("Back at last",))
