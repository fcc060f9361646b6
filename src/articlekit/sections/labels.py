"""Labels: the post's tags on a ``Labels:`` line.

Recognises lines such as::

    Labels: economy, Syria, war
    Label: travel

The tags go in ``labels``, in the order written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import regex

from articlekit._options import LazyPattern, strings
from articlekit.lines import Fact, LineFilter
from articlekit.pipeline import section
from articlekit.sections._value import Configured
from articlekit.state import ParseState

__all__ = ["make_labels_parser", "parse_labels"]

# The pattern needs a colon after the prefix.
_LINES = LineFilter(all_facts=Fact.COLON)


@section(lines=_LINES, sets=("labels",))
class LabelsParser(Configured):
    """The labels section parser that :func:`make_labels_parser` builds."""

    __slots__ = ("_initials", "_pattern")

    def __init__(self, *, prefixes: Iterable[str]) -> None:
        """Build the pattern of ``prefixes`` (see :func:`make_labels_parser`)."""
        words = strings("prefixes", prefixes)
        super().__init__(prefixes=words)
        alternatives = "|".join(regex.escape(p) for p in words)
        self._pattern = LazyPattern(
            rf"^(?:{alternatives})\s*:\s*(?P<tags>.*)$", regex.IGNORECASE
        )
        # A labels line opens with the first letter of a prefix, compared as
        # it casefolds. (Part of the rule: for a letter beyond ASCII, the
        # pattern's case-blind match alone may accept more.)
        self._initials = (
            "".join(sorted({p[:1].casefold()[:1] for p in words}))
            if words and all(words)
            else ""
        )

    def __call__(self, state: ParseState) -> bool:
        """Find the first labels line and split its tags at commas."""
        initials, pattern = self._initials, self._pattern
        for block in state.candidates():
            text = block.text
            if initials and text[0].casefold()[:1] not in initials:
                continue
            match = pattern().match(text)
            if match is None:
                continue
            tags = [t.strip() for t in match["tags"].split(",")]
            # "Labels: , ," (a template with no tags) is still the labels line.
            state.claim(block)
            state.set_labels([t for t in tags if t], block.span)
            return True
        return False


def make_labels_parser(
    *, prefixes: Iterable[str] = ("Labels", "Label")
) -> Callable[[ParseState], bool]:
    """Build a labels section parser.

    Args:
        prefixes: The words that open a labels line (before its colon).

    Returns:
        A section parser that claims the first labels line and sets
        ``labels``: a :class:`LabelsParser`, which pickles and copies.
    """
    return LabelsParser(prefixes=prefixes)


parse_labels = make_labels_parser()
"""The default labels section parser."""
