"""Quotes: direct quotations in the body paragraphs and who said them.

Recognises quotations in curly, straight, low-high, doubled (``‘‘…’’``) or
single curly marks, with the speaker after, before, or tied by a speech verb
earlier in the sentence, and dash-attributed epigraphs::

    “The regime seems incapable ...,” said Gregory Waters, an analyst ...
    “To safeguard the lives ...,” the Syrian Defense Ministry said.
    ... al-Jawlani on Wednesday told Crisis Group that ... “in order to ...”
    Do you realize if it weren't for Edison we'd be watching TV?  -Al Boliska

A quotation split by its attribution gives two quotes with one speaker; a
pronoun or a role (``he said``, ``the party leader said``) is resolved to the
person quoted or named just before; a paragraph that only continues a
quotation keeps its speaker. A quoted fragment with no speech verb is a scare
quote, a title or a name and is skipped; an unattributed quotation counts
when it is a whole sentence. This section claims nothing: it reads the
body's paragraphs, so quotations in captions, headlines and comments never
count.
"""

# The rules are split by job: _marks finds the quotations, _attribution the
# speech verbs and the words that attribute them, _speakers who those words
# name (and who a pronoun stands for), _epigraphs the dash-signed sayings,
# and _section reads the body with them.

from __future__ import annotations

from articlekit.sections.quotes._attribution import SPEECH_VERBS
from articlekit.sections.quotes._section import make_quotes_parser, parse_quotes
from articlekit.sections.quotes._speakers import ORGANISATION_NOUNS

__all__ = ["ORGANISATION_NOUNS", "SPEECH_VERBS", "make_quotes_parser", "parse_quotes"]
