"""Tests for articlekit.api: parse_article and iter_articles."""

from __future__ import annotations

import io

import pytest

from articlekit import STRICT, ArticleParseError, Parser, iter_articles, parse_article

ARCHIVE = """Sunday, October 5, 2014

Family Time

We went to the park. It was "the best day ever!!" said Wesley.

1 comment:

Granny said...

Lovely.

October 6, 2014 at 9:12 AM

Post a Comment

Monday, October 6, 2014

Back To School

The kids went back to school today.

No comments:
"""


class TestParseArticle:
    def test_returns_an_article(self):
        """parse_article reads a single post."""
        assert parse_article("Dec 5, 2024\nTitle\nBody.").headline == "Title"

    def test_strict_keyword(self):
        """parse_article(strict=True) raises on problems."""
        with pytest.raises(ValueError, match=r"input\.empty"):
            parse_article("", strict=True)

    def test_a_strict_parser_stays_strict(self):
        """With strict left out, a parser built strict raises."""
        with pytest.raises(ArticleParseError, match=r"input\.empty"):
            parse_article("", parser=Parser(policy=STRICT))

    def test_strict_false_overrides_a_strict_parser(self):
        article = parse_article("", strict=False, parser=Parser(policy=STRICT))
        assert [d.code for d in article.diagnostics] == ["input.empty"]

    def test_a_strict_parser_stays_strict_when_streaming(self):
        with pytest.raises(ArticleParseError):
            list(
                iter_articles(
                    "03/04/2024\nTitle\nBody.\n", parser=Parser(policy=STRICT)
                )
            )


class TestIterArticles:
    def test_splits_at_date_headers(self):
        """Each date header that follows post text opens a new article."""
        articles = list(iter_articles(ARCHIVE))
        assert [(a.date.isoformat(), a.headline) for a in articles] == [
            ("2014-10-05", "Family Time"),
            ("2014-10-06", "Back To School"),
        ]

    def test_comment_timestamps_do_not_split(self):
        """A date with a time of day (a comment's stamp) stays in its post."""
        first = next(iter(iter_articles(ARCHIVE)))
        assert first.comments.count == 1
        assert "October 6, 2014 at 9:12 AM" in first.comments.lines

    def test_reads_a_stream(self):
        """A text stream gives the same articles as the whole string."""
        assert list(iter_articles(io.StringIO(ARCHIVE))) == list(iter_articles(ARCHIVE))

    def test_reads_chunks_that_split_lines(self):
        """Chunks cut anywhere (even inside \\r\\n) give the same articles."""
        text = ARCHIVE.replace("\n", "\r\n")
        chunks = [text[i : i + 7] for i in range(0, len(text), 7)]
        assert list(iter_articles(chunks)) == list(iter_articles(ARCHIVE))

    def test_single_post(self):
        """A text with one post gives one article equal to parse_article's."""
        text = ARCHIVE.split("Monday")[0]
        assert list(iter_articles(text)) == [parse_article(text)]

    def test_empty_source_gives_nothing(self):
        """An empty source yields no article."""
        assert list(iter_articles("")) == []

    def test_bytes_are_refused(self):
        """iter_articles reads text; bytes raise TypeError."""
        with pytest.raises(TypeError, match="text"):
            list(iter_articles(b"Dec 5, 2024\nTitle\n"))

    def test_is_lazy(self):
        """Articles are yielded as the source is read, not after it ends."""
        consumed = []

        def source():
            for line in ARCHIVE.splitlines(keepends=True):
                consumed.append(line)
                yield line

        articles = iter_articles(source())
        first = next(articles)
        assert first.headline == "Family Time"
        assert len(consumed) < len(ARCHIVE.splitlines())


class TestRunsOfDateHeaders:
    def test_a_run_of_date_headers_opens_no_empty_posts(self):
        """Date headers with nothing but date headers between them stay together."""
        calendar = "".join(f"Dec {day}, 2024\n" for day in range(1, 30))
        articles = list(iter_articles(calendar + "\n" + ARCHIVE))
        assert len(articles) == 2
        assert articles[0].date.isoformat() == "2024-12-01"
        texts = [b.text for b in articles[0].unparsed] + list(articles[0].body)
        assert "Dec 29, 2024" in texts

    def test_a_date_header_under_a_date_header_still_splits_after_text(self):
        """Once a post has text, the next date header opens the next post."""
        text = "Dec 1, 2024\nDec 2, 2024\nHeadline\nBody.\nDec 3, 2024\nNext\nMore."
        first, second = iter_articles(text)
        assert (first.date.day, second.date.day) == (1, 3)
        assert "Body." in first.body
        assert second.headline == "Next"


class TestIterArticlesPreamble:
    def test_text_above_the_first_date_stays_with_the_first_post(self):
        """A blog's name above the first date header is not a post of its own."""
        articles = list(iter_articles("My Garden Blog\n" + ARCHIVE))
        assert [a.headline for a in articles] == ["Family Time", "Back To School"]
        assert [b.text for b in articles[0].unparsed] == ["My Garden Blog"]


class TestTitlesAboveDates:
    PAGE = (
        "Blog Archive\n\n"
        "Shooting The Moon In Siouxland\n\n22 May\n\n"
        "A full moon rises over the countryside. It was a clear night.\n\n"
        "Enjoying History Without Knowing It\n\n20 May\n\n"
        "Older barns stand in the fields south of town. They lean a little.\n"
    )

    def test_the_title_above_a_date_opens_the_post(self):
        """A blog that prints titles above its dates splits before each title."""
        articles = list(iter_articles(self.PAGE))
        assert [a.headline for a in articles] == [
            "Shooting The Moon In Siouxland",
            "Enjoying History Without Knowing It",
        ]
        assert [a.date for a in articles] == [None, None]
        assert articles[1].body == (
            "Older barns stand in the fields south of town. They lean a little.",
        )

    def test_parse_article_reads_the_first_post_and_keeps_the_rest(self):
        """parse_article on a page of posts reads the first and keeps the others."""
        article = parse_article(self.PAGE)
        assert article.headline == "Shooting The Moon In Siouxland"
        assert [b.text for b in article.following] == [
            "Enjoying History Without Knowing It",
            "20 May",
            "Older barns stand in the fields south of town. They lean a little.",
        ]
        assert "input.more_posts" in [d.code for d in article.diagnostics]

    def test_parse_article_strict_raises_on_more_posts(self):
        """Strict mode raises on a page of several posts."""
        with pytest.raises(ValueError, match=r"input\.more_posts|date\.no_year"):
            parse_article(self.PAGE, strict=True)
