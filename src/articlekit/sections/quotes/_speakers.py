"""Speakers: who the words of an attribution name, and who a pronoun stands for.

The words before a verb name the speaker by the part next to the verb
("the governor, Helena Varga, said"), skipping a lower-case appositive
("Jane Roe, an analyst at Acme, said"); the words after it by the name they
open with ("said mechanical engineer Taryn Bailey"). "the media union" is
an organisation that speaks; "the party leader" is a role, and stands for a
person, as "he" does: the subject of a sentence just before, or the last
name mentioned.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from itertools import chain

import regex

from articlekit import _vocab
from articlekit._names import (
    NOT_NAMES,
    clean_name,
    is_abbreviation,
    is_name_word,
    leading_name,
    only_titles,
    trailing_name,
)
from articlekit._options import LazyPattern
from articlekit._sentences import sentences
from articlekit.sections.quotes._marks import GLUE, QUOTED

#: Nouns that make "the media union" or "the ministry" an organisation that
#: speaks, rather than a role ("the official") that stands for a person.
ORGANISATION_NOUNS: frozenset[str] = _vocab.ORGANISATION_NOUNS

# Pronouns (and possessives: "his claims that ...") that stand for a person.
_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "i", "we"})
_POSSESSIVES = frozenset({"his", "her", "their"})
_STANDS_FOR_SOMEONE = _PRONOUNS | _POSSESSIVES

# Time phrases and adverbs between a subject and its verb: "on Wednesday".
_TIME_NOUNS = (
    *_vocab.ENGLISH_WEEKDAYS,
    "week", "month", "year", "morning", "afternoon", "evening", "night", "day",
    "statement", "interview", "post", "speech", "tweet", "note", "letter", "report",
    "email", "call",
    *_vocab.ENGLISH_MONTHS,
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
# The words an adverbial ends with, in lower case (and any word in -ly).
_ADVERBIAL_ENDS = frozenset(_TIME_NOUNS + _ADVERBS)

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
# Punctuation that ends the speaker's name ("said Jane Roe, an analyst").
_NAME_END = re.compile(r'[,.;:!?(“"]')

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

# The last mark that ends a clause. Searched from the right, a look costs
# the length of the text after that mark, not of the whole window.
LAST_CLAUSE_MARK = LazyPattern(r"[.;:!?“”\"()]", regex.REVERSE)

#: Who an attribution names: ``(kind, value)``, as :func:`classify` says.
Named = tuple[str, str | None]


def after_last(mark: regex.Pattern[str], text: str) -> str:
    """The text after the last match of ``mark`` (all of it if none)."""
    found = mark.search(text)
    return text if found is None else text[found.end() :]


def classify(phrase: str, *, at_end: bool) -> Named:
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
    while words and _is_adverbial(words[-1]):
        words = words[:-1]  # "The media union later stated"
    if not words:
        return "unnamed", None
    if len(words) == 1 and words[0].casefold() in _PRONOUNS:
        return "pronoun", words[0].casefold()
    if words[0] in ("the", "The"):
        return _classify_the(words[1:], at_end=at_end)
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


def _classify_the(words: list[str], *, at_end: bool) -> Named:
    """Say who a phrase opening with "the" names, from the words after it."""
    rest = [w.strip(",.;:") for w in words]
    if rest and all(is_name_word(w) for w in rest):
        return "name", " ".join(rest)  # "the Syrian Defense Ministry"
    if rest and rest[-1].casefold() in ORGANISATION_NOUNS and len(rest) <= 4:
        return "name", " ".join(rest)  # "the media union"
    name = trailing_name(" ".join(rest)) if at_end else None
    if name is not None:
        return "name", name
    if rest and len(rest) <= 4 and not any(w.casefold() in GLUE for w in rest):
        return "role", None  # "the Liberal leader", "the 69-year-old"
    return "unnamed", None


def _may_end_adverbial(word: str) -> bool:
    """Whether :data:`_ADVERBIAL` can end with ``word`` (``False`` is certain).

    The pattern's last word is a time noun, an adverb or a word in -ly,
    matched case-blind. A plain ASCII word is judged by its lower case;
    any other is left to the pattern, whose case-blind matching of letters
    beyond ASCII this does not repeat.
    """
    if not word.isascii():
        return True
    low = word.lower()
    return low in _ADVERBIAL_ENDS or low.endswith("ly")


def _is_adverbial(word: str) -> bool:
    """Whether one word is an adverb on its own ("later", "bluntly")."""
    return _may_end_adverbial(word) and _ADVERBIAL.search(" " + word) is not None


def _without_adverbial(text: str) -> str:
    """``text`` without the time phrase or adverb that ends it ("on Wednesday").

    The phrase is at most its last four words ("on a cold Wednesday") and
    the spaces before them, so only those are searched, and only when the
    last word can end it: a search tries the pattern after every space.
    """
    words = text.rsplit(None, 4)
    if not words or not _may_end_adverbial(words[-1]):
        return text
    # With more than four words, the first piece ends where the spaces
    # before the fourth word from the end begin.
    cut = len(words[0]) if len(words) == 5 else 0
    return text[:cut] + _ADVERBIAL.sub("", text[cut:])


def subject(phrase: str) -> Named:
    """Classify the subject before a verb, appositives and all.

    The part next to the verb names the speaker ("the governor, Helena
    Varga, said"; "After the loss to Ohio State, Beilein said") unless it is
    an appositive that opens in lower case ("Jane Roe, an analyst at Acme,
    said"); then an earlier part does.
    """
    parts = [p for p in phrase.split(",") if p.strip()]
    best: Named = ("unnamed", None)
    for part in reversed(parts):
        kind, who = classify(part, at_end=True)
        opens_lower = part.strip()[:1].islower()
        if kind == "name" and not opens_lower:
            return kind, who
        if kind != "unnamed" and best[0] == "unnamed":
            best = (kind, who)
    return best


def subject_before(head: str) -> tuple[str, str | None, int] | None:
    """The person the words before a speech verb name, if any.

    Returns:
        ``(kind, value, offset)``: a pronoun, a name or a role as
        :func:`classify` says, and where it starts in ``head``.
    """
    head = head.rstrip()
    # Only the tail can hold the subject; the end-anchored pattern reads
    # at most its last 120 characters, whatever the sentence's length.
    head = head[:-120] + _without_adverbial(head[-120:])
    if head.endswith(" to"):
        # A verb in the infinitive speaks for the person before "to", its
        # subject: "asked Jane Roe to say", "got John Doe to write".
        head = head[:-3]
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
    segment = after_last(LAST_CLAUSE_MARK(), head).rpartition(",")[2]
    kind, _ = classify(segment, at_end=True)
    if kind == "role":
        return "role", None, len(head) - len(segment)
    return None


# Words that open an adverbial phrase before a sentence's subject ("In a
# statement, the president ..."; "After the vote, Roe ...").
_OPENERS = frozenset(
    {
        "in", "on", "at", "after", "before", "during", "following", "despite",
        "while", "when", "as", "with", "for", "from", "since", "speaking",
        "asked", "later", "earlier", "meanwhile", "however", "then",
    }
)  # fmt: skip
# Words that tie a verb to the main clause's subject rather than a subject
# of its own: "Roe thanked the crowd and said", "a notice, which stated".
_LINKS = frozenset({"and", "which", "then", "before", "after", "while"})


def linked_verb(head: str, verb: str) -> bool:
    """Whether ``verb`` after ``head`` belongs to the main clause's subject.

    A participle after a comma ("…, saying"), a verb coordinated by "and",
    or one in a relative clause ("which stated") has no subject of its own.
    """
    tail = head.rstrip()
    if verb.casefold().endswith("ing") and (not tail or tail.endswith(",")):
        return True
    last = tail.rsplit(None, 1)[-1:]
    return bool(last) and last[0].casefold() in _LINKS


def main_subject(sentence: str) -> Named:
    """Who the main clause of ``sentence`` (its text up to a verb) names.

    An adverbial phrase that opens it is skipped ("In a statement, the
    president expressed ..."); its subject is a pronoun, a name, or "the"
    and a role or organisation, read from the start.
    """
    words = sentence.split(None, 1)
    if words and words[0].strip(",").casefold() in _OPENERS and "," in sentence:
        sentence = sentence.split(",", 1)[1]
        words = sentence.split(None, 1)
    if not words:
        return "unnamed", None
    first = words[0].strip(",;:")
    if first.casefold() in _PRONOUNS:
        return "pronoun", first.casefold()
    if first in ("the", "The"):
        head = sentence.split()[1:4]
        # The subject ends where a lower-case word follows a noun: try the
        # fewest words that name someone or something.
        for n in range(1, len(head) + 1):
            kind, who = _classify_the(head[:n], at_end=False)
            if kind == "name" and (n == len(head) or not is_name_word(head[n])):
                if only_titles(" ".join(head[:n])):
                    return "role", None  # "the Princess": a title alone
                return kind, who
        return ("role", None) if head else ("unnamed", None)
    name = leading_name(sentence)
    if name is not None and name.casefold() not in NOT_NAMES:
        return "name", name
    return "unnamed", None


def _name_end(rest: str) -> int:
    """Where punctuation ends the name that ``rest`` opens (its length if none).

    The stop of an abbreviation or an initial ("Lt. Gen. Jane Roe") does not.
    """
    for stop in _NAME_END.finditer(rest):
        at = stop.start()
        if rest[at] == ".":
            word = rest[: at + 1].rsplit(None, 1)[-1]
            if is_abbreviation(word):
                continue
        return at
    return len(rest)


def speaker_after_verb(rest: str) -> Named:
    """Who the words after a speech verb name ("said Jane Roe, an analyst").

    A role that ends in a lower-case word and is followed by a name
    between commas ("said Acme chief-of-staff, Lt. Gen. Jane Roe, in ...")
    names that person, not the employer before the role.
    """
    phrase = name_after_verb(rest)
    if len(phrase) > 100:
        return "unnamed", None
    found = classify(phrase, at_end=False)
    words = phrase.split()
    stop = _name_end(rest)
    if words and not is_name_word(words[-1]) and rest[stop : stop + 1] == ",":
        second = name_after_verb(rest[stop + 1 :])
        if second[:1].isupper() and len(second) <= 100:
            kind, who = classify(second, at_end=False)
            if kind == "name":
                return kind, who
    return found


def name_after_verb(rest: str) -> str:
    """The words after a verb up to where the speaker's name must end."""
    stop = _name_end(rest)
    words = rest[:stop].split()
    named = False
    for i, word in enumerate(words):
        # A stop word ends the name only once the name has begun: "said
        # engineer and team member Taryn Bailey" keeps its "and".
        if named and word.casefold() in _NAME_STOPS:
            words = words[:i]
            break
        named = named or (word[:1].isupper() and word.casefold() not in NOT_NAMES)
    return " ".join(words)


class Antecedents:
    """Who a pronoun, a role or an unnamed quotation may stand for, in one body.

    Built for one parse, and nothing outlives it. What the end of a
    paragraph names is kept by the paragraph's number, so the quotations of
    a paragraph read the paragraphs above it once. The looks at the text
    just before a quotation are kept by that text, up to 256 at a time: a
    paragraph that repeats one sentence and quotation (a pasted template)
    reads it once, not once for each quotation.
    """

    __slots__ = (
        "_body",
        "_find_verbs",
        "_introduced",
        "_people",
        "_person_here",
        "_reported",
        "_reported_here",
        "_subject_here",
        "_subjects",
    )

    def __init__(
        self,
        body: Sequence[str],
        find_verbs: Callable[[str], list[tuple[int, int]]] | None = None,
    ) -> None:
        """Look for antecedents in the paragraphs ``body`` (their texts).

        ``find_verbs`` finds the speech verbs of a text (as offsets); with
        it, the subject of a reported-speech verb (``Roe said the plan
        works.``) is an antecedent of its own, see :meth:`reporter`.
        """
        self._body = body
        self._find_verbs = find_verbs
        self._reported: dict[int, str | None] = {}
        self._reported_here: dict[str, str | None] = {}
        self._subjects: dict[int, str | None] = {}
        self._people: dict[int, str | None] = {}
        self._introduced: dict[int, str | None] = {}
        self._subject_here: dict[str, str | None] = {}
        self._person_here: dict[str, str | None] = {}

    def recent_person(self, number: int, before: str) -> str | None:
        """The person a pronoun or role in paragraph ``number`` stands for.

        The subject of a sentence before it (in the last 300 characters of
        ``before``, the paragraph's text up to it, then at the ends of the
        two paragraphs above), else the last name mentioned there: an
        antecedent is near, and bounded looks keep a paragraph of many
        pronouns linear.
        """
        here = before[-300:]
        above = range(number - 1, max(number - 3, -1), -1)  # nearest first
        name = _first_named(
            chain(
                [_kept(self._subject_here, here, sentence_subject)],
                map(self._subject_of, above),
            )
        )
        if name is None:
            name = _first_named(
                chain(
                    [_kept(self._person_here, here, first_person_in_last_sentence)],
                    map(self._person_of, above),
                )
            )
        return name

    def reporter(self, number: int, before: str, since: int = -1) -> str | None:
        """Who a pronoun in paragraph ``number`` stands for by reported speech.

        The named subject of the last speech verb outside quotation marks
        in ``before`` (the paragraph's text up to the pronoun's quotation),
        else in the paragraphs above within 300 characters: "Roe explained
        that … “…,” she said" and "… the plan works, Roe said." above
        "“…,” she said". No paragraph above ``since`` (where the last
        speaker was quoted) is read: the person found was named after any
        speaker quoted earlier, so outranks them.
        """
        if self._find_verbs is None:
            return None
        name = _kept(self._reported_here, before[-300:], self._reporter_in)
        # The paragraphs above, nearest first, up to 300 characters read: one
        # paragraph of prose, or the few short lines of a hard-wrapped dump.
        read, above = len(before), number - 1
        while (
            name is None
            and above >= max(0, since)
            and read < 300
            and above > number - 5
        ):
            if above not in self._reported:
                self._reported[above] = self._reporter_in(self._body[above][-300:])
            name = self._reported[above]
            read += len(self._body[above])
            above -= 1
        return name

    def _reporter_in(self, text: str) -> str | None:
        """The named subject of the last speech verb outside quotations in ``text``."""
        assert self._find_verbs is not None
        # Blanked, not cut: the verbs' offsets stay those of ``text``.
        plain = QUOTED.sub(lambda m: " " * len(m.group()), text)
        for start, _ in reversed(self._find_verbs(plain)[-3:]):
            head = plain[:start]
            found = subject_before(head)
            if found is None or found[0] != "name" or found[1] is None:
                continue
            # "The Daily Courier reported": a name after "the" is a
            # publication or a body, not a person a pronoun stands for.
            words = head[: head.rfind(found[1])].split()
            if words and words[-1].casefold() == "the":
                continue
            return found[1]
        return None

    def named_in(self, number: int) -> str | None:
        """The last person paragraph ``number`` names, if it is a sentence.

        Quotations are left out. A paragraph that does not end as a
        sentence does (a signature line, "Jane Roe, MP") introduces nobody.
        """
        if self._body[number].rstrip("\"”’)' ")[-1:] not in ".:!?":
            return None
        return self._person_of(number)

    def introduced_by(self, number: int) -> str | None:
        """Who paragraph ``number`` introduces ("the statement put out by NAME:")."""
        if number not in self._introduced:
            previous = self._tail(number)
            words = {w.strip(".,:;").casefold() for w in previous.split()}
            introduces = not words.isdisjoint(_INTRODUCING) or previous.endswith(":")
            self._introduced[number] = self._person_of(number) if introduces else None
        return self._introduced[number]

    def _tail(self, number: int) -> str:
        return self._body[number][-1000:]

    def _subject_of(self, number: int) -> str | None:
        if number not in self._subjects:
            self._subjects[number] = sentence_subject(self._tail(number))
        return self._subjects[number]

    def _person_of(self, number: int) -> str | None:
        if number not in self._people:
            self._people[number] = person_in(self._tail(number))
        return self._people[number]


def _kept(
    memo: dict[str, str | None], text: str, look: Callable[[str], str | None]
) -> str | None:
    """``look(text)``, kept in ``memo``, which is emptied when it holds 256."""
    if text not in memo:
        if len(memo) >= 256:
            memo.clear()
        memo[text] = look(text)
    return memo[text]


def _first_named(names: Iterable[str | None]) -> str | None:
    """The first of ``names`` that is not ``None``, looking no further."""
    return next((name for name in names if name is not None), None)


def continued_speaker(
    antecedents: Antecedents,
    number: int,
    *,
    verb_outside: bool,
    speaker_here: str | None,
    open_speaker: str | None,
    last_speaker: str | None,
    alone: bool = False,
) -> str | None:
    """The speaker of a quoted sentence in paragraph ``number`` that names nobody.

    It continues the quotation before it: in its paragraph
    (``speaker_here``), an open one from the paragraph above
    (``open_speaker``), or (in a paragraph with no speech verb of its own,
    "Opening statement: “...”") the last speaker quoted. A first quotation
    under a paragraph that introduces a statement is that person's. A
    quotation standing alone as its paragraph (``alone``) is first the
    person's that the paragraph above names ("… reserves manager Jane Roe
    has been overwhelmed." above "“…”"): a speaker introduced there.
    """
    if speaker_here is not None or open_speaker is not None:
        return speaker_here or open_speaker
    if verb_outside:
        return None
    if alone and number > 0:
        named = antecedents.named_in(number - 1)
        if named is not None:
            return named
    if last_speaker is not None:
        return last_speaker
    if number == 0:
        return None
    return antecedents.introduced_by(number - 1)


def sentence_subject(text: str) -> str | None:
    """The subject of the last sentence of ``text`` that opens with a name."""
    for sentence in reversed(sentences(QUOTED.sub(" ", text))):
        name = leading_name(sentence)
        if (
            name is not None
            and name.casefold() not in NOT_NAMES
            and not only_titles(name)
        ):
            return name
    return None


def person_in(text: str) -> str | None:
    """The last name mentioned in ``text``, quotations left out."""
    return _last_person(QUOTED.sub(" ", text))


def first_person_in_last_sentence(text: str) -> str | None:
    """The first name of the last sentence of ``text`` that names anyone.

    A pronoun's antecedent is most often the subject, which comes first
    ("Jane Roe, the party's treasurer, is fighting back against the idea
    that … John Doe." above "she said"), not the last name mentioned.
    """
    for sentence in reversed(sentences(QUOTED.sub(" ", text))):
        name = _first_person(sentence)
        if name is not None:
            return name
    return None


def _first_person(text: str) -> str | None:
    """The first run of two or more capitalised name words in ``text``.

    The runs are those of :func:`_last_person`, read from the start: the
    first that makes a name is the answer and the rest is never read.
    """
    run: list[str] = []  # the run being read, in order
    for word in text.split():
        clean = word.strip("\"'“”‘’()[],;:.!?")
        if clean and is_name_word(clean) and clean.casefold() not in NOT_NAMES:
            run.append(clean)
            if clean == word.strip("\"'“”‘’()[]"):
                continue  # no punctuation after it: the run may go on
        name = clean_name(run) if len(run) >= 2 else None
        if name is not None:
            return name
        run = []
    return clean_name(run) if len(run) >= 2 else None


def _last_person(text: str) -> str | None:
    """The last run of two or more capitalised name words in ``text``.

    A run is name words in a row, and punctuation after one of them (a
    comma, a stop) ends the run with that word. The words are read from
    the end, so the first run that makes a name is the answer and the rest
    of the text is never read.
    """
    run: list[str] = []  # the run being read, its last word first
    for word in reversed(text.split()):
        clean = word.strip("\"'“”‘’()[],;:.!?")
        if clean and is_name_word(clean) and clean.casefold() not in NOT_NAMES:
            if clean == word.strip("\"'“”‘’()[]"):
                run.append(clean)
                continue
            closes = True  # the last word of a run before this one
        else:
            closes = False
        name = _named(run)
        if name is not None:
            return name
        run = [clean] if closes else []
    return _named(run)


def _named(run: list[str]) -> str | None:
    """The name a run of two or more name words (last word first) makes."""
    return clean_name(run[::-1]) if len(run) >= 2 else None
