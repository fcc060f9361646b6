"""Byline: who wrote the quoted piece, and where, on a line of its own.

Recognises ``AUTHOR(S) VERB in PUBLICATION:`` and its variants::

    Jared Malsin reports in the Wall Street Journal:
    Ana Pérez, Jon Berg and Li Wei write in Bloomberg:
    The Economist reports:
    Derek Thompson in The Atlantic:

It looks only near the top (the quoted source follows the blogger's summary),
so a sentence in the body that happens to have the same shape is left alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import regex

from articlekit._build import builder
from articlekit._names import NOT_NAMES, is_name_word
from articlekit._options import LazyPattern, strings
from articlekit._vocab import FIELD_WORDS
from articlekit._words import PhraseFinder
from articlekit.models import Byline
from articlekit.pipeline import section
from articlekit.sections._value import Configured
from articlekit.state import ParseState

__all__ = [
    "VERBS",
    "make_byline_parser",
    "make_byline_reader",
    "parse_byline",
    "read_byline",
]

#: Reporting verbs, in the singular; the plural (``report``) is derived.
VERBS: tuple[str, ...] = (
    "reports", "writes", "comments", "argues", "notes", "explains", "analyzes",
    "analyses", "observes", "suggests", "opines", "asks", "reflects", "predicts",
    "contends", "claims", "speculates", "details", "reviews", "describes",
    "discusses", "examines", "considers", "concludes", "warns", "says", "reveals",
    "recounts", "investigates", "assesses", "summarizes", "summarises", "muses",
    "wonders", "posits", "offers", "answers", "responds", "shares", "charts",
    "illustrates", "outlines", "proposes", "recommends", "interviews", "profiles",
    "chronicles", "explores", "documents", "highlights", "estimates", "calculates",
    "finds", "shows", "cautions", "insists", "maintains", "points out", "opined",
    "wrote", "reported", "noted", "argued", "explained",
)  # fmt: skip

# Words that mark a lone subject as a publication rather than a person:
# kinds of publication and organisation, and the fields they cover.
_PUBLICATION_WORDS = FIELD_WORDS | frozenset(
    [
        "times",
        "journal",
        "post",
        "news",
        "review",
        "economist",
        "magazine",
        "insider",
        "week",
        "weekly",
        "daily",
        "wire",
        "herald",
        "tribune",
        "guardian",
        "telegraph",
        "reuters",
        "bloomberg",
        "axios",
        "politico",
        "atlantic",
        "monitor",
        "observer",
        "independent",
        "standard",
        "gazette",
        "chronicle",
        "report",
        "quarterly",
        "affairs",
        "today",
        "press",
        "associated",
        "street",
        "fortune",
        "forbes",
        "wired",
        "verge",
        "techcrunch",
        "vox",
        "slate",
        "salon",
        "mail",
        "express",
        "mirror",
        "sun",
        "star",
        "register",
        "record",
        "bulletin",
        "digest",
        "journalism",
        "media",
        "network",
        "networks",
        "radio",
        "tv",
        "television",
        "newsletter",
        "blog",
        "substack",
        "institute",
        "foundation",
        "center",
        "centre",
        "council",
        "commission",
        "agency",
        "bank",
        "fund",
        "university",
        "company",
        "corp",
        "inc",
        "ltd",
        "group",
    ]
)

_WORD = r"[^\s,:;&]+"
# Between words: any spaces (NBSP included), commas and ampersands.
_GAP = r"[\s,&]+"


def _verb_forms(verbs: Iterable[str]) -> set[str]:
    forms: set[str] = set()
    for verb in verbs:
        verb = verb.casefold().strip()
        forms.add(verb)
        head, _, rest = verb.partition(" ")
        if head.endswith("ies"):
            plural = head[:-3] + "y"
        elif head.endswith(("sses", "zzes", "ches", "shes", "xes")):
            plural = head[:-2]
        elif head.endswith("s") and not head.endswith("ss"):
            plural = head[:-1]
        else:
            plural = head
        forms.add(f"{plural} {rest}".strip())
    return forms


# Between two authors: a comma (with "and" or "&" after it), "and" or "&".
_AUTHOR_BREAK = regex.compile(r"\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+")


def _split_authors(subject: str) -> list[str]:
    """Split ``A, B and C`` (or ``A & B``) into names, spaces made plain."""
    parts = _AUTHOR_BREAK.split(subject)
    return [" ".join(p.split()) for p in parts if p.strip()]


def _is_name(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 6 and all(is_name_word(w) for w in words)


# Lower-case words a publication's name may hold ("Journal of Commerce").
_PUBLICATION_GLUE = frozenset({"of", "the", "and", "for", "on", "in", "at", "&", "de"})


def _is_brand(word: str) -> bool:
    """A word spelled as a brand: lower case first, a capital inside (``eMarketer``)."""
    return word[:1].islower() and not word.islower() and word.isalpha()


def _opens_name(word: str) -> bool:
    """Whether ``word`` can open a publication's name."""
    return word[:1].isupper() or word[:1].isdigit() or _is_brand(word)


