"""Streaming: iter_articles reads a text the same in one piece or cut anywhere.

``iter_articles`` takes a stream of chunks, which may cut a line (or a
``\\r\\n``) anywhere; the articles must not depend on where. Pages of several
built articles must split back into those articles, and the first post must
read as ``parse_article`` reads it.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import attrs
from hypothesis import given
from hypothesis import strategies as st

from articlekit import Article, Span, iter_articles, parse_article, render
from articlekit._input import iter_lines
from articlekit.strategies import article_dumps, article_texts, articles
from tests.conftest import fewer_examples
from tests.property.test_invariants import DUMPS

# Built articles with a date header: each opens a post of a page.
DATED = articles().filter(lambda article: article.date_line is not None)
PAGES = st.lists(DATED, min_size=2, max_size=3).map(
    lambda posts: "".join(render(post) for post in posts)
)
TEXTS = st.one_of(DUMPS, article_texts(), PAGES)


def cut(text: str, offsets: list[int]) -> list[str]:
    """``text`` cut at each offset."""
    at = sorted(set(offsets))
    return [text[a:b] for a, b in zip([0, *at], [*at, len(text)], strict=True)]


@st.composite
def chunked(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A text and its chunks, cut at up to 20 points anywhere in it."""
    text = draw(TEXTS)
    return text, cut(text, draw(st.lists(st.integers(0, len(text)), max_size=20)))


def after_each_cr(text: str) -> list[str]:
    """``text`` cut after every ``\\r``: each ``\\r\\n`` split between two chunks."""
    return cut(text, [i + 1 for i, c in enumerate(text) if c == "\r"])


def dicts(source) -> list[dict]:
    return [article.to_dict() for article in iter_articles(source)]


class TestChunks:
    @given(chunked())
    def test_cut_anywhere_gives_the_same_articles(self, generated):
        """The text cut into chunks at random points reads as the whole text."""
        text, chunks = generated
        assert dicts(chunks) == dicts(text)

    @given(TEXTS)
    def test_cut_inside_each_crlf_gives_the_same_articles(self, text):
        """Chunks that split every \\r\\n read as the whole text."""
        assert dicts(after_each_cr(text)) == dicts(text)

    @given(TEXTS)
    def test_one_character_at_a_time_gives_the_same_articles(self, text):
        """Chunks of one character, ``\\r`` and ``\\n`` apart, read as the whole text."""
        assert dicts(iter(text)) == dicts(text)

    @given(TEXTS)
    def test_a_text_stream_gives_the_same_articles(self, text):
        """An open text stream reads as the whole text."""
        assert dicts(io.StringIO(text, newline="")) == dicts(text)

    @given(chunked())
    def test_lines_do_not_depend_on_the_cuts(self, generated):
        """iter_lines gives the text's own lines, whatever the chunks."""
        text, chunks = generated
        assert list(iter_lines(chunks)) == text.splitlines(keepends=True)

    @given(TEXTS)
    def test_lines_survive_a_cut_inside_each_crlf(self, text):
        """iter_lines keeps a \\r\\n split between two chunks one line end."""
        assert list(iter_lines(after_each_cr(text))) == text.splitlines(keepends=True)


class TestPages:
    @fewer_examples(0.25)
    @given(st.lists(DATED, min_size=2, max_size=3))
    def test_a_page_splits_into_its_posts(self, posts):
        """The rendered posts of a page, one after another, read as those posts."""
        page = "".join(render(post) for post in posts)
        assert list(iter_articles(page)) == posts

    @fewer_examples(0.25)
    @given(
        st.lists(
            article_dumps().filter(lambda d: d[1].date_line), min_size=2, max_size=3
        )
    )
    def test_a_page_of_dumps_splits_into_their_articles(self, dumps):
        """Dumps in any layout, one after another, read as their articles."""
        page = "\n".join(text for text, _ in dumps)
        assert list(iter_articles(page)) == [article for _, article in dumps]

    @given(TEXTS)
    def test_the_first_post_is_what_parse_article_reads(self, text):
        """parse_article reads the first post as iter_articles does, the rest set aside."""
        posts = list(iter_articles(text))
        if posts:
            assert attrs.evolve(parse_article(text), following=()) == posts[0]


# Pages of several posts with each kind of line end, and a BOM or none.
LINE_ENDS = st.sampled_from(["\n", "\r\n", "\r"])
PLACED = st.tuples(TEXTS, LINE_ENDS, st.booleans()).map(
    lambda t: ("\ufeff" if t[2] else "") + t[0].replace("\n", t[1])
)


def covered(article: Article) -> list[tuple[Span, str]]:
    """Each span of the article, with the text it covers in the post."""
    pairs: list[tuple[Span, str]] = []
    plain = {
        "headline": [article.headline] if article.headline is not None else [],
        "date": [article.date_line] if article.date_line is not None else [],
        "body": list(article.body),
        "highlights": list(article.highlights),
    }
    for name, texts in plain.items():
        pairs.extend(zip(article.span_of(name), texts, strict=True))
    if article.byline is not None and article.byline.span is not None:
        pairs.append((article.byline.span, article.byline.text))
    pairs.extend((c.span, c.raw) for c in article.captions if c.span is not None)
    pairs.extend((q.span, q.text) for q in article.quotes if q.span is not None)
    pairs.extend((b.span, b.text) for b in article.unparsed)
    if article.comments is not None:
        pairs.extend(zip(article.comments.spans, article.comments.lines, strict=True))
    return pairs


class TestSource:
    @given(PLACED)
    def test_offset_and_span_find_the_part_in_the_whole_text(self, text):
        """text[source.offset + span.start : source.offset + span.end] is the part."""
        for article in iter_articles(text):
            source = article.source
            assert source is not None
            for span, part in covered(article):
                start = source.offset + span.start
                assert text[start : source.offset + span.end] == part

    @given(PLACED)
    def test_line_is_the_line_the_post_starts_on(self, text):
        """source.line counts the lines above the post's first character."""
        articles = list(iter_articles(text))
        assert [a.source.index for a in articles] == list(range(len(articles)))
        for article in articles:
            source = article.source
            above = text[: source.offset]
            assert source.line == len(above.splitlines()) + 1
            if above:  # the post starts where a line starts
                last = above.splitlines(keepends=True)[-1]
                assert last.splitlines()[0] != last

    @given(PLACED, st.sampled_from(["text", "chunks", "bytes"]))
    def test_every_kind_of_source_gives_the_same_places(self, text, kind):
        """A str, its chunks and its UTF-8 bytes give the same sources."""
        source = {
            "text": text,
            "chunks": after_each_cr(text),
            "bytes": io.BytesIO(text.encode("utf-8")),
        }[kind]
        got = [a.source for a in iter_articles(source)]
        assert got == [a.source for a in iter_articles(text)]

    @fewer_examples(0.25)
    @given(PLACED)
    def test_a_file_gives_its_path(self, text):
        """A path's articles name it, and read as the file's text does."""
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "dump.txt"
            path.write_bytes(text.encode("utf-8"))
            got = list(iter_articles(path))
        assert {a.source.path for a in got} <= {str(path)}
        whole = list(iter_articles(text))
        assert got == whole
        assert [attrs.evolve(a.source, path=None) for a in got] == [
            a.source for a in whole
        ]
