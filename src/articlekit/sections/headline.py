"""Headline: the post's title, one short line at the top, next to the date.

Recognises the first unclaimed line when it reads like a title::

    Dec 5, 2024
    Syrians, Russians Retreat From Hama, In Strategic Defeat For Kremlin, Iran

A long, many-sentence paragraph in that place is body text (a post with no
title), and is left alone.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from articlekit._sentences import has_dash
from articlekit._vocab import CHROME_OPENINGS
from articlekit.models import Block
from articlekit.pipeline import section
from articlekit.sections._value import Configured
from articlekit.sections.date import read_meta_line
from articlekit.state import ParseState

__all__ = [
    "closes_sentence",
    "is_chrome_line",
    "looks_like_headline",
    "make_headline_parser",
    "parse_headline",
    "title_cased",
]

_SIGNED = regex.compile(r"[.!?…\"”]\s+[-–—―]{1,2}\s*\p{Lu}\S*(?:\s+\p{Lu}\S*){0,3}$")
# Two sentences or more: ". X" inside the line.
_SENTENCE_BREAK = regex.compile(r"[.!?][\"”’']?\s+[\p{Lu}\"“‘]")


def looks_like_headline(
    text: str, *, max_chars: int = 200, max_words: int = 30
) -> bool:
    """Whether a line reads like a title rather than a paragraph or a label line.

    Args:
        text: The stripped line.
        max_chars: Longest title accepted.
        max_words: Most words accepted.
    """
    if len(text) > max_chars:
        return False
    words = text.split()
    if len(words) > max_words:
        return False
    # A line ending with a colon introduces what follows (a byline, a
    # list), unless it is written as a title: "A Garden Update:".
    if text.endswith(":"):
        return title_cased(words)
    # A long line that holds a full stop, at its end or before a space, is
    # prose (a short title may hold one: "Mr. Smith Goes To Washington");
    # a saying signed with a dash ("... candlelight?  -Al Boliska") is an
    # epigraph (the signature needs a dash, so a line with none is not
    # looked at with its pattern).
    if (len(words) > 12 and (closes_sentence(text, ".") or ". " in text)) or (
        has_dash(text) and _SIGNED.search(text)
    ):
        return False
    # Skip links and archive headings are page chrome.
    if is_chrome_line(text):
        return False
    # Links to the posts before and after ("« Older | Main | Newer »").
    if " | " in text and (text[0] == "«" or text[-1] == "»"):
        return False
    # A paragraph of several sentences is body, not a title, and so is a line
    # of two sentences closed by a stop ("A moon rose. It was clear."),
    # however short; a short title may still hold a stop inside ("Mr. Smith
    # Goes To Washington"). A sentence break needs a stop, so a line with
    # none is a title without a look at the pattern.
    # Two short exclamations or questions written in title case are a
    # title too ("Rain Again... Who Is Surprised?").
    if not _has_stop(text) or _SENTENCE_BREAK.search(text) is None:
        return True
    return len(text) <= 90 and (
        not closes_sentence(text) or (text[-1] in "!?" and title_cased(words))
    )


_CHROME_FIRST = frozenset(
    c for opening in CHROME_OPENINGS for c in (opening[0], opening[0].upper())
)

# The most chrome lines looked past at the top of a page.
_CHROME_LINES = 4

# Marks that may close a sentence after its stop: quotation marks, brackets.
_CLOSERS = "\"”’')]"


def closes_sentence(text: str, stops: str = ".!?…") -> bool:
    """Whether ``text`` ends with one of ``stops``, closing marks aside.

    ``She said: “We went.”`` closes a sentence as ``We went.`` does.
    """
    end = text.rstrip(_CLOSERS)
    return bool(end) and end[-1] in stops


def title_cased(words: list[str]) -> bool:
    """Whether ``words`` are written as a title: every long word capitalised.

    A word of four letters or more starts with a capital, and the line has at
    least two such words: ``Snow Again... Who Is Surprised?`` is, ``The
    Economist reports:`` is not; a line of short words tells nothing.
    """
    long_words = 0
    for word in words:
        letters = word.strip("\"“”‘’'([«»-–—.,!?…:;")
        if len(letters) < 4 or not letters.isalpha():
            continue
        if not letters[0].isupper():
            return False
        long_words += 1
    return long_words >= 2


def is_chrome_line(text: str) -> bool:
    """Whether a line is page chrome: a skip link or an archive's heading.

    ``Skip to content``, ``Jump to Navigation``, ``Posts Tagged ‘ferries’``
    (the openings are :data:`articlekit._vocab.CHROME_OPENINGS`): a label
    of at most six words with no comma and no closing stop, as prose that
    opens alike ("Jump to the end, he said.") is not.
    """
    # Every opening starts with one of these letters, in either case.
    return (
        text[:1] in _CHROME_FIRST
        and text[:20].casefold().startswith(CHROME_OPENINGS)
        and len(text.split(None, 6)) <= 6
        and "," not in text
        and not closes_sentence(text)
    )


def _has_stop(text: str) -> bool:
    """Whether ``text`` holds a full stop, a question mark or an exclamation mark."""
    return "." in text or "!" in text or "?" in text


def _title_above(
    date_line: str, after: list[Block], before: list[Block], *, author_below: bool
) -> bool:
    """Whether the line above the date is tried for the title before the one below.

    A meta line (author, categories, comments beside the date), or a date
    with the author's line right under it (``author_below``), is printed
    under its title; so is a date with a sentence of prose under it, when
    the line above reads as a title. A title-cased line closed by a stop
    under a plain date is that post's title.
    """
    if author_below or read_meta_line(date_line) is not None:
        return True
    below, above = after[0].text, before[0].text
    return (
        closes_sentence(below)
        and not title_cased(below.split())
        and not closes_sentence(above)
        and looks_like_headline(above)
    )


def _chrome_above(state: ParseState, date: int) -> bool:
    """Whether the unclaimed lines above the date are page chrome, not a post.

    A blog's name, links and widgets close no sentence, and a motto is a
    short one ("Roads lead home."); a post printed above its date holds a
    sentence of more words.
    """
    texts = state.texts
    return not any(
        closes_sentence(texts[i]) and len(texts[i].split()) > _MOTTO_WORDS
        for i in state.unclaimed_indices(0, date)
    )


# The most words of a motto under a blog's name.
_MOTTO_WORDS = 5


@section(reads=("date", "author"), sets=("headline",))
class HeadlineParser(Configured):
    """The headline section parser that :func:`make_headline_parser` builds."""

    __slots__ = ("_max_chars", "_max_words")

    def __init__(self, *, max_chars: int, max_words: int) -> None:
        """Keep the options (see :func:`make_headline_parser`)."""
        super().__init__(max_chars=max_chars, max_words=max_words)
        self._max_chars = max_chars
        self._max_words = max_words

    def __call__(self, state: ParseState) -> bool:
        """Take the title line next to the date (or the first line)."""
        # The place decides which lines are looked at, and only those: the
        # first unclaimed line after the date, the one above it, or the
        # first line of all. No filter of lines fits that.
        date = state.landmarks.date
        # The top of the page: the first unclaimed line that is not a skip
        # link or an archive heading (only the first few are looked at).
        texts = state.texts
        top: list[Block] = []
        for i in state.unclaimed_indices()[:_CHROME_LINES]:
            if not is_chrome_line(texts[i]):
                top.append(state.block(i))
                break
        candidates: list[Block]
        if date is not None and (
            not top or date <= top[0].index + 2 or _chrome_above(state, date)
        ):
            # A title usually follows the date; some blogs put it just above.
            # (A line another section took, "Posted by ...", may sit between.)
            after = state.unclaimed(date + 1, date + 3)[:1]
            before = state.unclaimed(date - 1, date) if date else []
            candidates = after + before
            # The order matters only with a line on each side of the date.
            author_below = state.landmarks.author == date + 1
            if (
                after
                and before
                and _title_above(texts[date], after, before, author_below=author_below)
            ):
                candidates = before + after
        else:
            # No date, or a date printed under the post: the first line.
            candidates = top
        for block in candidates:
            if looks_like_headline(
                block.text, max_chars=self._max_chars, max_words=self._max_words
            ):
                state.claim(block)
                state.set_headline(block.text, block.span)
                return True
        state.report(
            "headline.missing", span=candidates[0].span if candidates else None
        )
        return False


def make_headline_parser(
    *, max_chars: int = 200, max_words: int = 30
) -> Callable[[ParseState], bool]:
    """Build a headline section parser.

    Args:
        max_chars: Longest line taken as a headline.
        max_words: Most words in a headline.

    Returns:
        A section parser that claims the headline line and sets
        ``headline``: a :class:`HeadlineParser`, which pickles and copies.
    """
    return HeadlineParser(max_chars=max_chars, max_words=max_words)


parse_headline = make_headline_parser()
"""The default headline section parser."""