def _is_publication(text: str) -> bool:
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    if not words or len(words) > 10:
        return False
    # A name of capitalised words (or brands spelled as their owners spell
    # them) and a little glue; a clause of lower-case words ("report that
    # the plan will fail") is running text.
    return _opens_name(words[0]) and all(
        _opens_name(w) or w in _PUBLICATION_GLUE for w in words
    )


def _strip_the(publication: str) -> str:
    # "in the Wall Street Journal": the lower-case article is not the name;
    # "The Economist" keeps its capitalised one.
    return publication[4:] if publication.startswith("the ") else publication


_PREPOSITIONS = ("in", "for", "at", "on", "from", "via", "with", "to")


# Bylines are built from values known valid (strings the reader cut from
# the line, a tuple of names, a block's span): no validators to run.
_new_byline = builder(Byline)

_Parts = tuple[tuple[str, ...], str | None, str | None]
"""What a byline line gives: its authors, its publication and its verb."""


class BylineReader(Configured):
    """The byline reader that :func:`make_byline_reader` builds."""

    __slots__ = ("_find_verbs", "_max_chars", "_tail", "_without_verb")

    def __init__(
        self, *, verbs: Iterable[str], prepositions: Iterable[str], max_chars: int
    ) -> None:
        """Index the verbs, build the patterns (see :func:`make_byline_reader`)."""
        verb_list = strings("verbs", verbs)
        preps = strings("prepositions", prepositions)
        super().__init__(verbs=verb_list, prepositions=preps, max_chars=max_chars)
        self._max_chars = max_chars
        self._find_verbs = PhraseFinder(_verb_forms(verb_list))
        prep = "|".join(regex.escape(p) for p in preps)
        # After the verb: nothing, or "in PUBLICATION"; a colon may end the line.
        self._tail = regex.compile(
            rf"(?:\s+(?:{prep})\s+(?P<pub>[^:]{{1,100}}?))?\s*:?$", regex.I
        )
        # "Derek Thompson in The Atlantic:" needs its colon: without a verb the
        # shape is too common in running text.
        self._without_verb = LazyPattern(
            rf"^(?P<subject>{_WORD}(?:{_GAP}{_WORD}){{0,24}}?)\s+(?:{prep})\s+"
            r"(?P<pub>[^:]{1,100}?)\s*:$"
        )

    def read(self, line: str) -> Byline | None:
        """The byline of ``line``, with no span, or ``None``."""
        found = self.parts(line)
        if found is None:
            return None
        authors, publication, verb = found
        return _new_byline(
            authors=authors, publication=publication, verb=verb, text=line, span=None
        )

    __call__ = read

    def _split(
        self, line: str, verbs_at: list[tuple[int, int]]
    ) -> tuple[str, str | None, str | None] | None:
        """Split a byline into subject, verb and publication.

        ``verbs_at``: where the reporting verbs of ``line`` lie.
        """
        tail = self._tail
        for start, end in verbs_at:
            subject = line[:start]
            if not subject.strip() or len(subject.split()) > 25:
                continue
            match = tail.match(line, end)
            if match is not None:
                return subject, line[start:end], match["pub"]
        match = self._without_verb().match(line)
        if match is not None:
            return match["subject"], None, match["pub"]
        return None

    def parts(self, line: str) -> _Parts | None:
        """The authors, publication and verb of a byline line, or ``None``."""
        if len(line) > self._max_chars:
            return None
        verbs_at = self._find_verbs(line)
        # Every shape has a reporting verb or ends with a colon.
        if not verbs_at and not line.endswith(":"):
            return None
        found = self._split(line, verbs_at)
        if found is None:
            return None
        subject = " ".join(found[0].split())
        said = found[1]
        pub = " ".join(found[2].split()) if found[2] else None
        if pub is not None:
            if not _is_publication(pub):
                return None
            authors = _split_authors(subject)
            if not authors or not all(_is_name(a) for a in authors):
                return None
            return tuple(authors), _strip_the(pub), said
        # A lone subject: "The Economist reports:" or "Jane Doe writes:".
        if not line.endswith(":"):
            return None
        if _is_brand(subject):
            return (), subject, said  # "eMarketer reports:"
        authors = _split_authors(subject)
        if not authors or not all(_is_name(a) for a in authors):
            return None
        first = subject.split()[0]
        opens_sentence = first.casefold() in NOT_NAMES and first != "The"
        if opens_sentence or not first[:1].isupper():
            return None  # "No comments:", "3 comments:", "This shows:"
        words = subject.casefold().split()
        if len(authors) == 1 and (
            words[0] == "the"
            or len(words) == 1
            or any(w in _PUBLICATION_WORDS for w in words)
        ):
            return (), _strip_the(subject), said
        return tuple(authors), None, said


