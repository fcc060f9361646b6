"""See what was read: a dump's own text with each part marked and labelled.

:func:`to_html` marks the text of one post for a browser (a fragment, or a
standalone page), :func:`to_terminal` for a terminal (ANSI colours, or plain
labelled marks), and :func:`write_page` streams a page of every post of a
file, one post at a time. ``articlekit show FILE`` and
``Article._repr_html_`` (the view a notebook shows) are built on them.

Every part of the article that has a span is one mark: the headline, the
date header, each summary paragraph and its signature, the byline, the
``Posted by`` line, the ``Labels:`` line, each highlight and body paragraph,
each caption with its credit, each quotation with its attribution and
speaker, each line of the comment footer, every unparsed block, the blocks of
later posts (``following``), and spans under any other name than the plain
fields in ``Article.spans`` (an article built or evolved with them), under
that name. Text on a line that no mark covers was claimed by a section that
records no span (a custom section that only fills ``extras``): it is marked
``claimed``.

Marks nest as their spans do: a quotation inside its paragraph, a credit
inside its caption, a speaker inside its attribution. Two spans that overlap
without one holding the other (two attributions sharing a name) cannot both
be one element: the one that starts later is cut where the enclosing one
ends, and its pieces carry the same ``data-part`` (the second and later ones
the class ``ak-cont``). Removing the marks always gives back the text,
character for character.
"""

from __future__ import annotations

import codecs
import contextlib
import heapq
import html
import io
import os
import re
import sys
from collections.abc import Iterable, Iterator
from typing import IO, NamedTuple

from articlekit._input import BLANK, iter_lines
from articlekit.errors import ArticleKitError
from articlekit.models import Article, Source, Span
from articlekit.parser import Parser

__all__ = [
    "KINDS",
    "Kind",
    "Mark",
    "iter_posts",
    "marks",
    "terminal_legend",
    "to_html",
    "to_terminal",
    "write_page",
]


class Kind(NamedTuple):
    """How one kind of part is shown."""

    label: str
    """What the legend calls it."""
    colour: str
    """Its HTML colour (backgrounds are lighter tints of it)."""
    ansi: str
    """Its SGR parameters in a terminal."""
    inline: bool
    """Whether it lies inside a line (a quotation) rather than being one."""


#: Every kind of mark, in the order of the legend.
KINDS: dict[str, Kind] = {
    "headline": Kind("headline", "#b45309", "1;33", False),
    "date": Kind("date", "#0369a1", "36", False),
    "summary": Kind("summary", "#6d28d9", "35", False),
    "signature": Kind("signature", "#6d28d9", "1;35", True),
    "byline": Kind("byline", "#15803d", "1;32", False),
    "posted_by": Kind("posted by", "#be185d", "95", False),
    "highlights": Kind("highlight", "#c2410c", "93", False),
    "body": Kind("body", "#475569", "0", False),
    "caption": Kind("caption", "#0e7490", "96", False),
    "credit": Kind("credit", "#0e7490", "1;96", True),
    "quote": Kind("quote", "#a16207", "4;33", True),
    "attribution": Kind("said (attribution)", "#15803d", "3;32", True),
    "speaker": Kind("speaker", "#15803d", "1;4;32", True),
    "footer": Kind("footer", "#64748b", "2", False),
    "labels": Kind("labels", "#57534e", "34", False),
    "unparsed": Kind("unparsed", "#dc2626", "1;97;41", False),
    "following": Kind("later post", "#6b7280", "2;37", False),
    "section": Kind("custom section", "#4338ca", "1;94", False),
    "claimed": Kind("claimed, no span", "#4338ca", "7;94", False),
}

# Marks that start and end together nest in this order (the first outside).
_RANK = {kind: i for i, kind in enumerate(KINDS)}
_RANK.update(
    {
        "attribution": 30,
        "quote": 31,
        "speaker": 32,
        "credit": 33,
        "signature": 34,
        "section": 35,
    }
)


