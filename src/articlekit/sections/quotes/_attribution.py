"""Attribution: the speech verb that ties a quotation to a speaker, and its words.

The attribution follows the quotation (``“…,” said Jane Roe``, ``“…,” the
ministry said``, ``“…,” Jane Roe, who …``) or stands in the sentence before
it (``Jane Roe said: “…”``, ``according to Jane Roe, “…”``, ``X on
Wednesday told Y that … “in order to …”``). The verbs of a paragraph are
found once, on first need, as offsets every quotation in it looks up by
bisection; an attribution right after a quotation has only its clause
searched.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import NamedTuple

import regex

from articlekit import _vocab
from articlekit._names import is_abbreviation, leading_name
from articlekit._options import LazyPattern
from articlekit._words import PhraseFinder, clean_cut
from articlekit.sections.quotes._marks import Spans, is_sentence
from articlekit.sections.quotes._speakers import (
    LAST_CLAUSE_MARK,
    after_last,
    classify,
    linked_verb,
    main_subject,
    speaker_after_verb,
    subject,
    subject_before,
)

#: Verbs that tie a quotation to its speaker (matched in lower case only).
SPEECH_VERBS: tuple[str, ...] = _vocab.SPEECH_VERBS

# Where a sentence ends inside a paragraph.
_SENTENCE_END = regex.compile(r"[.!?…][\"”’)]*\s+(?=[\p{Lu}\p{N}“\"‘(])")
# Marks between a quotation and the clause that attributes it.
_LEAD = " \t,;:—–-"
# What may open an excerpt before a transcript's speaker label: "...Roe:".
_LABEL_LEAD = " \t.…-–—[]"
_CLAUSE_END = re.compile(r'[.;:!?“”"()]')
# The last mark that ends a clause or a phrase, searched from the right (as
# LAST_CLAUSE_MARK is): a look costs the text after it, not the window.
_LAST_PUNCT = LazyPattern(r"[,.;:!?“”\"()]", regex.REVERSE)
# "according" in any case; "according to NAME" then names the speaker.
_ACCORDING_WORD = regex.compile("according", regex.IGNORECASE)
_ACCORDING = LazyPattern(
    r"according\s+to\s+(?P<who>[^,.;:“”\"]{1,80}?)\s*,?\s*$", regex.IGNORECASE
)

# What the rules before a quotation find: who is named, and where it starts.
_Found = tuple[str, str | None, int]


class Attribution(NamedTuple):
    """Who an attribution names, and where."""

    kind: str  # "name", "pronoun", "role" or "unnamed"
    who: str | None
    at: int | None  # offset of the name in the paragraph
    start: int  # the attribution's extent in the paragraph
    end: int
    direct: bool = True  # the quotation is what the verb says, not a word in it
    # The verb after the quotation names nobody and has the main clause's
    # subject ("…” in the attack, saying “…”): the sentence before names it.
    linked: bool = False


class Sentences:
    """Where the sentences of one paragraph start, for all its quotations.

    Also remembers the subject found before each speech verb, which every
    quotation in the rest of that sentence asks for again.
    """

    __slots__ = ("_according", "_asked", "_ends", "_starts", "subjects", "text")

    def __init__(self, text: str) -> None:
        """Read the paragraph ``text`` (each look on first need)."""
        self.text = text
        self._according: bool | None = None  # "according" anywhere in it
        self._asked: tuple[int, int, int] | None = None  # the first look, answered
        self._starts: list[int] | None = None  # every sentence end, once found
        self._ends: list[int] = []
        self.subjects: dict[tuple[int, int], _Found | None] = {}

    def according_in(self, lo: int, hi: int) -> bool:
        """Whether "according" (any case) stands in ``text[lo:hi]``."""
        if self._according is None:
            self._according = _ACCORDING_WORD.search(self.text) is not None
        return self._according and _ACCORDING_WORD.search(self.text, lo, hi) is not None

    def _ends_sentence(self, at: int) -> bool:
        """Whether the stop at ``at`` ends a sentence, not an abbreviation.

        "St. Louis", "Lt. Gen. Roe", "J. Roe": the word the stop closes
        (a title's abbreviation is at most five letters) is looked at.
        """
        if self.text[at] != ".":
            return True
        word = self.text[max(0, at - 6) : at + 1].split()
        return not (word and is_abbreviation(word[-1]))

    def start_before(self, lo: int, start: int) -> int:
        """Where the sentence holding ``start`` begins, looking back to ``lo``.

        The end of the last :data:`_SENTENCE_END` match that a search of
        ``text[lo:start]`` finds, or ``lo`` when there is none. Most
        paragraphs ask for one quotation (a fragment's test, then its
        attribution), and only the text before it is searched; a paragraph
        that asks again has all its sentence ends found in one pass, so
        none reads more than its length and one window.
        """
        if self._starts is None:
            if self._asked is None:
                found = lo
                for match in _SENTENCE_END.finditer(self.text, lo, start):
                    if self._ends_sentence(match.start()):
                        found = match.end()
                self._asked = (lo, start, found)
                return found
            if self._asked[:2] == (lo, start):
                return self._asked[2]
            spans = [
                m.span()
                for m in _SENTENCE_END.finditer(self.text)
                if self._ends_sentence(m.start())
            ]
            self._starts = [a for a, _ in spans]
            self._ends = [b for _, b in spans]
        # A match ending at ``start`` needs the character after it, which a
        # search that stops at ``start`` cannot see.
        i = bisect.bisect_left(self._ends, start) - 1
        if i >= 0 and self._starts[i] >= lo:
            return self._ends[i]
        return lo


class Verbs:
    """The speech verbs of one paragraph, found on first need.

    A paragraph's one quotation closed by a comma (``“…,” said Jane Roe``)
    first asks for the first verb in the clause after it, and
    :meth:`first_in_clause` searches that clause alone; any other look finds
    every verb of the paragraph, once.
    """

    __slots__ = ("_clauses", "_find", "_spans", "_starts", "text")

    def __init__(self, find: VerbFinder, text: str, *, clauses: bool) -> None:
        """Keep the paragraph ``text`` and the finder of its verbs.

        ``clauses`` says whether a clause may be searched alone: worth it
        for a paragraph of one quotation, whose attribution after it is
        most often its only look. With several, the clauses of the first
        would be searched again in the search of all.
        """
        self.text = text
        self._find = find
        self._clauses = clauses
        self._spans: Spans | None = None
        self._starts: list[int] | None = None

    @property
    def spans(self) -> Spans:
        """Every verb of the paragraph, as ``(start, end)``, in order."""
        if self._spans is None:
            self._spans = self._find(self.text)
        return self._spans

    @property
    def starts(self) -> list[int]:
        """Where each verb starts, in order."""
        if self._starts is None:
            self._starts = [v for v, _ in self.spans]
        return self._starts

    def first_in_clause(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The first verb that starts at or after ``lo``, if it ends by ``hi``.

        As :func:`first_between` over :attr:`spans`; before those are
        found, ``text[lo:hi]`` alone is searched, if clauses may be, when no
        phrase can cross its edges (:func:`~articlekit._words.clean_cut`).
        """
        if self._spans is None and self._clauses and clean_cut(self.text, lo, hi):
            found = self._find(self.text, lo, hi)
            return found[0] if found else None
        return first_between(self.spans, lo, hi)


# Words after which a speech-verb word is a noun: "the reports", "a saying",
# "following reports that", "media reports" (in lower case).
_NOUN_BEFORE = frozenset(
    {"a", "an", "the", "these", "those", "following", "recent", "media", "news"}
)


_ARTICLES = frozenset({"a", "an", "the"})


class VerbFinder:
    """Finds the speech verbs of a text, less the words used as nouns there.

    A verb word right after an article or a word such as "following"
    ("following reports that", "a saying") is a noun, and ties no
    quotation to a speaker.
    """

    __slots__ = ("_phrases",)

    def __init__(self, verbs: Iterable[str]) -> None:
        """Index ``verbs`` (words or two-word phrases, matched in lower case)."""
        self._phrases = PhraseFinder(verbs, lower=True)

    def __call__(
        self, text: str, start: int = 0, end: int | None = None
    ) -> list[tuple[int, int]]:
        """The ``(start, end)`` of every verb in ``text[start:end]``, in order."""
        return [
            span for span in self._phrases(text, start, end) if not _noun(text, *span)
        ]


def _noun(text: str, at: int, end: int) -> bool:
    """Whether the verb word ``text[at:end]`` follows words that make it a noun.

    An "-ing" word one word further from an article ("the old saying", "a
    stern warning") is a noun too; a verb in "-s" there is not ("the
    company reports that").
    """
    if at == 0 or not text[at - 1].isspace():
        return False
    words = text[max(0, at - 24) : at].split()
    if not words:
        return False
    if words[-1].casefold() in _NOUN_BEFORE:
        return True
    return (
        len(words) >= 2
        and words[-2].casefold() in _ARTICLES
        and words[-1].isalpha()
        and words[-1].islower()
        and text.endswith("ing", at, end)
    )


class Reader:
    """The attribution rules, bound to one list of speech verbs."""

    __slots__ = ("find_verbs",)

    def __init__(self, verbs: Iterable[str]) -> None:
        """Index ``verbs`` (words or two-word phrases) for :attr:`find_verbs`."""
        self.find_verbs = VerbFinder(verbs)

    @staticmethod
    def verb_in_reach(
        text: str, start: int, end: int, spans: Spans, sentences: Sentences
    ) -> bool:
        """Whether a speech verb lies where :meth:`after` or :meth:`before` look.

        That is the sentence before the quotation (within 400 characters)
        or the clause after it. Without one, neither can find a speaker
        (save by "according to", or a name after a closing comma, which the
        caller tests apart), so a fragment there is passed over cheaply.
        """
        lo = max(0, start - 400)
        # A verb in the sentence lies in the window before: with none there,
        # where the sentence starts does not matter.
        if any_between(spans, lo, start) and any_between(
            spans, sentences.start_before(lo, start), start
        ):
            return True
        # The first verb after the quotation, within the 200 characters
        # :meth:`after` reads, counts if no clause ends before it. (A verb
        # is a word, so it never starts among the marks that lead the clause.)
        i = bisect.bisect_left(spans, (end, -1))
        if i == len(spans) or spans[i][1] > end + 200:
            return False
        verb_start, verb_end = spans[i]
        gap = text[end:verb_start]
        lead = len(gap) - len(gap.lstrip(_LEAD))
        return _CLAUSE_END.search(text, end + lead, verb_end) is None

    def after(
        self, text: str, end: int, inner: str, verbs: Verbs
    ) -> Attribution | None:
        """The attribution right after a quotation.

        ``“...,” said Jane Roe, an analyst`` (verb first), ``“...,” the
        governor, Helena Varga, said`` (subject first, appositives allowed),
        or ``“...,” Jane Roe, who ...`` (a name after a comma, no verb).
        """
        after = text[end : end + 200]
        lead = len(after) - len(after.lstrip(_LEAD))
        clause = _CLAUSE_END.search(after, lead)
        clause_end = len(after) if clause is None else clause.start()
        # A comma inside the closing mark announces the attribution after
        # it, which most often is the paragraph's only look at its verbs.
        lo, hi = end + lead, end + clause_end
        comma = inner.rstrip("\"”’' ").endswith(",")
        verb = (
            verbs.first_in_clause(lo, hi)
            if comma
            else first_between(verbs.spans, lo, hi)
        )
        if verb is not None:
            v_start, v_end = verb[0] - end, verb[1] - end
            linked = False
            if not after[lead:v_start].strip():
                kind, who = speaker_after_verb(after[v_end:])
                linked = kind == "unnamed" and linked_verb(
                    after[:v_start], after[v_start:v_end]
                )
            else:
                phrase = after[lead:v_start]
                kind, who = subject(phrase) if len(phrase) <= 120 else ("unnamed", None)
            at = None if who is None else offset(text, end, end + clause_end, who)
            # From the first word of the attribution to the verb or the name,
            # whichever comes last: "said Jane Roe", "the ministry said".
            stop = end + v_end
            if at is not None and who is not None:
                stop = max(stop, at + len(who))
            return Attribution(kind, who, at, end + lead, stop, linked=linked)
        # No verb: a comma inside the closing mark of a whole sentence
        # announces an attribution, so a name right after it is the speaker
        # ("“...,” Jane Roe, who ..."); a short title is cited the same way
        # ("song: “Spring Street,” Dar Williams") and needs a verb.
        if (
            inner.rstrip("\"”’' ").endswith(",")
            and is_sentence(inner)
            and lead < len(after)
        ):
            head = after[lead:clause_end].split(",")[0]
            name = leading_name(head)
            if name is not None and " " in name and head.strip() == name:
                at = offset(text, end, end + clause_end, name)
                return Attribution("name", name, at, end + lead, end + lead + len(head))
        return None

    @staticmethod
    def label(text: str, start: int) -> Attribution | None:
        """A transcript's speaker label before the quotation at ``start``.

        ``Jane Roe: “…”`` (after an ellipsis or a dash, if the excerpt
        opens with one): a paragraph opened by a name and a colon alone.
        """
        head = text[:start]
        if len(head) > 80 or not head.rstrip().endswith(":"):
            return None
        words = head.lstrip(_LABEL_LEAD).rstrip()[:-1]
        name = leading_name(words)
        if name is None or not words.endswith(name.split()[-1]):
            return None
        at = offset(text, 0, start, name)
        return Attribution(
            "name", name, at, len(head) - len(head.lstrip(_LABEL_LEAD)), start
        )

    @staticmethod
    def main_clause(
        text: str, start: int, sentences: Sentences, found: Attribution
    ) -> Attribution:
        """``found`` (a linked verb after the quotation at ``start``), named.

        The speaker is the subject of the main clause of the sentence the
        quotation stands in; ``found`` is kept when it names nobody.
        """
        sentence_start = sentences.start_before(max(0, start - 400), start)
        kind, who = main_subject(text[sentence_start:start])
        if kind == "unnamed":
            return found
        at = None if who is None else offset(text, sentence_start, start, who)
        return found._replace(kind=kind, who=who, at=at)

    def before(
        self, text: str, start: int, spans: Spans, sentences: Sentences
    ) -> Attribution | None:
        """The attribution in the sentence before a quotation."""
        # Only the last 400 characters can hold the attribution; looking no
        # further back keeps a paragraph of thousands of quotations linear.
        lo = max(0, start - 400)
        according = sentences.according_in(lo, start)
        if not according and not any_between(spans, lo, start):
            return None  # no speech verb at all: nothing below can name anyone
        sentence_start = sentences.start_before(lo, start)
        according = according and sentences.according_in(sentence_start, start)
        if not according and not any_between(spans, sentence_start, start):
            return None  # the sentence itself has no verb to tie a speaker
        before = text[sentence_start:start]
        found = self._before(before, spans, sentence_start, according=according)
        direct = True
        if found is None:
            found = self._subject_of_last_verb(
                before, spans, sentence_start, sentences.subjects
            )
            direct = False  # a word or phrase quoted inside reported speech
            if found is None:
                return None
        kind, who, lo = found
        at = None if who is None else offset(text, sentence_start + lo, start, who)
        return Attribution(kind, who, at, sentence_start + lo, start, direct)

    @staticmethod
    def _before(
        before: str, spans: Spans, base: int, *, according: bool
    ) -> _Found | None:
        """The attribution that ends the sentence before a quotation.

        ``according to NAME, “…”``; ``“A,” said NAME, “B.”`` (a split
        quotation); ``NAME said: “…”``. ``base`` is where ``before`` starts
        in the paragraph, which the verb ``spans`` are offsets into.
        """
        match = _ACCORDING().search(before) if according else None
        if match is not None:
            kind, who = classify(match["who"], at_end=False)
            if kind != "unnamed":
                return kind, who, match.start()
        tail = before.rstrip()
        if tail.endswith((",", ":")):
            # “A,” said NAME, “B.”: the attribution of a split quotation.
            clause = after_last(_LAST_PUNCT(), tail[:-1])
            at = base + len(tail) - 1 - len(clause)
            verb = first_between(spans, at, at + len(clause))
            if verb is not None and not clause[: verb[0] - at].strip():
                kind, who = classify(clause[verb[1] - at :], at_end=False)
                if kind != "unnamed":
                    return kind, who, len(tail) - 1 - len(clause)
        # NAME said: “...” / Jane Roe, an analyst, wrote: “...”.
        bare = tail.rstrip(",:").rstrip()
        verb = last_between(spans, base + max(0, len(bare) - 40), base + len(bare))
        if verb is not None and verb[1] - base == len(bare):
            verb_at = verb[0] - base
            if linked_verb(bare[:verb_at], bare[verb_at:]):
                # "Roe thanked the crowd and said:", "…, saying “…”": the
                # subject of the sentence's main clause.
                kind, who = main_subject(bare[:verb_at])
                if kind != "unnamed":
                    at = 0 if who is None else max(0, bare.find(who))
                    return kind, who, at
            clause = after_last(LAST_CLAUSE_MARK(), bare[:verb_at])
            kind, who = subject(clause)
            if kind != "unnamed":
                return kind, who, verb_at - len(clause)
        return None

    @staticmethod
    def _subject_of_last_verb(
        before: str,
        spans: Spans,
        base: int,
        memo: dict[tuple[int, int], _Found | None],
    ) -> _Found | None:
        """The subject of the last speech verb in ``before``, if it names one.

        "X on Wednesday told Y that ... “in order to ...”" ties the fragment
        to X; an infinitive, "asked Jane Roe to say ...", to the person before
        "to"; "his claims that" to
        the person "his" stands for.
        """
        verb = last_between(spans, base, base + len(before))
        if verb is None:
            return None
        # The answer depends on the text up to the verb alone: the other
        # quotations of the sentence get it from the memo.
        key = (base, verb[0] - base)
        if key not in memo:
            memo[key] = subject_before(before[: verb[0] - base])
        return memo[key]


def offset(text: str, lo: int, hi: int, who: str) -> int | None:
    """Where ``who`` first stands in ``text[lo:hi]``, if it does."""
    at = text.find(who, lo, hi)
    return at if at >= 0 else None


def verb_near(verbs: list[int], start: int, end: int) -> bool:
    """Whether a verb starts in the 400 characters before or 200 after a span.

    ``verbs`` are the verbs' start offsets, in order.
    """
    i = bisect.bisect_left(verbs, start - 400)
    return i < len(verbs) and verbs[i] < end + 200


def verb_outside(spans: Spans, quoted: Spans) -> bool:
    """Whether a verb span lies outside every quotation in ``quoted``.

    Both lists are in order, and the quotations never overlap.
    """
    starts = [s for s, _ in quoted]
    for a, b in spans:
        i = bisect.bisect_right(starts, a) - 1
        if i < 0 or b > quoted[i][1]:
            return True
    return False


def first_between(spans: Spans, lo: int, hi: int) -> tuple[int, int] | None:
    """The first verb span that starts at or after ``lo``, if it ends by ``hi``."""
    i = bisect.bisect_left(spans, (lo, -1))
    return spans[i] if i < len(spans) and spans[i][1] <= hi else None


def last_between(spans: Spans, lo: int, hi: int) -> tuple[int, int] | None:
    """The last of the verb spans from ``lo`` on that end by ``hi``, if any.

    The spans never overlap (see :class:`~articlekit._words.PhraseFinder`),
    so their ends are in order too: two bisections find it.
    """
    i = bisect.bisect_left(spans, (lo, -1))
    j = bisect.bisect_left(spans, (hi, -1)) - 1  # the last to start before hi
    if j >= i and spans[j][1] > hi:
        j -= 1  # it runs past hi; the one before it ends before it starts
    return spans[j] if j >= i else None


def any_between(spans: Spans, lo: int, hi: int) -> bool:
    """Whether a verb span lies within ``[lo, hi)``."""
    return first_between(spans, lo, hi) is not None
