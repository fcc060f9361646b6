"""Dumps and readers shared by the quotes section's tests (test_quotes*.py)."""

from __future__ import annotations

from articlekit import Article

DATE = "Dec 5, 2024"
HEADLINE = "Rebels Take The City Of Hama"
# A first body paragraph with no quotation and no name in it, so that the
# paragraphs under test are never read as a summary and never resolve a
# pronoun to anyone.
LEAD = "The rebels entered the city on Thursday after a week of fighting."
FOOTER = "No comments:"


def dump(*paragraphs: str, headline: str = HEADLINE) -> str:
    """Build a dump in the seed's layout: date, headline, body, footer."""
    return "\n\n".join([DATE, headline, LEAD, *paragraphs, FOOTER]) + "\n"


def pairs(article: Article) -> list[tuple[str, str | None]]:
    """The (text, speaker) pair of every quote, in order."""
    return [(q.text, q.speaker) for q in article.quotes]


def codes(article: Article) -> list[str]:
    """The codes of the quotes section's diagnostics, in order."""
    return [d.code for d in article.diagnostics if d.section == "quotes"]
