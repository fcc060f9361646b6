"""Unit tests for the post splitter (articlekit.sections.posts)."""

from __future__ import annotations

import io

import pytest

from articlekit import Parser, iter_articles, parse_article
from articlekit.sections.date import DATE_LINES, looks_like_date_header
from articlekit.sections.posts import (
    MARKS,
    Post,
    is_byline,
    is_closing,
    is_dated_author,
    is_labels,
    split_posts,
)

# Lines in the shapes of the archive pages in ../shared/corpus: date
# headers of several shapes (and one that gives no date), titles, text.
LINES = [
    "Sunday, October 5, 2014",
    "Dec 5, 2024",
    "28 July 2011",
    "Feb 30, 2024",
    "22 May",
    "2011-03-08",
    "Family Time",
    "A Walk In The Park",
    "We went to the park and fed the ducks.",
    "Posted by Jane Roe at 10:15 AM",
    "3 comments:",
    "Dec 5, 2024 at 10:00",
]


def _first_post_end(texts: list[str]) -> int | None:
    """The first post's length by split_posts, or None when it is the only one."""
    first = next(split_posts(t + "\n" for t in texts), [])
    return len(first) if len(first) < len(texts) else None


class TestSplitPosts:
    def test_second_post_opens_at_its_date(self):
        texts = ["Dec 5, 2024", "Family Time", "We went out.", "Dec 6, 2024", "More"]
        assert _first_post_end(texts) == 3

    def test_title_above_the_date_opens_the_post(self):
        texts = [
            "Dec 5, 2024",
            "We went to the park.",
            "We fed the ducks.",
            "A Walk In The Park",
            "Dec 6, 2024",
            "It rained all day, so we stayed in.",
        ]
        assert _first_post_end(texts) == 3

    def test_run_of_headers_is_one_post(self):
        """A calendar of dates with no text opens no second post."""
        assert _first_post_end([f"Dec {d}, 2024" for d in range(1, 29)]) is None

    def test_one_post(self):
        assert _first_post_end(["Dec 5, 2024", "Family Time", "Text."]) is None

    def test_every_line_is_in_one_post(self):
        """The posts, joined, are the lines given, in order."""
        lines = [line + "\n" for line in LINES * 3]
        assert [line for post in split_posts(lines) for line in post] == lines

    def test_parse_article_cuts_where_iter_articles_does(self):
        """parse_article's first post is iter_articles' first article."""
        text = "".join(line + "\n" for line in LINES * 2)
        first = next(iter_articles(io.StringIO(text)))
        assert parse_article(text).body == first.body


class TestMarks:
    def test_the_first_mark_is_the_date_header(self):
        """The date lines the date section declares, tested as headers."""
        assert split_posts.marks[0] == (DATE_LINES, looks_like_date_header)

    def test_every_mark_passes_its_filter_and_test(self):
        """A line the splitter takes for a mark passes its kind's filter and test."""
        from articlekit.state import ParseState

        exact = (
            looks_like_date_header,
            is_labels,
            is_byline,
            is_dated_author,
            is_closing,
        )
        state = ParseState("".join(t + "\n" for t in LINES + MARK_LINES))
        for (lines, test), mark in zip(MARKS, exact, strict=True):
            accepted = set(state.lines_matching(lines))
            marks = [i for i, text in enumerate(state.texts) if mark(text)]
            assert marks, mark
            for i in marks:
                assert i in accepted, (state.texts[i], lines)
                assert test(state.texts[i])

    def test_a_count_line_is_no_byline(self):
        """``No comments:`` ends in a colon and holds a verb: it is not a mark."""
        byline_lines, may_be = MARKS[2]
        assert byline_lines.accepts("No comments:")
        assert not may_be("No comments:")
        assert not may_be("3 Comments:")
        assert not is_byline("Two comments:")

    def test_a_whole_text_is_cut_as_its_stream_is(self):
        """iter_articles of a str, one post or several, is that of its lines."""
        one = "Dec 5, 2024\nFamily Time\nWe went out.\n42\nIn 2024.\n"
        two = "".join(line + "\n" for line in LINES * 2)
        for text in (one, two, "", "\n \n"):
            whole = [a.to_dict() for a in iter_articles(text)]
            assert whole == [a.to_dict() for a in iter_articles(io.StringIO(text))]

    def test_one_date_header_among_date_lines_is_one_post(self):
        """Date lines that are no headers cut nothing: the splitter is spared."""
        text = "Dec 5, 2024\nFamily Time\nWe went out.\n42\nIn 2024.\nText.\n"
        article = parse_article(text)
        assert article.following == ()
        assert article.body == next(iter_articles(text)).body

    def test_headers_in_other_digits_split_parse_article_too(self):
        """A page dated in Arabic-Indic digits is cut as iter_articles cuts it."""
        day = "Dec \u0665, \u0662\u0660\u0662\u0664"
        text = f"{day}\nFamily Time\nWe went out.\n{day}\nMore Time\nText.\n"
        first = next(iter_articles(text))
        article = parse_article(text)
        assert article.body == first.body == ("We went out.",)
        assert [b.text for b in article.following] == [day, "More Time", "Text."]


