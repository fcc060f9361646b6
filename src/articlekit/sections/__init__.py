"""The built-in section parsers and the order they run in.

Each module holds one section: a ``parse_<section>(state) -> bool`` function
and the ``make_<section>_parser(**options)`` factory that builds it.
"""

from __future__ import annotations

from collections.abc import Callable

from articlekit.sections.body import parse_body
from articlekit.sections.byline import parse_byline
from articlekit.sections.captions import parse_captions
from articlekit.sections.comments import parse_comments
from articlekit.sections.date import parse_date
from articlekit.sections.headline import parse_headline
from articlekit.sections.highlights import parse_highlights
from articlekit.sections.labels import parse_labels
from articlekit.sections.posted_by import parse_posted_by
from articlekit.sections.quotes import parse_quotes
from articlekit.sections.summary import parse_summary
from articlekit.state import ParseState

__all__ = ["DEFAULT_SECTIONS"]

#: The default pipeline, in running order. (The parser's post splitter has
#: set aside the posts after the first one on an archive page.) Sections
#: that claim lines at the edges (date, headline, the footer) run first;
#: the byline before the summary it bounds; captions before the body,
#: which takes what is left; quotes last, over the body.
DEFAULT_SECTIONS: tuple[tuple[str, Callable[[ParseState], bool]], ...] = (
    ("date", parse_date),
    ("posted_by", parse_posted_by),
    ("labels", parse_labels),
    ("headline", parse_headline),
    ("comments", parse_comments),
    ("byline", parse_byline),
    ("summary", parse_summary),
    ("highlights", parse_highlights),
    ("captions", parse_captions),
    ("body", parse_body),
    ("quotes", parse_quotes),
)
