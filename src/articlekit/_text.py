"""Private text helpers: input decoding, splitting into blocks, small patterns."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from typing import Any, TypeVar

import attrs
import regex

from articlekit.models import Block, Span

_T = TypeVar("_T")

# Characters that count as blank around and between paragraphs: Python's
# whitespace (NBSP and the other Unicode spaces included) plus the invisible
# BOM, zero-width space and word joiner that pasted web text carries.
BLANK = (
    " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
    "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
    "\ufeff\u200b\u200c\u200d\u2060"
)


class LazyPattern:
    """A regular expression compiled on its first use.

    For patterns that most dumps never need (a rarer date shape, the
    mojibake check): compiling one costs about half a millisecond, and a
    fresh interpreter that parses one dump should not pay for all of them.
    Call it to get the compiled pattern.
    """

    __slots__ = ("_compiled", "_flags", "_pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        """Keep ``pattern`` and ``flags`` for :func:`regex.compile`."""
        self._pattern = pattern
        self._flags = flags
        self._compiled: regex.Pattern[str] | None = None

    def __call__(self) -> regex.Pattern[str]:
        """Return the compiled pattern, compiling it the first time."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = regex.compile(self._pattern, self._flags)
        return compiled


# UTF-8 read as cp1252/Latin-1: "â€™" for "’", "Ã©" for "é".
MOJIBAKE = LazyPattern(r"â€[\x80-\xbf\u0152-\u2122\x9c\x9d™œ“”˜]|Ã[\x80-\xbf©¨§¶¼½]")


def strings(name: str, value: Iterable[str]) -> tuple[str, ...]:
    """Check a factory option that takes several strings; return them as a tuple.

    Raises:
        TypeError: ``value`` is a single string (which would be read as its
            characters) or holds something other than strings.
    """
    if isinstance(value, str):
        raise TypeError(
            f"{name} takes an iterable of strings, not one string: {value!r}"
        )
    out = tuple(value)
    for item in out:
        if not isinstance(item, str):
            raise TypeError(f"{name} holds {item!r}, which is not a string")
    return out


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


def texts_of(blocks: Iterable[Block]) -> list[str]:
    """The texts of ``blocks``, in order."""
    return [block.text for block in blocks]


def spans_of(blocks: Iterable[Block]) -> tuple[Span, ...]:
    """The spans of ``blocks``, in order."""
    return tuple([block.span for block in blocks])


def has_dash(text: str) -> bool:
    """Whether ``text`` holds a hyphen or a dash (a signature needs one)."""
    return "-" in text or "–" in text or "—" in text or "―" in text


_WORD = LazyPattern(r"[\p{L}\p{M}][\p{L}\p{M}’'-]*")


