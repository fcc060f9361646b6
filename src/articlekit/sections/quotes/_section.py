"""The quotes section: every body paragraph's quotations, in reading order.

A paragraph's quotations are read in order, each for its attribution; what
one paragraph found (the last speaker, a quotation left open) carries to
the next. A paragraph with no quotation may be a dash-signed epigraph.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from articlekit._build import builder, span_of
from articlekit._options import strings
from articlekit._vocab import QUOTE_MARKS
from articlekit.models import Quote, Span
from articlekit.pipeline import section
from articlekit.sections._value import Configured
from articlekit.sections.quotes._attribution import (
    SPEECH_VERBS,
    Attribution,
    Reader,
    Sentences,
    Verbs,
    verb_near,
    verb_outside,
)
from articlekit.sections.quotes._epigraphs import Epigraph, epigraph
from articlekit.sections.quotes._marks import (
    Quotation,
    Spans,
    continuation,
    has_mark,
    inner_text,
    is_sentence,
    is_title,
    quotations,
    used_as_noun,
)
from articlekit.sections.quotes._speakers import Antecedents, continued_speaker
from articlekit.state import ParseState

# Quotes are built from values known valid: no validators to run.
_new_quote = builder(Quote)

#: Closed fragments a paragraph may have read for a speaker: this many, and
#: one more per so many characters (about one per sentence or two, the
#: most that prose ties to a speech verb). The cap is a bound on work, not
#: on what prose may hold: it keeps a paragraph of thousands of quotation
#: marks as cheap as plain text of its size, and quoted sentences are never
#: passed over.
FRAGMENTS_BASE = 4
FRAGMENT_CHARS = 250


class _Run:
    """One parse of one body: what its paragraphs hand on to the next."""

    __slots__ = (
        "antecedents",
        "body",
        "carried",
        "cut_off",
        "found",
        "last_speaker",
        "last_speaker_at",
        "left_open",
        "pending",
        "spans",
        "state",
    )

    def __init__(self, state: ParseState, reader: Reader, *, cut_off: bool) -> None:
        self.state = state
        self.body: Sequence[str] = state.body  # the paragraphs' texts
        self.spans: Sequence[Span] = state.body_spans  # where each one lies
        self.cut_off = cut_off  # no footer closes the dump: it may be cut off
        self.antecedents = Antecedents(self.body, reader.find_verbs)
        self.found = False
        self.last_speaker: str | None = None
        self.last_speaker_at = -1  # the paragraph last_speaker was quoted in
        self.carried: str | None = None  # speaker of a quotation left open
        self.left_open = False  # the paragraph before left a quotation open
        # The fields of a quotation left open with no speaker: it takes the
        # speaker of the part that continues it in the next paragraph.
        self.pending: dict[str, Any] | None = None

    def flush(self, speaker: str | None = None) -> None:
        """Add the quotation left open (if any) with ``speaker``."""
        if self.pending is not None:
            self.state.add_quote(_new_quote(speaker=speaker, **self.pending))
            self.pending = None


class _Paragraph:
    """One body paragraph with quotations, and what its quotations found so far."""

    __slots__ = (
        "_verb_outside",
        "budget",
        "number",
        "open_speaker",
        "passed",
        "quoted",
        "sentences",
        "span",
        "speaker_here",
        "text",
        "verbs",
    )

    def __init__(
        self,
        text: str,
        span: Span,
        number: int,
        verbs: Verbs,
        quoted: Spans,
        open_speaker: str | None,
    ) -> None:
        self.text = text
        self.span = span  # where the paragraph lies in the input
        self.number = number
        self.verbs = verbs  # its speech verbs, found on first need
        self.quoted = quoted
        self.sentences = Sentences(text)
        self.open_speaker = open_speaker  # of a quotation open in the one above
        self.speaker_here: str | None = None  # of the last quote in this paragraph
        self._verb_outside: bool | None = None
        # Prose quotes a few fragments a paragraph; reading each for a
        # speaker costs more than the text it spans, so a paragraph dense
        # with quotation marks has the rest passed over (and counted).
        self.budget = FRAGMENTS_BASE + len(text) // FRAGMENT_CHARS
        self.passed = 0

    def verb_outside(self) -> bool:
        """Whether a speech verb stands outside the paragraph's quotations.

        Looked at once per paragraph, however many quotations it holds.
        """
        if self._verb_outside is None:
            self._verb_outside = verb_outside(self.verbs.spans, self.quoted)
        return self._verb_outside

    def span_of(self, start: int, end: int) -> Span:
        """The span of ``text[start:end]`` in the input."""
        return _span_in(self.span, self.text, start, end)


@section(reads=("body", "footer"))
class QuotesParser(Configured):
    """The quotes section parser that :func:`make_quotes_parser` builds.

    It holds the options and the indexed speech verbs; what one parse
    finds lives in that parse alone.
    """

    __slots__ = ("_min_fragment_words", "_min_words", "_reader")

    def __init__(
        self, *, verbs: Iterable[str], min_words: int, min_fragment_words: int
    ) -> None:
        """Index ``verbs`` and keep the options (see :func:`make_quotes_parser`)."""
        verb_list = strings("verbs", verbs)
        super().__init__(
            verbs=verb_list, min_words=min_words, min_fragment_words=min_fragment_words
        )
        self._reader = Reader(verb_list)
        self._min_words = min_words
        self._min_fragment_words = min_fragment_words

    def __call__(self, state: ParseState) -> bool:
        """Find the quotations of every body paragraph, in reading order."""
        run = _Run(
            state,
            self._reader,
            cut_off=state.comments is None and state.landmarks.looked_for("footer"),
        )
        body, spans = run.body, run.spans
        for number, text in enumerate(body):
            open_speaker, run.carried = run.carried, None
            left_open, run.left_open = run.left_open, False
            # With no opening mark, a paragraph holds no quotation of its
            # own, but may close one left open above.
            continued = continuation(text) if left_open else 0
            if not continued and text[:1] in QUOTE_MARKS:
                # A saying in quotation marks signed with a dash or a tilde
                # and a name is an epigraph: the name is its speaker.
                signed = epigraph(body, number)
                if signed is not None:
                    run.flush()
                    _add_epigraph(run, number, signed)
                    continue
            if continued or has_mark(text):
                found, quoted = quotations(text, continued)
                if found:
                    verbs = Verbs(
                        self._reader.find_verbs, text, clauses=len(found) == 1
                    )
                    paragraph = _Paragraph(
                        text, spans[number], number, verbs, quoted, open_speaker
                    )
                    self._read(run, paragraph, found)
                    continue
            run.flush()
            signed = epigraph(body, number)
            if signed is not None:
                _add_epigraph(run, number, signed)
        run.flush()
        return run.found

    def _read(self, run: _Run, paragraph: _Paragraph, found: list[Quotation]) -> None:
        """Add the quotes of one paragraph, and report those passed over."""
        skip_empty = self._min_words >= 1
        for start, end, closed in found:
            if closed and end - start == 2 and skip_empty:
                continue  # “”: two marks and no words
            self._quotation(run, paragraph, start, end, closed)
        passed = paragraph.passed
        if passed:
            run.state.report(
                "quote.dense",
                f"{passed} quoted fragment{'s' if passed > 1 else ''} near a "
                f"speech verb {'were' if passed > 1 else 'was'} passed over",
                span=paragraph.span,
            )

    def _quotation(
        self, run: _Run, paragraph: _Paragraph, start: int, end: int, closed: bool
    ) -> None:
        """Add the quotation ``text[start:end]`` with its speaker, if it is one."""
        text, number = paragraph.text, paragraph.number
        min_words = self._min_words
        raw = text[start:end]
        inner = inner_text(raw, closed=closed)
        # (inner is stripped: it has no words exactly when it is empty)
        if (not inner and min_words >= 1) or (
            min_words > 1 and len(inner.split()) < min_words
        ):
            return
        sentence = is_sentence(inner)
        if (
            closed
            and not sentence
            and not inner.rstrip("\"”’' ").endswith(",")
            and not self._fragment_read(paragraph, start, end)
        ):
            return
        if not closed and run.cut_off and number == len(run.body) - 1:
            # A quotation still open where a cut-off dump ends is
            # incomplete; its text stays in the body.
            run.state.report("quote.truncated", span=paragraph.span_of(start, end))
            return
        reader = self._reader
        attribution = reader.after(text, end, inner, paragraph.verbs)
        if attribution is not None and attribution.linked:
            attribution = reader.main_clause(
                text, start, paragraph.sentences, attribution
            )
        if attribution is None or attribution.kind == "unnamed":
            # A verb after the quotation whose words name nobody ("the city
            # rejects “in the firmest terms” the claims following reports
            # that ...")
            # yields to an attribution before it that names someone.
            earlier = reader.before(
                text, start, paragraph.verbs.spans, paragraph.sentences
            )
            if earlier is not None and (
                attribution is None or earlier.kind != "unnamed"
            ):
                attribution = earlier
        if attribution is None:
            attribution = _label(run, paragraph, start)
        if self._not_a_quotation(
            attribution, inner, text, start, closed=closed, sentence=sentence
        ):
            return
        who, at = _speaker(run, paragraph, attribution, start, end)
        span = paragraph.span_of(start, end)
        if start == 0:
            # The first part of this paragraph continues a quotation left
            # open above, or follows it: the open part shares its speaker.
            run.flush(who)
        run.flush()
        fields = {
            "text": raw,
            "paragraph": number,
            "span": span,
            "speaker_span": (
                None
                if at is None or who is None
                else paragraph.span_of(at, at + len(who))
            ),
            "attribution_span": (
                None
                if attribution is None
                else paragraph.span_of(attribution.start, attribution.end)
            ),
        }
        if not closed:
            run.carried, run.left_open = who, True
            run.state.report("quote.unclosed", span=span)
            if who is None:
                run.pending = fields
        if run.pending is not fields:
            # Every field is known valid here: no validators to run.
            run.state.add_quote(_new_quote(speaker=who, **fields))
        run.found = True
        if who is not None:
            run.last_speaker = paragraph.speaker_here = who
            run.last_speaker_at = number

    def _fragment_read(self, paragraph: _Paragraph, start: int, end: int) -> bool:
        """Whether a closed fragment (no whole sentence) is read for a speaker.

        A fragment is a scare quote unless a verb ties it to a speaker
        ("according to" counts as one). One with no verb near is passed
        over without a look for its attribution, so paragraphs of thousands
        of marks stay cheap; past the paragraph's budget, the rest are
        passed over and counted.
        """
        sentences = paragraph.sentences
        according = sentences.according_in(max(0, start - 400), start)
        if not according and not verb_near(paragraph.verbs.starts, start, end):
            return False
        if paragraph.budget == 0:
            paragraph.passed += 1
            return False
        paragraph.budget -= 1
        return according or self._reader.verb_in_reach(
            paragraph.text, start, end, paragraph.verbs.spans, sentences
        )

    def _not_a_quotation(
        self,
        attribution: Attribution | None,
        inner: str,
        text: str,
        start: int,
        *,
        closed: bool,
        sentence: bool,
    ) -> bool:
        """Whether a quotation with these words and attribution is no quote at all.

        ``sentence`` says whether ``inner`` is a whole sentence (:func:`is_sentence`).
        """
        if attribution is None:
            # A scare quote, a title, a name or a slogan.
            return closed and (not sentence or used_as_noun(text, start))
        if (
            attribution.kind == "name"
            and attribution.who is not None
            and is_title(inner)
            and not sentence
        ):
            return True  # "ABC's “This Week” program": a title
        # A scare quote inside reported speech.
        return (
            closed
            and not sentence
            and not attribution.direct
            and (len(inner.split()) < self._min_fragment_words or is_title(inner))
        )


def _label(run: _Run, paragraph: _Paragraph, start: int) -> Attribution | None:
    """A transcript's speaker label (``Jane Roe: “…”``) the text introduced.

    The label's last word must stand in one of the three paragraphs above
    (an introduction, or the speaker's label before): a heading such as
    ``Opening Statement:`` names nobody the text has met.
    """
    found = Reader.label(paragraph.text, start)
    if found is None or found.who is None:
        return None
    last = found.who.split()[-1]
    number = paragraph.number
    if any(last in run.body[i] for i in range(max(0, number - 3), number)):
        return found
    return None


def _speaker(
    run: _Run,
    paragraph: _Paragraph,
    attribution: Attribution | None,
    start: int,
    end: int,
) -> tuple[str | None, int | None]:
    """Who said the quotation ``text[start:end]``, and where the name stands.

    A pronoun or role stands for the last speaker, or else a person named
    just before; no attribution continues an earlier quotation (reported
    as ``quote.unattributed`` when there is none to continue).
    """
    if attribution is None:
        who = continued_speaker(
            run.antecedents,
            paragraph.number,
            verb_outside=paragraph.verb_outside(),
            speaker_here=paragraph.speaker_here,
            open_speaker=paragraph.open_speaker,
            last_speaker=run.last_speaker,
            alone=not paragraph.text[:start].strip()
            and not paragraph.text[end:].strip(),
        )
        if who is None:
            run.state.report("quote.unattributed", span=paragraph.span_of(start, end))
        return who, None
    if attribution.kind in ("pronoun", "role"):
        before = paragraph.text[max(0, start - 1000) : start]
        # A pronoun stands for the person last reported speaking; a role
        # ("the president") for the person the story quotes.
        who = (
            paragraph.speaker_here
            or (
                run.antecedents.reporter(paragraph.number, before, run.last_speaker_at)
                if attribution.kind == "pronoun"
                else None
            )
            or run.last_speaker
            or run.antecedents.recent_person(paragraph.number, before)
        )
        return who, None
    return attribution.who, attribution.at


def _add_epigraph(run: _Run, number: int, found: Epigraph) -> None:
    """Add the dash-signed epigraph ``found`` in paragraph ``number`` as a quote."""
    text, span = run.body[number], run.spans[number]
    run.state.add_quote(
        _new_quote(
            text=text[found.start : found.end],
            speaker=found.who,
            paragraph=number,
            span=_span_in(span, text, found.start, found.end),
            speaker_span=(
                None
                if found.at is None
                else _span_in(span, text, found.at, found.at + len(found.who))
            ),
            # The signature (the dash and the name) is the attribution; a
            # name on the next line has no span in this paragraph.
            attribution_span=(
                None
                if found.at is None
                else _span_in(
                    span,
                    text,
                    _signature_start(text, found.end),
                    found.at + len(found.who),
                )
            ),
        )
    )
    run.found, run.last_speaker, run.last_speaker_at = True, found.who, number


def _signature_start(text: str, end: int) -> int:
    """Where the signature after a saying ending at ``end`` starts (its dash)."""
    return end + len(text[end:]) - len(text[end:].lstrip())


def _span_in(paragraph: Span, text: str, start: int, end: int) -> Span:
    """The span of ``text[start:end]``, where ``paragraph`` is the span of ``text``."""
    # Offsets inside a paragraph are valid by construction: built without
    # the attrs validators, as the splitter builds block spans.
    base = paragraph.start
    return span_of(base + start, base + min(end, len(text)))


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
        A section parser that reads the body paragraphs and adds ``quotes``:
        a :class:`QuotesParser`, which pickles and copies.
    """
    return QuotesParser(
        verbs=verbs, min_words=min_words, min_fragment_words=min_fragment_words
    )


parse_quotes = make_quotes_parser()
"""The default quotes section parser."""
