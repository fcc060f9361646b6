r"""Hypothesis strategies for articles and dump texts, for users' own tests.

Needs the ``hypothesis`` extra (``pip install articlekit[hypothesis]``)::

    from hypothesis import given
    from articlekit import parse_article
    from articlekit.strategies import article_texts

    @given(article_texts())
    def test_my_pipeline_never_loses_the_headline(text):
        assert my_parser.parse(text).headline is not None

The texts come in the shapes real dumps have (see docs/dialects.md): dates
in many formats, one to three authors or a publication alone, curly and
straight quotation marks, NBSP, several caption labels, optional parts
missing, ``\n``, ``\r\n`` or blank-line separators. The models are drawn
from what the parser reads off those texts, so they are always valid.
"""

from __future__ import annotations

import datetime as _dt

from hypothesis import assume
from hypothesis import strategies as st

from articlekit._text import sentences
from articlekit.api import parse_article
from articlekit.formatting import format_date
from articlekit.models import Article, Byline, Caption, Quote
from articlekit.sections.byline import read_byline
from articlekit.sections.captions import read_caption

__all__ = [
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

_FIRST = ("Jane", "Tom", "Ana", "Li", "Maria", "Jared", "Tomás", "Priya", "Olu", "Zoë")
_LAST = ("Roe", "Malsin", "Pérez", "Wei", "Lind", "Okafor", "van Dijk", "al-Rashid",
         "Berg", "O'Neill")  # fmt: skip
_PUBLICATIONS = ("Wall Street Journal", "Financial Times", "Economist", "Guardian",
                 "New York Times", "Atlantic", "Harbour Gazette")  # fmt: skip
_VERBS = ("reports", "writes", "argues", "notes", "explains", "comments")
_WORDS = ("the", "port", "strike", "river", "council", "budget", "rain", "market",
          "growers", "ferry", "bridge", "town", "workers", "prices", "week", "plan",
          "season", "harvest", "road", "school", "closed", "rose", "fell", "opened",
          "north", "south", "new", "old", "late", "early", "cheap", "costly",
          "fishermen", "farmers", "drivers", "teachers", "tourists")  # fmt: skip
_SPACES = (" ", " ", " ", " ", "\u00a0")
_LABELS = ("Photo", "Photograph", "Photos", "Image", "Illustration", "Credit", "PHOTO")
_AGENCIES = ("Reuters", "Getty Images", "Agence France-Presse", "Valley Press")
_FOOTERS = (
    ("No comments:", "Post a Comment"),
    ("1 comment:", "Karen said...", "Lovely!", "Post a Comment"),
    ("3 comments:",),
    ("Comments are closed.",),
    ("Leave a Reply",),
)


def names() -> st.SearchStrategy[str]:
    """People's names: ``Jane Roe``, ``Ana Pérez``, ``Li van Dijk``..."""
    return st.builds(
        lambda first, last: f"{first} {last}",
        st.sampled_from(_FIRST),
        st.sampled_from(_LAST),
    )


def dates() -> st.SearchStrategy[_dt.date]:
    """Post dates between 2000 and 2030."""
    return st.dates(min_value=_dt.date(2000, 1, 1), max_value=_dt.date(2030, 12, 31))


_DATE_FORMATS = (
    format_date,
    lambda d: d.strftime("%A, %B %d, %Y"),
    lambda d: f"{d.day} {d.strftime('%B')} {d.year}",
    lambda d: d.isoformat(),
    lambda d: f"{d.strftime('%B')} {d.day}, {d.year}",
)


def date_lines() -> st.SearchStrategy[tuple[_dt.date, str]]:
    """A date and a date header for it, in one of the shapes blogs use."""
    return st.tuples(dates(), st.sampled_from(_DATE_FORMATS)).map(
        lambda pair: (pair[0], pair[1](pair[0]))
    )


def _sentence(draw: st.DrawFn) -> str:
    words = draw(
        st.lists(st.sampled_from(_WORDS), min_size=6, max_size=12, unique=True)
    )
    space = draw(st.sampled_from(_SPACES))
    text = space.join(words)
    return text[0].upper() + text[1:] + draw(st.sampled_from((".", ".", "!", "?")))


@st.composite
def headlines(draw: st.DrawFn) -> str:
    """Title-case headlines with no final stop."""
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=3, max_size=9))
    return " ".join(w.capitalize() for w in words)


@st.composite
def paragraphs(
    draw: st.DrawFn, *, min_sentences: int = 2, max_sentences: int = 4
) -> str:
    """Body paragraphs of a few plain sentences (no quotation, no credit)."""
    count = draw(st.integers(min_sentences, max_sentences))
    return " ".join(_sentence(draw) for _ in range(count))


