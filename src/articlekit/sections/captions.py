"""Captions: paragraphs that end with a photo credit.

Recognises a caption paragraph among the body paragraphs by its credit label::

    A Syrian Kurdish woman ... after fleeing from Aleppo. Photo: Delil Souleiman/AFP
    Protesters outside the ministry on Monday. (AP Photo/Jane Doe)
    Photo by Jane Doe

The caption text is the words before the label (``""`` when the label stands
alone), the credit the words after it, without brackets or a final stop; a
gallery counter (``Image 3 of 42``) is not caption text. Text under a
picture with no credit label is body text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

import regex

from articlekit._text import LazyPattern, builder, lines_holding, strings, texts_of
from articlekit.diagnostics import Severity
from articlekit.models import Block, Caption, Span
from articlekit.state import ParseState

__all__ = ["LABELS", "make_captions_parser", "parse_captions", "read_caption"]

#: Credit labels followed by a colon, as written (case matters: a label is
#: capitalised or all capitals, so running text such as "the photo: a man"
#: is not a credit). The all-capitals form of each is added.
LABELS: tuple[str, ...] = (
    "Photo",
    "Photos",
    "Photograph",
    "Photographs",
    "Photography",
    "Picture",
    "Pictures",
    "Image",
    "Images",
    "Illustration",
    "Illustrations",
    "Graphic",
    "Credit",
    "Credits",
    "Photo credit",
    "Image credit",
    "Picture credit",
)

# Wire-service credits that carry no colon: "(AP Photo/Jane Doe)".
# Without brackets it needs the word "Photo" and a line or sentence of its own
# ("... a Reuters/Ipsos poll." is running text).
_AGENCY = LazyPattern(
    r"(?P<open>\()?(?<![\p{L}\p{N}])(?P<credit>(?:AP|AFP|EPA|CP|AAP|PA|Reuters|Xinhua|"
    r"Getty|UPI|Yonhap|Kyodo|TASS)(?P<photo>\s+(?:Photo|Photos|Images|Photograph))?"
    # Atomic: spaces around a slash could go to either side of it, and on a
    # line that then fails to end there, trying every split was exponential.
    r"(?>(?:\s*/\s*[^()/\s][^()/\n]{0,59}){1,3}))\)?\s*\.?$"
)
_SENTENCE_ENDS = (".", "!", "?", "”", '"', "|", "-", "–", "—", ")")
# "Photo by Jane Doe", "(Screen shot courtesy of X)", "Courtesy of X".
_BY = LazyPattern(
    r"(?P<open>\()?(?P<label>(?:(?:Photo|Photos|Photograph|Picture|Image|Video|Screen\s?shot|"
    r"Screenshot|Illustration|Graphic|Map)\s+(?:by|courtesy\s+of|from|via)|Courtesy(?:\s+of)?)"
    r")\s+(?P<credit>[^()\n]{1,100})\)?\s*\.?$",  # greedy: see _credit
    regex.IGNORECASE,
)
# A gallery counter before the caption words: "Image 3 of 42", "Photo 2/9".
_COUNTER = regex.compile(
    r"^(?:Image|Photo|Picture|Slide|Bild|Foto)\s+\d{1,4}\s*(?:of|/|von|de|di)\s*\d{1,4}"
    r"\s*[:.|–—-]?\s*",
    regex.IGNORECASE,
)
# Longest tail that can hold a label and its credit (credits run to 150).
_TAIL = 240
_BY_CUES = (
    "photo",
    "picture",
    "image",
    "video",
    "screen",
    "illustration",
    "graphic",
    "map",
    "courtesy",
)
_SENTENCE_INSIDE = regex.compile(r"[.!?]\s+\p{Ll}")


class CaptionReader(Protocol):
    """Reads a caption off one paragraph (recording ``span``), or returns None."""

    def __call__(self, text: str, span: Span | None = None) -> Caption | None:
        """Read ``text``."""


def _label_pattern(labels: Iterable[str]) -> regex.Pattern[str]:
    forms = set()
    for label in labels:
        forms.add(label)
        forms.add(label.upper())
    alternatives = "|".join(
        regex.escape(f) for f in sorted(forms, key=len, reverse=True)
    )
    return regex.compile(
        rf"(?P<open>\()?(?P<label>(?:©\s*)?(?:{alternatives}))\s*:\s*"
        r"(?P<credit>[^():\n]{0,150})\)?\s*\.?$"
    )


def _credit(text: str, start: int, end: int, *, least: int | None) -> str:
    """The credit a match holds, stripped, with no stop at its end.

    The label patterns take the credit greedily and give back its end here:
    a lazy credit (the shortest that lets the pattern reach the end of the
    paragraph) made the engine try the pattern's tail after every character,
    five times the cost of the whole match. ``least`` is the fewest
    characters the lazy credit took, ``None`` for a pattern whose credit is
    no such stand-in; the result is the lazy credit's.
    """
    credit = text[start:end]
    if least is not None:
        rest = text[end:]
        # Nothing to give back unless the credit ends in a space or a stop,
        # or stopped short of the end (at a line break or its length cap);
        # a bracket after it was the lazy credit's end too.
        if not rest.startswith(")") and (
            rest or credit.endswith(".") or credit[-1:].isspace()
        ):
            credit = credit[: _lazy_cut(credit, rest, least)]
    return credit.strip().rstrip(".").strip()


# What follows a lazy credit in the label patterns, to the paragraph's end
# ("$" may stand before a final line break).
_AFTER_CREDIT = regex.compile(r"\)?\s*\.?\n?")


def _lazy_cut(credit: str, rest: str, least: int) -> int:
    """Where a lazy credit ends: the first cut whose remainder ends the match."""
    # The remainder holds nothing but spaces, stops and brackets: no cut
    # before the credit's last other character can do.
    first = len(credit)
    while first > least and (credit[first - 1] == "." or credit[first - 1].isspace()):
        first -= 1
    for cut in range(max(least, first), len(credit)):
        if _AFTER_CREDIT.fullmatch(credit[cut:] + rest):
            return cut
    return len(credit)


def _credit_ok(credit: str) -> bool:
    """A credit is a short run of names, not a clause of running text."""
    if not credit:
        return True
    first = credit[0]
    if not (first.isupper() or first.isdigit() or first in "©@"):
        return False
    if len(credit.split()) > 16:
        return False
    # A sentence inside needs a stop: most credits have none.
    if "." not in credit and "!" not in credit and "?" not in credit:
        return True
    return _SENTENCE_INSIDE.search(credit) is None


# The letters a gallery counter can open with, in any case the pattern's
# case-blind match allows ("ſ" is an "s" to it).
_COUNTER_INITIALS = frozenset("IiPpSsBbFfſİı")


def _without_counter(text: str) -> str:
    """``text`` without a gallery counter ("Image 3 of 42") at its start."""
    if text[:1] not in _COUNTER_INITIALS:
        return text
    return _COUNTER.sub("", text)


def make_caption_reader(
    *, labels: Iterable[str] = LABELS, max_chars: int = 800
) -> CaptionReader:
    """Build a function that reads a caption off one paragraph, or returns None.

    The function takes the paragraph and, optionally, the span to record.

    Args:
        labels: Credit labels that take a colon (``Photo:``); none turns
            colon labels off.
        max_chars: Longest paragraph taken as a caption.
    """
    return _make_reader(strings("labels", labels), max_chars)[0]


def _make_reader(
    label_list: tuple[str, ...], max_chars: int
) -> tuple[CaptionReader, tuple[bytes, ...] | None]:
    """The reader, and the cues of which one must end a paragraph it accepts.

    Every paragraph the reader accepts holds, in its last ``_TAIL``
    characters, one of the cues (case-blind) or a slash; the cues are
    ``None`` when :func:`_candidates` cannot look for them.
    """
    with_colon = _label_pattern(label_list)
    # Cheap substring cues: a paragraph with none of them cannot match, and
    # most body paragraphs have none, so the patterns rarely run.
    # A blank label makes the empty cue, found in every text.
    firsts = {"".join(label.split()[:1]) for label in label_list}
    byte_cues = _byte_cues((*firsts, *_BY_CUES, "/"))
    # Cues of plain ASCII letters are looked for in the tail lower-cased as
    # ASCII (the same test _candidates makes of many tails at once, as bytes);
    # others in the casefolded tail.
    fold = str.casefold if byte_cues is None else _ascii_lower
    # The forms the colon pattern spells out, as the end of the text before
    # the colon (spaces stripped): "" when a label is blank.
    ends = tuple(
        {form.rstrip() for label in label_list for form in (label, label.upper())}
    )
    # A credit holds no colon, so the label's colon is the paragraph's last:
    # the pattern is searched from just before it, not from the tail's start.
    reach = max(
        (len(form) for label in label_list for form in (label, label.upper())),
        default=0,
    )

    def read(text: str, span: Span | None = None) -> Caption | None:
        if len(text) > max_chars:
            return None
        # A credit ends its paragraph, so its label lies in the last few
        # hundred characters: cue checks and searches start there.
        start = max(0, len(text) - _TAIL)
        # The label's colon is the paragraph's last (a credit holds none),
        # and the label ends just before it: one C-speed look at the forms.
        colon = text.rfind(":", start)
        if colon >= 0:
            label_end = len(text[:colon].rstrip())
            if text.endswith(ends, 0, label_end):
                begin = max(start, label_end - reach)
                # What may stand before the label: spaces, "©", "(".
                while begin > start and (
                    text[begin - 1] in "©(" or text[begin - 1].isspace()
                ):
                    begin -= 1
                caption = _caption(with_colon, text, begin, span, colon=True)
                if caption is not None:
                    return caption
        if text.find("/", start) >= 0:
            caption = _caption(_AGENCY(), text, start, span, agency=True)
            if caption is not None:
                return caption
        # "Photo by", "courtesy of", "via", "from": one of the four words
        # first, then one of the label words (substring tests: several
        # times quicker than a pattern of alternatives).
        low = fold(text[start:])
        if ("by" in low or "courtesy" in low or "via" in low or "from" in low) and any(
            cue in low for cue in _BY_CUES
        ):
            return _caption(_BY(), text, start, span)
        return None

    return read, byte_cues


# Captions are built from values known valid: no validators to run.
_new_caption = builder(Caption)
_GROUPS: dict[regex.Pattern[str], dict[str, int]] = {}


def _caption(
    pattern: regex.Pattern[str],
    text: str,
    begin: int,
    span: Span | None,
    *,
    colon: bool = False,
    agency: bool = False,
) -> Caption | None:
    """The caption ``pattern`` reads off ``text`` from ``begin``, if any.

    ``colon`` marks the colon-label pattern and ``agency`` the wire-service
    one (its credit is not a lazy one's stand-in, and it has no label).
    """
    match = pattern.search(text, begin)
    if match is None:
        return None
    # The groups' offsets in one call: the regex module's look-up of a
    # group by name costs several times its look-up by number.
    regs = match.regs
    index = _GROUPS.get(pattern)
    if index is None:  # (the regex module builds groupindex anew each time)
        index = _GROUPS[pattern] = dict(pattern.groupindex)
    credit = _credit(
        text, *regs[index["credit"]], least=None if agency else 0 if colon else 1
    )
    if not _credit_ok(credit):
        return None
    head = text[: regs[0][0]].rstrip()
    opened = regs[index["open"]][0] >= 0
    if agency and not opened and regs[index["photo"]][0] < 0:
        return None
    # A credit without brackets at the end of running text needs a
    # sentence (or a line) of its own.
    if not colon and head and not opened and not head.endswith(_SENTENCE_ENDS):
        return None
    label = None
    if not agency:
        label_start, label_end = regs[index["label"]]
        raw_label = text[label_start:label_end]
        label = raw_label.strip() if raw_label else None
    return _new_caption(
        text=_without_counter(head.rstrip(" |-–—(").strip()),
        credit=credit or None,
        label=label,
        raw=text,
        span=span,
    )


def _byte_cues(cues: Iterable[str]) -> tuple[bytes, ...] | None:
    """The cues lower-cased as UTF-8, leaving out those that hold a shorter one.

    ``None`` if one is blank (found everywhere) or goes beyond ASCII as
    written: a look at bytes with A-Z lower-cased finds a label spelled
    in plain ASCII whatever its case, but not "ß" or "ſtuff" (the casefold
    of which is ASCII) as the text spells them.
    """
    cues = tuple(cues)
    if not all(cue and cue.isascii() for cue in cues):
        return None
    unique = sorted({cue.lower() for cue in cues}, key=len)
    kept: list[str] = []
    for cue in unique:
        if not any(short in cue for short in kept):  # "photo" for "photograph"
            kept.append(cue)
    return tuple(cue.encode() for cue in kept)


def _ascii_lower(text: str) -> str:
    """``text`` with A-Z lower-cased and every other character as it is."""
    return (
        text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")
    )


_FEW = 8  # paragraphs


def _candidates(blocks: list[Block], cues: tuple[bytes, ...] | None) -> list[Block]:
    """The paragraphs whose last ``_TAIL`` characters hold a cue or "/".

    ``None`` for cues that cannot be looked for this way (a blank or non-ASCII
    cue). One search per cue of all the tails, as UTF-8 bytes with A-Z
    lower-cased (several times quicker than casefolding text beyond ASCII),
    instead of a look at the end of every paragraph: most paragraphs hold
    none. Every paragraph the reader accepts holds one in its tail (its
    label's first word, or a slash), so none is left out.
    """
    if cues is None or len(blocks) < _FEW:
        return blocks  # (a look at a few paragraphs costs less than the search)
    texts = texts_of(blocks)
    # (Most paragraphs are shorter than the tail: then no slicing at all.)
    if max(map(len, texts)) > _TAIL:
        texts = [text[-_TAIL:] for text in texts]
    tails = "\n".join(texts)
    data = tails.encode("utf-8", "surrogatepass").lower()
    # (A paragraph holds no line break: its tail is one line of the data.)
    return [blocks[i] for i in lines_holding(data, cues)]


def make_captions_parser(
    *, labels: Iterable[str] = LABELS, max_chars: int = 800
) -> Callable[[ParseState], bool]:
    """Build a captions section parser.

    Args:
        labels: Credit labels that take a colon (``Photo:``).
        max_chars: Longest paragraph taken as a caption.

    Returns:
        A section parser that claims caption paragraphs and adds ``captions``.
    """
    read, byte_cues = _make_reader(strings("labels", labels), max_chars)

    def parse_captions(state: ParseState) -> bool:
        """Claim every unclaimed paragraph that carries a credit label."""
        found = False
        for block in _candidates(state.unclaimed(), byte_cues):
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

    return parse_captions


parse_captions = make_captions_parser()
"""The default captions section parser."""

read_caption = make_caption_reader()
"""Read a caption off one paragraph with the default labels, or return None."""
