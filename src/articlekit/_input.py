"""Reading the input: decoding bytes, the blank characters, line streams."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from articlekit._options import LazyPattern

# Characters that count as blank around and between paragraphs: Python's
# whitespace (NBSP and the other Unicode spaces included) plus the invisible
# BOM, zero-width space and word joiner that pasted web text carries.
BLANK = (
    " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
    "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
    "\ufeff\u200b\u200c\u200d\u2060"
)


# UTF-8 read as cp1252/Latin-1: "â€™" for "’", "Ã©" for "é".
MOJIBAKE = LazyPattern(r"â€[\x80-\xbf\u0152-\u2122\x9c\x9d™œ“”˜]|Ã[\x80-\xbf©¨§¶¼½]")


def decode(data: bytes) -> tuple[str, str | None]:
    """Decode bytes: UTF-8 first, then cp1252, the usual encoding of old pages.

    A BOM stays in the text (it is blank, and spans count it).

    Returns:
        The text, and ``None``, ``"input.cp1252"`` (the bytes were not UTF-8
        and read as cp1252) or ``"input.undecodable"`` (even cp1252 has no
        character for some bytes, which became U+FFFD).
    """
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "input.cp1252"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "input.undecodable"


_LINE_ENDS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def iter_lines(chunks: Iterable[str]) -> Iterator[str]:
    r"""Yield complete lines (with their ends) from a stream of text chunks.

    Chunks may split lines anywhere, even between ``\r`` and ``\n``. A
    partial line is buffered as a list of pieces, so a very long line costs
    linear time.
    """
    pieces: list[str] = []
    for chunk in chunks:
        if not chunk:
            continue
        lines = chunk.splitlines(keepends=True)
        if pieces:
            # A partial line waits: it is joined only once a line end comes.
            if len(lines) == 1 and chunk[-1] not in _LINE_ENDS:
                pieces.append(chunk)
                continue
            pieces.append(chunk)
            lines = "".join(pieces).splitlines(keepends=True)
            pieces = []
        last = lines[-1]
        # A final "\r" may be the first half of "\r\n"; a final piece with no
        # line end is a partial line. Both wait for the next chunk.
        if last.endswith("\r") or last[-1] not in _LINE_ENDS:
            pieces.append(lines.pop())
        yield from lines
    if pieces:
        yield from "".join(pieces).splitlines(keepends=True)
