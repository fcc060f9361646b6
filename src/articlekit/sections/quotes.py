"""Quotes: direct quotations in the body paragraphs and who said them.

Recognises quotations in curly, straight, low-high, doubled (``‘‘…’’``) or
single curly marks, with the speaker after, before, or tied by a speech verb
earlier in the sentence, and dash-attributed epigraphs::

    “The regime seems incapable ...,” said Gregory Waters, an analyst ...
    “To safeguard the lives ...,” the Syrian Defense Ministry said.
    ... al-Jawlani on Wednesday told Crisis Group that ... “in order to ...”
    Do you realize if it weren't for Edison we'd be watching TV?  -Al Boliska

A quotation split by its attribution gives two quotes with one speaker; a
pronoun or a role (``he said``, ``the party leader said``) is resolved to the
person quoted or named just before; a paragraph that only continues a
quotation keeps its speaker. A quoted fragment with no speech verb is a scare
quote, a title or a name and is skipped; an unattributed quotation counts
when it is a whole sentence. This section claims nothing: it reads the
body's blocks, so quotations in captions, headlines and comments never count.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable
from typing import NamedTuple

import regex

from articlekit._names import (
    NOT_NAMES,
    clean_name,
    is_name_word,
    leading_name,
    trailing_name,
)
from articlekit._text import (
    LazyPattern,
    PhraseFinder,
    beside,
    builder,
    has_dash,
    sentences,
    span_of,
    strings,
    texts_of,
)
from articlekit.models import Block, Quote, Span
from articlekit.pipeline import section
from articlekit.state import ParseState

__all__ = ["ORGANISATION_NOUNS", "SPEECH_VERBS", "make_quotes_parser", "parse_quotes"]

#: Verbs that tie a quotation to its speaker (matched in lower case only).
SPEECH_VERBS: tuple[str, ...] = (
    "said", "says", "say", "saying", "told", "tells", "tell", "telling", "added",
    "adds", "add", "wrote", "writes", "write", "stated", "states", "explained",
    "explains", "noted", "notes", "argued", "argues", "asked", "asks", "replied",
    "replies", "answered", "continued", "continues", "insisted", "insists",
    "warned", "warns", "declared", "declares", "announced", "announces",
    "claimed", "claims", "recalled", "recalls", "remarked", "observed",
    "commented", "acknowledged", "admitted", "admits", "conceded", "suggested",
    "suggests", "tweeted", "posted", "testified", "concluded", "emphasized",
    "emphasised", "stressed", "stresses", "cautioned", "predicted", "urged",
    "urges", "quipped", "joked", "exclaimed", "shouted", "cried", "whispered",
    "yelled", "screamed", "boasted", "complained", "complains", "countered",
    "responded", "responds", "described", "describes", "called", "calls",
    "condemned", "promised", "vowed", "pledged", "confirmed", "confirms",
    "denied", "thinks", "believes", "believed", "reported", "reports", "put it",
    "puts it", "pointed out", "points out", "went on", "goes on",
    "according to", "announcing", "adding", "writing", "explaining", "warning",
)  # fmt: skip

#: Nouns that make "the media union" or "the ministry" an organisation that
#: speaks, rather than a role ("the official") that stands for a person.
ORGANISATION_NOUNS: frozenset[str] = frozenset(
    [
        "union",
        "unions",
        "ministry",
        "department",
        "government",
        "council",
        "police",
        "company",
        "agency",
        "committee",
        "party",
        "court",
        "commission",
        "board",
        "office",
        "army",
        "military",
        "authority",
        "authorities",
        "administration",
        "campaign",
        "group",
        "association",
        "federation",
        "institute",
        "foundation",
        "bank",
        "firm",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "service",
        "embassy",
        "regime",
        "team",
        "club",
        "league",
        "university",
        "school",
        "hospital",
        "network",
        "newspaper",
        "statement",
        "report",
    ]
)

# Quotes are built from values known valid: no validators to run.
_new_quote = builder(Quote)

# Pronouns (and possessives: "his claims that ...") that stand for a person.
_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "i", "we"})
_POSSESSIVES = frozenset({"his", "her", "their"})
_STANDS_FOR_SOMEONE = _PRONOUNS | _POSSESSIVES
# Pairs of double marks, doubled single marks, or an opening mark left open
# at the paragraph end (the quotation goes on in the next paragraph).
# (Patterns of plain characters, like this one, are the standard library's:
# its engine runs them about a third faster than the regex module's.)
_QUOTED = re.compile(
    r"‘‘[^’“”]*(?:’’|$)|“[^“”]*(?:”|$)|„[^“”„]*(?:“|”|$)|\"[^\"]*(?:\"|$)"
)
# Single curly marks at word edges; an apostrophe (don’t) has letters on
# both sides and never matches.
_SINGLE_OPEN = LazyPattern(r"(?<![\p{L}\p{N}’'])‘(?=\S)")
_SINGLE_CLOSE = LazyPattern(r"(?<=\S)’(?![\p{L}\p{N}])")
# Where a sentence ends inside a paragraph.
_SENTENCE_END = regex.compile(r"[.!?…][\"”’)]*\s+(?=[\p{Lu}\p{N}“\"‘(])")
# Time phrases and adverbs between a subject and its verb: "on Wednesday".
_TIME_NOUNS = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "week", "month", "year", "morning", "afternoon", "evening", "night", "day",
    "statement", "interview", "post", "speech", "tweet", "note", "letter", "report",
    "email", "call", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december",
)  # fmt: skip
_ADVERBS = (
    "also", "then", "later", "earlier", "recently", "previously", "once",
    "yesterday", "today", "again", "separately", "publicly", "privately", "bluntly",
    "simply", "often",
)  # fmt: skip
_ADVERBIAL = regex.compile(
    r"(?:\s+(?:on|in|at|last|this|earlier|later|late|early)\s+(?:\p{L}+\s+){0,2}?"
    rf"(?:{'|'.join(_TIME_NOUNS)})|\s+(?:{'|'.join(_ADVERBS)}|\p{{L}}+ly))\s*$",
    regex.IGNORECASE,
)
# The words an adverbial phrase can end with (besides any "-ly" word): a
# text whose last word is none of them needs no look with the pattern.
_ADVERBIAL_LAST = frozenset(_TIME_NOUNS + _ADVERBS)


def _drop_adverbial(text: str) -> str:
    """``text`` without the time phrase or adverb that ends it, if any."""
    words = text[-20:].rsplit(None, 1)
    last = words[-1].casefold() if words else ""
    # Casefolding may lengthen a word ("FRİDAY"): then the pattern decides.
    if (
        last in _ADVERBIAL_LAST
        or (last.endswith("ly") and last.isalpha())
        or not last.isascii()
    ):
        return _ADVERBIAL.sub("", text)
    return text


# Marks between a quotation and the clause that attributes it.
_LEAD = " \t,;:—–-"
_CLAUSE_END = re.compile(r'[.;:!?“”"()]')
# Searched from the right: only the text after the last mark matters, and a
# split of the whole window would cost its length for every quotation.
_LAST_PUNCT = LazyPattern(r"[,.;:!?“”\"()]", regex.REVERSE)
_LAST_CLAUSE_MARK = LazyPattern(r"[.;:!?“”\"()]", regex.REVERSE)


class _Sentences:
    """Where the sentences of one paragraph end, found once for all its quotations.

    Also remembers the subject found before each speech verb, which every
    quotation in the rest of that sentence asks for again.
    """

    __slots__ = ("_according", "_ends", "_starts", "subjects", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] | None = None
        self._ends: list[int] = []
        self.subjects: dict[tuple[int, int], tuple[str, str | None, int] | None] = {}
        self._according = _ACCORDING_WORD.search(text) is not None

    def according_in(self, lo: int, hi: int) -> bool:
        """Whether "according" (any case) stands in ``text[lo:hi]``."""
        return self._according and _ACCORDING_WORD.search(self.text, lo, hi) is not None

    def start_before(self, lo: int, start: int) -> int:
        """Where the sentence holding ``start`` begins, looking back to ``lo``.

        The same as the end of the last :data:`_SENTENCE_END` match that a
        search of ``text[lo:start]`` finds, or ``lo`` when there is none.
        """
        if self._starts is None:
            found = [m.span() for m in _SENTENCE_END.finditer(self.text)]
            self._starts = [a for a, _ in found]
            self._ends = [b for _, b in found]
        # A match ending at ``start`` needs the character after it, which a
        # search that stops at ``start`` cannot see.
        i = bisect.bisect_left(self._ends, start) - 1
        if i >= 0 and self._starts[i] >= lo:
            return self._ends[i]
        return lo


def _after_last(mark: regex.Pattern[str], text: str) -> str:
    """The text after the last match of ``mark`` (all of it if none)."""
    found = mark.search(text)
    return text if found is None else text[found.end() :]


# Words after a verb that end the speaker's name ("said Roe in a statement").
_NAME_STOPS = frozenset(
    [
        "who",
        "which",
        "that",
        "in",
        "on",
        "at",
        "to",
        "of",
        "about",
        "after",
        "as",
        "when",
        "during",
        "from",
        "told",
        "before",
        "while",
        "and",
    ]
)
_STOP_CHARS = ',.;:!?(“"'
# The word alone, with the same case folding: a cheap test before the pattern.
_ACCORDING_WORD = regex.compile("according", regex.IGNORECASE)
_ACCORDING = LazyPattern(
    r"according\s+to\s+(?P<who>[^,.;:“”\"]{1,80}?)\s*,?\s*$", regex.IGNORECASE
)
# An epigraph: a short saying, then a dash and the name ("... candlelight?
# -Al Boliska", "... — Jane Roe, The Book").
_EPIGRAPH = LazyPattern(
    r"(?P<saying>\S.{8,400}?[.!?…\"”])\s+[-–—―]{1,2}\s*"
    r"(?P<who>\p{Lu}[^,\n]{0,60}?)(?:,\s*[^\n]{1,100})?\s*$"
)
_DASH_LINE = LazyPattern(
    r"^[-–—―]{1,2}\s*(?P<who>\p{Lu}[^,\n]{0,60}?)(?:,\s*.{1,100})?$"
)
# Nouns that mark a paragraph as introducing what follows ("the full
# statement put out by ..."), for quotations that name nobody.
_INTRODUCING = frozenset(
    [
        "statement",
        "statements",
        "remarks",
        "comments",
        "speech",
        "interview",
        "letter",
        "message",
        "tweet",
        "post",
        "said",
        "says",
        "told",
        "wrote",
        "writes",
        "added",
    ]
)


class _Attribution(NamedTuple):
    """Who an attribution names, and where."""

    kind: str  # "name", "pronoun", "role" or "unnamed"
    who: str | None
    at: int | None  # offset of the name in the paragraph
    start: int  # the attribution's extent in the paragraph
    end: int
    direct: bool = True  # the quotation is what the verb says, not a word in it


def _is_sentence(inner: str) -> bool:
    """A whole sentence (or more): capitalised, several words, closed by a stop."""
    if not inner[:1].isupper() or len(inner.split()) < 4:
        return False
    return inner.rstrip("\"”’' ")[-1:] in ".?!…,;:—–-"


def _is_title(inner: str) -> bool:
    """Capitalised words only ("This Week", "Gone With The Wind"): a title.

    Punctuation at the end ("Never," "Stop!") makes it an utterance instead.
    """
    if inner.rstrip("\"”’' ")[-1:] in ",.!?…;:":
        return False
    words = inner.split()
    return 0 < len(words) <= 6 and all(w[:1].isupper() or w in _GLUE for w in words)


_GLUE = frozenset({"of", "the", "a", "an", "and", "in", "on", "for", "to", "with"})


def _classify(phrase: str, *, at_end: bool) -> tuple[str, str | None]:
    """Say who an attribution phrase names.

    Args:
        phrase: The words before the verb ("the governor", "Acme Bank
            economist Jane Roe") or after it ("economist Jane Roe").
        at_end: Whether the name sits at the end of the phrase, next to a
            verb that follows it, rather than at its start.

    Returns:
        ``(kind, value)``: ``("name", NAME)``, ``("pronoun", word)``,
        ``("role", None)`` for a person described but not named ("the
        Liberal leader"), or ``("unnamed", None)``.
    """
    words = phrase.strip(" ,;:—–-").split()
    while words and _ADVERBIAL.search(" " + words[-1]):
        words = words[:-1]  # "The media union later stated"
    if not words:
        return "unnamed", None
    if len(words) == 1 and words[0].casefold() in _PRONOUNS:
        return "pronoun", words[0].casefold()
    if words[0] in ("the", "The"):
        rest = [w.strip(",.;:") for w in words[1:]]
        if rest and all(is_name_word(w) for w in rest):
            return "name", " ".join(rest)  # "the Syrian Defense Ministry"
        if rest and rest[-1].casefold() in ORGANISATION_NOUNS and len(rest) <= 4:
            return "name", " ".join(rest)  # "the media union"
        name = trailing_name(" ".join(rest)) if at_end else None
        if name is not None:
            return "name", name
        if rest and len(rest) <= 4 and not any(w.casefold() in _GLUE for w in rest):
            return "role", None  # "the Liberal leader", "the 69-year-old"
        return "unnamed", None
    if at_end:
        name = trailing_name(" ".join(words))
    else:
        # Lower-case role words may come first: "said mechanical engineer and
        # team member Taryn Bailey".
        skip = 0
        while skip < min(len(words), 8) and not is_name_word(words[skip]):
            skip += 1
        name = leading_name(" ".join(words[skip:]))
    return ("name", name) if name is not None else ("unnamed", None)


def _subject(phrase: str) -> tuple[str, str | None]:
    """Classify the subject before a verb, appositives and all.

    The part next to the verb names the speaker ("the governor, Helena
    Varga, said"; "After the loss to Ohio State, Beilein said") unless it is
    an appositive that opens in lower case ("Jane Roe, an analyst at Acme,
    said"); then an earlier part does.
    """
    parts = [p for p in phrase.split(",") if p.strip()]
    best: tuple[str, str | None] = ("unnamed", None)
    for part in reversed(parts):
        kind, who = _classify(part, at_end=True)
        opens_lower = part.strip()[:1].islower()
        if kind == "name" and not opens_lower:
            return kind, who
        if kind != "unnamed" and best[0] == "unnamed":
            best = (kind, who)
    return best


def _offset(text: str, lo: int, hi: int, who: str) -> int | None:
    at = text.find(who, lo, hi)
    return at if at >= 0 else None


class _Reader:
    """The attribution rules, bound to one list of speech verbs."""

    __slots__ = ("find_verbs",)

    def __init__(self, verbs: Iterable[str]) -> None:
        self.find_verbs = PhraseFinder(verbs, lower=True)

    @staticmethod
    def verb_in_reach(
        text: str, start: int, end: int, spans: _Spans, sentences: _Sentences
    ) -> bool:
        """Whether a speech verb lies where :meth:`after` or :meth:`before` look.

        That is the sentence before the quotation (within 400 characters)
        or the clause after it. Without one, neither can find a speaker
        (save by "according to", or a name after a closing comma, which the
        caller tests apart), so a fragment there is passed over cheaply.
        """
        lo = sentences.start_before(max(0, start - 400), start)
        if _any_between(spans, lo, start):
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
        self, text: str, end: int, inner: str, spans: _Spans
    ) -> _Attribution | None:
        """The attribution right after a quotation.

        ``“...,” said Jane Roe, an analyst`` (verb first), ``“...,” the
        governor, Helena Varga, said`` (subject first, appositives allowed),
        or ``“...,” Jane Roe, who ...`` (a name after a comma, no verb).
        """
        after = text[end : end + 200]
        lead = len(after) - len(after.lstrip(_LEAD))
        clause = _CLAUSE_END.search(after, lead)
        clause_end = len(after) if clause is None else clause.start()
        verb = _first_between(spans, end + lead, end + clause_end)
        if verb is not None:
            v_start, v_end = verb[0] - end, verb[1] - end
            if not after[lead:v_start].strip():
                phrase = _name_after_verb(after[v_end:])
                kind, who = (
                    _classify(phrase, at_end=False)
                    if len(phrase) <= 100
                    else ("unnamed", None)
                )
            else:
                phrase = after[lead:v_start]
                kind, who = (
                    _subject(phrase) if len(phrase) <= 120 else ("unnamed", None)
                )
            at = None if who is None else _offset(text, end, end + clause_end, who)
            # From the first word of the attribution to the verb or the name,
            # whichever comes last: "said Jane Roe", "the ministry said".
            stop = end + v_end
            if at is not None and who is not None:
                stop = max(stop, at + len(who))
            return _Attribution(kind, who, at, end + lead, stop)
        # No verb: a comma inside the closing mark of a whole sentence
        # announces an attribution, so a name right after it is the speaker
        # ("“...,” Jane Roe, who ..."); a short title is cited the same way
        # ("song: “Spring Street,” Dar Williams") and needs a verb.
        if (
            inner.rstrip("\"”’' ").endswith(",")
            and _is_sentence(inner)
            and lead < len(after)
        ):
            head = after[lead:clause_end].split(",")[0]
            name = leading_name(head)
            if name is not None and " " in name and head.strip() == name:
                at = _offset(text, end, end + clause_end, name)
                return _Attribution(
                    "name", name, at, end + lead, end + lead + len(head)
                )
        return None

    def before(
        self, text: str, start: int, spans: _Spans, sentences: _Sentences
    ) -> _Attribution | None:
        """The attribution in the sentence before a quotation."""
        # Only the last 400 characters can hold the attribution; looking no
        # further back keeps a paragraph of thousands of quotations linear.
        lo = max(0, start - 400)
        according = sentences.according_in(lo, start)
        if not according and not _any_between(spans, lo, start):
            return None  # no speech verb at all: nothing below can name anyone
        sentence_start = sentences.start_before(lo, start)
        according = according and sentences.according_in(sentence_start, start)
        if not according and not _any_between(spans, sentence_start, start):
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
        at = None if who is None else _offset(text, sentence_start + lo, start, who)
        return _Attribution(kind, who, at, sentence_start + lo, start, direct)

    def _before(
        self, before: str, spans: _Spans, base: int, *, according: bool
    ) -> tuple[str, str | None, int] | None:
        match = _ACCORDING().search(before) if according else None
        if match is not None:
            kind, who = _classify(match["who"], at_end=False)
            if kind != "unnamed":
                return kind, who, match.start()
        tail = before.rstrip()
        if tail.endswith((",", ":")):
            # “A,” said NAME, “B.”: the attribution of a split quotation.
            clause = _after_last(_LAST_PUNCT(), tail[:-1])
            at = base + len(tail) - 1 - len(clause)
            verb = _first_between(spans, at, at + len(clause))
            if verb is not None and not clause[: verb[0] - at].strip():
                kind, who = _classify(clause[verb[1] - at :], at_end=False)
                if kind != "unnamed":
                    return kind, who, len(tail) - 1 - len(clause)
        # NAME said: “...” / Jane Roe, an analyst, wrote: “...”.
        bare = tail.rstrip(",:").rstrip()
        verb = _last_between(spans, base + max(0, len(bare) - 40), base + len(bare))
        if verb is not None and verb[1] - base == len(bare):
            verb_at = verb[0] - base
            clause = _after_last(_LAST_CLAUSE_MARK(), bare[:verb_at])
            kind, who = _subject(clause)
            if kind != "unnamed":
                return kind, who, verb_at - len(clause)
        return None

    def _subject_of_last_verb(
        self,
        before: str,
        spans: _Spans,
        base: int,
        memo: dict[tuple[int, int], tuple[str, str | None, int] | None],
    ) -> tuple[str, str | None, int] | None:
        """The subject of the last speech verb in ``before``, if it names one.

        "X on Wednesday told Y that ... “in order to ...”" ties the fragment
        to X; "got Wesley to say it was ..." to Wesley; "his claims that" to
        the person "his" stands for.
        """
        verb = _last_between(spans, base, base + len(before))
        if verb is None:
            return None
        # The answer depends on the text up to the verb alone: the other
        # quotations of the sentence get it from the memo.
        key = (base, verb[0] - base)
        if key not in memo:
            memo[key] = self._subject_before(before[: verb[0] - base])
        return memo[key]

    @staticmethod
    def _subject_before(head: str) -> tuple[str, str | None, int] | None:
        """The person the words before a speech verb name, if any."""
        head = head.rstrip()
        # Only the tail matters; trimming first keeps the end-anchored
        # pattern cheap on a long sentence.
        head = head[:-120] + _drop_adverbial(head[-120:])
        if head.endswith(" to"):
            head = head[:-3]  # "got Wesley to say": the subject of "to say"
        if head.endswith(","):
            # An appositive between name and verb: "Jane Roe, an analyst, said".
            inner = head[:-1]
            cut = inner.find(",")
            head = inner[:cut] if cut >= 0 else inner
        words = head.rsplit(None, 1)[-1:]
        if words and words[-1].casefold() in _STANDS_FOR_SOMEONE:
            return "pronoun", words[-1].casefold(), len(head) - len(words[-1])
        name = trailing_name(head)
        if name is not None:
            return "name", name, max(0, head.rfind(name.split()[0]))
        # "The 69-year-old called for ...": a role that stands for a person.
        segment = _after_last(_LAST_CLAUSE_MARK(), head).rpartition(",")[2]
        kind, _ = _classify(segment, at_end=True)
        if kind == "role":
            return "role", None, len(head) - len(segment)
        return None


_Spans = list[tuple[int, int]]


def _verb_outside(spans: _Spans, quoted: _Spans) -> bool:
    """Whether a verb span lies outside every quotation in ``quoted``.

    Both lists are in order, and the quotations never overlap.
    """
    starts = [s for s, _ in quoted]
    for a, b in spans:
        i = bisect.bisect_right(starts, a) - 1
        if i < 0 or b > quoted[i][1]:
            return True
    return False


def _first_between(spans: _Spans, lo: int, hi: int) -> tuple[int, int] | None:
    """The first verb span that starts at or after ``lo``, if it ends by ``hi``."""
    i = bisect.bisect_left(spans, (lo, -1))
    return spans[i] if i < len(spans) and spans[i][1] <= hi else None


def _last_between(spans: _Spans, lo: int, hi: int) -> tuple[int, int] | None:
    """The last of the verb spans from ``lo`` on that end by ``hi``, if any.

    The spans never overlap (see :class:`~articlekit._text.PhraseFinder`),
    so their ends are in order too: two bisections find it.
    """
    i = bisect.bisect_left(spans, (lo, -1))
    j = bisect.bisect_left(spans, (hi, -1)) - 1  # the last to start before hi
    if j >= i and spans[j][1] > hi:
        j -= 1  # it runs past hi; the one before it ends before it starts
    return spans[j] if j >= i else None


def _any_between(spans: _Spans, lo: int, hi: int) -> bool:
    """Whether a verb span lies within ``[lo, hi)``."""
    return _first_between(spans, lo, hi) is not None


def _name_after_verb(rest: str) -> str:
    """The words after a verb up to where the speaker's name must end."""
    cut = len(rest)
    for i, ch in enumerate(rest):
        if ch in _STOP_CHARS:
            cut = i
            break
    words = rest[:cut].split()
    named = False
    for i, word in enumerate(words):
        # A stop word ends the name only once the name has begun: "said
        # engineer and team member Taryn Bailey" keeps its "and".
        if named and word.casefold() in _NAME_STOPS:
            words = words[:i]
            break
        named = named or (word[:1].isupper() and word.casefold() not in NOT_NAMES)
    return " ".join(words)


def _quotations(text: str) -> tuple[list[tuple[int, int, bool]], _Spans]:
    """Every quotation in a paragraph: ``(start, end, closed)``, in order.

    Also returns the extents of the quotations in double (or doubled) marks
    alone, which :func:`_verb_outside` reads.
    """
    double = [m.span() for m in _QUOTED.finditer(text)]
    found = [(s, e, e - s > 1 and text[e - 1] in '”"“’') for s, e in double]
    if "‘" in text:
        found.extend(_single_quotations(text, found))
        found.sort()
    return found, double


def _single_quotations(
    text: str, double: list[tuple[int, int, bool]]
) -> list[tuple[int, int, bool]]:
    """Quotations in single curly marks that lie outside the double ones.

    An opening mark pairs with the first closing mark after it; the next
    opening is looked for after that closing. The marks are found by two
    scans of the text, then paired by a walk over their offsets (a search
    per mark would cost a pattern call for each of thousands).
    """
    opens = [m.start() for m in _SINGLE_OPEN().finditer(text)]
    if not opens:
        return []
    closes = [m.start() for m in _SINGLE_CLOSE().finditer(text)]
    starts = [s for s, _, _ in double]  # in order, and never overlapping
    ends = [e for _, e, _ in double]
    found = []
    i = j = 0
    while i < len(opens):
        opening = opens[i]
        # The closing mark must start after the opening one ends.
        j = bisect.bisect_right(closes, opening, j)
        if j == len(closes):
            break
        closing = closes[j] + 1
        k = bisect.bisect_right(starts, opening) - 1
        if k < 0 or opening >= ends[k]:
            found.append((opening, closing, True))
        i = bisect.bisect_left(opens, closing, i + 1)
    return found


def _leading_subject(sentence: str) -> str | None:
    """The name that opens a sentence ("Senator Anning was in Cronulla")."""
    name = leading_name(sentence)
    return name if name is not None and name.casefold() not in NOT_NAMES else None


def _recent_person(body: list[Block], number: int, before: str) -> str | None:
    """The person a pronoun or role stands for.

    The subject of a sentence before it (in its paragraph, then above), else
    the last name mentioned.
    """
    # The last 300 characters before it, then the ends of the two paragraphs
    # above: an antecedent is near, and bounded, cached looks keep a
    # paragraph of many pronouns in a row linear.
    texts = [
        before[-300:],
        *(b.text[-1000:] for b in reversed(body[max(0, number - 2) : number])),
    ]
    for text in texts:
        name = _sentence_subject(text)
        if name is not None:
            return name
    for text in texts:
        name = _person_in(text)
        if name is not None:
            return name
    return None


@functools.lru_cache(maxsize=256)
def _sentence_subject(text: str) -> str | None:
    """The subject of the last sentence of ``text`` that opens with a name."""
    for sentence in reversed(sentences(_QUOTED.sub(" ", text))):
        name = _leading_subject(sentence)
        if name is not None:
            return name
    return None


@functools.lru_cache(maxsize=256)
def _person_in(text: str) -> str | None:
    """The last name mentioned in ``text``, quotations left out."""
    return _last_person(_QUOTED.sub(" ", text))


def _last_person(text: str) -> str | None:
    """The last run of two or more capitalised name words in ``text``."""
    best: str | None = None
    run: list[str] = []
    for word in [*text.split(), "."]:
        clean = word.strip("\"'“”‘’()[],;:.!?")
        if clean and is_name_word(clean) and clean.casefold() not in NOT_NAMES:
            run.append(clean)
            if clean == word.strip("\"'“”‘’()[]"):
                continue
        if len(run) >= 2:
            name = clean_name(run)
            if name is not None:
                best = name
        run = []
    return best


def _span(block: Block, start: int, end: int) -> Span:
    # Offsets inside a block are valid by construction: built without the
    # attrs validators, as the splitter builds block spans.
    base = block.span.start
    return span_of(base + start, base + min(end, len(block.text)))


def make_quotes_parser(
    *,
    verbs: Iterable[str] = SPEECH_VERBS,
    min_words: int = 1,
    min_fragment_words: int = 2,
) -> Callable[[ParseState], bool]:
    """Build a quotes section parser.

    Args:
        verbs: Speech verbs that tie a quotation to a speaker.
        min_words: Fewest words in a quotation.
        min_fragment_words: Fewest words in a fragment (a quotation that is
            not a whole sentence) tied to its speaker by a verb; a single
            quoted word is more often a scare quote ("a “close-knit” group").

    Returns:
        A section parser that reads the body blocks and adds ``quotes``.
    """
    reader = _Reader(strings("verbs", verbs))

    @section(reads=("body", "footer"))
    def parse_quotes(state: ParseState) -> bool:
        """Find the quotations of every body paragraph, in reading order."""
        body = [state.block(i) for i in state.landmarks.body]
        # No quotation mark and no dash (which an epigraph's signature
        # needs) anywhere in the body: nothing to read. Substring tests are
        # several times quicker than a pattern's scan, and than a look at
        # each paragraph.
        whole = "\n".join(texts_of(body))
        if not (_has_mark(whole) or has_dash(whole)):
            return False
        # Whether any paragraph may be a dash-signed epigraph: most bodies
        # have no dash after a space and no paragraph opening with one.
        signed = _may_be_signed(whole)
        cut_off = state.comments is None and state.landmarks.looked_for("footer")
        found = False
        last_speaker: str | None = None
        carried: str | None = None  # speaker of a quotation left open
        for number, block in enumerate(body):
            text = block.text
            open_speaker, carried = carried, None
            quotations, quoted = _quotations(text) if _has_mark(text) else ([], [])
            if not quotations:
                epigraph = _epigraph(body, number) if signed else None
                if epigraph is not None:
                    state.add_quote(_epigraph_quote(block, number, *epigraph))
                    found, last_speaker = True, epigraph[2]
                continue
            speaker_here: str | None = None  # of the last quote in this paragraph
            verb_outside: bool | None = None
            # Where the paragraph's speech verbs are, found once: a closed
            # fragment with no verb near it is a scare quote, and is passed
            # over without looking for an attribution (paragraphs of
            # thousands of marks stay cheap).
            spans = reader.find_verbs(text)
            verbs = [v for v, _ in spans]
            sentences = _Sentences(text)
            # Prose quotes a few fragments a paragraph; reading each for a
            # speaker costs more than the text it spans, so a paragraph
            # dense with quotation marks has the rest passed over.
            budget = _FRAGMENTS_BASE + len(text) // _FRAGMENT_CHARS
            passed = 0
            for start, end, closed in quotations:
                if closed and end - start == 2 and min_words >= 1:
                    continue  # “”: two marks and no words
                raw = text[start:end]
                skip = 2 if raw.startswith("‘‘") else 1
                inner = (raw[skip:-skip] if closed else raw[skip:]).strip()
                # (inner is stripped: it has no words exactly when it is empty)
                if (not inner and min_words >= 1) or (
                    min_words > 1 and len(inner.split()) < min_words
                ):
                    continue
                if (
                    closed
                    and not _is_sentence(inner)
                    and not inner.rstrip("\"”’' ").endswith(",")
                ):
                    # A fragment: a scare quote unless a verb ties it to a
                    # speaker ("according to" counts as one).
                    according = sentences.according_in(max(0, start - 400), start)
                    if not according and not _verb_near(verbs, start, end):
                        continue
                    if budget == 0:
                        passed += 1
                        continue
                    budget -= 1
                    if not according and not reader.verb_in_reach(
                        text, start, end, spans, sentences
                    ):
                        continue
                if not closed and cut_off and number == len(body) - 1:
                    # A quotation still open where a cut-off dump ends is
                    # incomplete; its text stays in the body.
                    state.report("quote.truncated", span=_span(block, start, end))
                    continue
                attribution = reader.after(text, end, inner, spans) or reader.before(
                    text, start, spans, sentences
                )
                kind = attribution.kind if attribution else None
                who = attribution.who if attribution else None
                at = attribution.at if attribution else None
                if kind in ("pronoun", "role"):
                    who = (
                        speaker_here
                        or last_speaker
                        or _recent_person(
                            body, number, text[max(0, start - 1000) : start]
                        )
                    )
                    at = None
                if (
                    kind == "name"
                    and who is not None
                    and _is_title(inner)
                    and not _is_sentence(inner)
                ):
                    continue  # "ABC's “This Week” program": a title
                sentence = _is_sentence(inner)
                if (
                    kind is None
                    and closed
                    and (not sentence or _used_as_noun(text, start))
                ):
                    continue  # a scare quote, a title, a name or a slogan
                if (
                    attribution is not None
                    and closed
                    and not sentence
                    and not attribution.direct
                    and (len(inner.split()) < min_fragment_words or _is_title(inner))
                ):
                    continue  # a scare quote inside reported speech
                if kind is None:
                    if verb_outside is None:
                        # Once per paragraph, however many quotations it holds.
                        verb_outside = _verb_outside(spans, quoted)
                    who = _continued_speaker(
                        verb_outside,
                        body,
                        number,
                        text,
                        start,
                        speaker_here,
                        open_speaker,
                        last_speaker,
                    )
                    if who is None:
                        state.report(
                            "quote.unattributed", span=_span(block, start, end)
                        )
                if not closed:
                    carried = who
                    state.report("quote.unclosed", span=_span(block, start, end))
                state.add_quote(
                    # Every field is known valid here: no validators to run.
                    _new_quote(
                        text=raw,
                        speaker=who,
                        paragraph=number,
                        span=_span(block, start, end),
                        speaker_span=(
                            None
                            if at is None or who is None
                            else _span(block, at, at + len(who))
                        ),
                        attribution_span=(
                            None
                            if attribution is None
                            else _span(block, attribution.start, attribution.end)
                        ),
                    )
                )
                found = True
                if who is not None:
                    last_speaker = speaker_here = who
            if passed:
                state.report(
                    "quote.dense",
                    f"{passed} quoted fragment{'s' if passed > 1 else ''} near a "
                    f"speech verb {'were' if passed > 1 else 'was'} passed over",
                    span=block.span,
                )
        return found

    return parse_quotes


# Words before a quotation that make it a name or a slogan used as a noun
# ("the “Lance is an idiot-genius!” meme", "a “family together” project").
_DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
    ]
)


def _used_as_noun(text: str, start: int) -> bool:
    """Whether a determiner stands right before the quotation."""
    words = text[max(0, start - 12) : start].split()
    return bool(words) and words[-1].casefold() in _DETERMINERS


def _verb_near(verbs: list[int], start: int, end: int) -> bool:
    """Whether a verb starts in the 400 characters before or 200 after a span."""
    i = bisect.bisect_left(verbs, start - 400)
    return i < len(verbs) and verbs[i] < end + 200


#: Closed fragments a paragraph may have read for a speaker: this many, and
#: one more per so many characters. Real prose stays far below (no corpus
#: paragraph has more than two); the cap keeps a paragraph of thousands of
#: quotation marks as cheap as plain text of its size.
_FRAGMENTS_BASE = 4
_FRAGMENT_CHARS = 250


def _has_mark(text: str) -> bool:
    return '"' in text or "“" in text or "„" in text or "‘" in text


def _continued_speaker(
    verb_outside: bool,
    body: list[Block],
    number: int,
    text: str,
    start: int,
    speaker_here: str | None,
    open_speaker: str | None,
    last_speaker: str | None,
) -> str | None:
    """The speaker of a whole-sentence quotation that names nobody.

    It continues the quotation before it: in its paragraph, an open one from
    the paragraph above, or (in a paragraph with no speech verb of its own,
    "Opening statement: “...”") the last speaker quoted. A first quotation
    under a paragraph that introduces a statement is that person's.
    """
    if speaker_here is not None or open_speaker is not None:
        return speaker_here or open_speaker
    if verb_outside:
        return None
    if last_speaker is not None:
        return last_speaker
    if number == 0:
        return None
    return _introduced_by(body[number - 1].text[-1000:])


@functools.lru_cache(maxsize=256)
def _introduced_by(previous: str) -> str | None:
    """The person a paragraph introduces ("the statement put out by NAME:")."""
    words = {w.strip(".,:;").casefold() for w in previous.split()}
    if words.isdisjoint(_INTRODUCING) and not previous.endswith(":"):
        return None
    return _person_in(previous)


def _epigraph_quote(
    block: Block, number: int, start: int, end: int, who: str, at: int | None
) -> Quote:
    return _new_quote(
        text=block.text[start:end],
        speaker=who,
        paragraph=number,
        span=_span(block, start, end),
        speaker_span=None if at is None else _span(block, at, at + len(who)),
        attribution_span=None,
    )


_DASHES = "-–—―"


def _may_be_signed(whole: str) -> bool:
    """Whether :func:`_epigraph` may find a saying in these paragraphs.

    ``whole`` is the paragraphs joined by line breaks. A saying is signed
    with a dash after a space on its line, or on the next line, which
    opens with a dash (after a line break in ``whole``).
    """
    return any(beside(whole, dash, before=" \n") for dash in _DASHES)


def _epigraph(
    body: list[Block], number: int
) -> tuple[int, int, str, int | None] | None:
    """A saying attributed with a dash, on its line or on the next one.

    Returns:
        The saying's start and end in the paragraph, the name, and the
        name's offset (``None`` when it stands on the next line).
    """
    text = body[number].text
    if len(text) > 500:
        return None
    signed = " -" in text or " –" in text or " —" in text or " ―" in text
    match = _EPIGRAPH().match(text) if signed else None
    if match is not None:
        name = leading_name(match["who"])
        if name is not None and match["who"].strip() == name:
            return match.start("saying"), match.end("saying"), name, match.start("who")
    if (
        number + 1 < len(body)
        and text[-1:] in '.!?…"”'
        and body[number + 1].text[:1] in _DASHES
    ):
        line = _DASH_LINE().match(body[number + 1].text)
        if line is not None:
            name = leading_name(line["who"])
            if name is not None and line["who"].strip() == name:
                return 0, len(text), name, None
    return None


parse_quotes = make_quotes_parser()
"""The default quotes section parser."""
