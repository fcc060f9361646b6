"""Quotes: direct quotations in the body paragraphs and who said them.

Recognises quotations in curly or straight double marks with the speaker
after, before, or tied by a speech verb earlier in the sentence::

    “The regime seems incapable ...,” said Gregory Waters, an analyst ...
    “To safeguard the lives ...,” the Syrian Defense Ministry said.
    ... al-Jawlani on Wednesday told Crisis Group that ... “in order to ...”

A quotation split by its attribution gives two quotes with one speaker; a
pronoun speaker (``he said``) is resolved to the person quoted or named just
before. A quoted fragment with no speech verb is a scare quote or a name and is
skipped; an unattributed quotation counts when it is a whole sentence.
This section claims nothing: it reads the body's blocks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import regex

from articlekit._names import (
    NOT_NAMES,
    clean_name,
    is_name_word,
    leading_name,
    trailing_name,
)
from articlekit._text import PhraseFinder, strings
from articlekit.models import Block, Quote, Span
from articlekit.state import ParseState

__all__ = ["SPEECH_VERBS", "make_quotes_parser", "parse_quotes"]

#: Verbs that tie a quotation to its speaker.
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
    "boasted", "complained", "complains", "countered", "responded", "responds",
    "described", "describes", "called", "calls", "condemned", "promised",
    "vowed", "pledged", "confirmed", "confirms", "denied", "insisted", "thinks",
    "believes", "believed", "reported", "reports", "put it", "puts it",
    "pointed out", "points out", "went on", "goes on", "according to",
)  # fmt: skip

_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "i", "we"})
# A pair of double marks, or an opening mark left open at the paragraph end.
_QUOTED = regex.compile(r"“[^“”]*(?:”|$)|„[^“”„]*(?:“|”|$)|\"[^\"]*(?:\"|$)")
# Where a sentence ends inside a paragraph.
_SENTENCE_END = regex.compile(r"[.!?…][\"”’)]*\s+(?=[\p{Lu}\p{N}“\"‘(])")
# Time and place phrases between a subject and its verb: "on Wednesday".
_ADVERBIAL = regex.compile(
    r"(?:\s+(?:on|in|at|last|this|earlier|later|late|early)\s+(?:\p{L}+\s+){0,2}?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|"
    r"morning|afternoon|evening|night|day|statement|interview|post|speech|"
    r"tweet|note|letter|report|email|call|january|february|march|april|may|june|"
    r"july|august|september|october|november|december)|\s+(?:also|then|later|"
    r"earlier|recently|previously|once|yesterday|today|again|separately|publicly|"
    r"privately|bluntly|simply|often))\s*$",
    regex.IGNORECASE,
)
_PUNCT_SPLIT = regex.compile(r"[,.;:!?“”\"()]")


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
_ACCORDING = regex.compile(
    r"according\s+to\s+(?P<who>[^,.;:“”\"]{1,80}?)\s*,?\s*$", regex.IGNORECASE
)


def _after(
    text: str, end: int, find_verbs: PhraseFinder
) -> tuple[str, int | None] | None:
    """The speaker named right after a quotation, with its offset.

    ``“...,” said Jane Roe, an analyst`` (verb first) or ``“...,” the
    governor, Helena Varga, said`` (subject first, appositives allowed).
    """
    after = text[end : end + 160]
    lead = len(after) - len(after.lstrip(" \t,;:—–-"))
    clause_end = len(after)
    for i in range(lead, len(after)):
        if after[i] in '.;:!?“”"()':
            clause_end = i
            break
    verbs = find_verbs(after, lead, clause_end)
    if not verbs:
        return None
    v_start, v_end = verbs[0]
    if not after[lead:v_start].strip():
        # Verb first: the name runs to a stop character or a stop word.
        rest = after[v_end:]
        cut = len(rest)
        for i, ch in enumerate(rest):
            if ch in _STOP_CHARS:
                cut = i
                break
        words = rest[:cut].split()
        for i, word in enumerate(words):
            if i and word.casefold() in _NAME_STOPS:
                words = words[:i]
                break
        phrase = " ".join(words)
        who = _first_speaker(phrase, at_end=False) if len(phrase) <= 80 else None
    else:
        phrase = after[lead:v_start]
        who = _first_speaker(phrase, at_end=True) if len(phrase) <= 120 else None
    if who is None:
        return None
    if who in _PRONOUNS:
        return who, None
    return who, _offset(text, end, end + len(after), who)


def _before(before: str, find_verbs: PhraseFinder) -> str | None:
    """The speaker named in the sentence before a quotation, or None."""
    match = _ACCORDING.search(before)
    if match is not None:
        who = _speaker(match["who"], at_end=False)
        if who is not None:
            return who
    tail = before.rstrip()
    if tail.endswith((",", ":")):
        # “A,” said NAME, “B.”: the attribution of a split quotation.
        clause = _PUNCT_SPLIT.split(tail[:-1])[-1]
        verbs = find_verbs(clause)
        if verbs and clause[: verbs[0][0]].strip() == "":
            who = _speaker(clause[verbs[0][1] :], at_end=False)
            if who is not None:
                return who
    # NAME said: “...” / NAME wrote, “...”: the verb ends the text before.
    bare = tail.rstrip(",:").rstrip()
    verbs = find_verbs(bare, max(0, len(bare) - 40))
    if verbs and verbs[-1][1] == len(bare):
        head = _PUNCT_SPLIT.split(bare[: verbs[-1][0]])[-1]
        who = _speaker(head, at_end=True)
        if who is not None:
            return who
    return _subject_of_last_verb(before, find_verbs)


def _is_sentence(inner: str) -> bool:
    """A whole sentence (or more): capitalised, several words, closed by a stop."""
    words = inner.split()
    if len(words) < 4 or not inner[:1].isupper():
        return False
    return inner.rstrip("\"”’' ")[-1:] in ".?!…,;:—–-"


def _speaker(phrase: str, *, at_end: bool) -> str | None:
    """Name the speaker in an attribution phrase, or return None.

    Args:
        phrase: The words between the quotation and the verb, or after the
            verb (``the governor``, ``economist Jane Roe``).
        at_end: Whether the name sits at the end of the phrase, next to a verb
            that follows it ("Acme Bank economist Jane Roe said"), rather
            than at its start, after the verb ("said economist Jane Roe").
    """
    words = phrase.strip(" ,;:—–-").split()
    if not words:
        return None
    if len(words) == 1 and words[0].casefold() in _PRONOUNS:
        return words[0].casefold()
    if words[0] in ("the", "The"):
        # An organisation is named by its capitalised words ("the Syrian
        # Defense Ministry"); a role ("the official") names nobody.
        rest = [w.strip(",.;:") for w in words[1:]]
        if rest and all(is_name_word(w) for w in rest):
            return " ".join(rest)
        words = words[1:]
    if at_end:
        return trailing_name(" ".join(words))
    # Lower-case role words may come first: "said economist Jane Roe".
    skip = 0
    while skip < min(len(words), 4) and not is_name_word(words[skip]):
        skip += 1
    return leading_name(" ".join(words[skip:]))


def _first_speaker(phrase: str, *, at_end: bool) -> str | None:
    """The speaker named in the first comma-separated part that names one.

    ``the governor, Helena Varga,`` gives ``Helena Varga``.
    """
    for part in phrase.split(","):
        who = _speaker(part, at_end=at_end)
        if who is not None:
            return who
    return None


def make_quotes_parser(
    *, verbs: Iterable[str] = SPEECH_VERBS, min_words: int = 1
) -> Callable[[ParseState], bool]:
    """Build a quotes section parser.

    Args:
        verbs: Speech verbs that tie a quotation to a speaker.
        min_words: Fewest words in a quotation.

    Returns:
        A section parser that reads the body blocks and adds ``quotes``.
    """
    find_verbs = PhraseFinder(strings("verbs", verbs))

    def attribute(text: str, start: int, end: int) -> tuple[str | None, int | None]:
        """Find the speaker of text[start:end]; return it and its offset."""
        found = _after(text, end, find_verbs)
        if found is not None:
            return found
        sentence_start = 0
        for stop in _SENTENCE_END.finditer(text, 0, start):
            sentence_start = stop.end()
        before = text[sentence_start:start]
        speaker = _before(before, find_verbs)
        if speaker is None:
            return None, None
        return speaker, _offset(text, sentence_start, start, speaker)

    def parse_quotes(state: ParseState) -> bool:
        """Find the quotations of every body paragraph, in reading order."""
        body = state.claimed_by("body")
        found = False
        last_speaker: str | None = None
        carried: str | None = None  # speaker of a quotation left open
        for number, block in enumerate(body):
            text = block.text
            if '"' not in text and "“" not in text and "„" not in text:
                carried = None
                continue
            open_speaker, carried = carried, None
            speaker_here: str | None = None  # of the last quote in this paragraph
            for match in _QUOTED.finditer(text):
                raw = match.group()
                closed = len(raw) > 1 and raw[-1] in '”"“'
                inner = (raw[1:-1] if closed else raw[1:]).strip()
                if len(inner.split()) < min_words:
                    continue
                who, at = attribute(text, match.start(), match.end())
                if who in _PRONOUNS:
                    who = (
                        speaker_here
                        or last_speaker
                        or _recent_person(body, number, text[: match.start()])
                    )
                    at = None
                if who is None:
                    if not _is_sentence(inner) and closed:
                        continue  # a scare quote, a title or a name
                    # A whole sentence in marks with no attribution continues
                    # the speaker quoted just before: in this paragraph, in an
                    # open quotation, or as a paragraph of quotation only.
                    who = speaker_here or open_speaker
                    if (
                        who is None
                        and match.start() == 0
                        and not find_verbs(_QUOTED.sub(" ", text))
                    ):
                        who = last_speaker
                    if who is None:
                        state.report(
                            "quote.unattributed",
                            span=_span(block, match.start(), match.end()),
                        )
                if not closed:
                    carried = who
                    state.report(
                        "quote.unclosed", span=_span(block, match.start(), match.end())
                    )
                state.add_quote(
                    Quote(
                        text=raw,
                        speaker=who,
                        paragraph=number,
                        span=_span(block, match.start(), match.end()),
                        speaker_span=(
                            None
                            if at is None or who is None
                            else _span(block, at, at + len(who))
                        ),
                    )
                )
                found = True
                if who is not None:
                    last_speaker = speaker_here = who
        return found

    return parse_quotes


def _subject_of_last_verb(before: str, find_verbs: PhraseFinder) -> str | None:
    """The subject of the last speech verb in ``before``, if it names someone.

    "X on Wednesday told Y that ... “in order to ...”" ties the fragment to X.
    """
    verbs = find_verbs(before)
    if not verbs:
        return None
    head = before[: verbs[-1][0]].rstrip()
    # Only the tail matters; trimming first keeps the end-anchored pattern cheap.
    head = head[:-120] + _ADVERBIAL.sub("", head[-120:])
    if head.endswith(","):
        # An appositive between name and verb: "Jane Roe, an analyst, said".
        inner = head[:-1]
        cut = inner.find(",")
        head = inner[:cut] if cut >= 0 else inner
    words = head.split()
    if words and words[-1].casefold() in _PRONOUNS:
        return words[-1].casefold()
    return trailing_name(head)


def _recent_person(body: list[Block], number: int, before: str) -> str | None:
    """The person named last before a pronoun: in its paragraph, then above."""
    found = _last_person(_QUOTED.sub(" ", before))
    for block in reversed(body[max(0, number - 3) : number]):
        if found is not None:
            break
        found = _last_person(_QUOTED.sub(" ", block.text))
    return found


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
            if name is not None and " " in name:
                best = name
        run = []
    return best


def _offset(text: str, lo: int, hi: int, who: str) -> int | None:
    at = text.rfind(who, lo, hi)
    return at if at >= 0 else None


def _span(block: Block, start: int, end: int) -> Span:
    base = block.span.start
    return Span(start=base + start, end=base + min(end, len(block.text)))


parse_quotes = make_quotes_parser()
"""The default quotes section parser."""
