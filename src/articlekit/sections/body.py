"""Body: the quoted article's paragraphs, whatever the other sections left.

Takes every unclaimed paragraph below the headline (or the date)::

    The Syrian government said it was pulling military forces from ...
    “To safeguard the lives of civilians in Hama ...,” the ministry said.

Paragraphs above the headline (a blog's name and motto), an author's bio
under a ``Posted by``/``Author:`` line, and a tag line just above the footer
stay unclaimed and end up in ``Article.unparsed``: kept, never read as body.
"""

from __future__ import annotations

from collections.abc import Callable

from articlekit.pipeline import section
from articlekit.state import ParseState

__all__ = ["make_body_parser", "parse_body"]


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
        A section parser that claims the remaining paragraphs and sets ``body``.
    """

    # Every unclaimed line below the top of the post is body: no line filter.
    @section(reads=(*top_sections, "author", "footer"), sets=("body",))
    def parse_body(state: ParseState) -> bool:
        """Claim every unclaimed paragraph below the top of the post."""
        start = 0
        for name in top_sections:
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
        return True

    return parse_body


def _trim_tail(state: ParseState, lines: list[int]) -> list[int]:
    """Leave out what follows the post under its text.

    A ``Posted by``/``Author:`` line under the text ends the post: what
    follows it (an author's bio, share buttons) is not body. A short line
    with no closing punctuation right above the footer is a tag or a button
    ("weekend family activities"), not a paragraph. Both stay unclaimed, so
    they are kept in ``Article.unparsed``.
    """
    if not lines:
        return lines
    author = state.landmarks.author
    if author is not None and author > lines[0]:
        lines = [i for i in lines if i < author]
    footer = state.landmarks.footer
    texts = state.texts
    while (
        len(lines) > 1
        and footer is not None
        and lines[-1] == footer - 1
        and len(texts[lines[-1]].split()) <= 4
        and texts[lines[-1]][-1] not in _CLOSING
    ):
        footer = lines.pop()
    return lines


# A paragraph ends with one of these; a tag or a button does not.
_CLOSING = frozenset(".!?…:;)]\"”’'*")


parse_body = make_body_parser()
"""The default body section parser."""
