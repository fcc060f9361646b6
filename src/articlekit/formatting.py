"""Article -> canonical dump text: the inverse of parsing.

``render(article)`` writes each part on its own line, a blank line between
them, in the order the parts had in the source when the article carries its
spans (a parsed article), else in the canonical order of the link-blog
format: date, headline, summary and signature, byline, highlights, body,
captions, ``Posted by``, ``Labels:``, the footer, then any unparsed blocks
and further posts. Parsing the text gives back an equal article.
"""

from __future__ import annotations

import datetime as _dt

from articlekit.models import Article, Caption, Span

__all__ = ["format_date", "render"]

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
           "Nov", "Dec")  # fmt: skip


def format_date(value: _dt.date) -> str:
    """Write a date as the seed does: ``Dec 5, 2024``."""
    return f"{_MONTHS[value.month - 1]} {value.day}, {value.year}"


def _summary_lines(article: Article) -> list[str]:
    summary = article.summary
    if summary is None:
        return []
    lines = list(summary.paragraphs)
    if summary.signature is not None:
        # A signature on a line of its own had a span of its own.
        if len(summary.spans) == len(lines) + 1 or not lines:
            lines.append(summary.signature)
        else:
            lines[-1] = f"{lines[-1]} {summary.signature}"
    return lines


def _parts(article: Article) -> list[tuple[str, tuple[Span, ...], list[str]]]:
    """Every part as (name, spans, lines), in the canonical order."""
    parts: list[tuple[str, tuple[Span, ...], list[str]]] = []
    meta = _meta_line(article)
    if meta is not None:
        parts.append(("date", article.span_of("date"), [meta]))
    elif article.date_line is not None or article.date is not None:
        line = article.date_line
        if line is None and article.date is not None:
            line = format_date(article.date)
        parts.append(("date", article.span_of("date"), [line or ""]))
    if article.headline is not None:
        parts.append(("headline", article.span_of("headline"), [article.headline]))
    if article.summary is not None:
        parts.append(("summary", article.summary.spans, _summary_lines(article)))
    if article.byline is not None:
        byline = article.byline
        spans = () if byline.span is None else (byline.span,)
        parts.append(("byline", spans, [byline.text or _byline_text(article)]))
    parts.append(
        ("highlights", article.span_of("highlights"), list(article.highlights))
    )
    parts.append(("body", article.span_of("body"), list(article.body)))
    for caption in article.captions:
        spans = () if caption.span is None else (caption.span,)
        parts.append(("caption", spans, [caption.raw or _caption_text(caption)]))
    if article.posted_by is not None and meta is None:
        parts.append(
            (
                "posted_by",
                article.span_of("posted_by"),
                [f"Posted by {article.posted_by}"],
            )
        )
    if article.span_of("labels") or article.labels:
        parts.append(
            (
                "labels",
                article.span_of("labels"),
                ["Labels: " + ", ".join(article.labels)],
            )
        )
    if article.comments is not None:
        lines = list(article.comments.lines) or [_count_line(article.comments.count)]
        parts.append(("comments", article.comments.spans, lines))
    for block in article.unparsed:
        parts.append(("unparsed", (block.span,), [block.text]))
    for block in article.following:
        parts.append(("following", (block.span,), [block.text]))
    return parts


# The most characters between the date and the author read off one meta
# line ("DATE NAME", "Posted by NAME on DATE"): a separator and its spaces.
_META_GAP = 4


def _meta_line(article: Article) -> str | None:
    """The meta line the date and the author were read off, written back as one.

    A date and an author read off one line (their spans a separator apart)
    are written on one line again: split in two, the date would be a date
    header of its own.
    """
    date, author = article.span_of("date"), article.span_of("posted_by")
    if len(date) != 1 or len(author) != 1 or article.date_line is None:
        return None
    if 0 < author[0].start - date[0].end <= _META_GAP:
        return f"{article.date_line} {article.posted_by}"
    if 0 < date[0].start - author[0].end <= _META_GAP:
        return f"Posted by {article.posted_by} {article.date_line}"
    return None