def test_parse_article_keeps_the_later_posts_apart():
    text = "Dec 5, 2024\nFamily Time\nWe went out.\nDec 6, 2024\nMore Time\nText.\n"
    article = parse_article(text)
    assert article.body == ("We went out.",)
    assert [b.text for b in article.following] == ["Dec 6, 2024", "More Time", "Text."]
    assert "input.more_posts" in [d.code for d in article.diagnostics]


def _cut_at_rules(lines):
    """A post splitter of one's own: a line of dashes ends a post."""
    post: list[str] = []
    for line in lines:
        if line.strip() == "-----":
            yield post
            post = []
        else:
            post.append(line)
    if post:
        yield post


class TestParserPosts:
    TEXT = "Dec 5, 2024\nOne\nText one.\n-----\nDec 6, 2024\nTwo\nText two.\n"

    def test_a_parser_splitter_cuts_streams(self):
        """iter_articles cuts where the parser's own splitter says."""
        parser = Parser(posts=_cut_at_rules)
        headlines = [a.headline for a in iter_articles(self.TEXT, parser=parser)]
        assert headlines == ["One", "Two"]

    def test_a_parser_splitter_cuts_parse_article(self):
        """parse_article sets aside everything after the splitter's first post."""
        article = parse_article(self.TEXT, parser=Parser(posts=_cut_at_rules))
        assert article.body == ("Text one.",)
        assert [b.text for b in article.following] == [
            "-----",
            "Dec 6, 2024",
            "Two",
            "Text two.",
        ]

    def test_no_splitter_reads_one_post(self):
        """With posts=None, a page of posts is one article, streamed or not."""
        text = "Dec 5, 2024\nOne\nText one.\nDec 6, 2024\nTwo\nText two.\n"
        parser = Parser(posts=None)
        assert parse_article(text, parser=parser).following == ()
        assert len(list(iter_articles(text, parser=parser))) == 1


# Lines of the other marks, for the filters' promise.
MARK_LINES = [
    "Labels: travel, food",
    "label: cats",
    "Ana Wei reports in the Harbour Gazette:",
    "The Valley Press reports:",
    "by Tom at 3/14/2009 09:12:00 AM",
    "Posted by Li Berg on May 2, 2011",
    "Posted by Li Berg at 10:15 AM",
    "Post a Comment",
]


def _posts(text: str) -> list[list[str]]:
    """The stripped non-blank lines of each post split_posts cuts."""
    lines = [line + "\n" for line in text.split("\n")]
    return [[x.strip() for x in post if x.strip()] for post in split_posts(lines)]


class TestDateShapes:
    """A date header in another shape than the post's own opens no post alone."""

    def test_diary_dates_inside_a_post_are_text(self):
        """Between paragraphs, no title beside it: a diary line of the post."""
        para = "We packed the car, fed the cat, locked the door and left town at dawn."
        for diary in ("tuesday, 3 june 2014", "2014-06-03"):
            text = (
                f"Sunday, June 1, 2014\n\nOur trip\n\n{para}\n\n"
                f"{diary}\n\n{para.lower()}\n"
            )
            assert len(_posts(text)) == 1, diary

    def test_a_header_of_another_shape_with_a_title_opens_a_post(self):
        """Concatenated exports of two blogs: each header has its title."""
        for other in ("2015-01-09", "9 January 2015"):
            text = (
                "Sunday, June 1, 2014\n\nOur trip\n\nWe packed the car.\n\n"
                f"{other}\n\nSnow Day\n\nThe school was closed.\n"
            )
            assert [p[0] for p in _posts(text)] == ["Sunday, June 1, 2014", other]


