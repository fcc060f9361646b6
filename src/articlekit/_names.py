"""Private helpers for people's and organisations' names in running text."""

from __future__ import annotations

import regex

# Lower-case words that may sit inside a name ("Ludwig van Beethoven").
PARTICLES = frozenset(
    [
        "al",
        "el",
        "ad",
        "ash",
        "bin",
        "ibn",
        "bint",
        "abu",
        "de",
        "da",
        "das",
        "dos",
        "do",
        "del",
        "della",
        "der",
        "den",
        "di",
        "du",
        "la",
        "le",
        "van",
        "von",
        "ter",
        "ten",
        "zu",
        "af",
        "y",
        "st.",
        "d'",
    ]
)
# Capitalised words that open a sentence or clause but are not names.
NOT_NAMES = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "but",
        "and",
        "or",
        "so",
        "yet",
        "if",
        "when",
        "while",
        "as",
        "after",
        "before",
        "since",
        "because",
        "although",
        "though",
        "however",
        "meanwhile",
        "still",
        "also",
        "then",
        "there",
        "here",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "of",
        "to",
        "into",
        "about",
        "over",
        "under",
        "between",
        "according",
        "during",
        "despite",
        "without",
        "within",
        "among",
        "across",
        "through",
        "per",
        "last",
        "next",
        "earlier",
        "later",
        "today",
        "yesterday",
        "tomorrow",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "mr",
        "mrs",
        "ms",
    ]
)
# Titles dropped in front of a name ("President Bashar al-Assad" -> the name).
TITLES = frozenset(
    [
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "dr",
        "dr.",
        "prof",
        "prof.",
        "professor",
        "sir",
        "dame",
        "lord",
        "lady",
        "cr",
        "cr.",
        "cllr",
        "councillor",
        "councilman",
        "councilwoman",
        "alderman",
        "rev",
        "rev.",
        "reverend",
        "father",
        "pastor",
        "rabbi",
        "imam",
        "sheikh",
        "president",
        "vice",
        "prime",
        "minister",
        "secretary",
        "senator",
        "sen",
        "sen.",
        "representative",
        "rep",
        "rep.",
        "congressman",
        "congresswoman",
        "governor",
        "gov",
        "gov.",
        "mayor",
        "judge",
        "justice",
        "general",
        "gen",
        "gen.",
        "colonel",
        "col",
        "col.",
        "captain",
        "capt",
        "capt.",
        "lieutenant",
        "lt",
        "lt.",
        "sergeant",
        "sgt",
        "sgt.",
        "major",
        "admiral",
        "commander",
        "chancellor",
        "chairman",
        "chairwoman",
        "chair",
        "ceo",
        "cfo",
        "coo",
        "cto",
        "founder",
        "director",
        "coach",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "chief",
        "deputy",
        "ambassador",
        "commissioner",
        "inspector",
        "officer",
        "detective",
        "constable",
        "superintendent",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "leader",
        "minister",
        "premier",
        "sheriff",
        "attorney",
        "mp",
        "mep",
    ]
)

_TOKEN = regex.compile(r"\S+")
_EDGE = "\"'“”‘’«»()[]{},;:!?"


def is_name_word(word: str) -> bool:
    """Whether ``word`` can be part of a proper name."""
    if not word:
        return False
    if word.casefold() in PARTICLES:
        return True
    first = word[0]
    if first.isupper() or first.isdigit():
        return True
    # "al-Jawlani", "bin-Salman", "d'Alembert"
    head, sep, tail = word.partition("-")
    if sep and head.casefold() in PARTICLES and tail[:1].isupper():
        return True
    head, sep, tail = word.partition("'")
    return bool(sep and head.casefold() in PARTICLES and tail[:1].isupper())


def trailing_name(text: str, *, max_words: int = 6) -> str | None:
    """Return the run of name words that ends ``text``, titles dropped.

    ``"HTS leader Abu Mohammed al-Jawlani"`` gives ``"Abu Mohammed al-Jawlani"``.
    """
    words = text.split()
    run: list[str] = []
    for word in reversed(words):
        clean = word.strip(_EDGE)
        if clean != word and run:
            break  # punctuation between two words ends the name
        if not clean or not is_name_word(clean):
            break
        run.append(clean)
        if clean != word:
            break
        if len(run) > max_words + 3:
            return None
    run.reverse()
    return clean_name(run)


def leading_name(text: str, *, max_words: int = 6) -> str | None:
    """Return the run of name words that starts ``text``, titles dropped."""
    run: list[str] = []
    for word in text.split():
        clean = word.strip(_EDGE)
        if not clean or not is_name_word(clean):
            break
        run.append(clean.rstrip("."))
        if clean != word or len(run) > max_words + 3:
            break  # a comma or a stop after the word ends the name
    return clean_name(run)


def _is_title(word: str) -> bool:
    folded = word.casefold()
    return folded in TITLES or folded.rstrip(".") in TITLES


def clean_name(words: list[str]) -> str | None:
    """Drop titles, edge particles and non-name words; return the name or None.

    Everything up to the last title word goes ("Foreign Minister Wang Yi"
    gives "Wang Yi") unless nothing would be left ("Finance Minister").
    """
    while words and (
        words[0].casefold() in NOT_NAMES or words[0].casefold() in PARTICLES
    ):
        words = words[1:]
    while words and (
        words[-1].casefold() in PARTICLES or words[-1].casefold() in NOT_NAMES
    ):
        words = words[:-1]
    for i in range(len(words) - 1, -1, -1):
        if _is_title(words[i]):
            if i < len(words) - 1:
                words = words[i + 1 :]
            break
    if not words or len(words) > 6:
        return None
    # Possessives ("Smith's") are not the name itself.
    if words[-1].endswith(("'s", "’s")):
        return None
    return " ".join(words)
