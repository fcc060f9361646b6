"""The shapes each part of a dump takes, drawn for :mod:`articlekit.strategies`.

The vocabulary (names, words, publications, labels), the date headers, and
one function per part that draws it with Hypothesis's ``draw`` and returns
the model and the text it is written as. Needs the ``hypothesis`` extra.
"""

from __future__ import annotations

import datetime as _dt
import random

from hypothesis import strategies as st

from articlekit.formatting import format_date
from articlekit.models import Byline, Caption, CommentFooter

FIRST = ("Jane", "Tom", "Ana", "Li", "Maria", "Jared", "Tomás", "Priya", "Olu", "Zoë")
LAST = ("Roe", "Malsin", "Pérez", "Wei", "Lind", "Okafor", "van Dijk", "al-Rashid",
        "Berg", "O'Neill")  # fmt: skip
PUBLICATIONS = ("Wall Street Journal", "Financial Times", "Economist", "Guardian",
                "New York Times", "Atlantic", "Harbour Gazette")  # fmt: skip
VERBS = ("reports", "writes", "argues", "notes", "explains", "comments")
# Lower-case words only: a sentence is a capitalised word and lower-case ones,
# so one sentence never lies inside another unless the two are the same.
WORDS = ("the", "port", "strike", "river", "council", "budget", "rain", "market",
         "growers", "ferry", "bridge", "town", "workers", "prices", "week", "plan",
         "season", "harvest", "road", "school", "closed", "rose", "fell", "opened",
         "north", "south", "new", "old", "late", "early", "cheap", "costly",
         "fishermen", "farmers", "drivers", "teachers", "tourists")  # fmt: skip
SPACES = (" ", " ", " ", " ", "\u00a0")
STOPS = (".", ".", "!", "?")
LABELS = ("Photo", "Photograph", "Photos", "Image", "Illustration", "Credit", "PHOTO")
AGENCIES = ("Reuters", "Getty Images", "Agence France-Presse", "Valley Press")
SIGNATURE_LETTERS = "ABCDEFGHIJKLMNOPRSTW"
CHROME = ("Post a Comment", "Newer Post Older Post Home",
          "Subscribe to: Post Comments (Atom)")  # fmt: skip
TIMES = ("10:15 AM", "6:02 PM", "11:59 PM")


#: People's names: a first name and a last name.
NAMES = st.builds(
    lambda first, last: f"{first} {last}", st.sampled_from(FIRST), st.sampled_from(LAST)
)
#: The authors of a byline: none (a publication alone) to three.
AUTHORS = st.lists(NAMES, max_size=3, unique=True)


def pick(draw: st.DrawFn, options: tuple[str, ...]) -> str:
    """One of ``options``, which may be made up on the spot.

    ``sampled_from`` of new values builds and checks a new strategy on each
    call; an index into them draws from one strategy, built once.
    """
    return options[draw(st.integers(0, len(options) - 1))]


MONTHS = ("January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December")  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday")  # fmt: skip
# Blogger localises its headers: French, German and Spanish month names.
FRENCH = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre")  # fmt: skip
GERMAN = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember")  # fmt: skip
SPANISH = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre")  # fmt: skip


def ordinal(day: int) -> str:
    """The day with its English ordinal suffix: ``1st``, ``12th``, ``22nd``."""
    suffix = (
        "th" if day in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    )
    return f"{day}{suffix}"


def month(d: _dt.date) -> str:
    """The English name of the month of ``d``."""
    return MONTHS[d.month - 1]


def weekday(d: _dt.date) -> str:
    """The English name of the weekday of ``d``."""
    return WEEKDAYS[d.weekday()]