class TestTitleAbove:
    def test_a_line_that_continues_a_paragraph_is_no_title(self):
        """Where blank lines part blocks, a title above the date is one of its own."""
        for tail in ("Call 555-0100 for more", "Doors open at 6 PM"):
            text = (
                "Dec 5, 2024\n\nFair Day\n\nThe fair opens on Friday.\n"
                f"{tail}\n\nDec 4, 2024\n\nRain Again\n\nIt rained.\n"
            )
            posts = _posts(text)
            assert posts[0][-1] == tail
            assert posts[1][:2] == [
                "Dec 4, 2024",
                "Rain Again",
            ]

    def test_footer_chrome_above_the_date_is_no_title(self):
        """A concatenated export: the last dump's footer is not the next title."""
        for chrome in ("Post a Comment", "2 comments:"):
            text = (
                "Dec 5, 2024\n\nFair Day\n\nThe fair opens.\n\n"
                f"{chrome}\n\nDec 4, 2024\n\nIt rained on the fair.\n"
            )
            posts = _posts(text)
            assert posts[0][-1] == chrome
            assert posts[1][0] == "Dec 4, 2024"


class TestDatedAuthors:
    def test_the_title_above_a_dated_author_line_opens_a_post(self):
        for by in (
            "by Tom at 3/14/2009 09:12:00 AM",
            "Posted by Li Berg on May 2, 2011",
        ):
            text = (
                f"My Blog\n\nFirst Light\n\n{by}\n\nThe sun rose.\n\n"
                f"Second Light\n\n{by}\n\nThe moon rose.\n"
            )
            posts = _posts(text)
            assert [p[-1] for p in posts] == ["The sun rose.", "The moon rose."]
            assert posts[1][0] == "Second Light"

    def test_one_dated_author_line_cuts_nothing(self):
        text = "My Blog\n\nFirst Light\n\nby Tom at 3/14/2009 09:12:00 AM\n\nText.\n"
        assert len(_posts(text)) == 1


class TestLabels:
    def test_the_line_after_a_labels_line_opens_a_post(self):
        for tags in ("Labels: cats", "Label: dogs, birds"):
            text = (
                f"Cats at work\nThe cat sat on my keyboard.\n{tags}\n"
                f"Another quiet day. We read.\n{tags}\nA third post. It rained.\n"
            )
            posts = _posts(text)
            assert [p[0] for p in posts] == [
                "Cats at work",
                "Another quiet day. We read.",
                "A third post. It rained.",
            ]

    def test_a_footer_or_author_after_labels_stays_in_the_post(self):
        for after in ("3 comments:", "Posted by Jane at 10:15 AM", "Karen said..."):
            text = (
                f"Dec 5, 2024\nCats\nText.\nLabels: cats\n{after}\nKaren said...\n"
                f"Dec 4, 2024\nDogs\nText.\nLabels: dogs\n{after}\n"
            )
            posts = _posts(text)
            assert len(posts) == 2
            assert posts[0][4] == after

    def test_one_labels_line_cuts_nothing(self):
        text = "Cats\nThe cat sat.\nLabels: cats\nShare this post\n"
        assert len(_posts(text)) == 1


LINK_BLOG = """A Blog Of Links

Dec 5, 2024

Ferries Stop For The Winter

The ferry will not run until spring. JL

Ana Wei reports in the Harbour Gazette:

The council said the ferry would stop on Monday.

Why Prices Rose

Nobody saw it coming.

Costs went up everywhere. JL

The Valley Press reports:

Prices rose by a tenth in the north of the town.

The Road North
"""


class TestLinkBlogArchive:
    def test_the_title_after_the_highlights_opens_a_post(self):
        posts = _posts(LINK_BLOG)
        assert [p[0] for p in posts[1:]] == ["Why Prices Rose", "The Road North"]
        assert posts[0][-1] == "The council said the ferry would stop on Monday."

    def test_the_posts_under_the_day_take_its_date(self):
        articles = list(iter_articles(LINK_BLOG))
        assert [a.headline for a in articles] == [
            "Ferries Stop For The Winter",
            "Why Prices Rose",
            "The Road North",
        ]
        assert {a.date.isoformat() for a in articles} == {"2024-12-05"}
        assert all(
            "date.missing" not in [d.code for d in a.diagnostics] for a in articles
        )

    def test_a_split_post_says_its_day(self):
        posts = list(split_posts(line + "\n" for line in LINK_BLOG.split("\n")))
        assert all(isinstance(p, Post) for p in posts)
        assert [p.day for p in posts] == [None, "Dec 5, 2024", "Dec 5, 2024"]

    def test_one_byline_is_one_post(self):
        """A full post: the body after the highlights is not a new post."""
        for body in ("Short Words Here", "The ferry has run since 1901."):
            text = LINK_BLOG[: LINK_BLOG.index("Why Prices")] + body + "\n"
            assert len(_posts(text)) == 1
            assert parse_article(text).following == ()


