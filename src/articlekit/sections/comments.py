"""Comments: the comment footer and everything below it.

Recognises the first footer line after the opening of the post, such as::

    No comments:
    3 comments:
    Post a Comment
    Karen said...        (the first reader comment, with no footer line above)

and claims it with every line after it (reader comments, ``Newer Post Older
Post Home``, ``Subscribe to: Post Comments (Atom)`` and other chrome), so
none of it is read as body. The stated number goes in ``comments.count``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import regex

from articlekit._text import (
    SCAN_FROM,
    LazyPattern,
    builder,
    lines_holding,
    opening,
    spans_of,
    strings,
    texts_of,
)
from articlekit._text import openers as make_openers
from articlekit.models import CommentFooter
from articlekit.pipeline import section
from articlekit.state import ParseState

__all__ = ["FOOTER_PHRASES", "count_of", "make_comments_parser", "parse_comments"]

_NUMBER_WORDS = {
    "no": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip

# "3 comments:", "No comments:", "1 Comment", "4 thoughts on “Title”",
# "2 responses to this post." A bare "N comments" needs no colon, but then
# nothing may follow it.
_COUNT = regex.compile(
    r"^(?P<n>\d{1,7}|no|zero|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:comments?|responses?|replies|reply|thoughts?|reactions?|trackbacks?)"
    r"(?:\s*:|\s+(?:on|to)\s+(?:[“\"‘'«].{0,300}|this\s+(?:post|entry|article|story))|\s*»)?"
    r"\s*\.?$",
    regex.IGNORECASE,
)

#: Lines that open or belong to a comment footer (matched whole, case-blind).
FOOTER_PHRASES: tuple[str, ...] = (
    "post a comment",
    "leave a reply",
    "leave a comment",
    "add a comment",
    "add comment",
    "write a comment",
    "comments are closed",
    "the comments to this entry are closed",
    "comments powered by disqus",
    "note: only a member of this blog may post a comment",
    "newer post older post home",
    "newer post home",
    "older post home",
    "subscribe to: post comments (atom)",
)


_FIRST_WORDS = tuple(_NUMBER_WORDS)
# The letters a line that casefolds to a number word can open with: theirs
# in either case, and the two beyond ASCII whose casefold opens one ("ſix",
# "ﬁve").
_NUMBER_INITIALS = frozenset(
    [w[0] for w in _FIRST_WORDS] + [w[0].upper() for w in _FIRST_WORDS] + ["ſ", "ﬁ"]
)


# The first reader comment, where no footer line precedes it: Blogger's
# "Karen said...", WordPress's "1. Dan Ridley Avatar" or "Dan Ridley says:".
_READER = LazyPattern(
    r"^(?:\S.{0,60}?\ssaid\.\.\.|\S.{0,60}?\ssaid…|\d{1,4}\.\s+\S.{0,60}?\s+Avatar"
    r"|\S.{0,60}?\ssays:)$"
)
_READER_ENDS = ("said...", "said…", "Avatar", "says:")
# Closed-comment notices that carry more words on the same line.
_CLOSED = ("comment status: comments have been closed", "comments are closed")


def count_of(line: str) -> int | None:
    """Return the comment count stated by a footer line, or ``None``."""
    match = _COUNT.match(line)
    if match is None:
        return None
    n = match["n"].casefold()
    if n.isdigit():
        return int(n)
    # A digit that regex's newer Unicode tables know and Python's do not
    # ("\U00010d40") matches \d but is no number here: not a count line.
    return _NUMBER_WORDS.get(n)


def _normal(line: str) -> str:
    return " ".join(line.casefold().split()).rstrip(".:!")


_new_footer = builder(CommentFooter)


def _first_footer(
    texts: list[str],
    first: int,
    opens_footer: Callable[[str], bool],
    openers: re.Pattern[str] | None,
) -> int | None:
    """Index of the first of ``texts`` from ``first`` on that opens the footer.

    ``openers`` matches the first characters a footer line may open with
    (``None``: look at every line). The lines to test are found in C: the
    lines' first characters joined into one string, where a match's offset
    is its line's index, and the lines with a reader comment's ending.
    """
    if openers is None or len(texts) - first < SCAN_FROM:
        # (A short post is quicker looked at line by line.)
        return next(
            (i for i in range(first, len(texts)) if opens_footer(texts[i])), None
        )
    ends = _reader_ends(texts)
    e = 0
    for i in opening(texts, openers, first):
        while e < len(ends) and ends[e] < i:  # a reader comment's line before
            if ends[e] >= first and opens_footer(texts[ends[e]]):
                return ends[e]
            e += 1
        if opens_footer(texts[i]):
            return i
    for i in ends[e:]:
        if i >= first and opens_footer(texts[i]):
            return i
    return None


def _reader_ends(texts: list[str]) -> list[int]:
    """Indices of the lines that end as a reader comment's first line does."""
    lines = "\n".join(texts) + "\n"
    if not ("said" in lines or "Avatar" in lines or "says:" in lines):
        return []
    return lines_holding(lines, [end + "\n" for end in _READER_ENDS])


