r"""Hypothesis strategies for articles and dump texts, for users' own tests.

Needs the ``hypothesis`` extra (``pip install articlekit[hypothesis]``)::

    from hypothesis import given
    from articlekit import parse_article
    from articlekit.strategies import article_texts

    @given(article_texts())
    def test_my_pipeline_never_loses_the_headline(text):
        assert my_parser.parse(text).headline is not None

The articles are built from the models, field by field, out of generated
values in the shapes the format defines (see docs/anatomy.md and
docs/dialects.md): a date header in one of several formats, a title line, a
summary signed with initials, a byline ``A and B report in PUB:``,
highlights lifted from the body, body paragraphs with quotations, captions
with credit labels, ``Posted by`` and ``Labels:`` lines, a comment footer.
None of it comes from the parser, so ``parse_article(render(a)) == a``
tests the parser against an answer it did not write. The texts are such
articles written out in the layouts real dumps have: ``\n``, ``\r\n`` or
``\r`` line ends, blank lines or none between paragraphs, spaces and NBSP
around lines, captions among the body paragraphs.
"""

from __future__ import annotations

import datetime as _dt

from hypothesis import strategies as st

from articlekit import _shapes as shapes
from articlekit.models import Article, Byline, Caption, Quote, Summary

__all__ = [
    "article_dumps",
    "article_texts",
    "articles",
    "bylines",
    "captions",
    "date_lines",
    "dates",
    "headlines",
    "names",
    "paragraphs",
    "quoted_paragraphs",
    "quotes",
]


_MAYBE_NAME = st.none() | shapes.NAMES


def names() -> st.SearchStrategy[str]:
    """People's names: ``Jane Roe``, ``Ana Pérez``, ``Li van Dijk``..."""
    return shapes.NAMES


def dates() -> st.SearchStrategy[_dt.date]:
    """Post dates between 2000 and 2030."""
    return st.dates(min_value=_dt.date(2000, 1, 1), max_value=_dt.date(2030, 12, 31))


def date_lines() -> st.SearchStrategy[tuple[_dt.date, str]]:
    """A date and a date header for it, in one of the shapes blogs use.

    English (``Dec 5, 2024``, ``Sunday, October 05, 2008``, ``July 11th,
    2024``, ``2011-03-08``...), French, German and Spanish headers.
    """
    return st.tuples(dates(), st.sampled_from(shapes.DATE_FORMATS)).map(
        lambda pair: (pair[0], pair[1](pair[0]))
    )


@st.composite
def headlines(draw: st.DrawFn) -> str:
    """Title-case headlines with no final stop."""
    words = draw(st.lists(st.sampled_from(shapes.WORDS), min_size=3, max_size=9))
    return " ".join(w.capitalize() for w in words)


@st.composite
def paragraphs(
    draw: st.DrawFn, *, min_sentences: int = 2, max_sentences: int = 4
) -> str:
    """Body paragraphs of a few plain sentences (no quotation, no credit)."""
    count = draw(st.integers(min_sentences, max_sentences))
    return " ".join(draw(shapes.sentences()) for _ in range(count))


@st.composite
def bylines(draw: st.DrawFn) -> Byline:
    """Bylines in the link-blog shapes: one to three authors, or a publication.

    Built from their fields (authors, publication, verb), with ``text`` the
    line that writes them: ``Ana Pérez and Li Wei report in the Guardian:``,
    ``The Economist notes:``, ``Jane Roe writes:``, ``Tom Berg in The
    Atlantic:``.
    """
    return shapes.byline(draw, draw(shapes.AUTHORS))


@st.composite
def captions(draw: st.DrawFn) -> Caption:
    """Photo captions with the credit labels real dumps use.

    Built from their fields (text, label, credit), with ``raw`` the
    paragraph that writes them: ``TEXT Photo: NAME/AGENCY``, ``(Photo:
    NAME)``, ``TEXT (Photo by NAME)``, ``TEXT (AP Photo/NAME)``...
    """
    return shapes.caption(draw, draw(paragraphs(min_sentences=1, max_sentences=1)))


@st.composite
def quoted_paragraphs(draw: st.DrawFn) -> tuple[str, str, str]:
    """A body paragraph holding one quotation: (paragraph, quote text, speaker).

    The speaker comes after the quotation or before it, named with a verb,
    an appositive (``the mayor, Jane Roe, said``) or a title that is not part
    of the name (``Prime Minister Jane Roe said:``); the marks are curly,
    straight, single curly or low-high.
    """
    speaker = draw(shapes.NAMES)
    inner = draw(paragraphs(min_sentences=1, max_sentences=2))
    paragraph, quote = shapes.quoting(draw, inner, speaker)
    return paragraph, quote, speaker


@st.composite
def quotes(draw: st.DrawFn) -> Quote:
    """Quotations with their speakers, as a paragraph of quoted_paragraphs() holds."""
    _, quote, speaker = draw(quoted_paragraphs())
    return Quote(text=quote, speaker=speaker)


