"""Tests of the comment-footer section (``articlekit.sections.comments``)."""

from __future__ import annotations

import pytest

from articlekit import (
    ArticleParseError,
    CommentFooter,
    Parser,
    ParseState,
    Policy,
    Severity,
    parse_article,
)
from articlekit.sections.comments import (
    FOOTER_PHRASES,
    count_of,
    make_comments_parser,
    parse_comments,
)

# Strict from INFO up: these codes are infos, which plain strict mode records.
INFO_STRICT = Parser(policy=Policy(strict=True, raise_at=Severity.INFO))

HEADLINE = "Harbour Ferry Service Resumes After Winter Storms"
FIRST = (
    "The ferry between the two islands was suspended in January after storms "
    "tore away part of the pier."
)
SECOND = "Repairs cost more than expected, officials said."

# A full Blogger footer: count, a reader comment, its timestamp, chrome.
BLOGGER_FOOTER = (
    "2 comments:",
    "Tom said...",
    "Great news for the island, at last.",
    "October 6, 2008 at 9:02 AM",
    "Anonymous said...",
    "About time the council paid for it.",
    "Post a Comment",
    "Newer Post Older Post Home",
    "Subscribe to: Post Comments (Atom)",
)


def dump(*footer: str, body: tuple[str, ...] = (FIRST, SECOND)) -> str:
    """Return a dump: date, headline, body paragraphs, then ``footer`` lines."""
    return "\n\n".join(["Dec 5, 2024", HEADLINE, *body, *footer])


def comments_codes(article):
    """Return the codes the comments section reported, in order."""
    return [d.code for d in article.diagnostics if d.section == "comments"]


class TestCountOf:
    """``count_of``: the comment count a footer line states."""

    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            ("No comments:", 0),
            ("No comments", 0),
            ("0 comments", 0),
            ("1 comment:", 1),
            ("12 comments:", 12),
            ("3 Comments", 3),
            ("Three comments:", 3),
            ("ten replies:", 10),
            ("4 thoughts on “Title”", 4),
            ("2 responses to this post.", 2),
            ("2 Responses to “Harbour Ferry Service Resumes”", 2),
            ("One Reply to “Harbour Ferry”", 1),
            ("7 reactions »", 7),
            ("5 trackbacks", 5),
        ],
    )
    def test_count_lines(self, line, expected):
        """Each count-line shape gives its number."""
        assert count_of(line) == expected

    @pytest.mark.parametrize(
        "line",
        [
            "Post a Comment",
            "Comments are closed.",
            "Newer Post Older Post Home",
            "12 comments: thanks for reading",
            "3 comments about the war",
            "comments: 3",
            HEADLINE,
            "",
        ],
    )
    def test_lines_without_count(self, line):
        """Lines that state no count (or say more after it) give ``None``."""
        assert count_of(line) is None


class TestFooterPhrases:
    """``FOOTER_PHRASES``: the whole lines that open a footer."""

    def test_holds_blogger_phrases(self):
        """The Blogger footer lines named in the spec are listed."""
        assert {"post a comment", "comments are closed"} <= set(FOOTER_PHRASES)

    def test_phrases_are_case_folded(self):
        """Phrases are stored case-folded, as they are compared."""
        assert [p for p in FOOTER_PHRASES if p != p.casefold()] == []