class Mark(NamedTuple):
    """One part of an article, where it lies and what to call it."""

    start: int
    """Offset of its first character in the post's text."""
    end: int
    """Offset one past its last character."""
    kind: str
    """A key of :data:`KINDS`."""
    label: str
    """Its label: the kind's, numbered for a paragraph (``body 3``), or the
    name of the custom section that recorded it."""
    part: str
    """An id that no other part of the article has (``body.3``, ``quote.2.speaker``)."""


_LABEL_CHARS = re.compile(r"[^\w .:+-]")


def marks(article: Article, text: str | None = None) -> list[Mark]:
    """Every part of ``article`` that has a span, as marks in reading order.

    Args:
        article: A parsed article.
        text: The text it was parsed from. With it, text on a line that no
            mark covers is marked ``claimed`` (a section took it and recorded
            no span); without it, nothing is known of such text.

    Returns:
        The marks, sorted by start, the enclosing one first.
    """
    found: list[Mark] = []

    def add(span: Span | None, kind: str, label: str, part: str) -> None:
        if span is not None and span.end > span.start:
            found.append(Mark(span.start, span.end, kind, label, part))

    def numbered(spans: Iterable[Span], kind: str) -> None:
        name = KINDS[kind].label
        for i, span in enumerate(spans, 1):
            add(span, kind, f"{name} {i}", f"{kind}.{i}")

    spans = article.spans
    for kind in ("headline", "date", "posted_by", "labels"):
        for span in spans.get(kind, ())[:1]:
            add(span, kind, KINDS[kind].label, kind)
    summary = article.summary
    if summary is not None:
        numbered(summary.spans, "summary")
        if summary.signature and summary.spans:
            last = summary.spans[-1]
            # The last paragraph's span ends with the signature (see Summary).
            if text is not None:
                at = last.slice(text).rfind(summary.signature)
                if at >= 0:
                    start = last.start + at
                    add(
                        Span(start=start, end=start + len(summary.signature)),
                        "signature",
                        "signature",
                        "signature",
                    )
    if article.byline is not None:
        add(article.byline.span, "byline", "byline", "byline")
    numbered(spans.get("highlights", ()), "highlights")
    numbered(spans.get("body", ()), "body")
    for i, caption in enumerate(article.captions, 1):
        add(caption.span, "caption", f"caption {i}", f"caption.{i}")
        credit = _credit_span(caption.span, caption.raw, caption.label, caption.credit)
        add(credit, "credit", f"credit {i}", f"caption.{i}.credit")
    for i, quote in enumerate(article.quotes, 1):
        add(quote.span, "quote", f"quote {i}", f"quote.{i}")
        # Numbered as their quotation: two quotations may share a speaker.
        add(quote.attribution_span, "attribution", f"said {i}", f"quote.{i}.said")
        add(quote.speaker_span, "speaker", f"speaker {i}", f"quote.{i}.speaker")
    if article.comments is not None:
        numbered(article.comments.spans, "footer")
    for block in article.unparsed:
        add(block.span, "unparsed", "unparsed", f"unparsed.{block.index}")
    for block in article.following:
        add(block.span, "following", "later post", f"following.{block.index}")
    for name, custom in spans.items():
        if name not in _PLAIN:
            label = _LABEL_CHARS.sub("_", name) or "_"
            for i, span in enumerate(custom, 1):
                add(span, "section", label, f"section.{label}.{i}")
    found.sort(key=_order)
    if text is not None:
        claimed = list(_unmarked(text, found))
        if claimed:
            found.extend(claimed)
            found.sort(key=_order)
    return found


_PLAIN = frozenset({"headline", "date", "posted_by", "labels", "highlights", "body"})


def _order(mark: Mark) -> tuple[int, int, int]:
    return (mark.start, -mark.end, _RANK[mark.kind])


def _credit_span(
    span: Span | None, raw: str, label: str | None, credit: str | None
) -> Span | None:
    """The credit label and the credit, as they lie in the caption's span.

    The label comes before the credit (see Caption), so both are looked for
    in that order; a credit not written as it is stored gets no mark.
    """
    if span is None or label is None or credit is None:
        return None
    at = raw.rfind(label)
    end = raw.find(credit, max(at, 0))
    if at < 0 or end < 0:
        return None
    return Span(start=span.start + at, end=span.start + end + len(credit))


