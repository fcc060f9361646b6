"""Reading the input: decoding bytes, the blank characters, line streams."""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Iterator
from typing import Protocol

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


class Readable(Protocol):
    """What :class:`ByteText` reads from: a binary stream's ``read``."""

    def read(self, size: int = -1, /) -> bytes:
        """Up to ``size`` bytes; ``b""`` at the end."""
        ...


class RestartError(Exception):
    """A byte that is not UTF-8 came before the stream's reader committed.

    The reader catches it and reads the stream again from its start as
    cp1252, with :meth:`ByteText.restart`: nothing was handed on yet.
    """


_READ_SIZE = 1 << 16


class Decoded:
    """Where a text decoded whole from bytes is cp1252, as :class:`ByteText` says it.

    ``cp1252_at`` is 0 when :func:`decode` fell back to cp1252, else ``None``.
    """

    __slots__ = ("cp1252_at",)

    def __init__(self, decoding: str | None) -> None:
        """The text as :func:`decode` decoded it, with its ``decoding``."""
        self.cp1252_at = None if decoding is None else 0


class ByteText:
    """The text of a byte stream, decoded as it is read, as :func:`decode` decodes.

    UTF-8 first (a BOM stays in the text); a byte that is not UTF-8 switches
    to cp1252, bytes cp1252 has no character for becoming U+FFFD. Until
    :meth:`commit` (the reader has handed something on), the bytes read are
    kept, and a byte that is not UTF-8 raises :class:`RestartError` so that the
    whole stream is read again as cp1252: what :func:`decode` makes of the
    whole. After it, the bytes from that byte on are read as cp1252 and
    :attr:`cp1252_at` says where in the text that starts; what came before
    was UTF-8 and stays as it was read.
    """

    __slots__ = ("_decoder", "_kept", "_replay", "_stream", "cp1252_at")

    def __init__(self, stream: Readable) -> None:
        """Read ``stream`` (anything with a binary ``read``)."""
        self._stream = stream
        self._kept: list[bytes] | None = []
        self._replay = b""
        self._decoder: codecs.IncrementalDecoder = _UTF8()
        self.cp1252_at: int | None = None
        """Offset in the text from which it was read as cp1252, if it was."""

    def commit(self) -> None:
        """Something read was handed on: no more restarts, no bytes kept."""
        self._kept = None

    def restart(self) -> None:
        """Read the stream again from its start, as cp1252 this time."""
        if self._kept is None:
            raise RuntimeError("a committed stream cannot be read again")
        self._replay, self._kept = b"".join(self._kept), None
        self._decoder = _CP1252(errors="replace")
        self.cp1252_at = 0

    def chunks(self) -> Iterator[str]:
        """The text, chunk by chunk, from the start (or the restart)."""
        at = 0
        if self._replay:
            text = self._decoder.decode(self._replay)
            self._replay = b""
            at += len(text)
            yield text
        read = self._stream.read
        while True:
            data = read(_READ_SIZE)
            if not isinstance(data, bytes | bytearray):
                raise TypeError(
                    f"a binary stream gives bytes, not {type(data).__name__}"
                )
            if self._kept is not None and data:
                self._kept.append(bytes(data))
            text = self._decode(data, at, final=not data)
            at += len(text)
            if text:
                yield text
            if not data:
                return

    def _decode(self, data: bytes, at: int, *, final: bool) -> str:
        try:
            return self._decoder.decode(data, final)
        except UnicodeDecodeError as exc:
            # Only the UTF-8 decoder raises (cp1252 replaces); its error holds
            # the bytes it was decoding, pending ones first.
            if self._kept is not None:
                raise RestartError from None
            good = exc.object[: exc.start].decode("utf-8")
            self.cp1252_at = at + len(good)
            self._decoder = _CP1252(errors="replace")
            return good + self._decoder.decode(exc.object[exc.start :], final)


_UTF8 = codecs.getincrementaldecoder("utf-8")
_CP1252 = codecs.getincrementaldecoder("cp1252")
