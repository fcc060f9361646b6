"""Unit tests for the posts section (articlekit.sections.posts)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from articlekit import parse_article
from articlekit.sections.posts import _first_post_end, _is_date_header, split_posts

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


def _split_first(texts: list[str]) -> int | None:
    """The first post's length by split_posts, or None when it is the only one."""
    first = next(split_posts(t + "\n" for t in texts), [])
    return len(first) if len(first) < len(texts) else None


class TestFirstPostEnd:
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

    @given(st.lists(st.sampled_from(LINES), max_size=12))
    def test_agrees_with_split_posts(self, texts: list[str]) -> None:
        assert _first_post_end(texts) == _split_first(texts)


_RUN_LINES = [
    "Dec 5, 2024",
    "Jan 28 2024",
    "Sep 31, 2024",  # no such day: no header
    "Feb 29, 2023",
    "Foo 5, 2024",  # the simple shape, but no month
    "Sun 5, 2024",
    "Dec 5, 0000",
    "Sunday, October 5, 2014",
    "Family Time",
]


@given(
    # Runs of each line, so that long runs of headers are common.
    st.lists(st.tuples(st.sampled_from(_RUN_LINES), st.integers(1, 8)), max_size=8).map(
        lambda runs: [line for line, times in runs for _ in range(times)]
    ),
    st.integers(0, 3),
)
def test_run_of_headers_ends_where_a_line_by_line_look_ends_it(
    texts: list[str], start: int
) -> None:
    """The one-match read of a run of headers stops at the first that is none."""
    from articlekit.sections import posts

    walk = start
    while walk < len(texts) and _is_date_header(texts[walk]):
        walk += 1
    assert posts._after_headers(texts, start) == max(walk, start)


class TestDateHeaders:
    def test_shapes(self):
        assert _is_date_header("Sunday, October 5, 2014")
        assert _is_date_header("22 May")  # no year: still a header
        assert not _is_date_header("Feb 30, 2024")
        assert not _is_date_header("Dec 5, 2024 at 10:00")  # a timestamp
        assert not _is_date_header("We went out on Dec 5, 2024 with the kids.")


def test_parse_article_keeps_the_later_posts_apart():
    text = "Dec 5, 2024\nFamily Time\nWe went out.\nDec 6, 2024\nMore Time\nText.\n"
    article = parse_article(text)
    assert article.body == ("We went out.",)
    assert [b.text for b in article.following] == ["Dec 6, 2024", "More Time", "Text."]
    assert "input.more_posts" in [d.code for d in article.diagnostics]


def test_run_months_are_months() -> None:
    """Every word the run pattern takes for a month is a month of the date section."""
    from articlekit.sections import posts
    from articlekit.sections.date import MONTHS

    taken = {
        word
        for name in MONTHS
        for word in (name[:k].capitalize() for k in range(1, len(name) + 1))
        if posts._SIMPLE_RUN.fullmatch(f"{word} 5, 2024\n")
    }
    assert len(taken) >= 12
    assert all(word.casefold() in MONTHS for word in taken)


@given(
    st.lists(
        st.sampled_from(
            [*_RUN_LINES, "No comments:", "Post a Comment", "gate 5", "٥ ٢٠٢٤"]
        ),
        min_size=32,
        max_size=45,
    ),
    st.integers(0, 5),
)
def test_next_header_scan_agrees_with_a_look_at_each_line(
    texts: list[str], start: int
) -> None:
    """The digit scan of a long stretch finds the header a line-by-line look finds."""
    from articlekit.sections import posts

    walk = start
    while walk < len(texts) and not _is_date_header(texts[walk]):
        walk += 1
    assert posts._next_header(texts, start) == walk
