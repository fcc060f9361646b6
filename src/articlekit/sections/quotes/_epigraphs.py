"""Epigraphs: a short saying signed with a dash (or a tilde) and a name.

The name stands on the saying's line or opens the next one; the saying may
stand in quotation marks::

    Do you realize if it weren't for Edison we'd be watching TV?  -Al Boliska
    The night is darkest just before the dawn.
    — Jane Roe, The Book
    “Slow down, it goes by fast.” ~ Ben Ortiz, broadcaster, on careers
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from articlekit._names import leading_name
from articlekit._options import LazyPattern

# The marks that sign a saying: hyphen-minus, en dash, em dash and
# horizontal bar (of _vocab.DASHES, not the hyphens and the figure dash),
# and the tilde some blogs sign with.
_SIGNS = "-–—―~"
# A saying, then a signing mark and the name ("... candlelight? -Al Boliska",
# "... — Jane Roe, The Book", "“...” ~ Ben Ortiz, broadcaster").
_EPIGRAPH = LazyPattern(
    r"(?P<saying>\S.{8,400}?[.!?…\"”])\s+[-–—―~]{1,2}\s*"
    r"(?P<who>\p{Lu}[^,\n]{0,60}?)(?:,\s*[^\n]{1,100})?\s*$"
)
_DASH_LINE = LazyPattern(
    r"^[-–—―~]{1,2}\s*(?P<who>\p{Lu}[^,\n]{0,60}?)(?:,\s*.{1,100})?$"
)


class Epigraph(NamedTuple):
    """A saying in a paragraph and the name that signs it."""

    start: int  # the saying's extent in the paragraph
    end: int
    who: str
    at: int | None  # the name's offset; None when it stands on the next line


def epigraph(body: Sequence[str], number: int) -> Epigraph | None:
    """The saying of paragraph ``number``, signed by a dash on its line or the next.

    ``body`` is the paragraphs' texts, in order.
    """
    text = body[number]
    if len(text) > 500:
        return None
    # A signature on the saying's line has a space right before its mark.
    # The pair is looked for only when its mark is in the line: most lines
    # hold few dashes, and a search for one character is the quicker.
    signed = (
        ("-" in text and " -" in text)
        or ("–" in text and " –" in text)
        or ("—" in text and " —" in text)
        or ("―" in text and " ―" in text)
        or ("~" in text and " ~" in text)
    )
    match = _EPIGRAPH().match(text) if signed else None
    if match is not None:
        name = leading_name(match["who"])
        if name is not None and match["who"].strip() == name:
            return Epigraph(
                match.start("saying"), match.end("saying"), name, match.start("who")
            )
    if (
        number + 1 < len(body)
        and text[-1:] in '.!?…"”'
        and body[number + 1][:1] in _SIGNS
    ):
        line = _DASH_LINE().match(body[number + 1])
        if line is not None:
            name = leading_name(line["who"])
            if name is not None and line["who"].strip() == name:
                return Epigraph(0, len(text), name, None)
    return None