def _unmarked(text: str, found: list[Mark]) -> Iterator[Mark]:
    """Lines no mark touches: their stripped text, as ``claimed`` marks."""
    # Only the marks that hold whole lines matter; they arrive sorted.
    ends = [(m.start, m.end) for m in found if not KINDS[m.kind].inline]
    k = 0
    pos = 0
    for line in iter_lines([text]):
        stripped = line.strip(BLANK)
        if stripped:
            start = pos + line.index(stripped)
            end = start + len(stripped)
            while k < len(ends) and ends[k][1] <= start:
                k += 1
            if k == len(ends) or ends[k][0] >= end:
                yield Mark(start, end, "claimed", "claimed", f"claimed.{start}")
        pos += len(line)


# -- nesting ----------------------------------------------------------------


class _Event(NamedTuple):
    kind: str  # "text", "open" or "close"
    value: str  # the text, or empty
    mark: Mark | None
    piece: int  # 0 for a mark's first piece, then 1, 2...


def _events(text: str, found: Iterable[Mark]) -> Iterator[_Event]:
    """The text and the marks as properly nested opens, texts and closes.

    A mark that would end after the mark enclosing it is cut there, and the
    rest is queued again as its next piece.
    """
    if any(m.end > len(text) for m in found):
        raise ValueError("the article's spans do not fit this text")
    queue = [(*_order(m), i, 0, m) for i, m in enumerate(found)]
    heapq.heapify(queue)
    stack: list[tuple[Mark, int]] = []  # (mark clipped to its piece's end, piece)
    pos = 0

    def close_to(limit: int) -> Iterator[_Event]:
        nonlocal pos
        while stack and stack[-1][0].end <= limit:
            top, piece = stack.pop()
            if top.end > pos:
                yield _Event("text", text[pos : top.end], None, 0)
                pos = top.end
            yield _Event("close", "", top, piece)

    while queue:
        *_, n, piece, mark = heapq.heappop(queue)
        yield from close_to(mark.start)
        if mark.start > pos:
            yield _Event("text", text[pos : mark.start], None, 0)
            pos = mark.start
        if stack and stack[-1][0].end < mark.end:
            cut = stack[-1][0].end
            rest = mark._replace(start=cut)
            heapq.heappush(queue, (*_order(rest), n, piece + 1, rest))
            mark = mark._replace(end=cut)
        stack.append((mark, piece))
        yield _Event("open", "", mark, piece)
    yield from close_to(len(text))
    if pos < len(text):
        yield _Event("text", text[pos:], None, 0)


# -- HTML --------------------------------------------------------------------


def _style() -> str:
    rules = [
        ".ak-show{font:14px/1.6 ui-sans-serif,system-ui,sans-serif;color:#1f2937}",
        ".ak-text{white-space:pre-wrap;overflow-wrap:anywhere;margin:0;"
        "font:14px/1.9 ui-monospace,'DejaVu Sans Mono',monospace;"
        "background:#fff;border:1px solid #e5e7eb;border-radius:6px;padding:12px}",
        ".ak-m{border-radius:3px;padding:1px 0}",
        ".ak-m::before{content:attr(data-label);font:600 10px/1 ui-sans-serif,"
        "system-ui,sans-serif;color:#fff;border-radius:3px;padding:1px 4px;"
        "margin-right:4px;vertical-align:2px;user-select:none;"
        "background:var(--c);white-space:nowrap}",
        ".ak-cont::before,.ak-legend .ak-m::before{content:none}",
        ".ak-legend{display:flex;flex-wrap:wrap;gap:4px 10px;margin:0 0 10px;"
        "padding:0;list-style:none;font-size:12px}",
        ".ak-legend li{white-space:nowrap}",
        ".ak-legend .ak-m{padding:1px 6px;background:var(--c);color:#fff;"
        "font-weight:600;box-shadow:none;outline:none}",
        ".ak-post{margin:0 0 24px}",
        ".ak-post h2{font-size:16px;margin:18px 0 6px}",
    ]
    for kind, shown in KINDS.items():
        c = shown.colour
        if shown.inline:
            rule = f"--c:{c};background:{c}1f;box-shadow:inset 0 -2px {c}"
        else:
            rule = f"--c:{c};background:{c}14;box-shadow:inset 3px 0 {c}"
        if kind == "headline":
            rule += ";font-weight:700"
        elif kind in ("unparsed", "claimed"):
            rule += f";background:{c}2e;outline:1px dashed {c}"
        elif kind in ("footer", "following"):
            rule += ";color:#4b5563"
        elif kind == "speaker":
            rule += ";font-weight:700"
        rules.append(f".ak-{kind}{{{rule}}}")
    return "\n".join(rules)


