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

from bisect import bisect_left
from collections.abc import Callable, Iterable

import regex

from articlekit._build import builder, spans_of, texts_of
from articlekit._options import LazyPattern, strings
from articlekit._vocab import REPLY_WORDS
from articlekit.lines import Fact, LineFilter, ascii_lower
from articlekit.models import CommentFooter
from articlekit.pipeline import section
from articlekit.sections._value import Configured
from articlekit.state import ParseState

__all__ = ["FOOTER_PHRASES", "count_of", "make_comments_parser", "parse_comments"]

_NUMBER_WORDS = {
    "no": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip

# "3 comments:", "No comments:", "1 Comment", "4 thoughts on “Title”",
# "2 responses to this post." A bare "N comments" needs no colon, but then
# nothing may follow it.
_NUMBER = r"(?P<n>\d{1,7}|no|zero|one|two|three|four|five|six|seven|eight|nine|ten)"
_NOUN = r"(?:comments?|responses?|replies|reply|thoughts?|reactions?|trackbacks?)"
_COUNT = regex.compile(
    rf"^{_NUMBER}\s+{_NOUN}"
    r"(?:\s*:|\s+(?:on|to)\s+(?:[“\"‘'«].{0,300}|this\s+(?:post|entry|article|story))|\s*»)?"
    r"\s*\.?$",
    regex.IGNORECASE,
)
# "2 Responses to TITLE" with the title unquoted: a count line only when
# what follows "to" or "on" is the post's own headline.
_COUNT_ON = regex.compile(
    rf"^{_NUMBER}\s+{_NOUN}\s+(?:on|to)\s+(?P<title>\S.*)$", regex.IGNORECASE
)
# The characters the pattern's number words open with, case-blind (its "s"
# also matches a long s, "ſ").
_WORD_INITIALS = "EFNOSTZefnostzſ"
_FIRST_WORDS = tuple(_NUMBER_WORDS)
# The longest line that opens the footer by its count.
_COUNT_MAX_LENGTH = 400

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

# The first reader comment, where no footer line precedes it: Blogger's
# "Karen said..." or WordPress's "Dan Ridley says:".
# A header stamped with the comment's time may end in a colon after any of
# the verbs: "Ana Lind May 3, 2011 9:15 PM said:".
_READER = LazyPattern(
    r"^(?:\S.{0,60}?\ssaid\.\.\.|\S.{0,60}?\ssaid…|\S.{0,60}?\ssays:"
    r"|\S.{0,60}?\d:\d\d.{0,30}?\s(?:said|says|wrote|writes):)$"
)
_READER_ENDS = ("said...", "said…", "says:", "said:", "wrote:", "writes:")
# The first item of a numbered list: "1. That picture is lovely!"
_FIRST_ITEM = ("1.", "1)")
# How many blank lines at least set reader comments off from the post above.
_GAP = 2
_READER_MAX_LENGTH = 90
# A closed-comments notice that opens a line, whatever follows it:
# "Comments are closed.", "The comments on this post have been closed. ...",
# after a label of a word or two ("Discussion: comments closed"). Matched
# against the line with A-Z lowered (``ascii_lower``), so the lines that can
# hold one are those holding "closed" in any case of A-Z.
_CLOSED = regex.compile(
    r"^(?:[^\W\d_]+(?:\s+[^\W\d_]+)?\s*:\s*)?(?:the\s+)?comments?"
    r"(?:\s+(?:on|to|for)\s+this\s+[^\W\d_]+)?"
    r"(?:\s+(?:are|is|were|was|have\s+been|has\s+been))?\s+(?:now\s+)?closed\b"
)
_CLOSED_LINES = LineFilter(holding=("closed",), ascii_fold=True)
# The lines that can open a numbered list of reader comments.
_LIST_LINES = LineFilter(first="1")
_RARE_LINES = (_CLOSED_LINES, _LIST_LINES)


def count_of(line: str, title: str | None = None) -> int | None:
    """Return the comment count stated by a footer line, or ``None``.

    Args:
        line: The line.
        title: The post's headline: a line such as ``2 Responses to TITLE``
            that names it unquoted states a count too.
    """
    match = _COUNT.match(line)
    if match is None and title:
        match = _COUNT_ON.match(line)
        if match is not None and _normal(match["title"]) != _normal(title):
            match = None
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

# A line of text ends with one of these; a label does not.
_CLOSING = frozenset(".!?…:;)]\"”’'*")
# An intro names the comments below it in a short line.
_INTRO_WORDS = 8


def _footer_lines(known: frozenset[str], longest: int) -> tuple[LineFilter, ...]:
    """The lines that can open the footer: any of the filters may pass.

    A closed-comments notice, a count line, a reader comment's first line
    and a line of a phrase of several words each hold a blank between two
    words (the ``SPACE`` fact; neither case-folding nor a case-blind
    pattern makes a blank of anything else). A line of one
    word opens as a phrase of one word, which its case-folded self holds; a
    phrase of no words (punctuation alone) is matched by lines of no words,
    which hold nothing to look for: then only the length (``longest``) tells.
    """
    lines = [LineFilter(facts=Fact.SPACE)]
    single = [p.split() for p in known if len(p.split()) < 2]
    if any(not words for words in single):
        lines.append(LineFilter(max_length=longest))
    elif single:
        held = tuple(sorted(words[0] for words in single))
        lines.append(LineFilter(holding=held, fold=True, max_length=longest))
    return tuple(lines)


def _opens_comment_list(state: ParseState, i: int) -> bool:
    """Whether block ``i`` opens a numbered list of reader comments.

    Reader comments shown as a numbered list carry no header line: the list
    tells them from a list in the post by its layout. Its first item (its
    number followed by a blank) is indented further than the text above
    it and set off from that text by at least two blank lines, and that
    text does not introduce it with a colon. A list in the post runs on
    under its sentence after a single line break::

        The weekend flew by!


          1. Lovely pictures, thanks for sharing.
    """
    text = state.texts[i]
    if not text.startswith(_FIRST_ITEM) or not text[2:3].isspace() or i == 0:
        return False
    item, above = state.block(i), state.block(i - 1)
    return (
        item.column > above.column
        and item.line - above.line > _GAP
        and not above.text.endswith(":")
    )


def _with_intro(state: ParseState, at: int, first: int) -> int:
    """Where the footer opened at block ``at`` starts, its intro line included.

    A short line with no closing punctuation right above a reader
    comment's header, holding a word about replies, introduces the
    comments ("Some readers were moved to reply"): it opens the footer.
    """
    above = at - 1
    if above < first or state.owner(above) is not None:
        return at
    text = state.texts[at]
    if not (text.endswith(_READER_ENDS) and _READER().match(text)):
        return at
    intro = state.texts[above]
    words = intro.casefold().split()
    if (
        len(words) <= _INTRO_WORDS
        and intro[-1] not in _CLOSING
        and not REPLY_WORDS.isdisjoint(words)
    ):
        return above
    return at


class CommentsParser(Configured):
    """The comment-footer section parser that :func:`make_comments_parser` builds.

    The lines it declares depend on ``phrases``: each object declares its own.
    """

    __slots__ = ("_known", "_longest", "_skip")

    def __init__(self, *, phrases: Iterable[str], skip: int) -> None:
        """Index ``phrases`` (see :func:`make_comments_parser`)."""
        words = strings("phrases", phrases)
        super().__init__(phrases=words, skip=skip)
        self._known = frozenset(_normal(p) for p in words)
        self._longest = max((len(p) for p in self._known), default=0) + 8
        self._skip = skip
        lines = _footer_lines(self._known, self._longest)
        section(lines=lines, reads=("headline",), sets=("footer",))(self)

    def _opens_footer(self, text: str, title: str | None) -> bool:
        """Whether ``text`` opens the footer of a post titled ``title``.

        It does as a phrase line, a count line (one that names the post's
        title among them) or a reader comment's first line.
        """
        n = len(text)
        first = text[0]
        return (
            (n <= self._longest and _normal(text) in self._known)
            or (
                n <= _COUNT_MAX_LENGTH
                # A count line opens with its number, a digit or a word:
                # most lines fail this look and are spared the pattern.
                and (
                    first.isdigit()
                    or (
                        first in _WORD_INITIALS
                        and text[:5].casefold().startswith(_FIRST_WORDS)
                    )
                )
                and count_of(text, title) is not None
            )
            or (
                n <= _READER_MAX_LENGTH
                and text.endswith(_READER_ENDS)
                and _READER().match(text) is not None
            )
        )

    def __call__(self, state: ParseState) -> bool:
        """Find the footer and claim it with every unclaimed block below it."""
        opens_footer, skip = self._opens_footer, self._skip
        # By index: only the footer's own lines become blocks. ``skip``
        # counts unclaimed blocks, whether the filter lets them through or
        # not; only the lines it lets through are tested.
        lines = state.unclaimed_indices()
        texts = state.texts
        first = lines[max(skip, 0)] if skip < len(lines) else len(texts)
        title = state.headline
        # The few lines that can open the footer by a closed notice or as a
        # numbered list, found by the engine: the rest are spared the tests.
        rare = set(state.lines_matching(_RARE_LINES))
        start_at = next(
            (
                i
                for i in state.candidate_indices(first)
                if opens_footer(texts[i], title)
                or (
                    i in rare
                    and (
                        _CLOSED.match(ascii_lower(texts[i])) is not None
                        or _opens_comment_list(state, i)
                    )
                )
            ),
            None,
        )
        if start_at is not None:
            start_at = _with_intro(state, start_at, first)
        if start_at is None:
            state.report(
                "comments.missing", span=state.block(lines[-1]).span if lines else None
            )
            return False
        # The footer is every unclaimed block from its first line down,
        # whatever it holds; the count is the first one stated there.
        region = [state.block(i) for i in lines[bisect_left(lines, start_at) :]]
        counts = (count_of(text, title) for text in texts_of(region))
        count = next((c for c in counts if c is not None), None)
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
        A section parser that claims the footer region and sets
        ``comments``: a :class:`CommentsParser`, which pickles and copies.
    """
    return CommentsParser(phrases=phrases, skip=skip)


parse_comments = make_comments_parser()
"""The default comment-footer section parser."""
