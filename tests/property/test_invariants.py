"""Invariants that hold for any input text, checked with hypothesis."""

from __future__ import annotations

import itertools
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articlekit import Article, ArticleParseError, Span, parse_article

# Text made of the characters dumps are made of, in lines, so the generated
# inputs reach the sections (dates, labels, marks, footers) rather than only
# exercising the splitter.
_WORDS = st.sampled_from(
    [
        "Dec 5, 2024", "Sunday, October 05, 2008", "2011-03-08", "08/03/2011",
        "Jared Malsin reports in the Wall Street Journal:", "The Economist reports:",
        "No comments:", "3 comments:", "Post a Comment", "Labels: a, b",
        "Posted by Jane at 10:15 AM", "Photo: Jane Doe/Reuters", "(AP Photo/Jo Li)",
        "“", "”", '"', "said", "Jane Roe", "he said,", "JL", ".", ",", ":",
        "the", "Iran.", "\u00a0", "\ufeff", "\u2028", "\t", "Ã©", "\ufffd",
    ]
)  # fmt: skip
_LINE = st.lists(
    st.one_of(_WORDS, st.text(alphabet=string.ascii_letters + " .,“”\"'", max_size=12)),
    max_size=8,
).map(" ".join)
DUMPS = st.one_of(
    st.text(),
    st.lists(_LINE, max_size=25).flatmap(
        lambda lines: st.sampled_from(["\n", "\r\n", "\r", "\n\n"]).map(
            lambda end: end.join(lines)
        )
    ),
)


def _parts(article: Article) -> list[Span]:
    """Spans of the parts that claim whole blocks (quotes lie inside the body)."""
    spans: list[Span] = []
    for name in ("headline", "date", "posted_by", "labels", "highlights", "body"):
        spans.extend(article.span_of(name))
    if article.byline is not None and article.byline.span is not None:
        spans.append(article.byline.span)
    for part in (article.summary, article.comments):
        if part is not None:
            spans.extend(part.spans)
    spans.extend(c.span for c in article.captions if c.span is not None)
    spans.extend(b.span for b in article.unparsed)
    spans.extend(b.span for b in article.following)
    return spans


class TestLenientParse:
    @given(DUMPS)
    def test_never_raises(self, text: str) -> None:
        """A lenient parse of any text returns an Article."""
        assert isinstance(parse_article(text), Article)

    @given(DUMPS)
    def test_spans_lie_within_the_input(self, text: str) -> None:
        """Every span of every part lies inside the input."""
        article = parse_article(text)
        spans = _parts(article) + [q.span for q in article.quotes if q.span]
        assert all(0 <= s.start <= s.end <= len(text) for s in spans)

    @given(DUMPS)
    def test_parts_do_not_overlap(self, text: str) -> None:
        """No two parts claim the same characters."""
        spans = sorted(_parts(parse_article(text)), key=lambda s: s.start)
        assert all(a.end <= b.start for a, b in itertools.pairwise(spans))

    @given(DUMPS)
    def test_nothing_is_lost(self, text: str) -> None:
        """Every non-blank character of the input lies in the span of some part."""
        article = parse_article(text)
        covered = [False] * len(text)
        for span in _parts(article):
            covered[span.start : span.end] = [True] * len(span)
        lost = [
            c
            for c, seen in zip(text, covered, strict=True)
            if not seen and c.strip() and c not in "\ufeff\u200b\u200c\u200d\u2060"
        ]
        assert lost == []

    @given(DUMPS)
    def test_quotes_lie_inside_body_paragraphs(self, text: str) -> None:
        """Each quotation's span lies inside a body paragraph's span."""
        article = parse_article(text)
        body = article.span_of("body")
        for quote in article.quotes:
            assert quote.span is not None
            assert any(
                b.start <= quote.span.start and quote.span.end <= b.end for b in body
            )

    @given(DUMPS)
    def test_dict_round_trip(self, text: str) -> None:
        """from_dict(to_dict(a)) == a for the parse of any text."""
        article = parse_article(text)
        assert Article.from_dict(article.to_dict()) == article


