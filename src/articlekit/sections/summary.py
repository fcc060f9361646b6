"""Summary: the blogger's own paragraphs between the headline and the byline.

Recognises the paragraphs above the byline, the last one ending with the
blogger's initials::

    ... the rebels can now turn on their fleeing enemies.
    Only one government held city now stands ... for Russia and Iran. JL
    Jared Malsin reports in the Wall Street Journal:

The initials (``JL``) become ``summary.signature`` and are taken off the text.
With no byline, a signed paragraph right under the headline is still a
summary: the signature gives it away.
"""

from __future__ import annotations

import string
from collections.abc import Callable

import regex

from articlekit._build import builder
from articlekit.lines import Fact, LineFilter
from articlekit.models import Block, Summary
from articlekit.pipeline import section
from articlekit.sections._value import Configured
from articlekit.state import ParseState

__all__ = ["make_summary_parser", "parse_summary", "split_signature"]

# Initials after the last sentence: "... for Iran. JL". The stop (or the
# closing mark or bracket after one) before them keeps a closing acronym
# ("... in the US") from passing for a signature. A straight single quote
# counts only after a stop: alone it may be a possessive ("the players' NBA").
_SIGNATURE = r"(?:(?<=[.!?…\"”’)\]])|(?<=[.!?…]'))\s+(?P<sig>\p{Lu}{2,4})\s*$"
_ALONE = r"^(?P<sig>\p{Lu}{2,4})$"


@section(reads=("date", "headline", "byline"), sets=("summary",))
class SummaryParser(Configured):
    """The summary section parser that :func:`make_summary_parser` builds."""

    __slots__ = ("_search", "_signable", "_standalone", "_trailing")

    def __init__(self, *, signature: str, alone: str, search: int) -> None:
        """Compile the patterns (see :func:`make_summary_parser`)."""
        super().__init__(signature=signature, alone=alone, search=search)
        self._trailing = regex.compile(signature)
        self._standalone = regex.compile(alone)
        self._search = search
        # The lines that can be signed, when the patterns are the default
        # ones (custom ones may sign a line any way they like).
        self._signable = (
            _SIGNABLE if signature == _SIGNATURE and alone == _ALONE else None
        )

    def __call__(self, state: ParseState) -> bool:
        """Take the paragraphs above the byline, with their signature."""
        trailing, standalone = self._trailing, self._standalone
        top = _top(state)
        byline = state.landmarks.byline
        if byline is not None:
            blocks = state.unclaimed(top, byline)
        else:
            run = [state.block(i) for i in state.unclaimed_indices(top)[: self._search]]
            # Only the lines that can end with a signature are searched for one.
            signable = self._signable
            looked_at = (
                state.candidates(top, lines=signable) if run and signable else run
            )
            blocks = _signed_run(
                run, {b.index for b in looked_at}, trailing, standalone
            )
        if not blocks:
            state.report("summary.missing")
            return False
        texts = [b.text for b in blocks]
        sig: str | None = None
        if len(blocks) > 1 and standalone.match(texts[-1]):
            sig = texts.pop()
        else:
            texts[-1], sig = _split(trailing, texts[-1])
        if sig is None:
            state.report("summary.unsigned", span=blocks[-1].span)
        state.claim(*blocks)
        state.set_summary(
            # Every field is known valid here: no validators to run.
            _new_summary(
                paragraphs=tuple(texts),
                signature=sig,
                spans=tuple(b.span for b in blocks),
            )
        )
        return True


def make_summary_parser(
    *, signature: str = _SIGNATURE, alone: str = _ALONE, search: int = 4
) -> Callable[[ParseState], bool]:
    """Build a summary section parser.

    Args:
        signature: Pattern of a signature at the end of a paragraph; its
            ``sig`` group is the signature.
        alone: Pattern of a signature on a line of its own.
        search: With no byline, how many paragraphs under the headline may
            hold the signed summary.

    Returns:
        A section parser that claims the summary paragraphs and sets
        ``summary``: a :class:`SummaryParser`, which pickles and copies.
    """
    return SummaryParser(signature=signature, alone=alone, search=search)


_new_summary = builder(Summary)

#: The lines a default pattern can find a signature in: both end a line
#: with a capital letter (a block has no blank at its end), which is A-Z or
#: a letter outside ASCII.
_SIGNABLE = (
    LineFilter(ending=tuple(string.ascii_uppercase)),
    LineFilter(facts=Fact.NON_ASCII),
)


def _top(state: ParseState) -> int:
    """Index of the first block below the headline (or the date)."""
    top = state.landmarks.top
    return 0 if top is None else top + 1


def _signed_run(
    blocks: list[Block],
    signable: set[int],
    trailing: regex.Pattern[str],
    standalone: regex.Pattern[str],
) -> list[Block]:
    """The leading blocks up to the first signed one, or nothing.

    Only the blocks whose index is in ``signable`` are looked at for a
    signature.
    """
    for i, block in enumerate(blocks):
        if block.index not in signable:
            continue
        text = block.text
        if trailing.search(text) or (i and standalone.match(text)):
            return blocks[: i + 1]
    return []


parse_summary = make_summary_parser()
"""The default summary section parser."""


def _split(trailing: regex.Pattern[str], text: str) -> tuple[str, str | None]:
    match = trailing.search(text)
    if match is None:
        return text, None
    return text[: match.start()].rstrip(), match["sig"]


_DEFAULT_SIGNATURE = regex.compile(_SIGNATURE)


def split_signature(text: str) -> tuple[str, str | None]:
    """Split ``"... Iran. JL"`` into ``("... Iran.", "JL")``."""
    return _split(_DEFAULT_SIGNATURE, text)