_STYLE = _style()


def _legend_html(found: Iterable[Mark] | None = None) -> str:
    """The legend: every kind, or only those of ``found``."""
    present = None if found is None else {m.kind for m in found}
    items = "".join(
        f'<li><span class="ak-m ak-{kind}">{html.escape(shown.label)}</span></li>'
        for kind, shown in KINDS.items()
        if present is None or kind in present
    )
    return f'<ul class="ak-legend">{items}</ul>'


def _marked_html(text: str, found: Iterable[Mark]) -> str:
    out: list[str] = []
    for event in _events(text, found):
        if event.kind == "text":
            out.append(html.escape(event.value, quote=False))
        elif event.kind == "open":
            mark = event.mark
            assert mark is not None
            cont = " ak-cont" if event.piece else ""
            label = html.escape(mark.label)
            out.append(
                f'<span class="ak-m ak-{mark.kind}{cont}" data-part="'
                f'{html.escape(mark.part)}" data-label="{label}" title="{label}">'
            )
        else:
            out.append("</span>")
    return "".join(out)


def to_html(article: Article, text: str | None = None, *, page: bool = False) -> str:
    r"""The text of ``article`` with every part marked, as HTML.

    Args:
        article: The article of one post.
        text: The post's text (what was parsed). Without it, the text is put
            together from the article's parts, each on a line of its own in
            reading order (the article keeps no copy of its text; the
            ``Labels:`` and ``Posted by`` lines then show what was read from
            them, and what lay between the parts is not shown).
        page: Return a standalone HTML page rather than a fragment.

    Returns:
        A ``<div class="ak-show">`` holding its own style, a legend (of the
        kinds of part shown) and the
        text in ``<pre class="ak-text">``, where each part is a
        ``<span class="ak-m ak-KIND" data-part="ID" data-label="LABEL">``
        (the label is drawn by CSS, so the text of the element is the text
        of the part); or a page holding that.

    Raises:
        ValueError: A span of the article lies beyond the end of ``text``.

    >>> from articlekit import parse_article
    >>> html = to_html(parse_article("Dec 5, 2024\nHama Falls\\nRebels took it."))
    >>> 'data-part="headline" data-label="headline"' in html
    True
    """
    if text is None:
        text, found = _rebuilt(article)
    else:
        found = marks(article, text)
    body = f'<pre class="ak-text">{_marked_html(text, found)}</pre>'
    legend = _legend_html(found)
    if not page:
        return f'<div class="ak-show"><style>{_STYLE}</style>{legend}{body}</div>'
    title = html.escape(article.headline or "articlekit show")
    return f"{_HEAD.format(title=title)}{legend}{body}{_TAIL}"


_HEAD = (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
    "<title>{title}</title>\n<style>\nbody{{margin:16px;background:#f9fafb}}\n"
    + _STYLE.replace("{", "{{").replace("}", "}}")
    + '\n</style>\n</head>\n<body class="ak-show">\n'
)
_TAIL = "\n</body>\n</html>\n"