DATE_FORMATS = (
    format_date,
    lambda d: f"{weekday(d)}, {month(d)} {d.day:02}, {d.year}",
    lambda d: f"{d.day} {month(d)} {d.year}",
    lambda d: f"{weekday(d)}, {d.day} {month(d)} {d.year}",
    lambda d: d.isoformat(),
    lambda d: f"{month(d)} {d.day}, {d.year}",
    lambda d: f"{month(d)} {ordinal(d.day)}, {d.year}",
    lambda d: f"{d.day} {FRENCH[d.month - 1]} {d.year}",
    lambda d: f"{d.day}. {GERMAN[d.month - 1]} {d.year}",
    lambda d: f"{d.day} de {SPANISH[d.month - 1]} de {d.year}",
)
# Headers that give no year: the date header still, but no date.
YEARLESS_FORMATS = (
    lambda d: f"{weekday(d)}, {month(d)} {d.day}",
    lambda d: f"{d.day} {month(d)}",
)


def _written(seed: int) -> str:
    """The sentence a seed stands for: six to twelve different words, a stop."""
    pick = random.Random(seed)
    space = pick.choice(SPACES)
    text = space.join(pick.sample(WORDS, pick.randint(6, 12)))
    return text[0].upper() + text[1:] + pick.choice(STOPS)


def sentences() -> st.SearchStrategy[str]:
    """Sentences: a capital, six to twelve different words, spaces (some NBSP), a stop.

    One integer stands for each sentence, which keeps an article of dozens
    of them quick to draw; what fails in a test is a sentence's place, rarely
    its words, so little is lost in shrinking.
    """
    return st.integers(0, 2**32 - 1).map(_written)


def words_of(sentence: str) -> tuple[str, ...]:
    """The words of a sentence, whatever its spaces, case and stop."""
    return tuple(sentence[:-1].casefold().split())


def byline(draw: st.DrawFn, authors: list[str]) -> Byline:
    """A byline naming ``authors`` (none: a publication alone), line and fields."""
    publication = draw(st.sampled_from(PUBLICATIONS))
    verb = draw(st.sampled_from(VERBS))
    if not authors:
        # "The Economist reports:" keeps its capitalised article; a name of
        # one word or with a publication's word needs none.
        the = draw(st.sampled_from(("The ", "")))
        return Byline(
            publication=the + publication,
            verb=verb,
            text=f"{the}{publication} {verb}:",
        )
    if len(authors) > 1:
        verb = verb[:-1]  # the plural: "report", "argue", "note"
    if len(authors) == 1:
        who = authors[0]
    else:
        who = ", ".join(authors[:-1]) + " and " + authors[-1]
    shape = draw(st.integers(0, 7))
    if shape == 0:
        # "Jane Roe writes:": an author and no publication.
        return Byline(authors=tuple(authors), verb=verb, text=f"{who} {verb}:")
    if shape == 1:
        # "Derek Thompson in The Atlantic:": no verb, so the colon is needed.
        return Byline(
            authors=tuple(authors),
            publication=f"The {publication}",
            text=f"{who} in The {publication}:",
        )
    # "in the Wall Street Journal": the lower-case article is not the name.
    the = draw(st.sampled_from(("the ", "")))
    preposition = draw(st.sampled_from(("in", "in", "for")))
    return Byline(
        authors=tuple(authors),
        publication=publication,
        verb=verb,
        text=f"{who} {verb} {preposition} {the}{publication}:",
    )


def caption(draw: st.DrawFn, text: str) -> Caption:
    """A caption holding the sentence ``text`` (or not), with a credit label."""
    person = draw(NAMES)
    agencies = draw(st.lists(st.sampled_from(AGENCIES), max_size=2, unique=True))
    credit = "/".join([person, *agencies])
    label = draw(st.sampled_from(LABELS))
    shape = draw(st.integers(0, 5))
    if shape == 0:
        return Caption(
            text=text, credit=credit, label=label, raw=f"{text} {label}: {credit}"
        )
    if shape == 1:
        return Caption(
            text=text, credit=credit, label=label, raw=f"{text} ({label}: {credit})"
        )
    if shape == 2:
        return Caption(text="", credit=credit, label=label, raw=f"{label}: {credit}")
    if shape == 3:
        return Caption(text="", credit=credit, label=label, raw=f"({label}: {credit})")
    if shape == 4:
        # "Photo by Jane Roe", "(Photo by Jane Roe)": the label is the words
        # before the name.
        label = draw(
            st.sampled_from(("Photo by", "Photograph by", "Image courtesy of"))
        )
        raw = pick(draw, (f"{text} {label} {person}", f"{text} ({label} {person})"))
        return Caption(text=text, credit=person, label=label, raw=raw)
    # A wire-service credit in brackets carries no label: "(AP Photo/Jane Roe)".
    credit = f"AP Photo/{person}"
    return Caption(text=text, credit=credit, label=None, raw=f"{text} ({credit})")


