"""Finding words and two-word phrases from a list in a paragraph."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from collections.abc import Set as AbstractSet

from articlekit._options import LazyPattern

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


def clean_cut(text: str, lo: int, hi: int) -> bool:
    """Whether no word or phrase of ``text`` crosses the edges of ``text[lo:hi]``.

    Then a :class:`PhraseFinder` search of ``text[lo:hi]`` finds just the
    phrases of a search of all ``text`` that start at or after ``lo`` and
    end by ``hi``. On the left, the character before the blanks that lead
    up to ``lo`` must end no word (a two-word phrase spans blanks only); on
    the right, the character at ``hi`` must continue no word. A phrase
    whose second word lies past ``hi`` is not found in the slice, and in
    all ``text`` it ends past ``hi``. Each edge character is taken only
    when case folding keeps it, so the search sees it as written.
    """
    k = lo
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return (k == 0 or _cuts(text[k - 1])) and (hi >= len(text) or _cuts(text[hi]))


def _cuts(c: str) -> bool:
    """Whether the character ``c`` (as written and case-folded) is in no word."""
    return not _word_char(c) and c.casefold() == c


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