def write_page(
    posts: Iterable[tuple[str, Article]], out: IO[str], *, title: str
) -> int:
    """Write a standalone HTML page of every post, one post at a time.

    Only one post (and the next, to know whether there are several) is held
    at once, so a big file takes the memory of its biggest post.

    Args:
        posts: Each post's text and its article, as :func:`iter_posts` gives.
        out: Where the page goes.
        title: The page's title (a file name).

    Returns:
        The number of posts written.
    """
    out.write(_HEAD.format(title=html.escape(title)))
    out.write(f"<h1>{html.escape(title)}</h1>\n{_legend_html()}\n")
    count = 0
    for count, (text, article, several) in enumerate(_with_lookahead(posts), 1):
        found = marks(article, text)
        out.write('<section class="ak-post">')
        if several:
            heading = f"Post {count}"
            if article.headline:
                heading += f": {article.headline}"
            out.write(f"<h2>{html.escape(heading)}</h2>")
        out.write(f'<pre class="ak-text">{_marked_html(text, found)}</pre></section>\n')
    out.write(_TAIL)
    return count


def _with_lookahead(
    posts: Iterable[tuple[str, Article]],
) -> Iterator[tuple[str, Article, bool]]:
    """Each post with whether the file holds more than one."""
    it = iter(posts)
    first = next(it, None)
    if first is None:
        return
    second = next(it, None)
    yield (*first, second is not None)
    if second is not None:
        yield (*second, True)
        for post in it:
            yield (*post, True)


def _rebuilt(article: Article) -> tuple[str, list[Mark]]:
    """A text put together from the article's parts, and their marks in it.

    Each outermost part comes on a line of its own, in reading order, as its
    model holds it; the parts inside it keep their places where the model
    holds the part's text as written (its length is its span's).
    """
    own = _own_texts(article)
    pieces: list[str] = []
    found: list[Mark] = []
    size = 0
    outer: Mark | None = None
    shift = 0
    exact = False
    for mark in marks(article):
        if outer is not None and mark.end <= outer.end:
            if exact:
                found.append(
                    mark._replace(start=mark.start + shift, end=mark.end + shift)
                )
            continue
        if pieces:
            pieces.append("\n")
            size += 1
        value = own.get(mark.part, "")
        exact = len(value) == mark.end - mark.start
        summary = article.summary
        if (
            summary is not None
            and summary.signature
            and mark.part == f"summary.{len(summary.spans)}"
        ):
            value = f"{value} {summary.signature}"
            sig = size + len(value) - len(summary.signature)
            found.append(
                Mark(sig, size + len(value), "signature", "signature", "signature")
            )
            exact = False
        outer = mark
        shift = size - mark.start
        found.append(mark._replace(start=size, end=size + len(value)))
        pieces.append(value)
        size += len(value)
    found.sort(key=_order)
    return "".join(pieces), [m for m in found if m.end > m.start]


def _own_texts(article: Article) -> dict[str, str]:
    """Each outermost part's text as its model holds it, by part id."""
    own: dict[str, str] = {}
    if article.headline is not None:
        own["headline"] = article.headline
    if article.date_line is not None:
        own["date"] = article.date_line
    if article.posted_by is not None:
        own["posted_by"] = article.posted_by
    own["labels"] = ", ".join(article.labels)
    if article.summary is not None:
        for i, paragraph in enumerate(article.summary.paragraphs, 1):
            own[f"summary.{i}"] = paragraph
    if article.byline is not None:
        own["byline"] = article.byline.text
    for kind, texts in (("highlights", article.highlights), ("body", article.body)):
        for i, paragraph in enumerate(texts, 1):
            own[f"{kind}.{i}"] = paragraph
    for i, caption in enumerate(article.captions, 1):
        own[f"caption.{i}"] = caption.raw
    if article.comments is not None:
        for i, line in enumerate(article.comments.lines, 1):
            own[f"footer.{i}"] = line
    for block in article.unparsed:
        own[f"unparsed.{block.index}"] = block.text
    for block in article.following:
        own[f"following.{block.index}"] = block.text
    return own


# -- terminal ----------------------------------------------------------------

# In the plain form a mark is written ⟦label⟧...⟦/kind⟧; a "⟦" of the text is
# doubled, and a control character (which could drive the terminal) is
# written ⟦#hex⟧. Labels hold no "⟦", "⟧", "#" or "/" (see _LABEL_CHARS).
_OPEN, _SHUT = "\u27e6", "\u27e7"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\u27e6]")


