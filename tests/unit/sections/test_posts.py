"""Unit tests for the post splitter (articlekit.sections.posts)."""

from __future__ import annotations

import io

from articlekit import Parser, iter_articles, parse_article
from articlekit.sections.date import DATE_LINES, looks_like_date_header
from articlekit.sections.posts import split_posts

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


class TestOpens:
    def test_opens_are_the_date_lines(self):
        """The lines that can open a post are those the date section declares."""
        assert split_posts.opens is DATE_LINES

    def test_opening_is_the_date_header_test(self):
        """Of those lines, the date headers are the ones that open a post."""
        assert split_posts.opening is looks_like_date_header

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