class TestDeclaredLines:
    def test_a_splitter_with_opens_is_not_asked_about_one_post(self):
        """``opens`` and ``opening`` still declare a splitter's lines."""
        from articlekit.lines import LineFilter

        asked = []

        def splitter(lines):
            asked.append(True)
            yield from _cut_at_rules(lines)

        splitter.opens = LineFilter(first="-")
        splitter.opening = lambda text: text == "-----"
        parser = Parser(posts=splitter)
        assert parse_article("Dec 5, 2024\nOne\n-- not a rule\n", parser=parser)
        assert asked == []
        parse_article(TestParserPosts.TEXT + "-----\nThree\n", parser=parser)
        assert asked == [True]

    def test_a_day_with_no_year_gives_no_date(self):
        """Posts under ``Wednesday, December 12`` keep no date, as their day."""
        text = LINK_BLOG.replace("Dec 5, 2024", "Wednesday, December 12")
        articles = list(iter_articles(text))
        assert len(articles) == 3
        assert [a.date for a in articles] == [None, None, None]


class TestClosedComments:
    """Concatenated Blogger dumps: ``Post a Comment`` closes each post."""

    def test_an_undated_post_after_the_comments_is_a_post(self):
        for comments in ("No comments:", "1 comment:\nKaren said...\nLovely!"):
            first = (
                f"Dec 5, 2024\nFair Day\nThe fair opens.\n{comments}\nPost a Comment\n"
            )
            second = "Snow Day\nThe school was closed all week.\nPost a Comment\n"
            posts = _posts(first + "\n" + second + second)
            assert [p[0] for p in posts] == ["Dec 5, 2024", "Snow Day", "Snow Day"]
            assert posts[0][-1] == "Post a Comment"

    def test_more_footer_after_the_closing_line_stays(self):
        for chrome in (
            "Newer Post Older Post Home",
            "Subscribe to: Post Comments (Atom)",
        ):
            one = f"Dec 5, 2024\nFair Day\nThe fair opens.\nPost a Comment\n{chrome}\n"
            assert len(_posts(one + one.replace("Dec 5", "Dec 6"))) == 2

    def test_one_closing_line_cuts_nothing(self):
        text = "Fair Day\nThe fair opens.\nPost a Comment\nAbout Me\nI live here.\n"
        assert len(_posts(text)) == 1


class TestTitleAfterADumpOfAnotherLayout:
    """A dump laid out with blank lines next to one without reads as two posts."""

    @pytest.mark.parametrize("first_blank", [True, False])
    def test_mixed_layouts(self, first_blank):
        """The title under a closed sentence opens the next post, either way round."""
        spaced = "Ferry Day\n\nSaturday, May 3, 2014\n\nThe ferry ran all day. It was full.\n"
        packed = "Pier Night\nSunday, May 4, 2014\nThe pier lights came on at dusk.\n"
        page = spaced + packed if first_blank else packed + spaced
        heads = [a.headline for a in iter_articles(page)]
        assert heads == (
            ["Ferry Day", "Pier Night"] if first_blank else ["Pier Night", "Ferry Day"]
        )

    @pytest.mark.parametrize("end", ["Posted by Ana Lind", "Labels: ferries"])
    def test_a_title_under_an_author_or_labels_line(self, end):
        """An author or labels line ends its block: a packed dump may follow it."""
        spaced = (
            f"Ferry Day\n\nSaturday, May 3, 2014\n\nThe ferry ran all day.\n\n{end}\n"
        )
        packed = "Pier Night\nSunday, May 4, 2014\nThe pier lights came on at dusk.\n"
        heads = [a.headline for a in iter_articles(spaced + packed)]
        assert heads == ["Ferry Day", "Pier Night"]

    def test_a_wrapped_line_under_an_open_sentence_is_no_title(self):
        """Under a line that closes no sentence, a line continues it."""
        page = (
            "Saturday, May 3, 2014\n\nFerry Day\n\nThe ferry ran all day and\n"
            "for more see the harbour page\n\nSunday, May 4, 2014\n\nPier Night\n\n"
            "The pier lights came on at dusk.\n"
        )
        heads = [a.headline for a in iter_articles(page)]
        assert heads == ["Ferry Day", "Pier Night"]