# The first item of a numbered list: "1. Lovely photos!"
_FIRST_ITEM = ("1.", "1)")
# Two blank lines set a line off from the text above it.
_SET_OFF = "\n\n\n"


def _laid_out(lines: list[tuple[str, str]], placed: bool) -> list[str]:
    """The lines with what stands before each: a blank line, or a layout.

    The parser reads two layouts, and they are written back: a footer
    opened by a numbered list of reader comments is indented and set off
    by two blank lines, and in a parsed article the first unparsed line
    under the body (a widget's label, a bio box) is set off by two, the
    footer right under that run with no blank line between.
    """
    last_body = max(
        (at for at, (_, name) in enumerate(lines) if name == "body"), default=None
    )
    out: list[str] = []
    previous = ""
    tail = False
    for at, (line, name) in enumerate(lines):
        before = "\n\n" if out else ""
        if name == "comments" and previous != "comments" and out:
            if line.startswith(_FIRST_ITEM) and line[2:3].isspace():
                before, line = _SET_OFF, "  " + line
            elif tail and previous == "unparsed":
                # A set-off box run into the footer (a bio) stays against it.
                before = "\n"
        elif (
            placed
            and name == "unparsed"
            and not tail
            and last_body is not None
            and at > last_body
        ):
            # Only the first: a later unparsed line (after a caption, say)
            # set off too would head a widget of its own.
            before, tail = _SET_OFF, True
        out.append(before + line)
        previous = name
    return out


def _byline_text(article: Article) -> str:
    """The line of a byline that has no text, in the format's shapes.

    Authors and a publication with no verb take the verb-less shape
    (``A and B in PUB:``), which reads back with no verb; elsewhere a
    missing verb is ``reports`` (``report`` for several authors). A byline
    with neither authors nor a publication has nothing to write.
    """
    byline = article.byline
    assert byline is not None
    authors = list(byline.authors)
    verb = byline.verb or ("report" if len(authors) > 1 else "reports")
    if not authors:
        if byline.publication is None:
            return ""
        return f"{byline.publication} {verb}:"
    names = (
        authors[0]
        if len(authors) == 1
        else ", ".join(authors[:-1]) + " and " + authors[-1]
    )
    if byline.publication is None:
        return f"{names} {verb}:"
    if byline.verb is None:
        return f"{names} in {byline.publication}:"
    return f"{names} {verb} in {byline.publication}:"


def _caption_text(caption: Caption) -> str:
    label = caption.label or "Photo"
    return f"{caption.text} {label}: {caption.credit or ''}".strip()


def _count_line(count: int | None) -> str:
    if count is None:
        return "Post a Comment"
    if count == 0:
        return "No comments:"
    return f"{count} comment{'s' if count != 1 else ''}:"


def render(article: Article) -> str:
    """Return the canonical dump text of ``article``.

    Every part is written on its own line with a blank line between parts.
    A parsed article keeps the order of its source (its spans say where each
    line was); an article built by hand is written in the canonical order.
    ``parse_article(render(a)) == a`` for every parsed article ``a``, and for
    an article built by hand in the shapes the format defines: its parts are
    written as they are (``byline.text``, ``caption.raw``, the footer's
    lines), a byline or caption with no text is composed from its fields,
    and quotations are the body paragraphs' own words, never written apart.

    Args:
        article: The article to write.

    Returns:
        The text, ending with a newline; ``""`` for an empty article.
    """
    lines: list[tuple[int, int, str, str]] = []
    order = 0
    placed = True
    for name, spans, texts in _parts(article):
        if texts and len(spans) == len(texts):
            for span, text in zip(spans, texts, strict=True):
                lines.append((span.start, order, text, name))
                order += 1
        elif texts:
            # A part without a span per line: keep the canonical order for all.
            placed = False
            for text in texts:
                lines.append((0, order, text, name))
                order += 1
    if placed:
        lines.sort()
    else:
        lines.sort(key=lambda item: item[1])
    written = [(line, name) for _, _, line, name in lines if line]
    text = "".join(_laid_out(written, placed))
    return text + "\n" if text else ""
