"""One home for the words and characters more than one part of articlekit reads.

Month and weekday names, dashes, quotation marks, and the sentence splitter
with its abbreviations. Each section reads them from here, so that a month
or a dash added once is known everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["DASHES", "ENGLISH_MONTHS", "MONTHS", "QUOTE_MARKS", "WEEKDAYS"]

#: Month names and abbreviations, English first, then the languages Blogger
#: localises its date headers into. Keys are case-folded.
MONTHS: Mapping[str, int] = {
    **{
        name: number
        for number, names in enumerate(
            (
                (
                    "january",
                    "jan",
                    "janvier",
                    "janv",
                    "enero",
                    "ene",
                    "januar",
                    "jänner",
                    "gennaio",
                    "gen",
                    "janeiro",
                    "januari",
                ),
                (
                    "february",
                    "feb",
                    "février",
                    "fevrier",
                    "févr",
                    "fevr",
                    "febrero",
                    "februar",
                    "febbraio",
                    "fevereiro",
                    "fev",
                    "februari",
                ),
                (
                    "march",
                    "mar",
                    "mars",
                    "marzo",
                    "märz",
                    "marz",
                    "março",
                    "marco",
                    "maart",
                    "mrt",
                ),
                ("april", "apr", "avril", "avr", "abril", "abr", "aprile"),
                ("may", "mai", "mayo", "maggio", "mag", "maio", "mei"),
                ("june", "jun", "juin", "junio", "juni", "giugno", "giu", "junho"),
                (
                    "july",
                    "jul",
                    "juillet",
                    "juil",
                    "julio",
                    "juli",
                    "luglio",
                    "lug",
                    "julho",
                ),
                ("august", "aug", "août", "aout", "agosto", "ago", "augustus"),
                (
                    "september",
                    "sep",
                    "sept",
                    "septembre",
                    "septiembre",
                    "settembre",
                    "set",
                    "setembro",
                ),
                (
                    "october",
                    "oct",
                    "octobre",
                    "octubre",
                    "oktober",
                    "okt",
                    "ottobre",
                    "ott",
                    "outubro",
                    "out",
                ),
                ("november", "nov", "novembre", "noviembre", "novembro"),
                (
                    "december",
                    "dec",
                    "décembre",
                    "decembre",
                    "déc",
                    "diciembre",
                    "dic",
                    "dezember",
                    "dez",
                    "dicembre",
                    "dezembro",
                    "desember",
                ),
            ),
            start=1,
        )
        for name in names
    }
}

#: The English month names in full, in order.
ENGLISH_MONTHS: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
)  # fmt: skip

#: Weekday names and abbreviations, English first, then the languages
#: Blogger localises its date headers into. Case-folded.
WEEKDAYS: frozenset[str] = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "lunes",
        "martes",
        "miércoles",
        "miercoles",
        "jueves",
        "viernes",
        "sábado",
        "sabado",
        "domingo",
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
        "lunedì",
        "martedì",
        "mercoledì",
        "giovedì",
        "venerdì",
        "sabato",
        "domenica",
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
        "segunda",
        "terça",
        "quarta",
        "quinta",
        "sexta",
        "feira",
    ]
)

#: Dashes that stand between words or before a signature: hyphen-minus,
#: hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar.
DASHES = "-‐‑‒–—―"

#: Quotation marks, straight and curly, double and single, low-9 and
#: guillemets.
QUOTE_MARKS = "\"'“”‘’„‟‚‛«»"


# -- English weekday names, speech verbs, time words, organisations -----------
# Read by articlekit._names (a weekday opening a sentence names nobody) and by
# articlekit.sections.quotes.

__all__ += ["CHROME_OPENINGS", "ENGLISH_WEEKDAYS", "ORGANISATION_NOUNS", "SPEECH_VERBS"]

#: The English weekday names in full, in order (the English head of
#: :data:`WEEKDAYS`, which also holds abbreviations and other languages).
ENGLISH_WEEKDAYS: tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)  # fmt: skip

#: Verbs that tie a quotation to its speaker, in lower case (words or
#: two-word phrases: "said", "pointed out", "according to").
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
    "yelled", "screamed", "boasted", "complained", "complains", "countered",
    "responded", "responds", "described", "describes", "called", "calls",
    "condemned", "promised", "vowed", "pledged", "confirmed", "confirms",
    "denied", "thinks", "believes", "believed", "reported", "reports", "put it",
    "puts it", "pointed out", "points out", "went on", "goes on",
    "according to", "announcing", "adding", "writing", "explaining", "warning",
    "asking", "noting", "stating", "informed",
    "replying", "insisting", "recalling", "declaring",
    "observes", "concludes", "admitting", "arguing", "claiming",
)  # fmt: skip

#: Words that say a line is about readers' replies, in lower case: a short
#: line holding one opens the comments it stands above ("Readers replied").
REPLY_WORDS: frozenset[str] = frozenset(
    {
        "comment", "comments", "commented", "reply", "replies", "replied",
        "respond", "responded", "response", "responses", "reaction", "reactions",
        "thoughts", "readers", "discussion",
    }
)  # fmt: skip

#: Nouns that make "the media union" or "the ministry" an organisation that
#: speaks, rather than a role ("the official") that stands for a person.
ORGANISATION_NOUNS: frozenset[str] = frozenset(
    [
        "union",
        "unions",
        "ministry",
        "department",
        "government",
        "council",
        "police",
        "company",
        "agency",
        "committee",
        "party",
        "court",
        "commission",
        "board",
        "office",
        "army",
        "military",
        "authority",
        "authorities",
        "administration",
        "campaign",
        "group",
        "association",
        "federation",
        "institute",
        "foundation",
        "bank",
        "firm",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "service",
        "embassy",
        "regime",
        "team",
        "club",
        "league",
        "university",
        "school",
        "hospital",
        "network",
        "newspaper",
        "statement",
        "report",
    ]
)

#: Words naming a field of study or trade. A name holding one is a
#: publication or a firm ("Popular Science", "Harbour Economics"), never a
#: person's, though its other words may pass for a given and a family name.
FIELD_WORDS: frozenset[str] = frozenset(
    [
        "economics",
        "science",
        "sciences",
        "technology",
        "tech",
        "business",
        "finance",
        "markets",
        "policy",
        "research",
        "analytics",
        "insights",
        "studies",
        "labs",
        "ventures",
        "partners",
        "capital",
    ]
)

# -- Credit labels ----------------------------------------------------------
# The words that mark a photo credit at the end of a caption paragraph
# (articlekit.sections.captions builds its patterns and its declared lines
# from these).

#: Credit labels followed by a colon (``Photo: Jane Doe``), as written: a
#: label is capitalised or in capitals (its all-capitals form is read too),
#: so running text such as "the photo: a man" is no credit.
CREDIT_LABELS: tuple[str, ...] = (
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

#: Wire services whose credit takes a slash and no colon
#: (``(AP Photo/Jane Doe)``), as written.
WIRE_SERVICES: tuple[str, ...] = (
    "AP",
    "AFP",
    "EPA",
    "CP",
    "AAP",
    "PA",
    "Reuters",
    "Xinhua",
    "Getty",
    "UPI",
    "Yonhap",
    "Kyodo",
    "TASS",
)

#: What a credit says it is before "by", "via"... (``Photo by Jane Doe``),
#: in any case; the space in "Screen shot" may be left out.
CREDIT_MEDIA: tuple[str, ...] = (
    "Photo",
    "Photos",
    "Photograph",
    "Picture",
    "Image",
    "Screen shot",
    "Illustration",
    "Graphic",
    "Map",
)

#: Where a picture stands, before its medium in a credit of several
#: pictures (``(left photo by A; right photo by B)``), in lower case.
CREDIT_POSITIONS: tuple[str, ...] = (
    "left", "right", "top", "bottom", "middle", "center", "centre", "above",
    "below", "inset", "main", "and",
)  # fmt: skip

#: The words between a medium and its credit (``Photo courtesy of``), in any
#: case and with any blanks between their words.
CREDIT_BY: tuple[str, ...] = ("by", "courtesy of", "from", "via")

#: The credit word that needs no medium before it (``Courtesy of Jane Doe``).
COURTESY = "Courtesy"

# -- Page chrome above the post ----------------------------------------------

#: How the lines of a page's chrome open, case-folded: skip links (``Skip to
#: content``, ``Jump to Navigation``) and the headings of a tag or category
#: archive (``Posts Tagged ‘ferries’``, ``Tag Archives: ferries``). Such a
#: line is never the post's title.
CHROME_OPENINGS: tuple[str, ...] = (
    "skip to ",
    "jump to ",
    "posts tagged ",
    "tag archives:",
    "category archives:",
    "archive for ",
    "archives for ",
    "posts filed under ",
)
