"""Every span slices to the text of the field that carries it.

What each span covers is documented on its model (docs/models.md): a plain
field's span in ``Article.spans`` covers its paragraph (the ``Posted by`` and
``Labels:`` lines whole), a summary span a paragraph (the last with its
signature, or the signature on a line of its own), a byline, caption, footer
or block span its line, a quote's span the quotation with its marks, its
speaker span the name, its attribution span the words that attribute it.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from articlekit import Article, Span, parse_article
from articlekit.strategies import article_texts
from tests.property.test_invariants import DUMPS, REAL, edited_real_dumps

# Generated dumps (which reach every part), arbitrary text, and real dumps
# with random edits when the shared corpus is there.
TEXTS = st.one_of(article_texts(), DUMPS, *([edited_real_dumps()] if REAL else []))


def _inside(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start <= inner.end <= outer.end


def _sliced(text: str, article: Article, name: str) -> list[str]:
    return [span.slice(text) for span in article.span_of(name)]


class TestPlainFields:
    @given(TEXTS)
    def test_headline_span_is_the_headline(self, text):
        """The headline's span slices to the headline, and only a headline has one."""
        article = parse_article(text)
        expected = [] if article.headline is None else [article.headline]
        assert _sliced(text, article, "headline") == expected

    @given(TEXTS)
    def test_date_span_is_the_date_line(self, text):
        """The date's span slices to the date header as written."""
        article = parse_article(text)
        expected = [] if article.date_line is None else [article.date_line]
        assert _sliced(text, article, "date") == expected

    @given(TEXTS)
    def test_each_body_span_is_its_paragraph(self, text):
        """The body spans slice, in order, to the body paragraphs."""
        article = parse_article(text)
        assert _sliced(text, article, "body") == list(article.body)

    @given(TEXTS)
    def test_each_highlights_span_is_its_paragraph(self, text):
        """The highlights spans slice, in order, to the highlight paragraphs."""
        article = parse_article(text)
        assert _sliced(text, article, "highlights") == list(article.highlights)

    @given(TEXTS)
    def test_posted_by_span_is_the_line_naming_the_author(self, text):
        """The posted_by span slices to one line that holds the author's name."""
        article = parse_article(text)
        lines = _sliced(text, article, "posted_by")
        if article.posted_by is None:
            assert lines == []
        else:
            [line] = lines
            assert article.posted_by in line

    @given(TEXTS)
    def test_labels_span_is_the_line_of_every_label(self, text):
        """The labels span slices to one line that holds every label, in order."""
        article = parse_article(text)
        lines = _sliced(text, article, "labels")
        assert len(lines) <= 1
        if article.labels:
            [line] = lines
            at = 0
            for label in article.labels:
                assert label in line[at:]
                at = line.index(label, at) + len(label)


class TestParts:
    @given(TEXTS)
    def test_summary_spans_are_its_paragraphs_and_signature(self, text):
        """Each summary span is a paragraph; the last holds the signature too."""
        summary = parse_article(text).summary
        if summary is None:
            return
        got = [span.slice(text) for span in summary.spans]
        paragraphs = list(summary.paragraphs)
        if summary.signature is not None and len(got) == len(paragraphs) + 1:
            assert got == [*paragraphs, summary.signature]  # on a line of its own
            return
        assert got[:-1] == paragraphs[:-1]
        if summary.signature is None:
            assert got[-1] == paragraphs[-1]
        else:
            head, _, tail = got[-1].rpartition(summary.signature)
            assert (head.rstrip(), tail) == (paragraphs[-1], "")

    @given(TEXTS)
    def test_byline_span_is_its_line(self, text):
        """The byline's span slices to the byline's text."""
        byline = parse_article(text).byline
        if byline is not None:
            assert byline.span is not None
            assert byline.span.slice(text) == byline.text

    @given(TEXTS)
    def test_caption_spans_are_their_paragraphs(self, text):
        """Each caption's span slices to its raw paragraph."""
        article = parse_article(text)
        for caption in article.captions:
            assert caption.span is not None
            assert caption.span.slice(text) == caption.raw

    @given(TEXTS)
    def test_footer_spans_are_its_lines(self, text):
        """The comment footer's spans slice, in order, to its lines."""
        comments = parse_article(text).comments
        if comments is not None:
            assert [s.slice(text) for s in comments.spans] == list(comments.lines)

    @given(TEXTS)
    def test_block_spans_are_their_texts(self, text):
        """Each unparsed or following block's span slices to its text."""
        article = parse_article(text)
        for block in (*article.unparsed, *article.following):
            assert block.span.slice(text) == block.text


class TestQuotes:
    @given(TEXTS)
    def test_quote_span_is_the_quotation_in_its_paragraph(self, text):
        """A quote's span slices to its text, inside the body paragraph it names."""
        article = parse_article(text)
        body = article.span_of("body")
        for quote in article.quotes:
            assert quote.span is not None
            assert quote.span.slice(text) == quote.text
            paragraph = body[quote.paragraph]
            assert _inside(quote.span, paragraph)

    @given(TEXTS)
    def test_speaker_span_is_the_speaker(self, text):
        """Where a speaker span is given, it slices to the speaker's name."""
        for quote in parse_article(text).quotes:
            if quote.speaker_span is not None:
                assert quote.speaker_span.slice(text) == quote.speaker

    @given(TEXTS)
    def test_attribution_span_holds_the_speaker_span(self, text):
        """An attribution lies in the quote's paragraph and holds the speaker's span."""
        article = parse_article(text)
        body = article.span_of("body")
        for quote in article.quotes:
            attribution = quote.attribution_span
            if attribution is None:
                assert quote.speaker_span is None
                continue
            paragraph = body[quote.paragraph]
            assert _inside(attribution, paragraph)
            speaker = quote.speaker_span
            if speaker is not None:
                assert _inside(speaker, attribution)
