"""Highlights: sentences lifted from the body, in a paragraph after the byline.

Recognises the paragraph right after the byline whose sentences recur later
in the body::

    Jared Malsin reports in the Wall Street Journal:
    The Syrian government said it was pulling military forces ... Damascus.
    The Syrian government said it was pulling military forces ... territory.

In a signed link-blog post (a signed summary, a byline) the paragraph right
after the byline is the highlights by its place, whether or not its
sentences recur: the blogger edits them (``(But) the costs ...``, an
ellipsis, a sentence cut short), and an archive page shows the post only
up to them. When such a post has no footer either (the dump was cut off),
a paragraph taken by place alone gets a ``highlights.unconfirmed``
diagnostic.

Further paragraphs are highlights only when their sentences recur below
and they are set off from the one above as the first is from the byline:
under highlights set off by a blank line, a paragraph joined by a single
line break is the body beginning.
"""

from __future__ import annotations

from collections.abc import Callable

from articlekit._sentences import sentences
from articlekit.lines import Fact, LineFilter
from articlekit.models import Block
from articlekit.pipeline import section
from articlekit.sections._value import Configured
from articlekit.state import ParseState

__all__ = ["make_highlights_parser", "parse_highlights", "recurring_share"]


def _squash(text: str) -> str:
    """``text``'s words joined by single plain spaces.

    :meth:`str.split` knows every Unicode space, NBSP included.
    """
    return " ".join(text.split())


def _squash_paragraph(text: str) -> str:
    """:func:`_squash` of a paragraph, which has no blank at its ends.

    The commonest odd space, a lone no-break space between words or
    sentences, is replaced in place: when that leaves no run of spaces and
    no other blank (every blank but the plain space is unprintable), the
    paragraph is squashed already.
    """
    plain = text.replace("\xa0", " ")
    if "  " not in plain and plain.isprintable():
        return plain
    return _squash(text)


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
        if _words(sentence) >= min_words
    ][:_MAX_SENTENCES]
    found = sum(1 for sentence in counted if later.find(sentence, start) >= 0)
    return found / len(counted) if counted else 0.0


def _words(sentence: str) -> int:
    """How many words a sentence of a squashed paragraph has.

    Its words are joined by single spaces; the cut at ``_MAX_CHARS`` may
    leave one space at its end.
    """
    return sentence.count(" ") + (not sentence.endswith(" "))


_MAX_SENTENCES = 12
_MAX_CHARS = 4000


@section(reads=("byline", "summary", "footer"), sets=("highlights",))
class HighlightsParser(Configured):
    """The highlights section parser that :func:`make_highlights_parser` builds."""

    __slots__ = ("_max_paragraphs", "_threshold")

    def __init__(self, *, threshold: float, max_paragraphs: int) -> None:
        """Keep the options (see :func:`make_highlights_parser`)."""
        super().__init__(threshold=threshold, max_paragraphs=max_paragraphs)
        self._threshold = threshold
        self._max_paragraphs = max_paragraphs

    def __call__(self, state: ParseState) -> bool:
        """Take the paragraphs after the byline that are its highlights."""
        byline = state.landmarks.byline
        if byline is None:
            return False
        # By index: the paragraphs below the byline are read as texts; only
        # the ones taken become blocks.
        rest = state.unclaimed_indices(byline + 1)
        if not rest:
            return False
        # A block with no odd space (and no blank at its ends) is squashed
        # already.
        odd = set(state.lines_matching(_ODD_SPACE))
        texts = state.texts
        squashed = [_squash_paragraph(texts[i]) if i in odd else texts[i] for i in rest]
        # One text of all the paragraphs, each paragraph's sentences looked
        # for from the start of the next: no join per paragraph.
        every = "\n".join(squashed)
        taken: list[Block] = []
        offset = 0
        threshold = self._threshold
        # The highlights are set off from each other as the first is from
        # the byline: a paragraph set off otherwise (the body run on with
        # single line breaks under highlights set off by a blank line) is
        # not one of them.
        gap = state.block(rest[0]).line - state.block(byline).line
        for k, i in enumerate(rest[: self._max_paragraphs]):
            offset += len(squashed[k]) + 1
            block = state.block(i)
            if taken and block.line - taken[-1].line != gap:
                break
            if _share(squashed[k], every, start=offset) < threshold:
                if k or not _signed_link_blog(state):
                    break
                # The first paragraph, by its place alone (a post may end
                # right after it).
                if _cut_off(state):
                    state.report("highlights.unconfirmed", span=block.span)
            taken.append(block)
        if not taken:
            return False
        state.claim(*taken)
        state.set_highlights(taken)
        return True


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
        ``highlights``: a :class:`HighlightsParser`, which pickles and copies.
    """
    return HighlightsParser(threshold=threshold, max_paragraphs=max_paragraphs)


#: The blocks whose spaces need squashing.
_ODD_SPACE = LineFilter(facts=Fact.ODD_SPACE)


def _signed_link_blog(state: ParseState) -> bool:
    """A link-blog post: a summary signed with initials (the byline is known)."""
    summary = state.summary
    return summary is not None and summary.signature is not None


def _cut_off(state: ParseState) -> bool:
    """The footer was looked for and is missing: the dump may be cut off."""
    return state.comments is None and state.landmarks.looked_for("footer")


parse_highlights = make_highlights_parser()
"""The default highlights section parser."""
