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


def _speaker(phrase: str) -> str | None:
    """Name the speaker in an attribution phrase ("the Syrian Defense Ministry")."""
    phrase = phrase.strip(" ,;:—–-")
    if not phrase:
        return None
    words = phrase.split()
    if words[0].casefold() in _PRONOUNS and len(words) == 1:
        return words[0].casefold()
    if words[0] in ("the", "The") and len(words) > 1:
        # An organisation or a role: "the Syrian Defense Ministry" is named by
        # its capitalised words; "the official" names nobody.
        rest = words[1:]
        if all(is_name_word(w) for w in rest):
            return " ".join(rest).strip(",.;:")
        return None
    return leading_name(phrase) if is_name_word(words[0]) else None


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
    # “...,” said NAME / “...,” NAME said / “...,” he said
    verb_first = regex.compile(
        rf"^[\s,;:—–-]*(?:{verb})\s+(?P<who>[^,.;:!?“”\"()]{{1,80}}?)"
        r"(?=\s*[,.;:!?(“\"]|\s*$|\s+(?:who|which|that|in|on|at|to|of|about|after|as|when|"
        r"during|from|told|before|while|and)\b)",
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
    according = regex.compile(
        r"according\s+to\s+(?P<who>[^,.;:“”\"]{1,80}?)\s*,?\s*$", regex.I
    )
    any_verb = regex.compile(
        rf"(?<![\p{{L}}’'-])(?:{verb})(?![\p{{L}}’'-])", regex.IGNORECASE
    )

    def attribute(text: str, start: int, end: int) -> tuple[str | None, int | None]:
        """Find the speaker of text[start:end]; return it and its offset."""
        after = text[end : end + 160]
        for pattern in (verb_first, subject_first):
            match = pattern.match(after)
            if match is None:
                continue
            for phrase in match["who"].split(","):
                who = _speaker(phrase)
                if who is not None:
                    if who in _PRONOUNS:
                        return who, None
                    return who, _offset(text, end, end + match.end(), who)
        sentence_start = 0
        for stop in _SENTENCE_END.finditer(text, 0, start):
            sentence_start = stop.end()
        before = text[sentence_start:start]
        match = according.search(before)
        if match is not None:
            who = _speaker(match["who"]) or trailing_name(match["who"])
            if who is not None:
                return who, _offset(text, sentence_start, start, who)
        match = verb_at_end.search(before)
        if match is not None:
            head = _PUNCT_SPLIT.split(before[: match.start()])[-1]
            who = _speaker(head) or trailing_name(head)
            if who is not None:
                if who in _PRONOUNS:
                    return who, None
                return who, _offset(text, sentence_start, start, who)
        # A speech verb earlier in the sentence ties a fragment to the subject
        # in front of it: "X on Wednesday told Y that ... “in order to ...”".
        verbs_before = list(any_verb.finditer(before))
        if verbs_before:
            last = verbs_before[-1]
            head = before[: last.start()].rstrip()
            head = _ADVERBIAL.sub("", head)
            if head.endswith(","):
                # An appositive between name and verb: "Jane Roe, an analyst, said".
                inner = head[:-1]
                cut = inner.find(",")
                head = inner[:cut] if cut >= 0 else inner
            words = head.split()
            if words and words[-1].casefold() in _PRONOUNS:
                return words[-1].casefold(), None
            who = trailing_name(head)
            if who is not None:
                return who, _offset(text, sentence_start, start, who)
        return None, None

    def parse_quotes(state: ParseState) -> bool:
        """Find the quotations of every body paragraph, in reading order."""
        found = False
        last_speaker: str | None = None
        last_person: str | None = None
        carried: str | None = None  # speaker of a quotation left open
        for number, block in enumerate(state.claimed_by("body")):
            text = block.text
            if '"' not in text and "“" not in text and "„" not in text:
                carried = None
                last_person = _last_person(text) or last_person
                continue
            open_speaker = carried
            carried = None
            for match in _QUOTED.finditer(text):
                raw = match.group()
                closed = len(raw) > 1 and raw[-1] in '”"“' and match.end() <= len(text)
                closed = closed and not (raw[-1] == '"' and len(raw) == 1)
                inner = raw[1:-1] if closed else raw[1:]
                inner = inner.strip()
                if len(inner.split()) < min_words:
                    continue
                who, at = attribute(text, match.start(), match.end())
                if who is not None and who in _PRONOUNS:
                    who = last_speaker or last_person
                    at = None
                if who is None:
                    if not _is_sentence(inner) and not (closed is False and inner):
                        continue  # a scare quote, a title or a name
                    who = open_speaker if open_speaker is not None else None
                    if (
                        who is None
                        and match.start() == 0
                        and not _mentions_verb(text, any_verb)
                    ):
                        # A paragraph that is only a quotation continues the
                        # speaker of the quotation before it.
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
                    last_speaker = who
                    if " " in who:
                        last_person = who
            last_person = _last_person(_strip_quotes(text)) or last_person
        return found

    return parse_quotes


def _mentions_verb(text: str, any_verb: regex.Pattern[str]) -> bool:
    return any_verb.search(_strip_quotes(text)) is not None


def _strip_quotes(text: str) -> str:
    return _QUOTED.sub(" ", text)


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
