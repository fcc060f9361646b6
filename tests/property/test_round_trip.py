"""Articles written by hand, and built ones, survive render and parse in any layout.

Each article below is the answer a reader of the format gives for its text;
``parse_article(render(a)) == a`` holds for each, and holds whatever the
line ends and whatever whitespace trails the lines (``==`` compares content
and ignores spans).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articlekit import (
    Article,
    Byline,
    Caption,
    CommentFooter,
    Quote,
    Summary,
    parse_article,
    render,
)
from articlekit.strategies import articles

HANDMADE: dict[str, Article] = {
    "link_blog": Article(
        headline="Ferry Crews Return As Bridge Repairs Drag Into A Second Year",
        date=dt.date(2025, 4, 14),
        date_line="Apr 14, 2025",
        summary=Summary(
            paragraphs=(
                "The bridge was meant to reopen last autumn. Instead the ferries carry a whole peninsula to work.",
                "When a stopgap outlasts its budget, someone has to decide whether to pay for it properly.",
            ),
            signature="MK",
        ),
        byline=Byline(
            authors=("Hanna Lindqvist", "Omar Reyes"),
            publication="Coastal Herald",
            verb="report",
            text="Hanna Lindqvist and Omar Reyes report in the Coastal Herald:",
        ),
        highlights=(
            "Ferry crossings between Brenn and Ostvik have tripled since the bridge closed.",
        ),
        body=(
            "Ferry crossings between Brenn and Ostvik have tripled since the bridge closed. The two boats on the route are booked solid from six in the morning.",
            "“We can’t tell people to stay home until the steel arrives,” said Ingrid Sol, the mayor of Brenn.",
            "The regional transport agency said the replacement steel would not be delivered before June.",
        ),
        captions=(
            Caption(
                text="Commuters wait for the morning ferry at the Brenn landing.",
                credit="Karl Aas/Coastal Herald",
                label="Photo",
                raw="Commuters wait for the morning ferry at the Brenn landing. Photo: Karl Aas/Coastal Herald",
            ),
        ),
        quotes=(
            Quote(
                text="“We can’t tell people to stay home until the steel arrives,”",
                speaker="Ingrid Sol",
                paragraph=1,
            ),
        ),
        comments=CommentFooter(
            count=3,
            lines=(
                "3 comments:",
                "Per Holm said...",
                "The 6:40 boat is always full by 6:30.",
                "Post a Comment",
            ),
        ),
    ),
    "publication_cut_off": Article(
        headline="Growers Pay To Stir The Air",
        date=dt.date(2024, 3, 2),
        date_line="Saturday, March 02, 2024",
        summary=Summary(
            paragraphs=("Frost fans are loud, costly and, it seems, worth it.",),
            signature="JL",
        ),
        byline=Byline(
            publication="The Economist",
            verb="reports",
            text="The Economist reports:",
        ),
        highlights=("Orchards in the valley now run fans on every cold night.",),
        body=(
            "Orchards in the valley now run fans on every cold night. Each one costs as much as a tractor.",
            "The growers say a single lost crop would cost them more.",
        ),
    ),
    "blogger": Article(
        headline="Rhubarb Season, At Last",
        date=dt.date(2025, 3, 8),
        date_line="Saturday, March 8, 2025",
        posted_by="Ellen Reed",
        labels=("baking", "garden"),
        body=(
            "The first rhubarb of the year came from the allotment this morning, thin and pink and far too sour to eat raw.",
            "I stewed half of it with orange peel and baked the rest into a crumble that did not last the afternoon.",
        ),
        captions=(
            Caption(
                text="Kids helping with the crumble topping.",
                credit="Tom Reed",
                label="Photo by",
                raw="Kids helping with the crumble topping. (Photo by Tom Reed)",
            ),
        ),
        comments=CommentFooter(
            count=2,
            lines=(
                "2 comments:",
                "Maggie said...",
                "That crumble looks perfect.",
                "Newer Post Older Post Home",
                "Subscribe to: Post Comments (Atom)",
            ),
        ),
    ),
    "yearless_wordpress": Article(
        headline="Notes From The Night Shift",
        date_line="Wednesday, December 12",
        body=(
            "I have worked nights at the depot for six years and I still cannot sleep past noon.",
            "“Blackout blinds and no coffee after three,” a colleague told me. “It works every time.”",
        ),
        quotes=(
            Quote(
                text="“Blackout blinds and no coffee after three,”",
                speaker=None,
                paragraph=1,
            ),
            Quote(text="“It works every time.”", speaker=None, paragraph=1),
        ),
        comments=CommentFooter(lines=("Leave a Reply",)),
    ),
    "headline_and_body": Article(
        headline="Port Strike Enters Third Week",
        body=("Traffic fell by two-thirds.",),
    ),
}

LINE_ENDS = st.sampled_from(["\n", "\r\n", "\r"])
TRAILING = st.sampled_from(["", " ", "\t", "\u00a0", " \t\u00a0"])
ARTICLES = st.one_of(st.sampled_from(list(HANDMADE.values())), articles())


def _relaid(text: str, end: str, trailing: str, *, blank_lines: bool) -> str:
    """``text`` (render's: "\\n" line ends) with other line ends and padding."""
    if not blank_lines:
        text = text.replace("\n\n", "\n")
    return end.join(line + trailing for line in text.split("\n"))


class TestHandmade:
    @pytest.mark.parametrize("article", HANDMADE.values(), ids=HANDMADE.keys())
    def test_survives_render_and_parse(self, article):
        """Each hand-built article reads back from its rendered text."""
        assert parse_article(render(article)) == article

    @pytest.mark.parametrize("article", HANDMADE.values(), ids=HANDMADE.keys())
    def test_render_is_a_fixed_point(self, article):
        """Rendering the parse of a hand-built article's text gives that text."""
        text = render(article)
        assert render(parse_article(text)) == text


class TestLayoutInvariance:
    @given(ARTICLES, LINE_ENDS)
    def test_line_ends_do_not_change_the_content(self, article, end):
        """\\n, \\r\\n and \\r line ends all read as the same article."""
        text = _relaid(render(article), end, "", blank_lines=True)
        assert parse_article(text) == article

    @given(ARTICLES, TRAILING)
    def test_trailing_whitespace_does_not_change_the_content(self, article, trailing):
        """Spaces, tabs and NBSP at the ends of lines read as the same article."""
        text = _relaid(render(article), "\n", trailing, blank_lines=True)
        assert parse_article(text) == article

    @given(ARTICLES, LINE_ENDS, TRAILING, st.booleans())
    def test_any_layout_reads_as_the_article(self, article, end, trailing, blank):
        """Line ends, trailing whitespace and blank lines or none, all at once."""
        text = _relaid(render(article), end, trailing, blank_lines=blank)
        assert parse_article(text) == article
