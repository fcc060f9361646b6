"""Captions: paragraphs that end with a photo credit.

Recognises a caption paragraph among the body paragraphs by its credit label::

    A Syrian Kurdish woman ... after fleeing from Aleppo. Photo: Delil Souleiman/AFP
    Protesters outside the ministry on Monday. (AP Photo/Jane Doe)
    Photo by Jane Doe

The caption text is the words before the label (``""`` when the label stands
alone), the credit the words after it, without brackets or a final stop; a
gallery counter (``Image 3 of 42``) is not caption text. Text under a
picture with no credit label is body text.

The credit vocabulary (colon labels, wire services, the words of ``Photo
by``) lives in :mod:`articlekit._vocab`; the section's patterns and its
declared lines are both built from it, so a paragraph the reader accepts
always passes the declared filter.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

import regex

from articlekit import _vocab
from articlekit._build import builder
from articlekit._options import LazyPattern, strings
from articlekit.diagnostics import Severity
from articlekit.lines import Fact, LineFilter, ascii_lower
from articlekit.models import Caption, Span
from articlekit.pipeline import section
from articlekit.sections._value import Configured
from articlekit.state import ParseState

__all__ = ["LABELS", "make_captions_parser", "parse_captions", "read_caption"]

#: Credit labels followed by a colon, as written (case matters: a label is
#: capitalised or all capitals, so running text such as "the photo: a man"
#: is not a credit). The all-capitals form of each is added.
LABELS: tuple[str, ...] = _vocab.CREDIT_LABELS


# A credit ends its paragraph, so its label lies in the paragraph's last
# characters: a label and its credit (credits run to 150) fit in these.
_TAIL = 240

# Wire-service credits that carry no colon: "(AP Photo/Jane Doe)".
# Without brackets it needs the word "Photo" and a line or sentence of its own
# ("... a Reuters/Ipsos poll." is running text).
_AGENCY = LazyPattern(
    r"(?P<open>\()?(?<![\p{L}\p{N}])(?P<credit>(?:"
    + "|".join(map(regex.escape, _vocab.WIRE_SERVICES))
    + r")(?P<photo>\s+(?:Photo|Photos|Images|Photograph))?"
    # Atomic: spaces around a slash could go to either side of it, and on a
    # line that then fails to end there, trying every split was exponential.
    r"(?>(?:\s*/\s*[^()/\s][^()/\n]{0,59}){1,3}))\)?\s*\.?$"
)

# "Photo by Jane Doe", "(Screen shot courtesy of X)", "Courtesy of X".
_MEDIA = "|".join(
    r"\s?".join(map(regex.escape, medium.split(" "))) for medium in _vocab.CREDIT_MEDIA
)
_CONNECTORS = "|".join(
    r"\s+".join(map(regex.escape, words.split(" "))) for words in _vocab.CREDIT_BY
)
# Where the picture stands, in a bracketed credit of several ("(top left
# photo by A; right photo by B)"): a few words before the first medium.
_POSITIONS = "|".join(map(regex.escape, _vocab.CREDIT_POSITIONS))
_BY = LazyPattern(
    rf"(?P<open>\((?:(?:{_POSITIONS})\s+){{0,3}})?"
    rf"(?P<label>(?:{_MEDIA})\s+(?:{_CONNECTORS})"
    rf"|{regex.escape(_vocab.COURTESY)}(?:\s+of)?)"
    r"\s+(?P<credit>[^()\n]{1,100})\)?\s*\.?$",  # greedy: see _lazy_end
    regex.IGNORECASE,
)


def _shortest(needles: Iterable[str]) -> tuple[str, ...]:
    """``needles`` less those that hold another one, shortest first.

    A line holding "Photos" holds "Photo": the same lines hold one of them.
    """
    kept: list[str] = []
    for needle in sorted(set(needles), key=lambda n: (len(n), n)):
        if not any(short in needle for short in kept):
            kept.append(needle)
    return tuple(kept)


# A "by" credit holds one of these words, in its letters A-Z in any case
# (the reader looks for them before it runs _BY).
_BY_WORDS = tuple(words.split(" ")[0] for words in _vocab.CREDIT_BY)
_BY_CUES = _shortest(
    [medium.split(" ")[0].lower() for medium in _vocab.CREDIT_MEDIA]
    + [_vocab.COURTESY.lower()]
)

# What may stand before a "by" credit in running text without brackets:
# the end of a sentence or a separator.
_SENTENCE_ENDS = (".", "!", "?", "”", '"', "|", "-", "–", "—", ")")
_SENTENCE_INSIDE = regex.compile(r"[.!?]\s+\p{Ll}")

# A gallery counter before the caption words: "Image 3 of 42", "Photo 2/9".
_COUNTER = regex.compile(
    r"^(?:Image|Photo|Picture|Slide|Bild|Foto)\s+\d{1,4}\s*(?:of|/|von|de|di)\s*\d{1,4}"
    r"\s*[:.|–—-]?\s*",
    regex.IGNORECASE,
)


class CaptionReader(Protocol):
    """Reads a caption off one paragraph (recording ``span``), or returns None."""

    def __call__(self, text: str, span: Span | None = None) -> Caption | None:
        """Read ``text``."""


def _forms(labels: Iterable[str]) -> set[str]:
    """Each label as given and in capitals: the forms the colon pattern reads."""
    return {form for label in labels for form in (label, label.upper())}


def _label_pattern(labels: Iterable[str]) -> regex.Pattern[str]:
    alternatives = "|".join(
        regex.escape(f) for f in sorted(_forms(labels), key=len, reverse=True)
    )
    return regex.compile(
        rf"(?P<open>\()?(?P<label>(?:©\s*)?(?:{alternatives}))\s*:\s*"
        r"(?P<credit>[^():\n]{0,150})\)?\s*\.?$"  # greedy: see _lazy_end
    )


def _declared_lines(
    labels: tuple[str, ...], *, max_chars: int
) -> tuple[LineFilter, ...]:
    """The lines a caption reader with these labels can accept.

    From what each kind of credit requires: a colon label needs its label,
    written as given or in capitals, so the line holds the label with A-Z
    lowered; a "by" credit needs one of its cues in the letters A-Z in any
    case (``ascii_fold``, the reader's own rule); a wire-service credit
    needs a slash (which lowering A-Z leaves as it is). One filter holds
    them all, so one search of the text serves every kind: a colon label's
    colon and the services' names are left to the reader, which turns down
    a line without them in a few looks at the paragraph's end. A blank
    label holds anything: a line with a colon is then a candidate.

    Args:
        labels: Credit labels that take a colon (none: no colon credits).
        max_chars: Longest paragraph taken as a caption.
    """
    words = [ascii_lower(form.strip()) for form in _forms(labels)]
    colon = (
        (LineFilter(all_facts=Fact.COLON, max_length=max_chars),) if "" in words else ()
    )
    return (
        *colon,
        LineFilter(
            holding=("/", *_shortest([*_BY_CUES, *filter(None, words)])),
            ascii_fold=True,
            max_length=max_chars,
        ),
    )


# What follows a credit in the label patterns, to the paragraph's end
# ("$" may stand before a final line break).
_AFTER_CREDIT = regex.compile(r"\)?\s*\.?\n?")


def _lazy_end(text: str, start: int, end: int, least: int) -> int:
    """Where the credit ``text[start:end]`` ends when taken lazily.

    The label patterns take the credit greedily (a lazy credit made the
    engine try the pattern's tail after every character); the credit read
    is the one a lazy pattern takes: the shortest, of at least ``least``
    characters, after which only what ends the pattern is left (a closing
    bracket, blanks, a stop, a final line break). A closing bracket can
    follow only the credit itself, and before the credit's last character
    that is neither a blank nor a stop no cut can do, so only the cuts
    after it are tried.
    """
    if text.startswith(")", end):
        return end
    first = end
    while first > start + least and (
        text[first - 1] == "." or text[first - 1].isspace()
    ):
        first -= 1
    for cut in range(first, end):
        if _AFTER_CREDIT.fullmatch(text, cut):
            return cut
    return end


# What a credit after a colon label may open with besides a capital: the
# words of "courtesy of", "by", "via", "from" (``Photo: courtesy of X``).
_LOWER_OPENERS = tuple(
    {
        words.split(" ")[0] + " "
        for words in (*_vocab.CREDIT_BY, _vocab.COURTESY.lower())
    }
)


def _credit_ok(credit: str, *, colon: bool = False) -> bool:
    """A credit is a short run of names, not a clause of running text.

    After a colon label (``colon``), a credit may open with the words
    that lead a source (``Photo: courtesy of X``), or with a slash where
    the photographer's name is missing (``Credit: / Agency``).
    """
    if not credit:
        return True
    first = credit[0]
    opens_source = colon and (
        credit.startswith(_LOWER_OPENERS)
        or (first == "/" and credit[1:].strip()[:1].isupper())
    )
    if not (opens_source or first.isupper() or first.isdigit() or first in "©@"):
        return False
    if len(credit.split()) > 16:
        return False
    # A sentence inside needs a stop: most credits have none.
    if "." not in credit and "!" not in credit and "?" not in credit:
        return True
    return _SENTENCE_INSIDE.search(credit) is None


class CreditReader(Configured):
    """The caption reader that :func:`make_caption_reader` builds.

    It reads a caption off one paragraph by the credit at its end.
    """

    __slots__ = ("_ends", "_max_chars", "_reach", "_with_colon")

    def __init__(self, *, labels: Iterable[str], max_chars: int) -> None:
        """Build the label pattern (see :func:`make_caption_reader`)."""
        words = strings("labels", labels)
        super().__init__(labels=words, max_chars=max_chars)
        forms = _forms(words)
        self._with_colon = _label_pattern(forms)
        # The forms as the text before the colon ends with them (blanks
        # stripped; "" for a blank label), and the longest one.
        self._ends = tuple({form.rstrip() for form in forms})
        self._reach = max(map(len, forms), default=0)
        self._max_chars = max_chars

    def read(self, text: str, span: Span | None = None) -> Caption | None:
        """The caption of paragraph ``text`` (recording ``span``), or ``None``."""
        if len(text) > self._max_chars:
            return None
        start = max(0, len(text) - _TAIL)
        # A credit holds no colon, so a colon label's colon is the
        # paragraph's last, and the label ends just before it (blanks
        # aside): the pattern is searched from there, not from ``start``.
        colon = text.rfind(":", start)
        if colon >= 0:
            label_end = len(text[:colon].rstrip())
            if text.endswith(self._ends, 0, label_end):
                begin = max(start, label_end - self._reach)
                # What may stand before the label: blanks, "©", "(".
                while begin > start and (
                    text[begin - 1] in "©(" or text[begin - 1].isspace()
                ):
                    begin -= 1
                caption = _caption(self._with_colon, text, begin, span, kind=_COLON)
                if caption is not None:
                    return caption
        if text.find("/", start) >= 0:
            caption = _caption(_AGENCY(), text, start, span, kind=_WIRE)
            if caption is not None:
                return caption
        # "Photo by", "courtesy of", "via", "from": one of the words after
        # the medium, and the medium (or "courtesy"), in the letters A-Z in
        # any case, before the pattern runs.
        low = _ascii_lower(text[start:])
        if any(word in low for word in _BY_WORDS) and any(
            cue in low for cue in _BY_CUES
        ):
            return _caption(_BY(), text, start, span, kind=_BY_LABEL)
        return None

    __call__ = read


def make_caption_reader(
    *, labels: Iterable[str] = LABELS, max_chars: int = 800
) -> CaptionReader:
    """Build a function that reads a caption off one paragraph, or returns None.

    The function takes the paragraph and, optionally, the span to record.

    Args:
        labels: Credit labels that take a colon (``Photo:``); none turns
            colon labels off.
        max_chars: Longest paragraph taken as a caption.

    Returns:
        A :class:`CreditReader`, which pickles and copies.
    """
    return CreditReader(labels=labels, max_chars=max_chars)


def _ascii_lower(text: str) -> str:
    """``text`` with A-Z lower-cased and every other character as it is."""
    return (
        text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")
    )


# The kinds of credit: their patterns' credits differ.
_COLON, _WIRE, _BY_LABEL = "colon", "wire", "by"
# Captions are built from values known valid: no validators to run.
_new_caption = builder(Caption)


def _caption(
    pattern: regex.Pattern[str], text: str, begin: int, span: Span | None, *, kind: str
) -> Caption | None:
    """The caption ``pattern`` reads off ``text`` from ``begin``, if any.

    ``kind`` is the kind of credit the pattern reads (``_COLON``, ``_WIRE``
    or ``_BY_LABEL``).
    """
    match = pattern.search(text, begin)
    if match is None:
        return None
    # The groups' offsets in one call (the regex module looks a group up
    # by name several times slower than by number).
    regs = match.regs
    group = pattern.groupindex
    start, end = regs[group["credit"]]
    if kind != _WIRE:  # (a wire service's credit is the whole group)
        end = _lazy_end(text, start, end, least=0 if kind == _COLON else 1)
    credit = text[start:end].strip().rstrip(".").strip()
    if not _credit_ok(credit, colon=kind == _COLON):
        return None
    head = text[: regs[0][0]].rstrip()
    opened = regs[group["open"]][0] >= 0
    if kind == _WIRE and not opened and regs[group["photo"]][0] < 0:
        return None
    # A credit without brackets at the end of running text needs a
    # sentence (or a line) of its own.
    if kind != _COLON and head and not opened and not head.endswith(_SENTENCE_ENDS):
        return None
    label = None
    if kind != _WIRE:
        written = text[slice(*regs[group["label"]])]
        label = written.strip() if written else None
    return _new_caption(
        text=_COUNTER.sub("", head.rstrip(" |-–—(").strip()),
        credit=credit or None,
        label=label,
        raw=text,
        span=span,
    )


class CaptionsParser(Configured):
    """The captions section parser that :func:`make_captions_parser` builds.

    The lines it declares depend on its options: each object declares its own.
    """

    __slots__ = ("_reader",)

    def __init__(self, *, labels: Iterable[str], max_chars: int) -> None:
        """Build the reader (see :func:`make_captions_parser`)."""
        words = strings("labels", labels)
        super().__init__(labels=words, max_chars=max_chars)
        self._reader = CreditReader(labels=words, max_chars=max_chars)
        section(lines=_declared_lines(words, max_chars=max_chars))(self)

    def __call__(self, state: ParseState) -> bool:
        """Claim every unclaimed paragraph that carries a credit label."""
        read = self._reader.read
        found = False
        for block in state.candidates():
            caption = read(block.text, block.span)
            if caption is None:
                continue
            state.claim(block)
            state.add_caption(caption)
            if caption.credit is None:
                state.report(
                    "caption.empty_credit",
                    f"credit label {caption.label!r} has no credit",
                    span=block.span,
                    severity=Severity.WARNING,
                )
            found = True
        return found


def make_captions_parser(
    *, labels: Iterable[str] = LABELS, max_chars: int = 800
) -> Callable[[ParseState], bool]:
    """Build a captions section parser.

    Args:
        labels: Credit labels that take a colon (``Photo:``).
        max_chars: Longest paragraph taken as a caption.

    Returns:
        A section parser that claims caption paragraphs and adds
        ``captions``: a :class:`CaptionsParser`, which pickles and copies.
    """
    return CaptionsParser(labels=labels, max_chars=max_chars)


parse_captions = make_captions_parser()
"""The default captions section parser."""

read_caption = make_caption_reader()
"""Read a caption off one paragraph with the default labels, or return None."""
