"""Tests for articlekit.api: parse_article and iter_articles."""

from __future__ import annotations

import io
import pickle

import attrs
import pytest

import articlekit.api
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


def _codes(article):
    return [d.code for d in article.diagnostics if d.code.startswith("input.")]


# A post long enough that the first article is out before the next read.
_LONG = "Dec 4, 2024\nCafé Opens\n" + "Crème brûlée for everyone today.\n" * 4000


class TestSources:
    """iter_articles of paths, binary streams and text, with their places."""

    def test_a_str_is_text_not_a_path(self, tmp_path):
        """A str is read as the text itself, even when it names a file."""
        path = tmp_path / "post.txt"
        path.write_text(ARCHIVE, encoding="utf-8")
        [article] = iter_articles(str(path))
        assert "Family Time" not in repr(article.to_dict())
        assert str(path) in repr(article.to_dict())
        assert article.source.path is None

    def test_a_path_is_opened_and_named(self, tmp_path):
        """A PathLike is read as the file's bytes; each source names it."""
        path = tmp_path / "archive.txt"
        path.write_text(ARCHIVE, encoding="utf-8")
        articles = list(iter_articles(path))
        assert articles == list(iter_articles(ARCHIVE))
        assert [(a.source.path, a.source.index) for a in articles] == [
            (str(path), 0),
            (str(path), 1),
        ]
        second = articles[1].source
        assert ARCHIVE[second.offset :].startswith("Monday, October 6, 2014")
        assert second.line == ARCHIVE[: second.offset].count("\n") + 1

    def test_a_big_file_is_streamed_to_the_same_articles(self, tmp_path):
        """A file past the size read at once gives what its text gives."""
        text = ARCHIVE * 4000  # about 1.1 MB, read in pieces
        path = tmp_path / "big.txt"
        path.write_text(text, encoding="utf-8")
        streamed = list(iter_articles(path))
        whole = list(iter_articles(text))
        assert streamed == whole
        assert [a.source.offset for a in streamed] == [a.source.offset for a in whole]
        assert len(text.encode()) > (1 << 20)

    def test_a_missing_path_raises_when_read(self, tmp_path):
        """The file is opened when the first article is asked for."""
        articles = iter_articles(tmp_path / "missing.txt")
        with pytest.raises(FileNotFoundError):
            next(articles)

    def test_a_binary_stream_is_decoded(self):
        """A stream of bytes reads as its UTF-8 text, a BOM kept in the offsets."""
        data = ("\ufeff" + ARCHIVE.replace("\n", "\r\n")).encode("utf-8")
        articles = list(iter_articles(io.BytesIO(data)))
        assert articles == list(iter_articles(ARCHIVE))
        assert articles[0].source.offset == 0
        assert "input.bom" in _codes(articles[0])
        text = data.decode("utf-8")
        headline = articles[1].span_of("headline")[0]
        start = articles[1].source.offset + headline.start
        assert (
            text[start : articles[1].source.offset + headline.end] == "Back To School"
        )

    def test_anything_whose_read_gives_bytes(self):
        """Not only io classes: any object with a read() that gives bytes."""

        class Socketish:
            def __init__(self, data):
                self.data = data

            def read(self, size=-1):
                piece, self.data = self.data[:7], self.data[7:]
                return piece

        got = list(iter_articles(Socketish(ARCHIVE.encode())))
        assert got == list(iter_articles(ARCHIVE))

    def test_cp1252_from_the_start(self):
        """A stream that is not UTF-8 in its first post is read as cp1252 throughout."""
        data = ARCHIVE.replace("park", "café").encode("cp1252")
        articles = list(iter_articles(io.BytesIO(data)))
        assert articles == list(iter_articles(data.decode("cp1252")))
        assert [_codes(a) for a in articles] == [["input.cp1252"], ["input.cp1252"]]

    def test_cp1252_after_articles_are_out(self):
        """A byte not UTF-8 after the first articles: cp1252 from there on."""
        late = "Dec 5, 2024\nLate Post\nA café in cp1252.\n"
        data = (_LONG + _LONG).encode("utf-8") + late.encode("cp1252")
        first, second, third = iter_articles(io.BytesIO(data))
        assert first.headline == second.headline == "Café Opens"  # UTF-8
        assert _codes(first) == _codes(second) == []
        assert third.body == ("A café in cp1252.",)
        assert _codes(third) == ["input.cp1252"]

    def test_a_small_file_is_decoded_as_a_stream_is(self, tmp_path):
        """A stray byte late in a small file: the UTF-8 posts above stay UTF-8.

        Small files are read at once, but only when they are UTF-8: the size
        of a file never changes the text it gives.
        """
        late = "Dec 5, 2024\nLate Post\nA café in cp1252.\n"
        data = (_LONG + _LONG).encode("utf-8") + late.encode("cp1252")
        assert len(data) < articlekit.api._WHOLE
        path = tmp_path / "mixed.txt"
        path.write_bytes(data)
        from_file = [a.to_dict() for a in iter_articles(path)]
        from_stream = [a.to_dict() for a in iter_articles(io.BytesIO(data))]
        for record in from_stream:
            record["source"]["path"] = str(path)
        assert from_file == from_stream
        assert from_file[0]["headline"] == "Café Opens"

    def test_undecodable_bytes_are_replaced_and_reported(self):
        """Bytes cp1252 has no character for become U+FFFD, reported as an error."""
        late = b"Dec 5, 2024\nLate Post\nA \x81 byte.\n"
        data = (_LONG + _LONG).encode("utf-8") + late
        first, _, third = iter_articles(io.BytesIO(data))
        assert _codes(first) == []
        assert third.body == ("A \ufffd byte.",)
        assert _codes(third) == ["input.undecodable"]

    def test_source_takes_no_part_in_equality_and_round_trips(self):
        """Source is a place, like spans: == ignores it, to_dict keeps it."""
        from articlekit import Article

        first, second = iter_articles(ARCHIVE)
        data = second.to_dict()
        place = second.source
        assert data["source"] == {
            "path": None,
            "index": 1,
            "offset": place.offset,
            "line": place.line,
        }
        again = Article.from_dict(data)
        assert again.source == second.source
        assert again == second
        assert parse_article(ARCHIVE).source is None
        assert attrs.evolve(parse_article(ARCHIVE), following=()) == first


class TestStrictInAStream:
    TWO = "Dec 5, 2024\nFirst Post\nSome text here.\n\n03/04/2025\nSecond\nMore text.\n"

    @pytest.mark.parametrize("line_end", ["\n", "\r\n"])
    def test_the_error_counts_in_the_stream_and_names_the_post(self, line_end):
        """Strict mode's line, column and offsets place the problem in the file."""
        text = self.TWO.replace("\n", line_end)
        with pytest.raises(ArticleParseError) as caught:
            list(iter_articles(io.StringIO(text), strict=True))
        error = caught.value
        assert (error.line, error.column) == (5, 1)
        assert error.source is not None
        assert error.source.index == 1
        found = error.diagnostic
        assert text[found.start : found.end] == "03/04/2025"
        assert str(error).startswith("5:1: warning date.ambiguous")

    def test_it_pickles_with_its_post(self):
        with pytest.raises(ArticleParseError) as caught:
            list(iter_articles(self.TWO, strict=True))
        again = pickle.loads(pickle.dumps(caught.value))
        assert again.source == caught.value.source
        assert again.line == 5

    def test_parse_article_names_no_post(self):
        with pytest.raises(ArticleParseError) as caught:
            parse_article("03/04/2025\nA Title\nText.\n", strict=True)
        assert caught.value.source is None
