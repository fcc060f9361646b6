"""Body: the quoted article's paragraphs, whatever the other sections left.

Takes every unclaimed paragraph below the headline (or the date)::

    The Syrian government said it was pulling military forces from ...
    “To safeguard the lives of civilians in Hama ...,” the ministry said.

Paragraphs above the headline (a blog's name and motto), an author's bio
under a ``Posted by``/``Author:`` line, a tag line just above the footer,
and chrome set off below the text by two blank lines (a widget's label, a
bio box) stay unclaimed and end up in ``Article.unparsed``: kept, never read as body.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from articlekit._options import strings
from articlekit.pipeline import section
from articlekit.sections._value import Configured
from articlekit.state import ParseState

__all__ = ["make_body_parser", "parse_body"]


class BodyParser(Configured):
    """The body section parser that :func:`make_body_parser` builds.

    What it reads depends on ``top_sections``: each object declares its own.
    """

    __slots__ = ("_max_top", "_top_sections")

    def __init__(self, *, top_sections: Iterable[str], max_top: int) -> None:
        """Keep the options (see :func:`make_body_parser`)."""
        tops = strings("top_sections", top_sections)
        super().__init__(top_sections=tops, max_top=max_top)
        self._top_sections = tops
        self._max_top = max_top
        # Every unclaimed line below the top of the post is body: no line filter.
        section(reads=(*tops, "author", "footer"), sets=("body",))(self)

    def __call__(self, state: ParseState) -> bool:
        """Claim every unclaimed paragraph below the top of the post."""
        start = 0
        max_top = self._max_top
        for name in self._top_sections:
            at = state.landmarks.first(name)
            if at is not None and at < max_top:
                start = at + 1
                break
        # By index: a body of thousands of lines needs their texts and
        # spans, not a block object each.
        lines = _trim_tail(state, state.unclaimed_indices(start))
        if not lines:
            state.report("body.missing")
            return False
        state.claim(*lines)
        state.set_body(lines)
        _weigh_unparsed(state, lines)
        return True


def make_body_parser(
    *, top_sections: tuple[str, ...] = ("headline", "date"), max_top: int = 5
) -> Callable[[ParseState], bool]:
    """Build a body section parser.

    Args:
        top_sections: Landmarks whose line marks the top of the post, tried
            in order; the body starts below the first one found.
        max_top: A top line further down than this many blocks is not the
            top of the post (a date printed under the post, say).

    Returns:
        A section parser that claims the remaining paragraphs and sets
        ``body``: a :class:`BodyParser`, which pickles and copies.
    """
    return BodyParser(top_sections=top_sections, max_top=max_top)


def _trim_tail(state: ParseState, lines: list[int]) -> list[int]:
    """Leave out what follows the post under its text.

    A ``Posted by``/``Author:`` line under the text ends the post: what
    follows it (an author's bio, share buttons) is not body. So does what
    the page sets off below the text by two or more blank lines: a widget
    headed by a label (``More From This Blog`` and the titles under it), or
    one paragraph on the line right above the footer (a bio). A label right above the
    footer is a tag or a button ("harbour walks and ferries"). All of it
    stays unclaimed, so it is kept in ``Article.unparsed``.
    """
    if not lines:
        return lines
    author = state.landmarks.author
    if author is not None and author > lines[0]:
        lines = [i for i in lines if i < author]
    footer = state.landmarks.footer
    lines = _drop_set_off_tail(state, lines, footer)
    texts = state.texts
    while (
        len(lines) > 1
        and footer is not None
        and lines[-1] == footer - 1
        and _is_label(texts[lines[-1]])
    ):
        footer = lines.pop()
    return lines


def _is_label(text: str) -> bool:
    """Whether a line reads as a label (a tag, a widget's name), not text.

    A label is a few words with no closing punctuation.
    """
    return len(text.split()) <= _LABEL_WORDS and text[-1] not in _CLOSING


def _set_off(state: ParseState, i: int) -> bool:
    """Whether block ``i`` stands apart from the text above it.

    At least two blank lines stand between them, and the text above does
    not introduce it with a colon.
    """
    if i == 0:
        return False
    return state.line_of(i) - state.line_of(i - 1) > _GAP and not state.texts[
        i - 1
    ].endswith(":")


# The most lines of a widget set off below the post (its label and titles).
_WIDGET_LINES = 40


def _drop_set_off_tail(
    state: ParseState, lines: list[int], footer: int | None
) -> list[int]:
    """``lines`` less a set-off end that is chrome, not the post's text.

    Only the end of the body is looked at: the run of unpunctuated lines
    that ends it (a widget's label and the titles it lists), and its last
    paragraph. The first body line is never dropped.
    """
    texts = state.texts
    # A label set off by a gap heads a widget: it and the lines under it,
    # up to the footer or the end of the dump, are not body.
    k = len(lines) - 1
    # (A widget lists a few titles: a longer unpunctuated run is text.)
    least = max(0, k - _WIDGET_LINES)
    while k > least and texts[lines[k]][-1] not in _CLOSING:
        if _set_off(state, lines[k]) and _is_label(texts[lines[k]]):
            return lines[:k]
        k -= 1
    # One paragraph set off from the text above and run into the footer
    # with no blank line between is a box beside the post (its author's
    # bio), not its text.
    last = lines[-1]
    if (
        len(lines) > 1
        and footer == last + 1
        and state.line_of(footer) == state.line_of(last) + 1
        and _set_off(state, last)
    ):
        return lines[:-1]
    return lines


def _weigh_unparsed(state: ParseState, lines: list[int]) -> None:
    """Say so when more text is left unparsed than was read as body.

    Then the body is likely not the post's text, or most of the post was
    left out: the ``body.outweighed`` diagnostic points at the first
    unparsed block. Every section that claims lines has run by now.
    """
    left = state.unclaimed_indices()
    if not left:
        return
    texts = state.texts
    unparsed = sum(len(texts[i]) for i in left)
    if unparsed > sum(len(texts[i]) for i in lines):
        state.report("body.outweighed", span=state.block(left[0]).span)


# A paragraph ends with one of these; a tag or a button does not.
_CLOSING = frozenset(".!?…:;)]\"”’'*")
# A label names a tag or a widget in a few words.
_LABEL_WORDS = 4
# How many blank lines at least set chrome off from the post's text.
_GAP = 2


parse_body = make_body_parser()
"""The default body section parser."""