def _plain(text: str) -> str:
    return _CONTROL.sub(_escape_one, text)


def _escape_one(match: re.Match[str]) -> str:
    char = match.group()
    if char == _OPEN:
        return _OPEN + _OPEN
    return f"{_OPEN}#{ord(char):x}{_SHUT}"


def to_terminal(
    article: Article, text: str | None = None, *, colour: bool = False
) -> str:
    r"""The text of ``article`` with every part marked, for a terminal.

    The plain form writes each part as ``⟦label⟧…⟦/kind⟧``
    (``⟦headline⟧Hama Falls⟦/headline⟧``). With ``colour``, each part is
    coloured instead (ANSI SGR codes) and keeps only its opening label,
    dimmed. Either way, a ``⟦`` of the text is written twice and a control
    character (an escape could drive the terminal) as ``⟦#1b⟧``, its code
    in hex, so that removing the marks gives back the text.

    Args:
        article: The article of one post.
        text: The post's text; see :func:`to_html` for what ``None`` shows.
        colour: Use ANSI colours.

    Returns:
        The marked text.

    Raises:
        ValueError: A span of the article lies beyond the end of ``text``.

    >>> from articlekit import parse_article
    >>> print(to_terminal(parse_article("Dec 5, 2024\nHama Falls\n")))
    ⟦date⟧Dec 5, 2024⟦/date⟧
    ⟦headline⟧Hama Falls⟦/headline⟧
    """
    if text is None:
        text, found = _rebuilt(article)
    else:
        found = marks(article, text)
    out: list[str] = []
    styles: list[str] = []
    for event in _events(text, found):
        mark = event.mark
        if event.kind == "text":
            out.append(_plain(event.value))
        elif mark is None:
            continue
        elif not colour:
            if event.kind == "open":
                label = mark.label if not event.piece else f"…{mark.label}"
                out.append(f"{_OPEN}{label}{_SHUT}")
            else:
                out.append(f"{_OPEN}/{mark.label}{_SHUT}")
        elif event.kind == "open":
            styles.append(KINDS[mark.kind].ansi)
            if not event.piece:
                out.append(f"\x1b[0;90m{_OPEN}{mark.label}{_SHUT}")
            out.append(_sgr(styles))
        else:
            styles.pop()
            out.append(_sgr(styles))
    return "".join(out)


def _sgr(styles: list[str]) -> str:
    return "\x1b[" + ";".join(["0", *styles]) + "m"


def terminal_legend(*, colour: bool) -> str:
    """One line naming every kind of mark, each shown as it is marked."""
    if colour:
        items = [
            f"\x1b[0;{shown.ansi}m{shown.label}\x1b[0m" for shown in KINDS.values()
        ]
    else:
        items = [f"{_OPEN}{shown.label}{_SHUT}" for shown in KINDS.values()]
    return "parts: " + " ".join(items)


# -- reading a file post by post ---------------------------------------------


def iter_posts(
    lines: Iterable[str], *, parser: Parser | None = None, single: bool = False
) -> Iterator[tuple[str, Article]]:
    """Each post's text and its article, as :func:`~articlekit.iter_articles` reads.

    The same posts and articles as ``iter_articles``, each with the text its
    spans are offsets into.

    Args:
        lines: The lines of the text, each with its line end.
        parser: As in :func:`~articlekit.parse_article`.
        single: Read the whole text as one post.

    Yields:
        ``(text, article)`` for each post, in order.
    """
    use = parser or Parser()
    if single or use.posts is None:
        text = "".join(lines)
        if single or text.strip(BLANK):
            yield text, use._post(text, None, Source(), None)
        return
    # The parser's own cut, as iter_articles reads: the same sources and the
    # day a post with no date of its own borrows.
    for cut in use._cuts(lines, path=None, stream=None):
        yield cut.text, use._read_cut(cut, None)


# -- the command line ----------------------------------------------------------


