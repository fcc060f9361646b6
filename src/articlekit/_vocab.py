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


# -- English weekday names -----------------------------------------------------
# Read by articlekit._names (a weekday opening a sentence names nobody).

#: The English weekday names in full, Monday first.
ENGLISH_WEEKDAYS: tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)  # fmt: skip

__all__ += ["ENGLISH_WEEKDAYS"]
