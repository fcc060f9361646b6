"""Streaming: iter_articles reads a text the same in one piece or cut anywhere.

``iter_articles`` takes a stream of chunks, which may cut a line (or a
``\\r\\n``) anywhere; the articles must not depend on where. Pages of several
built articles must split back into those articles, and the first post must
read as ``parse_article`` reads it.
"""

from __future__ import annotations

import io

import attrs
from hypothesis import given
from hypothesis import strategies as st

from articlekit import iter_articles, parse_article, render
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
