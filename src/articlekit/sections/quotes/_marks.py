"""Quotation marks: where a paragraph's quotations are, and what their words are.

Double marks pair as curly (``“…”``), straight (``"…"``), low-high
(``„…“``) or doubled single marks (``‘‘…’’``); single curly marks pair
outside them (``‘…’``). A double mark left open runs to the paragraph's end,
where the quotation goes on in the next paragraph.
"""

from __future__ import annotations

import bisect
import re

from articlekit._options import LazyPattern

# Pairs of double marks, doubled single marks (an apostrophe inside them,
# "kid’s", is a lone ’), or an opening mark left open at the paragraph end.
# Plain characters only, so the standard library's engine serves.
QUOTED = re.compile(
    r"‘‘(?:[^’“”]|’(?!’))*(?:’’|$)|“[^“”]*(?:”|$)|„[^“”„]*(?:“|”|$)|\"[^\"]*(?:\"|$)"
)
# Single curly marks at word edges; an apostrophe (don’t) has letters on
# both sides and never matches.
SINGLE_OPEN = LazyPattern(r"(?<![\p{L}\p{N}’'])‘(?=\S)")
SINGLE_CLOSE = LazyPattern(r"(?<=\S)’(?![\p{L}\p{N}])")

#: A quotation's extent and whether its closing mark is there:
#: ``(start, end, closed)``.
Quotation = tuple[int, int, bool]
#: Extents ``(start, end)`` in a paragraph, in order, never overlapping.
Spans = list[tuple[int, int]]

# Words that may stand lower-case inside a title ("Gone with the Wind").
GLUE = frozenset({"of", "the", "a", "an", "and", "in", "on", "for", "to", "with"})

# Words before a quotation that make it a name or a slogan used as a noun
# ("the “Lance is an idiot-genius!” meme", "a “family together” project").
_DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
    ]
)


def has_mark(text: str) -> bool:
    """Whether ``text`` holds a mark that opens a quotation (``False`` is certain)."""
    return '"' in text or "“" in text or "„" in text or "‘" in text


# The marks that may close a quotation a paragraph above left open.
_CLOSING = re.compile(r'[”"]|’’')


def continuation(text: str) -> int:
    """Where a quotation left open above, continued in ``text``, ends (0: none).

    A hard-wrapped quotation crosses a line break: the paragraph under it
    opens with no mark, and its first closing mark ends the quotation
    ("... standing in" above "front of you, it's time to go," he said.").
    A paragraph that opens with a mark starts a quotation of its own.
    """
    if text.lstrip()[:1] in '“"„‘':
        return 0
    found = _CLOSING.search(text)
    return 0 if found is None else found.end()


def quotations(text: str, start: int = 0) -> tuple[list[Quotation], Spans]:
    """Every quotation in a paragraph, in order.

    Args:
        text: The paragraph.
        start: Where its own quotations may start: after the end of a
            quotation continued from above (:func:`continuation`), which
            comes first.

    Returns:
        The quotations, and the extents of those in double (or doubled)
        marks alone, which :func:`~._attribution.verb_outside` reads.
    """
    double = [(0, start)] if start else []
    double.extend(m.span() for m in QUOTED.finditer(text, start))
    found = [(s, e, e - s > 1 and text[e - 1] in '”"“’') for s, e in double]
    if "‘" in text:  # no single quotation without its opening mark
        found.extend(single_quotations(text, found, start))
        found.sort()
    return found, double


def single_quotations(
    text: str, double: list[Quotation], start: int = 0
) -> list[Quotation]:
    """Quotations in single curly marks that lie outside the double ones.

    An opening mark pairs with the first closing mark after it; the next
    opening is looked for after that closing. ``double`` must be in order
    and never overlap, as :func:`quotations` finds them.
    """
    starts = [s for s, _, _ in double]
    found = []
    opening = SINGLE_OPEN().search(text, start)
    while opening is not None:
        closing = SINGLE_CLOSE().search(text, opening.end())
        if closing is None:
            break
        at = opening.start()
        k = bisect.bisect_right(starts, at) - 1
        if k < 0 or at >= double[k][1]:
            found.append((at, closing.end(), True))
        opening = SINGLE_OPEN().search(text, closing.end())
    return found


def inner_text(raw: str, *, closed: bool) -> str:
    """The words of a quotation ``raw`` (marks included), stripped of its marks."""
    # (A quotation continued from the paragraph above has no opening mark.)
    skip = 2 if raw.startswith("‘‘") else 1 if raw[:1] in '“"„‘' else 0
    close = 2 if raw.endswith("’’") else 1
    return (raw[skip:-close] if closed else raw[skip:]).strip()


def is_sentence(inner: str) -> bool:
    """A whole sentence (or more): capitalised, several words, closed by a stop."""
    # Four words or more: a split that stops at the fourth says so.
    if not inner[:1].isupper() or len(inner.split(None, 3)) < 4:
        return False
    return inner.rstrip("\"”’' ")[-1:] in ".?!…,;:—–-"


def is_title(inner: str) -> bool:
    """Capitalised words only ("This Week", "Gone With The Wind"): a title.

    Punctuation at the end ("Never," "Stop!") makes it an utterance instead.
    """
    if inner.rstrip("\"”’' ")[-1:] in ",.!?…;:":
        return False
    words = inner.split()
    return 0 < len(words) <= 6 and all(w[:1].isupper() or w in GLUE for w in words)


def used_as_noun(text: str, start: int) -> bool:
    """Whether a determiner stands right before the quotation at ``start``."""
    words = text[max(0, start - 12) : start].split()
    return bool(words) and words[-1].casefold() in _DETERMINERS