def _post_heading(number: int, article: Article) -> str:
    heading = f"post {number}"
    if article.headline:
        title = _HEADING_DROPS.sub("", article.headline)
        heading += f": {title[:59] + '…' if len(title) > 60 else title}"
    return heading


_HEADING_DROPS = re.compile(r"[\u27e6\u27e7\x00-\x1f\x7f-\x9f]")


def _encoding_of(path: str) -> str:
    """``utf-8`` when the file is UTF-8 throughout, else ``cp1252``.

    As :func:`articlekit._input.decode` decides, read in pieces so that the
    file is never held whole.
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    with open(path, "rb") as raw:
        try:
            while piece := raw.read(1 << 20):
                decoder.decode(piece)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8"


def run(
    path: str,
    *,
    html_out: str | None,
    colour: str,
    plugins: Iterable[str] = (),
    single: bool = False,
) -> int:
    """``articlekit show``: see :mod:`articlekit.cli` for the exit statuses."""
    parser = Parser()
    for name in plugins:
        try:
            parser.use(name)
        except ArticleKitError as exc:  # not installed, installed twice, unloadable
            return _usage(str(exc))
        except Exception as exc:  # a plugin's own failure, named for the user
            return _usage(f"plugin {name!r} failed to load: {exc}")
    if path != "-" and os.path.isdir(path):
        return _usage(f"{path}: is a folder; show reads one file")
    if html_out not in (None, "-") and path != "-" and _same_file(path, html_out):
        return _usage(f"{html_out}: is the file to show; the page would replace it")
    # The input is opened first: a name mistyped leaves the page as it was.
    try:
        if path == "-":
            source: IO[str] = _stdin()
        else:
            encoding = _encoding_of(path)
            source = open(path, encoding=encoding, errors="replace", newline="")  # noqa: SIM115
    except OSError as exc:
        print(
            f"articlekit: {path}: cannot read: {exc.strerror or exc}",
            file=sys.stderr,
        )
        return 1
    out: IO[str] = sys.stdout
    if html_out is not None and html_out != "-":
        try:
            out = open(html_out, "w", encoding="utf-8")  # noqa: SIM115 - closed below
        except OSError as exc:
            if path != "-":
                source.close()
            return _usage(f"{html_out}: cannot write: {exc.strerror or exc}")
    try:
        with contextlib.nullcontext() if path == "-" else source:
            posts = iter_posts(iter_lines(source), parser=parser, single=single)
            if html_out is not None:
                written = write_page(posts, out, title=path)
            else:
                written = _write_terminal(posts, out, _colour(colour, out))
    finally:
        if out is not sys.stdout:
            out.close()
    if not written:
        print(f"articlekit: {path}: no text to show", file=sys.stderr)
    return 0


def _same_file(one: str, other: str) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:  # one of them does not exist (yet)
        return False


def _stdin() -> IO[str]:
    """Standard input as text, its line ends as they are.

    Read as it comes, it cannot be tried as UTF-8 first: bytes that are not
    UTF-8 become U+FFFD.
    """
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:
        return sys.stdin
    return io.TextIOWrapper(buffer, encoding="utf-8", errors="replace", newline="")


def _write_terminal(
    posts: Iterable[tuple[str, Article]], out: IO[str], colour: bool
) -> int:
    out.write(terminal_legend(colour=colour) + "\n\n")
    count = 0
    shown = ""
    for count, (text, article, several) in enumerate(_with_lookahead(posts), 1):
        if several:
            heading = f"{_OPEN}{_post_heading(count, article)}{_SHUT}"
            out.write(f"\x1b[0;1;7m{heading}\x1b[0m\n" if colour else heading + "\n")
        shown = to_terminal(article, text, colour=colour)
        out.write(shown)
        if colour:
            out.write("\x1b[0m")
        out.flush()
    if shown and not shown.endswith("\n"):
        out.write("\n")
    return count


def _colour(choice: str, out: IO[str]) -> bool:
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    try:
        return out.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def _usage(message: str) -> int:
    print(f"articlekit: {message}", file=sys.stderr)
    return 2