@st.composite
def bylines(draw: st.DrawFn) -> Byline:
    """Bylines in the link-blog shapes: one to three authors, or a publication."""
    publication = draw(st.sampled_from(_PUBLICATIONS))
    authors = draw(st.lists(names(), min_size=0, max_size=3, unique=True))
    verb = draw(st.sampled_from(_VERBS))
    if not authors:
        line = f"The {publication} {verb}:"
    else:
        if len(authors) > 1:
            verb = verb[:-1]  # the plural: "report", "argue", "note"
        if len(authors) == 1:
            who = authors[0]
        else:
            who = ", ".join(authors[:-1]) + " and " + authors[-1]
        the = draw(st.sampled_from(("the ", "")))
        line = f"{who} {verb} in {the}{publication}:"
    byline = read_byline(line)
    assert byline is not None, line
    return byline


@st.composite
def captions(draw: st.DrawFn) -> Caption:
    """Photo captions with the credit labels real dumps use."""
    text = draw(paragraphs(min_sentences=1, max_sentences=1))
    credit = "/".join(
        [
            draw(names()),
            *draw(st.lists(st.sampled_from(_AGENCIES), max_size=2, unique=True)),
        ]
    )
    label = draw(st.sampled_from(_LABELS))
    raw = draw(
        st.sampled_from(
            (
                f"{text} {label}: {credit}",
                f"{label}: {credit}",
                f"{text} ({label}: {credit})",
            )
        )
    )
    caption = read_caption(raw)
    assert caption is not None, raw
    return caption


_SPEECH = ("said", "added", "told reporters", "wrote")


@st.composite
def quoted_paragraphs(draw: st.DrawFn) -> tuple[str, str, str]:
    """A body paragraph holding one quotation: (paragraph, quote text, speaker)."""
    speaker = draw(names())
    inner = draw(paragraphs(min_sentences=1, max_sentences=2)).rstrip(".!?")
    verb = draw(st.sampled_from(_SPEECH))
    opening, closing = draw(st.sampled_from((("“", "”"), ('"', '"'))))
    shape = draw(st.integers(0, 2))
    if shape == 0:
        quote = f"{opening}{inner},{closing}"
        paragraph = f"{quote} {verb.split()[0]} {speaker}, an analyst at the council."
    elif shape == 1:
        quote = f"{opening}{inner},{closing}"
        paragraph = f"{quote} {speaker} {verb}."
    else:
        quote = f"{opening}{inner}.{closing}"
        paragraph = f"{speaker} {verb.split()[0]}: {quote}"
    return paragraph, quote, speaker


@st.composite
def quotes(draw: st.DrawFn) -> Quote:
    """Quotations with their speakers, as the parser reads them from a paragraph."""
    _, quote, speaker = draw(quoted_paragraphs())
    return Quote(text=quote, speaker=speaker)


@st.composite
def article_texts(draw: st.DrawFn, *, link_blog: bool | None = None) -> str:
    """Dump texts in the formats of real dumps.

    Args:
        draw: Supplied by hypothesis (call ``article_texts()`` without it).
        link_blog: ``True`` for the seed's link-blog format (summary,
            signature, byline, highlights), ``False`` for a plain blog post,
            ``None`` for either.
    """
    if link_blog is None:
        link_blog = draw(st.booleans())
    lines: list[str] = []
    if draw(st.booleans()):
        lines.append(draw(date_lines())[1])
    lines.append(draw(headlines()))
    body = draw(st.lists(paragraphs(), min_size=1, max_size=5, unique=True))
    quoted = draw(st.lists(quoted_paragraphs(), max_size=2))
    body += [p for p, _, _ in quoted]
    if link_blog:
        summary = draw(st.lists(paragraphs(), min_size=1, max_size=2, unique=True))
        summary[-1] += " " + draw(st.sampled_from(("JL", "KM", "RB")))
        lines += summary
        lines.append(draw(bylines()).text)
        first = body[0].split(". ")[0].rstrip(".") + "."
        if len(first.split()) >= 5:
            lines.append(first)  # a highlight lifted from the first paragraph
    lines += body
    lines += [c.raw for c in draw(st.lists(captions(), max_size=2))]
    # A sentence said twice would make a highlight of a body paragraph (that
    # is what highlights are); the one lifted on purpose is the only repeat.
    said = [s for line in lines for s in sentences(line) if len(s.split()) >= 4]
    assume(len(set(said)) >= len(said) - (1 if link_blog else 0))
    if draw(st.booleans()):
        lines.append(f"Posted by {draw(names())} at 10:15 AM")
    if draw(st.booleans()):
        tags = draw(
            st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3, unique=True)
        )
        lines.append("Labels: " + ", ".join(tags))
    if draw(st.booleans()):
        lines += draw(st.sampled_from(_FOOTERS))
    separator = draw(st.sampled_from(("\n", "\n\n", "\r\n", "\r\n\r\n", "\n\u00a0\n")))
    return separator.join(lines) + draw(st.sampled_from(("", "\n", separator)))


def articles(*, link_blog: bool | None = None) -> st.SearchStrategy[Article]:
    """Valid articles: what articlekit reads off generated dump texts."""
    return article_texts(link_blog=link_blog).map(parse_article)