class _Sentences:
    """Sentences that appear nowhere else in the article, handed out in turn.

    A sentence said twice would make highlights of the paragraph that says
    it first (that is what highlights are): only the highlights repeat one.
    """

    def __init__(self, draw: st.DrawFn, count: int) -> None:
        """Draw ``count`` sentences, no two of the same words."""
        self._sentences = draw(
            st.lists(
                shapes.sentences(),
                min_size=count,
                max_size=count,
                unique_by=shapes.words_of,
            )
        )

    def paragraph(self, count: int) -> list[str]:
        """The next ``count`` sentences."""
        taken, self._sentences = self._sentences[:count], self._sentences[count:]
        return taken


def _link_blog_parts(
    draw: st.DrawFn,
    pool: _Sentences,
    summary_shape: list[int],
    plain: list[list[str]],
) -> tuple[Summary, Byline, tuple[str, ...]]:
    """The signed summary, the byline and the highlights of a link-blog post."""
    signature = draw(st.text(shapes.SIGNATURE_LETTERS, min_size=2, max_size=4))
    summary = Summary(
        paragraphs=tuple(" ".join(pool.paragraph(n)) for n in summary_shape),
        signature=signature,
    )
    byline = shapes.byline(draw, draw(shapes.AUTHORS))
    # A signed link-blog post has highlights: the paragraph after the byline
    # is read as highlights by its place, whether or not its sentences recur.
    said = [s for sentences in plain for s in sentences]
    chosen = st.integers(0, len(said) - 1)
    lifted = [
        said[i] for i in draw(st.lists(chosen, min_size=1, max_size=4, unique=True))
    ]
    cuts = draw(st.integers(1, min(3, len(lifted))))
    size = -(-len(lifted) // cuts)
    highlights = [" ".join(lifted[i : i + size]) for i in range(0, len(lifted), size)]
    return summary, byline, tuple(highlights)


def _body(
    draw: st.DrawFn,
    pool: _Sentences,
    plain: list[list[str]],
    quoted_shape: list[tuple[int, bool]],
) -> tuple[list[str], list[Quote]]:
    """The body paragraphs, quoted ones among the plain ones, and the quotes.

    ``quoted_shape`` gives, for each quoted paragraph, how many sentences it
    quotes and whether the paragraph after it goes on quoting the speaker
    (``“…,” she said.``, where the pronoun stands for the speaker quoted
    last). A quote's ``paragraph`` is the index of its paragraph in the body.
    """
    # Runs of paragraphs, each with the quotes it holds: a quoted paragraph
    # and the one that goes on quoting its speaker stay together.
    runs: list[list[tuple[str, list[Quote]]]] = [
        [(" ".join(sentences), [])] for sentences in plain
    ]
    for n, more in quoted_shape:
        speaker = draw(shapes.NAMES)
        inners = pool.paragraph(n)
        if n == 1 or draw(st.booleans()):
            inners = [" ".join(inners)]
        paragraph, texts = shapes.quoted(draw, inners, speaker)
        run = [(paragraph, [Quote(text=text, speaker=speaker) for text in texts])]
        if more:
            opening, closing = draw(st.sampled_from(shapes.MARKS))
            text = f"{opening}{pool.paragraph(1)[0][:-1]},{closing}"
            pronoun = draw(st.sampled_from(("he", "she")))
            run.append((f"{text} {pronoun} said.", [Quote(text=text, speaker=speaker)]))
        runs.insert(draw(st.integers(0, len(runs))), run)
    paragraphs = [paragraph for run in runs for paragraph in run]
    found = [
        Quote(text=quote.text, speaker=quote.speaker, paragraph=i)
        for i, (_, said) in enumerate(paragraphs)
        for quote in said
    ]
    return [text for text, _ in paragraphs], found


def _date(draw: st.DrawFn) -> tuple[_dt.date | None, str | None]:
    """The post's date and its header: none, one with a year, or one without."""
    dated = draw(st.integers(0, 5))
    if dated == 0:
        return None, None
    if dated == 1:
        # A header without a year is still the post's date header.
        return None, draw(st.sampled_from(shapes.YEARLESS_FORMATS))(draw(dates()))
    return draw(date_lines())


@st.composite
def _articles(draw: st.DrawFn, link_blog: bool | None) -> Article:
    if link_blog is None:
        link_blog = draw(st.booleans())
    plain_shape = draw(st.lists(st.integers(2, 4), min_size=1, max_size=5))
    quoted_shape = draw(
        st.lists(st.tuples(st.integers(1, 2), st.booleans()), max_size=2)
    )
    caption_count = draw(st.integers(0, 2))
    summary_shape = (
        draw(st.lists(st.integers(1, 3), min_size=1, max_size=2)) if link_blog else []
    )
    pool = _Sentences(
        draw,
        sum(plain_shape)
        + sum(n + more for n, more in quoted_shape)
        + caption_count
        + sum(summary_shape),
    )
    plain = [pool.paragraph(n) for n in plain_shape]
    body, found = _body(draw, pool, plain, quoted_shape)
    headline = draw(headlines())
    comments = shapes.footer(draw, headline) if draw(st.booleans()) else None
    summary = byline = None
    highlights: tuple[str, ...] = ()
    if link_blog:
        summary, byline, highlights = _link_blog_parts(draw, pool, summary_shape, plain)
    date, date_line = _date(draw)
    return Article(
        headline=headline,
        date=date,
        date_line=date_line,
        summary=summary,
        byline=byline,
        posted_by=draw(_MAYBE_NAME),
        labels=draw(st.lists(st.sampled_from(shapes.WORDS), max_size=3, unique=True)),
        highlights=highlights,
        body=body,
        captions=[
            shapes.caption(draw, pool.paragraph(1)[0]) for _ in range(caption_count)
        ],
        quotes=found,
        comments=comments,
    )


def articles(*, link_blog: bool | None = None) -> st.SearchStrategy[Article]:
    """Articles built from their models, in the shapes the format defines.

    Every field is drawn, not read: a headline, maybe a date and its header
    (or a header with no year), one to nine body paragraphs (up to two of
    them quoting a named speaker, each maybe followed by one that quotes
    them again under a pronoun, with the matching ``quotes``), up to two
    captions, maybe a
    ``Posted by`` name, labels and a comment footer; a link-blog post adds a
    summary signed with initials, a byline and highlights lifted from the
    body. ``parse_article(render(article)) == article`` for each.

    Args:
        link_blog: ``True`` for the seed's link-blog format (summary,
            signature, byline, highlights), ``False`` for a plain blog post,
            ``None`` for either.
    """
    return _articles(link_blog)


def _lines(draw: st.DrawFn, article: Article) -> list[str]:
    """The article's paragraphs in dump order, captions among the body."""
    lines: list[str] = []
    if article.date_line is not None:
        lines.append(article.date_line)
    if article.headline is not None:
        # Some blogs (WordPress themes) print the title above the date. The
        # title is told from the line under the date by that line's final
        # stop: a paragraph closed by a quotation mark (`Jane Roe said:
        # “….”`) is taken for the title there, so it never follows the date
        # of a post whose title is above it.
        above = (
            article.summary is None
            and article.body[:1] != ()
            and article.body[0][-1] in ".!?"
            and draw(st.integers(0, 3)) == 0
        )
        lines.insert(0 if above else len(lines), article.headline)
    if article.summary is not None:
        summary = list(article.summary.paragraphs)
        if article.summary.signature is not None:
            if draw(st.integers(0, 3)) == 0:
                summary.append(article.summary.signature)  # a line of its own
            else:
                summary[-1] += " " + article.summary.signature
        lines += summary
    if article.byline is not None:
        lines.append(article.byline.text)
    lines += article.highlights
    # A caption sits among the body paragraphs (never above the first), the
    # captions in their order.
    body = list(article.body)
    places = sorted(draw(st.integers(1, len(body))) for _ in article.captions)
    for k, (at, caption) in enumerate(zip(places, article.captions, strict=True)):
        body.insert(at + k, caption.raw)
    lines += body
    if article.posted_by is not None:
        time = draw(st.sampled_from(("", *(f" at {t}" for t in shapes.TIMES))))
        lines.append(
            shapes.pick(draw, (f"Posted by {article.posted_by}{time}",
                               f"Written by {article.posted_by}",
                               f"Author: {article.posted_by}"))
        )  # fmt: skip
    if article.labels:
        lines.append(
            (
                "Label: "
                if len(article.labels) == 1 and draw(st.booleans())
                else "Labels: "
            )
            + ", ".join(article.labels)
        )
    if article.comments is not None:
        lines += article.comments.lines
    return lines


@st.composite
def _dumps(draw: st.DrawFn, link_blog: bool | None) -> tuple[str, Article]:
    article = draw(articles(link_blog=link_blog))
    lines = _lines(draw, article)
    pad = draw(st.sampled_from(("", "", " ", "\t", "\u00a0")))
    if pad:
        lines = [
            shapes.pick(draw, ("", pad)) + line + shapes.pick(draw, ("", pad))
            for line in lines
        ]
    separator = draw(
        st.sampled_from(("\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\n\u00a0\n"))
    )
    end = shapes.pick(draw, ("", "\n", separator))
    return separator.join(lines) + end, article


def article_dumps(
    *, link_blog: bool | None = None
) -> st.SearchStrategy[tuple[str, Article]]:
    """Dump texts with the article each one holds: ``(text, article)``.

    The article is one of :func:`articles`; the text writes it out in a
    layout real dumps have (line ends, blank lines, padding, captions
    among the body, a time after ``Posted by``), so that
    ``parse_article(text) == article`` tests a parser against the answer.

    Args:
        link_blog: As in :func:`articles`.
    """
    return _dumps(link_blog)


def article_texts(*, link_blog: bool | None = None) -> st.SearchStrategy[str]:
    """Dump texts in the formats of real dumps: the texts of article_dumps().

    Args:
        link_blog: ``True`` for the seed's link-blog format (summary,
            signature, byline, highlights), ``False`` for a plain blog post,
            ``None`` for either.
    """
    return article_dumps(link_blog=link_blog).map(lambda pair: pair[0])
