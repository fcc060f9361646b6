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
from articlekit._text import strings
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


def _verbs(verbs: Iterable[str]) -> str:
    return "|".join(regex.escape(v) for v in sorted(set(verbs), key=len, reverse=True))


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
    verb = _verbs(strings("verbs", verbs))
    # “...,” said NAME / “...,” said economist NAME, a ...
    verb_first = regex.compile(
        rf"^[\s,;:—–-]*(?:{verb})\s+(?P<who>[^,.;:!?“”\"()]{{1,80}}?)"
        r"(?=\s*[,.;:!?(“\"]|\s*$|\s+(?:who|which|that|in|on|at|to|of|about|after|as|"
        r"when|during|from|told|before|while|and)\b)",
        regex.IGNORECASE,
    )
    # “...,” the governor, Helena Varga, said: commas allowed for appositives.
    subject_first = regex.compile(
        rf"^[\s,;:—–-]*(?P<who>[^.;:!?“”\"()]{{1,120}}?)\s+(?:{verb})\b",
        regex.IGNORECASE,
    )
    # NAME said: “...” / NAME wrote, “...”: the verb ends the text before.
    verb_at_end = regex.compile(
        rf"(?<![\p{{L}}’'-])(?:{verb})\s*[:,]?\s*$", regex.IGNORECASE
    )
    # “A,” said NAME, “B.”: the attribution of a split quotation.
    verb_name_at_end = regex.compile(
        rf"(?<![\p{{L}}’'-])(?:{verb})\s+(?P<who>[^,.;:!?“”\"()]{{1,80}}?)\s*[,:]\s*$",
        regex.IGNORECASE,
    )
    according = regex.compile(
        r"according\s+to\s+(?P<who>[^,.;:“”\"]{1,80}?)\s*,?\s*$", regex.I
    )
    any_verb = regex.compile(
        rf"(?<![\p{{L}}’'-])(?:{verb})(?![\p{{L}}’'-])", regex.IGNORECASE
    )

    def attribute(text: str, start: int, end: int) -> tuple[str | None, int | None]:
        """Find the speaker of text[start:end]; return it and its offset."""
        after = text[end : end + 160]
        for pattern, at_end in ((verb_first, False), (subject_first, True)):
            match = pattern.match(after)
            if match is not None:
                who = _first_speaker(match["who"], at_end=at_end)
                if who is not None:
                    return who, _offset(text, end, end + match.end(), who)
        sentence_start = 0
        for stop in _SENTENCE_END.finditer(text, 0, start):
            sentence_start = stop.end()
        before = text[sentence_start:start]
        who = None
        match = according.search(before)
        if match is not None:
            who = _speaker(match["who"], at_end=False)
        if who is None:
            match = verb_name_at_end.search(before)
            if match is not None:
                who = _speaker(match["who"], at_end=False)
        if who is None:
            match = verb_at_end.search(before)
            if match is not None:
                head = _PUNCT_SPLIT.split(before[: match.start()])[-1]
                who = _speaker(head, at_end=True)
        if who is None:
            who = _subject_of_last_verb(before, any_verb)
        if who is None:
            return None, None
        return who, _offset(text, sentence_start, start, who)

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
                        and any_verb.search(_QUOTED.sub(" ", text)) is None
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


def _subject_of_last_verb(before: str, any_verb: regex.Pattern[str]) -> str | None:
    """The subject of the last speech verb in ``before``, if it names someone.

    "X on Wednesday told Y that ... “in order to ...”" ties the fragment to X.
    """
    verbs = list(any_verb.finditer(before))
    if not verbs:
        return None
    head = before[: verbs[-1].start()].rstrip()
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
