"""The sentence splitter, and the dash test, shared by the sections."""

from __future__ import annotations

import regex


def has_dash(text: str) -> bool:
    """Whether ``text`` holds a hyphen or a dash (a signature needs one)."""
    return "-" in text or "–" in text or "—" in text or "―" in text


# A sentence ends at . ! ? (or an ellipsis), optionally followed by closing
# quotes or brackets, before whitespace and a capital, digit or opening mark.
# The stop comes first in the pattern, so the engine jumps from stop to stop
# instead of trying a look-behind at every space (twice as fast as a split).
_SENTENCE_END = regex.compile(r"[.!?…][\"'”’)\]]?(\s+)(?=[\p{Lu}\p{N}\"“‘'(\[])")


def sentences(text: str) -> list[str]:
    """Split a paragraph into sentences (a heuristic good enough for matching)."""
    out = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        gap_start, gap_end = match.span(1)
        if gap_start > start:
            out.append(text[start:gap_start])
        start = gap_end
    if start < len(text):
        out.append(text[start:])
    return out