class PhraseFinder:
    """Finds words and two-word phrases from a list ("said", "pointed out").

    Matching is case-blind and by whole words, with a set look-up per word:
    a pattern spelling out a hundred verbs costs milliseconds to compile and
    runs no faster on a sentence than this walk over its words.
    """

    __slots__ = (
        "_firsts_utf8",
        "_words",
        "firsts",
        "lower",
        "pairs",
        "plain",
        "singles",
    )

    def __init__(self, phrases: Iterable[str], *, lower: bool = False) -> None:
        """Index ``phrases`` (one or two words each) for look-up.

        Args:
            phrases: The words or two-word phrases to find.
            lower: Match only words written in lower case ("states" the verb,
                not "States" in "United States").
        """
        self.lower = lower
        forms = [tuple(v.casefold().split()) for v in phrases if v.strip()]
        # Phrases of plain letters allow the fast search, which splits words
        # at apostrophes and hyphens too ("'said" holds the word "said").
        self.plain = not any(c in w for f in forms for w in f for c in "’'-")
        self.singles = frozenset(f[0] for f in forms if len(f) == 1)
        self.pairs = frozenset(f[:2] for f in forms if len(f) > 1)
        self.firsts = self.singles | {p[0] for p in self.pairs}
        self._firsts_utf8 = frozenset(
            w.encode("utf-8", "surrogatepass") for w in self.firsts
        )
        # First words of plain ASCII letters (every default list) allow the
        # quicker look, which cuts at every byte that is no ASCII letter.
        self._words = (
            ascii_words
            if all(w.isascii() and w.isalpha() for w in self.firsts)
            else rough_words
        )

    def might_hold(self, text: str) -> bool:
        """Whether ``text`` may hold a phrase (``False`` is certain)."""
        if not self.plain:
            return True
        return not self._firsts_utf8.isdisjoint(self._words(text.casefold()))

    def __call__(
        self, text: str, start: int = 0, end: int | None = None
    ) -> list[tuple[int, int]]:
        """Return the ``(start, end)`` offsets of every phrase in text[start:end].

        The phrases come in order and never overlap: of two that do, the
        first is kept.
        """
        stop = len(text) if end is None else end
        # Most windows hold none of the phrases: a C-speed look at the words
        # (punctuation made spaces) rules that out before the exact walk.
        if not self.plain:
            return self.walk(text, start, stop)
        segment = text[start:stop]
        low = segment.casefold()
        found = self._firsts_utf8.intersection(self._words(low))
        if not found:
            return []
        present = {w.decode("utf-8", "surrogatepass") for w in found}
        if len(low) == len(segment):
            return self._find(segment, low, present, start)
        return self.walk(text, start, stop)  # casefolding moved offsets (ß -> ss)

    def _find(
        self, segment: str, low: str, present: AbstractSet[str], base: int
    ) -> list[tuple[int, int]]:
        """Find the present first words with str.find, checking word edges."""
        found = []
        for w in present:
            i = low.find(w)
            while i >= 0:
                j = i + len(w)
                if (
                    _opens_word(low, i)
                    and (j == len(low) or not _word_char(low[j]))
                    and (not self.lower or segment[i].islower())
                ):
                    if w in self.singles:
                        found.append((base + i, base + j))
                    else:
                        end = self._pair_end(low, w, j)
                        if end is not None:
                            found.append((base + i, base + end))
                i = low.find(w, j)
        found.sort()
        return _disjoint(found)

    def _pair_end(self, low: str, first: str, j: int) -> int | None:
        """End of a two-word phrase whose first word ends at ``j``, if any."""
        k = j
        while k < len(low) and low[k].isspace():
            k += 1
        if k == j:
            return None
        m = k
        while m < len(low) and _word_char(low[m]):
            m += 1
        if m > k and _word_char_start(low[k]) and (first, low[k:m]) in self.pairs:
            return m
        return None

    def walk(
        self, text: str, start: int = 0, end: int | None = None
    ) -> list[tuple[int, int]]:
        """The same search by a walk over every word (the reference)."""
        stop = len(text) if end is None else end
        words = list(_WORD().finditer(text, start, stop))
        found = []
        for i, word in enumerate(words):
            w = word.group().casefold()
            if w not in self.firsts or (self.lower and not word.group()[0].islower()):
                continue
            if w in self.singles:
                found.append((word.start(), word.end()))
            elif i + 1 < len(words):
                nxt = words[i + 1]
                gap = text[word.end() : nxt.start()]
                if (w, nxt.group().casefold()) in self.pairs and gap.isspace():
                    found.append((word.start(), nxt.end()))
        return _disjoint(found)


