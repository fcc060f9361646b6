"""Posted by: the blog author's line, usually under the post.

Recognises lines such as::

    Posted by Jane Doe at 10:15 AM
    Posted by Jane Doe on April 30, 2009
    by Jane Doe at 6/30/2004 03:04:00 PM
    Author: Jane Doe

The name goes in ``posted_by``; the time or date after it is left on the line.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from articlekit._options import LazyPattern
from articlekit._vocab import MONTHS
from articlekit.lines import Fact, LineFilter
from articlekit.pipeline import section
from articlekit.sections._value import Configured
from articlekit.state import ParseState

__all__ = ["make_posted_by_parser", "parse_posted_by", "read_posted_by"]

_POSTED_BY = regex.compile(
    r"^(?:(?:posted|written|published|submitted)\s+by\s*:?|by|author\s*:|posted\s+by:)\s+"
    r"(?P<name>[^\s|@/•·][^|@/•·\n]{0,60}?)"
    r"(?:\s+(?:at|on|@|-|–|—|\||•|·)\s+.{0,120}|\s*[|/•·].{0,120})?\s*\.?$",
    regex.IGNORECASE,
)


_TRAILING_AT = LazyPattern(r"\s+(?:at|on|@)$")

# The most characters a ``Posted by`` line has: a longer paragraph is prose
# that opens the same way.
_MAX_LENGTH = 200

# A line the pattern matches opens with "posted", "written", "published",
# "submitted", "by" or "author", case-blind: with one of these characters
# (the pattern's case-blind "s" also matches a long s, "ſ").
_FIRST = "ABPSWabpswſ"
# (The length is tested by the section alone: a second look at every line
# would cost more than the few long lines it spares the pattern.)
# Its opener and the name are parted by white space: the line holds some.
_LINES = LineFilter(first=_FIRST, all_facts=Fact.SPACE)


def read_posted_by(line: str) -> str | None:
    """Return the author named by a ``Posted by NAME ...`` line, or ``None``."""
    match = _POSTED_BY.match(line)
    if match is None:
        return None
    name = _TRAILING_AT().sub("", match["name"]).strip(" ,.;:")
    # A name is a few words; a longer run is a sentence that starts the same.
    if not name or len(name.split()) > 6:
        return None
    # A bare "by ..." line needs more to count: a name, then a time or date
    # ("By Jane Roe | The Daily Planet", the byline of a piece quoted in the
    # post, names its writer, not the blog's author).
    if line[:2].casefold() == "by" and (
        not name[:1].isupper() or not _holds_time_or_date(line[match.end("name") :])
    ):
        return None
    return name


def _holds_time_or_date(text: str) -> bool:
    """Whether ``text`` holds a digit or a month's name (a time or a date)."""
    return any(c.isdigit() for c in text) or any(
        word.strip(".,") in MONTHS for word in text.casefold().split()
    )


@section(lines=_LINES, sets=("author",))
class PostedByParser(Configured):
    """The posted-by section parser that :func:`make_posted_by_parser` builds."""

    __slots__ = ()

    def __init__(self) -> None:
        """It takes no options."""
        super().__init__()

    def __call__(self, state: ParseState) -> bool:
        """Find the first ``Posted by NAME`` line.

        An author read already (off a meta line, by the date section) is the
        post's: a later line does not replace it.
        """
        if state.posted_by is not None:
            return False
        texts = state.texts
        for i in state.candidate_indices():
            if len(texts[i]) > _MAX_LENGTH:
                continue
            name = read_posted_by(texts[i])
            if name is not None:
                block = state.block(i)
                state.claim(block)
                state.set_posted_by(name, block.span)
                return True
        return False


def make_posted_by_parser() -> Callable[[ParseState], bool]:
    """Build a posted-by section parser.

    Returns:
        A section parser that claims the first ``Posted by`` line and sets
        ``posted_by``: a :class:`PostedByParser`, which pickles and copies.
    """
    return PostedByParser()


parse_posted_by = make_posted_by_parser()
"""The default posted-by section parser."""
