"""What a section says about the lines it can use: facts and line filters.

The parse state classifies every line once, by cheap facts (:class:`Fact`:
does it hold a digit, a colon, a quotation mark...). A section declares the
lines that can be its own as a :class:`LineFilter` over those facts and a
few plain tests (its first character, a word it must hold, its length), and
:meth:`~articlekit.state.ParseState.candidates` gives it only the unclaimed
lines that pass. The filter is a promise the section keeps: it never drops a
line the section would accept, so a parse with every filter switched off
(``ParseState(text, exhaustive=True)``) gives the same article.

>>> from articlekit.lines import Fact, LineFilter
>>> footer = LineFilter(holding=("comment",), fold=True, max_length=60)
>>> footer.accepts("3 Comments:"), footer.accepts("No reply")
(True, False)
>>> LineFilter(facts=Fact.DIGIT | Fact.COLON).accepts("Posted at 10:15")
True
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable

from attrs import Factory, field, frozen
from attrs.validators import deep_iterable, instance_of, optional

from articlekit._vocab import DASHES, QUOTE_MARKS

__all__ = ["FACT_TESTS", "Fact", "LineFilter", "ascii_lower", "fact_of"]


class Fact(enum.IntFlag):
    """A cheap fact about one line (a stripped, non-blank paragraph)."""

    DIGIT = enum.auto()
    """Holds an ASCII digit."""
    TIME = enum.auto()
    """Holds a time of day: one or two digits, a colon, two digits (``10:15``)."""
    COLON = enum.auto()
    """Holds a colon."""
    ENDS_COLON = enum.auto()
    """Ends with a colon (``3 comments:``, ``Jane Roe reports:``)."""
    QUOTE = enum.auto()
    """Holds a quotation mark, straight or curly, double or single, or a guillemet."""
    DASH = enum.auto()
    """Holds a dash (hyphen-minus, en or em dash, figure dash, horizontal bar)
    right after a space."""
    SLASH = enum.auto()
    """Holds a slash."""
    BRACKET = enum.auto()
    """Holds a round or square bracket."""
    ODD_SPACE = enum.auto()
    """Holds white space other than single ASCII spaces (two spaces, a tab, NBSP...)."""
    NON_ASCII = enum.auto()
    """Holds a character outside ASCII."""
    SPACE = enum.auto()
    """Holds white space of any kind: the line has more than one word."""


_TIME = re.compile(r"\d{1,2}:\d\d")
_QUOTE = re.compile(f"[{re.escape(QUOTE_MARKS)}]")
_DASH = re.compile(f"\\s[{re.escape(DASHES)}]")
_BRACKET = re.compile(r"[()\[\]]")
_DIGIT = re.compile(r"[0-9]")
_ODD_SPACE = re.compile(r"[^\S ]")
_SPACE = re.compile(r"\s")


def _odd_space(text: str) -> bool:
    # The commonest odd spaces are asked for first. Every other white space
    # character is unprintable (a separator or a control), so a printable
    # line holds none of them.
    return (
        "  " in text
        or "\xa0" in text
        or (not text.isprintable() and _ODD_SPACE.search(text) is not None)
    )


def _space(text: str) -> bool:
    # Every white space character but the plain space is unprintable.
    return " " in text or (not text.isprintable() and _SPACE.search(text) is not None)


#: How each fact is decided for one line: the definition the state's
#: classification must agree with (a property test holds it to this).
FACT_TESTS: dict[Fact, Callable[[str], bool]] = {
    Fact.DIGIT: lambda t: _DIGIT.search(t) is not None,
    Fact.TIME: lambda t: _TIME.search(t) is not None,
    Fact.COLON: lambda t: ":" in t,
    Fact.ENDS_COLON: lambda t: t.endswith(":"),
    Fact.QUOTE: lambda t: _QUOTE.search(t) is not None,
    Fact.DASH: lambda t: _DASH.search(t) is not None,
    Fact.SLASH: lambda t: "/" in t,
    Fact.BRACKET: lambda t: _BRACKET.search(t) is not None,
    Fact.ODD_SPACE: _odd_space,
    Fact.NON_ASCII: lambda t: not t.isascii(),
    Fact.SPACE: _space,
}


def fact_of(text: str) -> Fact:
    """Every fact that holds for ``text``, decided one test at a time."""
    found = Fact(0)
    for fact, test in FACT_TESTS.items():
        if test(text):
            found |= fact
    return found


def ascii_lower(text: str) -> str:
    """``text`` with the letters A-Z in lower case, every other character kept."""
    if text.isascii():
        return text.lower()
    # bytes.lower() changes A-Z alone; UTF-8 keeps every other character.
    return (
        text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")
    )


def _bits(facts: Fact) -> tuple[int, ...]:
    return tuple(int(fact) for fact in Fact if fact & facts)


def _strs() -> Callable[..., None]:
    return deep_iterable(member_validator=instance_of(str))


def _tuple(value: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        # A bare string would become its characters.
        raise TypeError(f"expected a sequence of strings, not one string: {value!r}")
    return tuple(value)


@frozen(kw_only=True, cache_hash=True)
class LineFilter:
    """The lines a section can use: every test given must pass.

    An empty filter accepts every line. Several filters given together (a
    tuple) accept a line that any one of them accepts.
    """

    facts: Fact = field(default=Fact(0), validator=instance_of(Fact))
    """At least one of these facts holds (no test when empty)."""
    all_facts: Fact = field(default=Fact(0), validator=instance_of(Fact))
    """Every one of these facts holds."""
    first: str = field(default="", validator=instance_of(str))
    """The line's first character is one of these (no test when empty)."""
    holding: tuple[str, ...] = field(default=(), converter=_tuple, validator=_strs())
    """The line holds one of these strings (no test when empty)."""
    ending: tuple[str, ...] = field(default=(), converter=_tuple, validator=_strs())
    """The line ends with one of these strings (no test when empty)."""
    fold: bool = field(default=False, validator=instance_of(bool))
    """``first``, ``holding`` and ``ending`` compare case-blind
    (:meth:`str.casefold`); give them in lower case."""
    ascii_fold: bool = field(default=False, validator=instance_of(bool))
    """``first``, ``holding`` and ``ending`` compare the letters A-Z case-blind
    and every other character as written (what a rule that lowers only
    A-Z before it looks needs); give them in lower case."""
    max_length: int | None = field(default=None, validator=optional(instance_of(int)))
    """The line has at most this many characters."""
    any_bits: tuple[int, ...] = field(
        init=False,
        eq=False,
        repr=False,
        default=Factory(lambda self: _bits(self.facts), takes_self=True),
    )
    """The single facts of :attr:`facts`, as plain ints (worked out once)."""
    all_bits: tuple[int, ...] = field(
        init=False,
        eq=False,
        repr=False,
        default=Factory(lambda self: _bits(self.all_facts), takes_self=True),
    )
    """The single facts of :attr:`all_facts`, as plain ints."""

    def accepts(self, text: str) -> bool:
        """Whether one line passes, decided directly.

        The reference that the parse state's evaluation of many lines at
        once agrees with.
        """
        if self.max_length is not None and len(text) > self.max_length:
            return False
        if self.any_bits or self.all_bits:
            found = fact_of(text)
            if self.any_bits and not found & self.facts:
                return False
            if found & self.all_facts != self.all_facts:
                return False
        if self.fold:
            folded = text.casefold()
        elif self.ascii_fold:
            folded = ascii_lower(text)
        else:
            folded = text
        if self.first and (not folded or folded[0] not in self.first):
            return False
        if self.holding and not any(h in folded for h in self.holding):
            return False
        return not self.ending or folded.endswith(self.ending)