def _disjoint(found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``found`` (in order) without the phrases that start inside an earlier one.

    Only a list with a phrase whose second word is itself listed ("put it"
    and "it") can overlap; callers rely on the ends being in order too.
    """
    for k in range(1, len(found)):
        if found[k][0] < found[k - 1][1]:
            break
    else:
        return found
    kept = [found[0]]
    for span in found[1:]:
        if span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _word_char_start(c: str) -> bool:
    """A character that can start a word of ``_WORD``: a letter or a mark."""
    return c.isalpha() or unicodedata.category(c)[0] == "M"


def _word_char(c: str) -> bool:
    """A character that can continue a word of ``_WORD``."""
    return c in "’'-" or _word_char_start(c)


def _opens_word(low: str, i: int) -> bool:
    """Whether a word of ``_WORD`` starts at ``i`` (not inside a longer one)."""
    k = i - 1
    while k >= 0 and low[k] in "’'-":
        k -= 1
    return k < 0 or not _word_char_start(low[k])


# Punctuation that may touch a word ("said," "“said", "'said"): made a space
# for the rough check, which only has to find a superset of the words.
_WIDE_PUNCT = "“”‘’«»„‟‚‛…—–―•·§¶€£¥©®°±×÷¡¿"
# Every character above U+007F that str.split() splits at.
WIDE_SPACES = (
    "\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_PUNCT_TO_SPACE = str.maketrans(
    dict.fromkeys(
        [chr(c) for c in range(128) if not chr(c).isalpha()]
        + list(_WIDE_PUNCT + "\u00a0\u2009\u202f"),
        " ",
    )
)
# The same look on UTF-8 bytes: str.translate takes a dictionary look-up per
# character on a text that is not ASCII (20 us on a paragraph), where
# bytes.translate and one bytes pattern run at C speed.
_ASCII_TO_SPACE = bytes.maketrans(
    bytes(c for c in range(128) if not chr(c).isalpha()),
    b" " * sum(1 for c in range(128) if not chr(c).isalpha()),
)
# One pattern of alternatives on bytes: 48 substring tests cost ten times more.
_WIDE_TO_SPACE = re.compile(
    b"|".join(re.escape(c.encode()) for c in _WIDE_PUNCT + WIDE_SPACES)
)


def rough_words(low: str) -> list[bytes]:
    """The words of ``low`` (as UTF-8), punctuation, digits and spaces cut out.

    The words of ``low.translate(_PUNCT_TO_SPACE).split()``, encoded, for the
    rough checks of :class:`PhraseFinder`.
    """
    data = low.encode("utf-8", "surrogatepass").translate(_ASCII_TO_SPACE)
    if not low.isascii():
        data = _WIDE_TO_SPACE.sub(b" ", data)
    return data.split()


def ascii_words(low: str) -> list[bytes]:
    """The runs of ASCII letters in ``low``, as bytes.

    Every word of plain ASCII letters that :func:`rough_words` gives is one
    of these: a superset for a look for such words, with one
    ``bytes.translate`` where the other needs a pattern over the bytes beyond
    ASCII (three times the cost on a paragraph with curly quotes).
    """
    return low.encode("utf-8", "surrogatepass").translate(_NOT_ASCII_LETTER).split()


_NOT_ASCII_LETTER = bytes.maketrans(
    bytes(c for c in range(256) if not (65 <= c <= 90 or 97 <= c <= 122)),
    b" " * (256 - 52),
)


# Blocks and spans built here are valid by construction; skipping the attrs
# validators (the generated __init__) halves the cost of splitting a dump.
_new = object.__new__


def builder(cls: type[_T]) -> Callable[..., _T]:
    """A function that builds ``cls`` from its fields by keyword, unchecked.

    For the parser's hot paths: call it with every field by keyword, each
    already valid and converted (tuples, not lists).

    Generated once per class, as attrs generates ``__init__``: it sets each
    slot through its own descriptor, so a missing or unknown field is a
    ``TypeError`` and no look-up by name is left (a third of the time of
    setting the fields one by one by name, and the attrs ``__init__``
    runs validators).
    """
    names = [a.name for a in attrs.fields(cls)]  # type: ignore[arg-type]
    scope: dict[str, Any] = {"_new": _new, "_cls": cls}
    lines = [f"def build(*, {', '.join(names)}):", "    instance = _new(_cls)"]
    for name in names:
        scope[f"_set_{name}"] = cls.__dict__[name].__set__
        lines.append(f"    _set_{name}(instance, {name})")
    lines.append("    return instance")
    exec("\n".join(lines), scope)  # the names come from attrs.fields
    return scope["build"]  # type: ignore[no-any-return]


def span_of(start: int, end: int) -> Span:
    """A span whose offsets the caller knows to be valid (no validation)."""
    return _span(start, end)


def _span(start: int, end: int) -> Span:
    span = _new(Span)
    _SPAN_START(span, start)
    _SPAN_END(span, end)
    return span


# The slots' own setters: frozen attrs classes refuse setattr, and the
# descriptors skip both that refusal and the look-up by name.
_SPAN_START = Span.__dict__["start"].__set__
_SPAN_END = Span.__dict__["end"].__set__


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
        if not any(c in chunk for c in _LINE_ENDS):
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