class TestParseComments:
    """``parse_comments``: the default comment-footer section parser."""

    def test_claims_footer_on_a_state(self):
        """On a bare state the footer region is claimed and True returned."""
        state = ParseState(dump("No comments:", "Post a Comment"))
        state.enter("comments")
        found = parse_comments(state)
        assert found is True
        assert state.comments == CommentFooter(
            count=0, lines=("No comments:", "Post a Comment")
        )
        assert [b.text for b in state.claimed_by("comments")] == [
            "No comments:",
            "Post a Comment",
        ]

    def test_returns_false_without_footer_on_a_state(self):
        """Without a footer nothing is claimed and False is returned."""
        state = ParseState(dump())
        state.enter("comments")
        found = parse_comments(state)
        assert (found, state.comments) == (False, None)
        assert [d.code for d in state.diagnostics] == ["comments.missing"]

    @pytest.mark.parametrize(
        ("footer", "expected"),
        [
            (("No comments:", "Post a Comment"), 0),
            (("1 comment:", "Tom said...", "Nice.", "Post a Comment"), 1),
            (("12 comments:",), 12),
            (("4 thoughts on “Harbour Ferry Service Resumes”",), 4),
            (("2 responses to this post.",), 2),
            (("Post a Comment",), None),
            (("Comments are closed.",), None),
            (("POST A COMMENT",), None),
            (("Leave a Reply",), None),
        ],
        ids=lambda v: v[0] if isinstance(v, tuple) else repr(v),
    )
    def test_footer_shapes(self, footer, expected):
        """Each footer shape is found, with its stated count or ``None``."""
        article = parse_article(dump(*footer))
        assert article.comments is not None
        assert (article.comments.count, article.comments.lines) == (expected, footer)
        assert comments_codes(article) == []
        assert article.body == (FIRST, SECOND)

    def test_seed_layout_footer(self):
        """The seed's ``No comments:`` / ``Post a Comment`` ends the post."""
        text = dump("No comments:", "Post a Comment")
        article = parse_article(text)
        assert article.comments.count == 0
        assert article.comments.span.slice(text) == "No comments:\n\nPost a Comment"

    def test_region_holds_reader_comments_and_chrome(self):
        """Everything from the count line down is footer, in order."""
        article = parse_article(dump(*BLOGGER_FOOTER))
        assert article.comments.count == 2
        assert article.comments.lines == BLOGGER_FOOTER

    def test_region_text_is_not_body(self):
        """No reader comment or chrome line leaks into the body."""
        article = parse_article(dump(*BLOGGER_FOOTER))
        assert article.body == (FIRST, SECOND)
        assert [line for line in BLOGGER_FOOTER if line in article.body] == []

    def test_region_timestamp_is_not_the_date(self):
        """A comment's timestamp in the footer does not replace the post date."""
        article = parse_article(dump(*BLOGGER_FOOTER))
        assert article.date.isoformat() == "2024-12-05"

    def test_region_spans(self):
        """The footer's spans map back to its lines and its whole extent."""
        text = dump(*BLOGGER_FOOTER)
        footer = parse_article(text).comments
        assert [s.slice(text) for s in footer.spans] == list(BLOGGER_FOOTER)
        assert footer.span.slice(text) == "\n\n".join(BLOGGER_FOOTER)

    def test_count_taken_from_first_count_line(self):
        """A region opened by a phrase takes the count of a later count line."""
        footer = ("Post a Comment", "Newer Post Older Post Home", "5 comments:")
        article = parse_article(dump(*footer))
        assert (article.comments.count, article.comments.lines) == (5, footer)

    def test_count_near_top_is_not_footer(self):
        """A count right under the headline is post metadata, not the footer."""
        text = dump("No comments:", body=("3 comments", FIRST, SECOND))
        article = parse_article(text)
        assert (article.comments.count, article.comments.lines) == (
            0,
            ("No comments:",),
        )
        assert article.body == ("3 comments", FIRST, SECOND)

    def test_count_near_top_without_footer(self):
        """A count under the headline does not open a footer on its own."""
        article = parse_article(dump(body=("3 comments", FIRST, SECOND)))
        assert article.comments is None
        assert article.body == ("3 comments", FIRST, SECOND)

    def test_footer_after_single_paragraph(self):
        """A one-paragraph post still has its footer (the package doctest)."""
        article = parse_article("Dec 5, 2024\nA Headline\nThe body.\nNo comments:\n")
        assert (article.headline, article.body) == ("A Headline", ("The body.",))
        assert article.comments is not None
        assert article.comments.count == 0

    def test_no_footer_reports_missing(self):
        """A dump cut off before its footer gives ``comments.missing``."""
        text = dump()
        article = parse_article(text)
        assert article.comments is None
        assert comments_codes(article) == ["comments.missing"]
        assert article.body == (FIRST, SECOND)

    def test_missing_footer_points_at_last_block(self):
        """``comments.missing`` carries the span of the last unclaimed block."""
        text = dump()
        article = parse_article(text)
        (diagnostic,) = [d for d in article.diagnostics if d.section == "comments"]
        assert text[diagnostic.start : diagnostic.end] == SECOND
        assert diagnostic.line == text.count("\n", 0, diagnostic.start) + 1

    def test_missing_footer_raises_in_strict_mode(self):
        """Strict mode at INFO raises ``ArticleParseError`` with a line and column."""
        text = dump()
        with pytest.raises(ArticleParseError) as info:
            INFO_STRICT.parse(text)
        error = info.value
        assert (error.diagnostic.code, error.line, error.column) == (
            "comments.missing",
            7,
            1,
        )

    def test_footer_passes_strict_mode(self):
        """A dump with a footer raises nothing about comments in strict mode."""
        article = parse_article(dump("No comments:", "Post a Comment"), strict=True)
        assert article.comments.count == 0

    def test_to_dict_holds_count(self):
        """``to_dict()`` carries the count under ``comments``."""
        article = parse_article(dump("12 comments:"))
        assert article.to_dict()["comments"]["count"] == 12

    def test_to_dict_without_footer(self):
        """``to_dict()`` gives ``None`` for a missing footer."""
        assert parse_article(dump()).to_dict()["comments"] is None

    def test_body_sentence_starting_like_count_is_not_footer(self):
        """A body paragraph ``Two responses to ...`` does not open the footer."""
        sentence = "Two responses to the closure emerged from the council."
        body = (FIRST, SECOND, sentence, "The mayor is pleased.")
        article = parse_article(dump("No comments:", body=body))
        assert article.body == body
        assert article.comments.lines == ("No comments:",)


