"""Private helpers for people's and organisations' names in running text."""

from __future__ import annotations

from articlekit._vocab import ENGLISH_MONTHS, ENGLISH_WEEKDAYS

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
# Capitalised words that open a sentence or clause but are not names: a
# weekday or a month opens one as often as a pronoun does.
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
        *ENGLISH_WEEKDAYS,
        *ENGLISH_MONTHS,
        "mr",
        "mrs",
        "ms",
        "no",
        # Question words open a sentence as a pronoun does.
        "what",
        "who",
        "why",
        "how",
        "where",
        "which",
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
        "duke",
        "duchess",
        "earl",
        "countess",
        "baron",
        "baroness",
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
        "premier",
        "sheriff",
        "attorney",
        "mp",
        "mep",
    ]
)

_EDGE = "\"'“”‘’«»()[]{},;:!?"


def is_name_word(word: str) -> bool:
    """Whether ``word`` can be part of a proper name."""
    if not word:
        return False
    if word.casefold() in PARTICLES:
        return True
    first = word[0]
    if first.isupper():
        return True
    if first.isdigit():
        # "3M", "7-Eleven" name firms; "19-year-old" or "2024" name nobody.
        return any(c.isupper() for c in word)
    # "al-Jawlani", "bin-Salman", "d'Alembert"
    for mark in "-'’":
        head, sep, tail = word.partition(mark)
        if sep and tail[:1].isupper():
            folded = head.casefold()
            if folded in PARTICLES or folded + "'" in PARTICLES:
                return True
    return False


# Abbreviations whose stop does not end a name ("Martin Luther King Jr.").
_ABBREVIATIONS = frozenset(
    {
        "jr.",
        "sr.",
        "st.",
        "mt.",
        "ft.",
        *(title for title in TITLES if title.endswith(".")),
    }
)


def is_abbreviation(word: str) -> bool:
    """Whether the stop ending ``word`` belongs to it ("Dr.", "Lt.", "J.").

    An initial or an abbreviated title leaves a name open: "Lt. Gen. Jane
    Roe", "St. Louis", "J. Roe".
    """
    if len(word) == 2 and word[0].isupper() and word[1] == ".":
        return True
    return word.casefold() in _ABBREVIATIONS


def _ends_name(word: str) -> bool:
    """Whether punctuation after ``word`` closes the name it belongs to."""
    if word[-1:] in ",;:!?)]}\"'”’»":
        return True
    if word.endswith("."):
        # "J." is an initial and "Jr." an abbreviation; "Roe." ends a sentence.
        return len(word) > 2 and word.casefold() not in _ABBREVIATIONS
    return False


def _strip(word: str) -> str:
    clean = word.strip(_EDGE)
    if clean.endswith(".") and _ends_name(clean):
        clean = clean[:-1]
    return clean


def trailing_name(text: str, *, max_words: int = 6) -> str | None:
    """Return the run of name words that ends ``text``, titles dropped.

    ``"HTS leader Abu Mohammed al-Jawlani"`` gives ``"Abu Mohammed al-Jawlani"``;
    punctuation after the last word is ignored, punctuation between two words
    ends the name.
    """
    run: list[str] = []
    # The loop looks at no more than max_words + 4 words: split off only
    # those, not every word of a long text.
    words = text.rsplit(None, max_words + 4)
    if len(words) > max_words + 4:
        words = words[1:]
    for word in reversed(words):
        if run and _ends_name(word):
            break  # "Acme, Jane Roe": the comma closes another phrase
        clean = _strip(word)
        if not clean or not is_name_word(clean):
            break
        run.append(clean)
        if word[:1] in _EDGE or len(run) > max_words + 3:
            break  # an opening mark or bracket starts the name
    run.reverse()
    return clean_name(run)


def leading_name(text: str, *, max_words: int = 6) -> str | None:
    """Return the run of name words that starts ``text``, titles dropped.

    A comma, a closing mark or a sentence's stop after a word ends the name.
    """
    run: list[str] = []
    for word in text.split():
        clean = _strip(word)
        if not clean or not is_name_word(clean):
            break
        run.append(clean)
        if _ends_name(word.lstrip(_EDGE)) or len(run) > max_words + 3:
            break
    return clean_name(run)


def _is_title(word: str) -> bool:
    folded = word.casefold()
    return folded in TITLES or folded.rstrip(".") in TITLES


def clean_name(words: list[str]) -> str | None:
    """Drop titles, edge particles and non-name words; return the name or None.

    Everything up to the last title word goes ("Foreign Minister Wang Yi"
    gives "Wang Yi") unless nothing would be left ("Finance Minister").
    """
    # Lower-case particles ("van", "al") cannot open or close a name; a
    # capitalised one ("Abu", "De") can.
    while words and (
        words[0].casefold() in NOT_NAMES
        or (words[0].casefold() in PARTICLES and words[0][:1].islower())
    ):
        words = words[1:]
    while words and (
        words[-1].casefold() in NOT_NAMES
        or (words[-1].casefold() in PARTICLES and words[-1][:1].islower())
    ):
        words = words[:-1]
    for i in range(len(words) - 1, -1, -1):
        if _is_title(words[i]):
            if i < len(words) - 1:
                words = words[i + 1 :]
            break
    if not words or len(words) > 6:
        return None
    # Possessives ("Smith's") are not the name itself, and a run holding
    # one ("Acme's Channel", "Mother's Day") names a thing someone owns.
    if any(w.endswith(("'s", "’s")) for w in words):
        return None
    return " ".join(words)


def only_titles(name: str) -> bool:
    """Whether ``name`` is titles alone ("Princess", "Finance Minister").

    Such a run names a role, which stands for a person named elsewhere.
    """
    words = name.split()
    return bool(words) and all(_is_title(w) for w in words)