SPEECH = ("said", "added", "told reporters", "wrote")
# Curly, straight, single curly and low-high marks.
MARKS = (("“", "”"), ('"', '"'), ("‘", "’"), ("„", "“"))
# Titles dropped from a speaker's name ("Prime Minister Jane Roe": "Jane Roe").
TITLES = ("Prime Minister", "President", "Dr.")


def quoting(draw: st.DrawFn, inner: str, speaker: str) -> tuple[str, str]:
    """A paragraph quoting ``inner`` (a sentence or two), and the quotation."""
    inner = inner.rstrip(".!?")
    verb = draw(st.sampled_from(SPEECH))
    said = verb.split()[0]
    opening, closing = draw(st.sampled_from(MARKS))
    comma = f"{opening}{inner},{closing}"
    stop = f"{opening}{inner}.{closing}"
    shape = draw(st.integers(0, 4))
    if shape == 0:
        return f"{comma} {said} {speaker}, an analyst at the council.", comma
    if shape == 1:
        return f"{comma} {speaker} {verb}.", comma
    if shape == 2:
        return f"{speaker} {said}: {stop}", stop
    if shape == 3:
        # An appositive names the speaker after a role: "the mayor, Jane Roe,".
        return f"{comma} the mayor, {speaker}, {said}.", comma
    return f"{draw(st.sampled_from(TITLES))} {speaker} {said}: {stop}", stop


def quoted(draw: st.DrawFn, inners: list[str], speaker: str) -> tuple[str, list[str]]:
    """A paragraph quoting each of ``inners`` (one or two), and the quotations.

    Two are one quotation split by its attribution: ``“A,” said X, “B.”``.
    """
    if len(inners) == 1:
        paragraph, quote = quoting(draw, inners[0], speaker)
        return paragraph, [quote]
    opening, closing = draw(st.sampled_from(MARKS))
    first = f"{opening}{inners[0].rstrip('.!?')},{closing}"
    second = f"{opening}{inners[1].rstrip('.!?')}.{closing}"
    return f"{first} said {speaker}, {second}", [first, second]


def footer(draw: st.DrawFn, title: str) -> CommentFooter:
    """A comment footer: its opening line, reader comments, blog chrome.

    ``title`` is the post's, which ``N thoughts on “TITLE”`` repeats.
    """
    count: int | None = draw(st.sampled_from((None, 0, 1, 2, 3, 12)))
    lines: list[str] = []
    if count is None:
        # A footer phrase, or the first reader comment with no line above.
        lines.append(
            draw(st.sampled_from(("Post a Comment", "Comments are closed.",
                                  "Leave a Reply", "Karen said...")))
        )  # fmt: skip
        if lines[0] == "Karen said...":
            lines.append("Lovely!")
    else:
        counted = {0: "No comments:", 1: "1 comment:"}.get(count, f"{count} comments:")
        lines.append(
            pick(draw, (counted, f"{count} thoughts on “{title}”",
                        f"{count} responses to this post."))
        )  # fmt: skip
        # A reader's comment, as Blogger shows it, under the count.
        for _ in range(draw(st.integers(0, min(count, 2)))):
            lines.append(f"{draw(st.sampled_from(FIRST))} said...")
            lines.append(draw(st.sampled_from(("Lovely!", "Thanks for this."))))
    if lines[0] != "Post a Comment":
        lines += draw(st.lists(st.sampled_from(CHROME), max_size=3, unique=True))
    return CommentFooter(count=count, lines=tuple(lines))