class TestMakeCommentsParser:
    """``make_comments_parser``: options of the comment-footer section."""

    def test_custom_phrase_opens_footer(self):
        """A phrase given to the factory opens the footer."""
        parser = Parser()
        parser.pipeline.replace(
            "comments", make_comments_parser(phrases=("Kommentar schreiben",))
        )
        article = parser.parse(dump("Kommentar schreiben", "Anna: Toll!"))
        assert (article.comments.count, article.comments.lines) == (
            None,
            ("Kommentar schreiben", "Anna: Toll!"),
        )
        assert article.body == (FIRST, SECOND)

    @pytest.mark.parametrize("phrase", ["Kommentare", "KOMMENTARE:", "Kommentare."])
    def test_one_word_phrase_opens_footer(self, phrase):
        """A phrase of one word opens the footer: a line without a blank can."""
        parser = Parser()
        parser.pipeline.replace(
            "comments", make_comments_parser(phrases=("Kommentare",))
        )
        article = parser.parse(dump(phrase, "Anna: Toll!"))
        assert article.comments.lines == (phrase, "Anna: Toll!")

    def test_phrase_of_no_words_opens_footer(self):
        """A phrase of punctuation alone is matched by a line of no words."""
        parser = Parser()
        parser.pipeline.replace("comments", make_comments_parser(phrases=("...",)))
        article = parser.parse(dump("!!!", "Anna: Toll!"))
        assert article.comments.lines == ("!!!", "Anna: Toll!")

    def test_custom_phrases_are_case_blind(self):
        """Phrases match whatever their case, final stop or colon."""
        parser = Parser()
        parser.pipeline.replace(
            "comments", make_comments_parser(phrases=("Kommentar schreiben",))
        )
        article = parser.parse(dump("KOMMENTAR SCHREIBEN:"))
        assert article.comments.lines == ("KOMMENTAR SCHREIBEN:",)

    def test_custom_phrases_replace_defaults(self):
        """With custom phrases the default ``Post a Comment`` opens nothing."""
        parser = Parser()
        parser.pipeline.replace(
            "comments", make_comments_parser(phrases=("Kommentar schreiben",))
        )
        article = parser.parse(dump("Post a Comment"))
        assert article.comments is None
        assert comments_codes(article) == ["comments.missing"]

    def test_custom_phrases_keep_count_lines(self):
        """Count lines open a footer whatever the phrases."""
        parser = Parser()
        parser.pipeline.replace("comments", make_comments_parser(phrases=()))
        article = parser.parse(dump("3 comments:", "Post a Comment"))
        assert (article.comments.count, article.comments.lines) == (
            3,
            ("3 comments:", "Post a Comment"),
        )

    def test_custom_parser_leaves_default_alone(self):
        """``parse_article`` keeps the default phrases after a replacement."""
        parser = Parser()
        parser.pipeline.replace("comments", make_comments_parser(phrases=()))
        parser.parse(dump("Post a Comment"))
        assert parse_article(dump("Post a Comment")).comments.lines == (
            "Post a Comment",
        )

    def test_skip_zero_accepts_count_at_top(self):
        """With ``skip=0`` a count right under the headline opens the footer."""
        parser = Parser()
        parser.pipeline.replace("comments", make_comments_parser(skip=0))
        article = parser.parse(dump(body=("3 comments", FIRST, SECOND)))
        assert (article.comments.count, article.comments.lines) == (
            3,
            ("3 comments", FIRST, SECOND),
        )

    def test_large_skip_hides_footer(self):
        """Blocks within ``skip`` never open a footer."""
        parser = Parser()
        parser.pipeline.replace("comments", make_comments_parser(skip=5))
        article = parser.parse(dump("No comments:"))
        assert article.comments is None
        assert comments_codes(article) == ["comments.missing"]

    def test_string_phrases_raise(self):
        """A bare string for ``phrases`` is a configuration mistake."""
        with pytest.raises(TypeError):
            make_comments_parser(phrases="Post a Comment")