def make_byline_reader(
    *,
    verbs: Iterable[str] = VERBS,
    prepositions: Iterable[str] = _PREPOSITIONS,
    max_chars: int = 200,
) -> Callable[[str], Byline | None]:
    """Build a function that reads a byline off one line (or returns ``None``).

    Args:
        verbs: Reporting verbs in the singular (``reports``); plurals follow.
        prepositions: Words between the verb and the publication.
        max_chars: Longest line taken as a byline.

    Returns:
        A :class:`BylineReader`, which pickles and copies.
    """
    return BylineReader(verbs=verbs, prepositions=prepositions, max_chars=max_chars)


# No line filter: a byline line is at most max_chars long and ends with a
# colon or holds a reporting verb, and the reader tells both at once on the
# few lines it reads, where a filter is worked out over every line of the
# input (for the verbs, a look for each of a hundred forms).
@section(sets=("byline",))
class BylineParser(Configured):
    """The byline section parser that :func:`make_byline_parser` builds."""

    __slots__ = ("_reader", "_search")

    def __init__(
        self,
        *,
        verbs: Iterable[str],
        prepositions: Iterable[str],
        search: int,
        max_chars: int,
    ) -> None:
        """Build the reader (see :func:`make_byline_parser`)."""
        verb_list = strings("verbs", verbs)
        preps = strings("prepositions", prepositions)
        super().__init__(
            verbs=verb_list, prepositions=preps, search=search, max_chars=max_chars
        )
        self._reader = BylineReader(
            verbs=verb_list, prepositions=preps, max_chars=max_chars
        )
        self._search = search

    def __call__(self, state: ParseState) -> bool:
        """Find the byline among the first unclaimed blocks."""
        parts = self._reader.parts
        for block in map(state.block, state.unclaimed_indices()[: self._search]):
            found = parts(block.text)
            if found is not None:
                authors, publication, verb = found
                state.claim(block)
                state.set_byline(
                    _new_byline(
                        authors=authors,
                        publication=publication,
                        verb=verb,
                        text=block.text,
                        span=block.span,
                    )
                )
                return True
        state.report("byline.missing")
        return False


def make_byline_parser(
    *,
    verbs: Iterable[str] = VERBS,
    prepositions: Iterable[str] = _PREPOSITIONS,
    search: int = 10,
    max_chars: int = 200,
) -> Callable[[ParseState], bool]:
    """Build a byline section parser.

    Args:
        verbs: Reporting verbs in the singular (``reports``); plurals follow.
        prepositions: Words between the verb and the publication.
        search: How many unclaimed blocks from the top to look through.
        max_chars: Longest line taken as a byline.

    Returns:
        A section parser that claims the byline line and sets ``byline``: a
        :class:`BylineParser`, which pickles and copies.
    """
    return BylineParser(
        verbs=verbs, prepositions=prepositions, search=search, max_chars=max_chars
    )


parse_byline = make_byline_parser()
"""The default byline section parser."""

read_byline = make_byline_reader()
"""Read a byline off one line with the default verbs, or return ``None``."""