def _footer_tests(
    phrases: Iterable[str],
) -> tuple[Callable[[str], bool], re.Pattern[str] | None]:
    """Whether a line opens the footer, and the characters such a line opens with.

    The pattern is ``None`` when a phrase is blank (any line may open the
    footer then); see :func:`_first_footer`.
    """
    known = frozenset(_normal(p) for p in phrases)
    longest = max((len(p) for p in known), default=0) + 8
    # A phrase line opens with one of these letters: most lines fail this
    # test before the cost of normalising them.
    # (None when a phrase is empty once normalised: it opens no word.)
    initials = None if "" in known else frozenset(p[:1] for p in known)

    def opens_footer(text: str) -> bool:
        n = len(text)
        first = text[0]
        # Cheap tests first: a phrase line is short, a count line opens
        # with a digit or a number word, and a closed-comments notice
        # with a C.
        return (
            (first in "Cc" and _normal(text[:60]).startswith(_CLOSED))
            or (
                n <= longest
                and (initials is None or first.casefold()[:1] in initials)
                and _normal(text) in known
            )
            or (
                n <= 400
                and (first.isdigit() or first in _NUMBER_INITIALS)
                and (first.isdigit() or text[:5].casefold().startswith(_FIRST_WORDS))
                and count_of(text) is not None
            )
            or (
                n <= 90
                and text.endswith(_READER_ENDS)
                and _READER().match(text) is not None
            )
        )

    # The characters a footer line may open with: all but the ASCII ones
    # that fail every test above (most lines open with one of those). A
    # reader comment's ending is looked for apart.
    openers = None
    if initials is not None:
        openers = make_openers(
            lambda c: (
                c in "Cc"
                or c.casefold()[:1] in initials
                or c.isdigit()
                or c in _NUMBER_INITIALS
            )
        )

    return opens_footer, openers


def make_comments_parser(
    *, phrases: Iterable[str] = FOOTER_PHRASES, skip: int = 1
) -> Callable[[ParseState], bool]:
    """Build a comment-footer section parser.

    Args:
        phrases: Whole lines (case-blind, final stop or colon ignored) that
            open a footer, besides count lines such as ``3 comments:``.
        skip: How many unclaimed blocks at the top can never open a footer:
            a post has some text above its footer, and a count next to the
            title is post metadata.

    Returns:
        A section parser that claims the footer region and sets ``comments``.
    """
    opens_footer, openers = _footer_tests(strings("phrases", phrases))

    @section(sets=("footer",))
    def parse_comments(state: ParseState) -> bool:
        """Find the footer and claim it with everything below it."""
        blocks = state.unclaimed()
        start = _first_footer(
            texts_of(blocks), min(skip, len(blocks)), opens_footer, openers
        )
        if start is None:
            state.report("comments.missing", span=blocks[-1].span if blocks else None)
            return False
        region = blocks[start:]
        count = None
        for block in region:
            count = count_of(block.text)
            if count is not None:
                break
        state.claim(*region)
        # Block texts and spans are valid as they are: no validator need
        # walk a footer of thousands of lines.
        state.set_comments(
            _new_footer(
                count=count,
                lines=tuple(texts_of(region)),
                spans=spans_of(region),
            )
        )
        return True

    return parse_comments


parse_comments = make_comments_parser()
"""The default comment-footer section parser."""