class TestReaderCommentsWithoutFooterLine:
    @pytest.mark.parametrize(
        "first",
        [
            "Karen said...",
            "Mary | Deep South Dish said...",
            "Dan Ridley says:",
        ],
    )
    def test_first_reader_comment_opens_the_footer(self, first):
        """A reader comment's header opens the footer when no footer line precedes it."""
        article = parse_article(dump(first, "Lovely post, thanks!"))
        assert article.body == (FIRST, SECOND)
        assert article.comments.lines == (first, "Lovely post, thanks!")
        assert article.comments.count is None

    def test_closed_notice_with_more_words(self):
        """``Comment status: comments have been closed. ...`` opens the footer."""
        notice = "Comment status: comments have been closed. The site is now out of business."
        article = parse_article(dump(notice))
        assert article.comments.lines == (notice,)

    def test_said_inside_a_sentence_is_not_a_comment_header(self):
        """A body sentence ending in ``said...`` is too long to be a header."""
        sentence = "The ferry captain looked out over the harbour for a long while and then he said..."
        article = parse_article(dump("No comments:", body=(FIRST, sentence)))
        assert article.body == (FIRST, sentence)


class TestFirstLetterLook:
    def test_phrase_of_punctuation_only(self):
        """A footer phrase with no letters still opens the footer."""
        parser = Parser()
        parser.pipeline.replace("comments", make_comments_parser(phrases=("...",)))
        article = parser.parse("Dec 5, 2024\nA Headline\nBody text.\n...\nA reply.\n")
        assert article.comments is not None
        assert article.comments.lines == ("...", "A reply.")


def test_count_line_with_long_s() -> None:
    """ "ſix comments:" still counts (regex folds ſ to s, and so does casefold)."""
    from articlekit import parse_article

    article = parse_article("Title\n\nA post.\n\nſix comments:\n")
    assert article.comments is not None
    assert article.comments.count == 6


def test_digit_python_does_not_know_is_no_count() -> None:
    """A digit newer than Python's Unicode tables neither counts nor crashes."""
    from articlekit import parse_article
    from articlekit.sections.comments import count_of

    assert count_of("\U00010d40 comments") is None
    article = parse_article(
        "Hama Falls\nRebels took the city.\nPost a comment\n\U00010d40 comments\n"
    )
    assert article.comments is not None
    assert article.comments.count is None


def test_long_custom_phrase_opens_the_footer() -> None:
    """A custom footer phrase of any length still opens the footer."""
    from articlekit import ParseState
    from articlekit.sections.comments import make_comments_parser

    phrase = "Comments on this site are moderated " * 12
    state = ParseState(f"Title\n\nThe post.\n\n{phrase}\n\nA reader said hello.")
    state.enter("comments")
    assert make_comments_parser(phrases=[phrase])(state)
    assert state.comments is not None
    assert state.comments.lines[0] == phrase.strip()


def _footer(text: str, **options):
    """The footer a parser reads, its comments section built with ``options``."""
    parser = Parser()
    if options:
        parser.pipeline.replace("comments", make_comments_parser(**options))
    return parser.parse(text).comments


