"""Highlights: sentences lifted from the body, in a paragraph after the byline.

Recognises the paragraph right after the byline whose sentences recur later
in the body::

    Jared Malsin reports in the Wall Street Journal:
    The Syrian government said it was pulling military forces ... Damascus.
    The Syrian government said it was pulling military forces ... territory.

A dump cut off before the sentences recur still has its highlights there:
when the post is a signed link-blog post (a signed summary, a byline) with
no footer, the paragraph is taken by its place alone, with a
``highlights.unconfirmed`` diagnostic.
"""

from __future__ import annotations

from collections.abc import Callable

from articlekit._text import beside, sentences, texts_of
from articlekit.models import Block
from articlekit.pipeline import section
from articlekit.state import ParseState

__all__ = ["make_highlights_parser", "parse_highlights", "recurring_share"]


def _squash(text: str) -> str:
    # str.split() knows every Unicode space (NBSP included).
    return " ".join(text.split())


def recurring_share(paragraph: str, later: str, *, min_words: int = 4) -> float:
    """Share of the paragraph's sentences that occur verbatim in ``later``.

    Sentences shorter than ``min_words`` words do not count either way.
    Spaces are compared as single spaces (NBSP and line breaks included).
    """
    return _share(_squash(paragraph), _squash(later), min_words=min_words)


def _share(paragraph: str, later: str, *, min_words: int = 4, start: int = 0) -> float:
    """:func:`recurring_share` of texts whose spaces are already squashed.

    Only ``later[start:]`` is searched.
    """
    # A highlights paragraph holds a few sentences; looking at no more than
    # _MAX_SENTENCES keeps a huge paragraph from costing a search each.
    counted = [
        sentence
        for sentence in sentences(paragraph[:_MAX_CHARS])
        if len(sentence.split()) >= min_words
    ][:_MAX_SENTENCES]
    found = sum(1 for sentence in counted if later.find(sentence, start) >= 0)
    return found / len(counted) if counted else 0.0


_MAX_SENTENCES = 12
_MAX_CHARS = 4000


def make_highlights_parser(
    *, threshold: float = 0.5, max_paragraphs: int = 3
) -> Callable[[ParseState], bool]:
    """Build a highlights section parser.

    Args:
        threshold: Share of a paragraph's sentences that must recur in the
            body for it to count as highlights.
        max_paragraphs: Most highlight paragraphs taken.

    Returns:
        A section parser that claims the highlight paragraphs and sets
        ``highlights``.
    """

    @section(reads=("byline", "summary", "footer"), sets=("highlights",))
    def parse_highlights(state: ParseState) -> bool:
        """Take the paragraphs after the byline whose sentences recur below."""
        byline = state.landmarks.byline
        if byline is None:
            return False
        rest = state.unclaimed(byline + 1)
        # Spaces are squashed only in the paragraphs that have other than
        # single plain spaces.
        squashed = _squashed(texts_of(rest))
        # One text of all the paragraphs, each paragraph's sentences looked
        # for from the start of the next: no join per paragraph.
        every = "\n".join(squashed)
        taken: list[Block] = []
        offset = 0
        for i, block in enumerate(rest[:max_paragraphs]):
            offset += len(squashed[i]) + 1
            if _share(squashed[i], every, start=offset) < threshold:
                break
            taken.append(block)
        if not taken and rest and _link_blog_cut_off(state) and len(rest) > 1:
            taken = [rest[0]]
            state.report("highlights.unconfirmed", span=rest[0].span)
        if not taken:
            return False
        state.claim(*taken)
        state.set_highlights(taken)
        return True

    return parse_highlights


# What may stand between words of one paragraph other than a single plain
# space: a double space and every whitespace character that is not a line
# break (a paragraph is a line, so "\r", "\x0b", "\x0c", "\x1c"-"\x1e",
# "\x85", U+2028 and U+2029 never occur inside one).
_ODD_SPACES = ("  ", "\xa0", "\t", "\x1f", "\u1680", "\u2000", "\u2001", "\u2002",
               "\u2003", "\u2004", "\u2005", "\u2006", "\u2007", "\u2008", "\u2009",
               "\u200a", "\u202f", "\u205f", "\u3000")  # fmt: skip


def _squashed(texts: list[str]) -> list[str]:
    """The paragraphs with single plain spaces; ``texts`` itself if all have.

    One C-speed look over all the paragraphs for each kind of space. The
    commonest oddity, no-break spaces between words and sentences, is
    replaced in place; anything else squashes the paragraphs that hold it.
    """
    joined = "\n".join(texts)
    present = [space for space in _ODD_SPACES if space in joined]
    if not present:
        return texts
    # Lone no-break spaces (never at a paragraph's ends: blocks are
    # stripped), with no space beside them: each is one plain space.
    if present == ["\xa0"] and not beside(joined, "\xa0", " \xa0", " \xa0"):
        return [t.replace("\xa0", " ") if "\xa0" in t else t for t in texts]
    return [
        " ".join(t.split()) if any(space in t for space in present) else t
        for t in texts
    ]


def _link_blog_cut_off(state: ParseState) -> bool:
    """A signed link-blog post whose footer is missing (the dump was cut)."""
    summary = state.summary
    return (
        state.comments is None
        and summary is not None
        and summary.signature is not None
        and state.landmarks.looked_for("footer")
    )


parse_highlights = make_highlights_parser()
"""The default highlights section parser."""