class TestStrictParse:
    @given(DUMPS)
    def test_raises_only_article_parse_error(self, text: str) -> None:
        """Strict mode returns an Article or raises ArticleParseError, nothing else."""
        try:
            parse_article(text, strict=True)
        except ArticleParseError as exc:
            assert exc.line >= 1
            assert exc.column >= 1
            lines = text.splitlines() or [""]
            assert exc.line <= len(lines) + 1

    @given(DUMPS)
    def test_raises_exactly_when_lenient_has_a_problem(self, text: str) -> None:
        """Strict raises iff the lenient parse records a warning or an error."""
        lenient = parse_article(text)
        try:
            parse_article(text, strict=True)
        except ArticleParseError as exc:
            first = next(d for d in lenient.diagnostics if d.severity.rank >= 1)
            assert exc.diagnostic == first
        else:
            assert not lenient.has_problems


# Dumps whose lines are joined by \n alone, so other line ends can be swapped in.
LF_DUMPS = st.lists(_LINE, min_size=1, max_size=25).map("\n".join)


class TestInvariance:
    @given(LF_DUMPS, st.sampled_from(["\r\n", "\r", "\u2028"]))
    def test_line_endings_do_not_matter(self, text: str, end: str) -> None:
        """Replacing every \\n with another line end gives an equal article."""
        assert parse_article(text.replace("\n", end)) == parse_article(text)

    @given(LF_DUMPS)
    def test_a_bom_does_not_matter(self, text: str) -> None:
        """A BOM in front of the text gives an equal article."""
        assert parse_article("\ufeff" + text) == parse_article(text)

    @given(DUMPS, st.sampled_from([" ", "\t", "\u00a0", "  "]))
    def test_outer_whitespace_does_not_matter(self, text: str, pad: str) -> None:
        """The same spaces around every line give an equal article.

        The layout is kept: how many blank lines stand between two lines and
        which line is indented further than the one above it (reader
        comments are told from the post's own list by both).
        """
        padded = "\n".join(pad + line + pad for line in text.splitlines())
        assert parse_article(padded) == parse_article(text)


@pytest.mark.parametrize("n", [1, 10, 200])
def test_many_quotes_and_marks_parse(n: int) -> None:
    """Unmatched marks and many quotations still parse (and quickly)."""
    text = "Dec 5, 2024\nTitle\n" + ("“Open and never closed, said Roe " * n) + "\n"
    text += ('"A whole sentence here," said Jane Roe. ' * n) + "\n"
    article = parse_article(text)
    assert len(article.quotes) >= n


def _real_dumps() -> list[str]:
    from tests.conftest import SHARED

    folder = SHARED / "corpus"
    if not folder.is_dir():
        return []
    return [p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.txt"))]


REAL = _real_dumps()


@st.composite
def edited_real_dumps(draw):
    """A real dump with random deletions, insertions, truncation and duplication."""
    text = draw(st.sampled_from(REAL))
    for _ in range(draw(st.integers(0, 4))):
        if not text:
            break
        at = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["delete", "insert", "duplicate", "truncate"]))
        if action == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 200)) :]
        elif action == "insert":
            text = text[:at] + draw(st.one_of(_WORDS, st.text(max_size=20))) + text[at:]
        elif action == "duplicate":
            text = text[:at] + text[at : at + 500] + text[at:]
        else:
            text = text[:at]
    return text


@pytest.mark.skipif(not REAL, reason="../shared corpus not present")
class TestRealDumpsEdited:
    @given(edited_real_dumps())
    def test_never_crashes_and_loses_nothing(self, text: str) -> None:
        """Real dumps with random edits parse, keep every character, and round-trip."""
        article = parse_article(text)
        covered = [False] * len(text)
        for span in _parts(article):
            covered[span.start : span.end] = [True] * len(span)
        assert all(seen or not c.strip() or c in "\ufeff\u200b\u200c\u200d\u2060"
                   for c, seen in zip(text, covered, strict=True))  # fmt: skip
        assert Article.from_dict(article.to_dict()) == article

    @given(edited_real_dumps())
    def test_strict_raises_only_parse_errors(self, text: str) -> None:
        """Strict mode on edited real dumps raises nothing but ArticleParseError."""
        try:
            parse_article(text, strict=True)
        except ArticleParseError as exc:
            assert 1 <= exc.line <= len(text.splitlines()) + 1