class TestFooterOpeners:
    """Lines of every shape open the footer, whatever their case."""

    @pytest.mark.parametrize(
        "line",
        [
            "2 REACTİONS:",  # the pattern's case-blind i matches İ
            "ſix comments:",
            "5 TRACKBACKS",  # with a Kelvin sign
            "٣ comments",  # an Arabic-Indic digit
            "Comment status: comments have been closed. Thanks for reading.",
            "COMMENTS   ARE CLOSED!",
            "Post   a comment!!",
            "Mary | Deep South Dish said…",
        ],
    )
    def test_footer_line_opens_the_footer(self, line):
        """Each shape opens the footer."""
        footer = _footer(dump(line, "A reply."))
        assert footer is not None
        assert footer.lines == (line, "A reply.")

    @pytest.mark.parametrize(
        ("phrase", "line"),
        [
            ("Kommentar schreiben", "KOMMENTAR   SCHREIBEN:"),
            ("Écrire un commentaire", "ÉCRIRE UN COMMENTAIRE."),
            ("Share...", "SHARE"),
        ],
    )
    def test_custom_phrase_line_opens_the_footer(self, phrase, line):
        """A custom phrase opens the footer whatever its case and stops."""
        footer = _footer(dump(line), phrases=(phrase,))
        assert footer is not None
        assert footer.lines == (line,)

    def test_count_read_from_a_long_footer_line(self):
        """A count line too long to open the footer still gives the count."""
        long_count = "5" + " " * 450 + "comments:"
        footer = _footer(dump("Post a Comment", long_count))
        assert (footer.count, footer.lines) == (5, ("Post a Comment", long_count))

    def test_long_count_line_opens_no_footer(self):
        """A count line of more than 400 characters does not open the footer."""
        long_count = "5" + " " * 450 + "comments:"
        assert _footer(dump(long_count, "No comments:")).lines == ("No comments:",)

    def test_footer_takes_every_line_below_its_first(self):
        """Below its first line the footer takes every unclaimed block."""
        footer = ("Karen said...", "Lovely!", "March 3, 2009 at 4:00 PM", "x")
        assert _footer(dump(*footer)).lines == footer


def test_word_initials_hold_every_opening_of_a_number_word() -> None:
    """Every character the count pattern's number words open with is looked for."""
    import sys

    import regex

    from articlekit.sections.comments import _NUMBER_WORDS, _WORD_INITIALS

    letters = "".join(sorted({word[0] for word in _NUMBER_WORDS}))
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    opening = set(regex.findall(f"[{letters}]", every, flags=regex.IGNORECASE))
    assert opening <= set(_WORD_INITIALS)


class TestNumberedReaderComments:
    """An indented numbered list set off below the post is reader comments."""

    @staticmethod
    def _dump(*tail: str, gap: str = "\n\n\n") -> str:
        post = "Dec 5, 2024\n\nHarbour Ferry Returns\n\nThe ferry is back at last."
        return post + gap + "\n\n".join(tail) + "\n"

    @pytest.mark.parametrize(
        "items",
        [
            ("  1. What lovely photos of the pier!", "  2. Glad it is running again."),
            (
                "   1. Marta Quill Avatar",
                "      So happy for the island.",
                "   2. Great.",
            ),
            ("  1) First!",),
        ],
    )
    def test_set_off_list_opens_a_footer_without_count(self, items):
        """Two blank lines, then an indented list from 1: a footer with no count."""
        article = parse_article(self._dump(*items))
        assert article.body == ("The ferry is back at last.",)
        assert article.comments is not None
        assert article.comments.count is None
        assert article.comments.lines == tuple(i.strip() for i in items)

    def test_list_under_one_line_break_is_body(self):
        """A list right under its sentence is the post's own list."""
        text = (
            "Dec 5, 2024\n\nHarbour Ferry Returns\n\nThe ferry will now:\n"
            "  1. Run every hour\n  2. Carry bicycles\n"
        )
        article = parse_article(text)
        assert article.comments is None
        assert article.body[-1] == "2. Carry bicycles"

    def test_list_introduced_by_a_colon_is_body(self):
        """Set off or not, a list its sentence introduces with a colon is body."""
        article = parse_article(
            self._dump("  1. Run every hour", "  2. Carry bicycles").replace(
                "back at last.", "back. It will:"
            )
        )
        assert article.comments is None
        assert article.body[-1] == "2. Carry bicycles"

    @pytest.mark.parametrize("gap", ["\n\n", "\n"])
    def test_list_after_one_blank_line_is_body(self, gap):
        """One blank line does not set a list off from the post."""
        article = parse_article(
            self._dump("  1. Run hourly.", "  2. Carry bikes.", gap=gap)
        )
        assert article.comments is None
        assert article.body[-1] == "2. Carry bikes."

    @pytest.mark.parametrize(
        "first", ["1. Not indented at all.", "  1.5 million rode it."]
    )
    def test_unindented_or_unnumbered_line_is_body(self, first):
        """Only an indented numbered item opens the comments."""
        article = parse_article(self._dump(first))
        assert article.comments is None
        assert article.body[-1] == first.strip()


class TestCountNamingTheTitle:
    """``N Responses to TITLE`` with the title unquoted states a count."""

    @pytest.mark.parametrize(
        ("line", "title", "expected"),
        [
            ("3 Responses to Harbour Ferry Returns", "Harbour Ferry Returns", 3),
            ("One thought on A Winter by the Sea", "A Winter by the Sea!", 1),
            ("2 replies to harbour   ferry returns:", "Harbour Ferry Returns", 2),
            ("3 Responses to Harbour Ferry Returns", "Another Title", None),
            ("3 Responses to Harbour Ferry Returns", None, None),
            ("5 responses to the survey came in", "Harbour Ferry Returns", None),
        ],
    )
    def test_count_of_with_title(self, line, title, expected):
        """The words after ``to``/``on`` must be the headline."""
        assert count_of(line, title) == expected

    @pytest.mark.parametrize(
        "footer",
        ["2 Responses to Harbour Ferry Returns", "2 thoughts on harbour ferry returns"],
    )
    def test_line_naming_the_headline_opens_the_footer(self, footer):
        """The line opens the footer and gives its count."""
        text = (
            "Harbour Ferry Returns\n\nThe ferry is back.\n\n"
            + footer
            + "\n\nGreat news!\n"
        )
        article = parse_article(text)
        assert article.body == ("The ferry is back.",)
        assert article.comments.count == 2
        assert article.comments.lines == (footer, "Great news!")

    def test_line_naming_another_title_is_body(self):
        """A count line naming something else is a sentence of the post."""
        line = "2 responses to the ferry plan arrived"
        article = parse_article(
            "Harbour Ferry Returns\n\nThe ferry is back.\n\n" + line + "\n"
        )
        assert article.comments is None
        assert article.body[-1] == line


class TestClosedNotices:
    """A line that opens with a closed-comments notice opens the footer."""

    @pytest.mark.parametrize(
        "notice",
        [
            "Comments are closed.",
            "Discussion: comments closed. Thanks to everyone who wrote in.",
            "The comments on this post have been closed for now",
            "Status:   COMMENTS WERE CLOSED after a week.",
            "Comments are now closed",
        ],
    )
    def test_notice_opens_the_footer(self, notice):
        """Any wording of the notice, with a label before it or not."""
        article = parse_article(dump(notice, "Karen: what a week."))
        assert article.body == (FIRST, SECOND)
        assert article.comments.lines == (notice, "Karen: what a week.")
        assert article.comments.count is None

    @pytest.mark.parametrize(
        "line",
        [
            "The pier closed early that winter, the harbour master said.",
            "Comments about the closed pier poured in from the islands.",
        ],
    )
    def test_closed_in_a_sentence_is_body(self, line):
        """``closed`` elsewhere in a sentence opens nothing."""
        article = parse_article(dump(body=(FIRST, line)))
        assert article.body == (FIRST, line)
        assert article.comments is None


class TestStampedHeadersAndIntro:
    """``NAME DATE TIME said:`` headers, and a free-text line introducing them."""

    @pytest.mark.parametrize(
        "header",
        [
            "Marta Quill Dec 6, 2024 09:14 AM said:",
            "harbourfan on 6 December 2024 at 9:14 pm wrote:",
            "Ole 12/06/2024 21:14 says:",
        ],
    )
    def test_stamped_header_opens_the_footer(self, header):
        """A header with a time of day may end in ``said:``/``wrote:``."""
        article = parse_article(dump(header, "So glad it is back."))
        assert article.body == (FIRST, SECOND)
        assert article.comments.lines == (header, "So glad it is back.")

    def test_speaker_line_without_time_is_body(self):
        """``NAME said:`` with no time introduces a quotation in the post."""
        line = "The harbour master said:"
        article = parse_article(dump(body=(FIRST, line, "“We will run every hour.”")))
        assert article.comments is None
        assert line in article.body

    @pytest.mark.parametrize(
        "intro", ["Some readers were moved to reply", "What the readers thought"]
    )
    def test_intro_line_opens_the_footer(self, intro):
        """A short unpunctuated line about replies above the first header opens it."""
        header = "Marta Quill Dec 6, 2024 09:14 AM said:"
        article = parse_article(dump(intro, header, "So glad."))
        assert article.body == (FIRST, SECOND)
        assert article.comments.lines == (intro, header, "So glad.")

    @pytest.mark.parametrize(
        "last",
        [
            "And then I had to leave for the",  # cut off, no reply word
            "Leave your replies below, readers.",  # a sentence
        ],
    )
    def test_other_line_above_a_header_is_body(self, last):
        """Without a reply word, or with a closing stop, the line is the post's."""
        article = parse_article(dump("Karen said...", "So glad.", body=(FIRST, last)))
        assert article.body == (FIRST, last)
        assert article.comments.lines == ("Karen said...", "So glad.")
