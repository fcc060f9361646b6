"""Tests for the highlights section (``articlekit.sections.highlights``)."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articlekit import Parser, ParseState, Severity, parse_article
from articlekit._input import BLANK
from articlekit.lines import Fact, fact_of
from articlekit.sections import DEFAULT_SECTIONS
from articlekit.sections.highlights import (
    _MAX_CHARS,
    _share,
    _squash_paragraph,
    _words,
    make_highlights_parser,
    parse_highlights,
    recurring_share,
)

SECTIONS = dict(DEFAULT_SECTIONS)

BYLINE = "Jane Roe reports in the Harbour Gazette:"

S1 = (
    "The city council voted to close the old harbour bridge after engineers "
    "found deep cracks in its main supports."
)
S2 = "Repairs could take two years and cost more than the bridge did to build."
S3 = "Ferry operators said they would add boats to carry stranded commuters."
HIGHLIGHTS = f"{S1} {S2}"

# Body paragraphs in which S1 and S2 recur, among other sentences.
RECURRING = (
    f"{S1} Traffic was diverted to the ring road on Monday morning.",
    "Officials said the decision followed an inspection last week.",
    f"The mayor was blunt about the cost. {S2}",
)
# Body paragraphs that share no sentence with the highlights.
OTHER = (
    "Officials said the decision followed an inspection last week.",
    "Traffic was diverted to the ring road on Monday morning, and ferries ran "
    "every ten minutes instead of every half hour.",
)


def make_dump(
    highlights: str | None = HIGHLIGHTS,
    body: tuple[str, ...] = RECURRING,
    *,
    footer: bool = True,
    signed: bool = True,
    byline: str | None = BYLINE,
) -> str:
    """Build a dump in the seed's layout with a highlights paragraph."""
    summary = "Commuters face months of detours while the council finds the money."
    parts = [
        "Mar 3, 2023",
        "Harbour Bridge Closes As Cracks Spread Through Supports",
        f"{summary} JL" if signed else summary,
    ]
    if byline is not None:
        parts.append(byline)
    if highlights is not None:
        parts.append(highlights)
    parts += list(body)
    if footer:
        parts += ["No comments:", "Post a Comment"]
    return "\n\n".join(parts) + "\n"


def run_sections(text: str, *names: str) -> ParseState:
    """Run the named default sections, in the order given, on ``text``."""
    state = ParseState(text)
    for name in names:
        state.enter(name)
        SECTIONS[name](state)
    return state


UPSTREAM = ("date", "headline", "comments", "byline", "summary")


def codes(article) -> list[str]:
    """The diagnostic codes of an article, in order."""
    return [d.code for d in article.diagnostics]


class TestRecurringShare:
    def test_all_sentences_recur(self) -> None:
        """Every sentence found later gives 1.0."""
        assert recurring_share(HIGHLIGHTS, "\n".join(RECURRING)) == 1.0

    def test_half_the_sentences_recur(self) -> None:
        """One of two sentences found later gives 0.5."""
        assert recurring_share(HIGHLIGHTS, f"Before. {S1} After.") == 0.5

    def test_no_sentence_recurs(self) -> None:
        """No sentence found later gives 0.0."""
        assert recurring_share(HIGHLIGHTS, "\n".join(OTHER)) == 0.0

    def test_three_sentences(self) -> None:
        """Two of three sentences found later gives two thirds."""
        paragraph = f"{S1} {S2} {S3}"
        assert recurring_share(paragraph, f"{S3} {S1}") == pytest.approx(2 / 3)

    def test_short_sentences_do_not_count(self) -> None:
        """Sentences under four words count neither way."""
        assert (
            recurring_share("Bridge shut. Cost high.", "Bridge shut. Cost high.") == 0.0
        )
        assert recurring_share(f"Bridge shut. {S1}", "Bridge shut.") == 0.0

    def test_min_words(self) -> None:
        """``min_words`` sets how many words a sentence needs to count."""
        paragraph = "Bridge now shut. Cost stays high."
        assert recurring_share(paragraph, paragraph, min_words=3) == 1.0

    def test_empty_paragraph(self) -> None:
        """An empty paragraph has no sentence to count."""
        assert recurring_share("", HIGHLIGHTS) == 0.0

    def test_nbsp_in_paragraph(self) -> None:
        """An NBSP in the paragraph matches a space later."""
        paragraph = S1.replace("old harbour", "old\u00a0harbour")
        assert recurring_share(paragraph, f"Before. {S1}") == 1.0

    def test_double_space_in_paragraph(self) -> None:
        """A run of spaces in the paragraph matches a single space later."""
        paragraph = S1.replace("old harbour", "old  harbour")
        assert recurring_share(paragraph, f"Before. {S1}") == 1.0

    def test_nbsp_in_later_text(self) -> None:
        """An NBSP in the later text matches a space in the paragraph."""
        later = S1.replace("old harbour", "old\u00a0harbour")
        assert recurring_share(S1, f"Before. {later}") == 1.0


class TestParseHighlights:
    def test_claims_recurring_paragraph(self) -> None:
        """The paragraph after the byline is claimed when its sentences recur."""
        state = run_sections(make_dump(), *UPSTREAM)
        state.enter("highlights")
        found = parse_highlights(state)
        assert found is True
        assert state.highlights == (HIGHLIGHTS,)
        assert [b.text for b in state.claimed_by("highlights")] == [HIGHLIGHTS]

    def test_no_byline(self) -> None:
        """Without a byline there are no highlights, and no diagnostic."""
        state = run_sections(make_dump(byline=None), *UPSTREAM)
        state.enter("highlights")
        before = len(state.diagnostics)
        found = parse_highlights(state)
        assert found is False
        assert state.highlights == ()
        assert len(state.diagnostics) == before

    def test_not_recurring(self) -> None:
        """In an unsigned post, a paragraph whose sentences do not recur is left."""
        state = run_sections(make_dump(body=OTHER, signed=False), *UPSTREAM)
        state.enter("highlights")
        found = parse_highlights(state)
        assert found is False
        assert state.claimed_by("highlights") == []


class TestMakeHighlightsParser:
    def test_threshold(self) -> None:
        """A paragraph half of whose sentences recur passes 0.5 but not 1.0."""
        body = (RECURRING[0], *OTHER)  # only S1 recurs
        text = make_dump(body=body, signed=False)
        strict = Parser()
        strict.pipeline.replace("highlights", make_highlights_parser(threshold=1.0))
        assert strict.parse(text).highlights == ()
        assert parse_article(text).highlights == (HIGHLIGHTS,)

    def test_max_paragraphs(self) -> None:
        """``max_paragraphs`` bounds how many highlight paragraphs are taken."""
        second = f"{S3} Officials gave no date for the reopening of the bridge."
        body = (*RECURRING, f"Operators met on Monday. {S3}")
        text = make_dump(f"{S1}\n\n{second}", body=body)
        one = Parser()
        one.pipeline.replace("highlights", make_highlights_parser(max_paragraphs=1))
        assert one.parse(text).highlights == (S1,)
        assert parse_article(text).highlights == (S1, second)


class TestParseArticle:
    def test_recurring_paragraph_is_highlights(self) -> None:
        """A paragraph after the byline whose sentences recur is highlights."""
        article = parse_article(make_dump())
        assert article.highlights == (HIGHLIGHTS,)
        assert article.body == RECURRING
        assert "highlights.unconfirmed" not in codes(article)

    def test_span(self) -> None:
        """The highlights' span slices to the paragraph."""
        text = make_dump()
        article = parse_article(text)
        assert [s.slice(text) for s in article.span_of("highlights")] == [HIGHLIGHTS]

    def test_not_recurring_unsigned_dump_is_body(self) -> None:
        """In an unsigned post, a paragraph that does not recur is body."""
        article = parse_article(make_dump(body=OTHER, signed=False))
        assert article.highlights == ()
        assert article.body == (HIGHLIGHTS, *OTHER)
        assert "highlights.unconfirmed" not in codes(article)

    def test_cut_off_link_blog_post(self) -> None:
        """A cut-off signed post takes the paragraph by its place, with a warning."""
        text = make_dump(body=OTHER, footer=False)
        article = parse_article(text)
        unconfirmed = [
            d for d in article.diagnostics if d.code == "highlights.unconfirmed"
        ]
        assert article.highlights == (HIGHLIGHTS,)
        assert article.body == OTHER
        assert len(unconfirmed) == 1
        assert unconfirmed[0].severity == Severity.INFO
        assert text[unconfirmed[0].start : unconfirmed[0].end] == HIGHLIGHTS

    def test_cut_off_recurring_is_confirmed(self) -> None:
        """A cut-off dump whose highlights recur needs no warning."""
        article = parse_article(make_dump(footer=False))
        assert article.highlights == (HIGHLIGHTS,)
        assert "highlights.unconfirmed" not in codes(article)

    def test_cut_off_unsigned_post_is_body(self) -> None:
        """Without a signed summary, place alone does not make highlights."""
        article = parse_article(make_dump(body=OTHER, footer=False, signed=False))
        assert article.highlights == ()
        assert article.body == (HIGHLIGHTS, *OTHER)

    def test_cut_off_single_paragraph_unsigned_is_body(self) -> None:
        """In an unsigned post, a lone paragraph after the byline is body."""
        article = parse_article(make_dump(body=(), footer=False, signed=False))
        assert article.highlights == ()
        assert article.body == (HIGHLIGHTS,)

    def test_no_byline_no_highlights(self) -> None:
        """Without a byline nothing is highlights, even if it recurs."""
        article = parse_article(make_dump(byline=None))
        assert article.highlights == ()
        assert article.body == (HIGHLIGHTS, *RECURRING)

    def test_nbsp_in_body(self) -> None:
        """NBSPs in the body still match spaces in the highlights."""
        body = tuple(p.replace(" ", "\u00a0") for p in RECURRING)
        article = parse_article(make_dump(body=body))
        assert article.highlights == (HIGHLIGHTS,)
        assert article.body == body

    def test_nbsp_in_highlights(self) -> None:
        """NBSPs in the highlights still match spaces in the body."""
        highlights = HIGHLIGHTS.replace(" ", "\u00a0")
        article = parse_article(make_dump(highlights))
        assert article.highlights == (highlights,)

    def test_highlights_not_in_body(self) -> None:
        """The highlights paragraph is not repeated in the body."""
        article = parse_article(make_dump())
        assert HIGHLIGHTS not in article.body

    def test_to_dict(self) -> None:
        """``to_dict`` lists the highlight paragraphs."""
        assert parse_article(make_dump()).to_dict()["highlights"] == [HIGHLIGHTS]


class TestSquash:
    """Paragraphs with odd spaces are squashed to their words and single spaces."""

    def test_every_blank_but_the_space_is_unprintable(self) -> None:
        """What the no-break-space shortcut relies on, for every code point."""
        blanks = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
        assert [b for b in blanks if b.isprintable()] == [" "]

    @given(st.text(alphabet="ab \xa0\t\x1f\u2009\u3000\xad", max_size=16))
    def test_a_block_without_odd_spaces_is_squashed(self, text: str) -> None:
        """Only blocks with the ``ODD_SPACE`` fact need squashing."""
        text = text.strip(BLANK)
        if not fact_of(text) & Fact.ODD_SPACE:
            assert " ".join(text.split()) == text

    @pytest.mark.parametrize(
        "text",
        [
            "one\xa0two three",
            "one\xa0\xa0two",
            "one \xa0two",
            "one\xa0 two",
            "one\xa0two\u2009three",
            "one\ttwo\xa0three",
            "one\u3000two",
            "soft\xadhyphen\xa0and\u200bzero width",
        ],
    )
    def test_odd_spaces(self, text: str) -> None:
        """Runs of spaces and every kind of blank become one plain space."""
        assert _squash_paragraph(text) == " ".join(text.split())

    @given(st.text(alphabet="ab \xa0\t\u2009\u3000\xad", max_size=16).map(str.strip))
    def test_same_words_as_a_full_squash(self, text: str) -> None:
        """Whatever the spaces, a paragraph comes out as its words joined by one space."""
        assert _squash_paragraph(text) == " ".join(text.split())

    def test_nbsp_between_sentences_in_a_dump(self) -> None:
        """A body of no-break spaces only still matches the highlights."""
        body = tuple(p.replace(". ", ".\xa0") for p in RECURRING)
        assert parse_article(make_dump(body=body)).highlights == (HIGHLIGHTS,)

    def test_tab_in_body(self) -> None:
        """A tab between words of the body matches a space in the highlights."""
        body = tuple(p.replace("cost more", "cost\tmore") for p in RECURRING)
        assert body != RECURRING
        assert parse_article(make_dump(body=body)).highlights == (HIGHLIGHTS,)


class TestWords:
    def test_words_of_a_squashed_sentence(self) -> None:
        """Words joined by single spaces, counted as split() counts them."""
        for sentence in ("One.", "One two three four.", "Cut off at a space "):
            assert _words(sentence) == len(sentence.split())

    @pytest.mark.parametrize(
        ("tail", "share"), [("Three word end ", 0.0), ("Four words at end ", 1.0)]
    )
    def test_paragraph_cut_at_a_space(self, tail: str, share: float) -> None:
        """A long paragraph cut right after a space counts its last words right."""
        # One word of filler, then a sentence the cut ends right after a space.
        head = "a" * (_MAX_CHARS - len(tail) - 2) + ". "
        paragraph = f"{head}{tail}and more."
        assert paragraph[:_MAX_CHARS] == head + tail
        assert _share(paragraph, f"{tail}x") == share


# Highlights as a link blogger edits them: a bracketed insertion, an
# ellipsis, a sentence cut short.
EDITED = (
    "The council voted to close the old bridge. (But) repairs could take two "
    "years... Ferry operators said they would add"
)
QUOTED = (
    'Ferries will run all night. "We will carry everyone who needs to cross," '
    "the harbour master said on Monday."
)


class TestSignedLinkBlogPost:
    """In a signed link-blog post the paragraph after the byline is the highlights."""

    @pytest.mark.parametrize("highlights", [EDITED, QUOTED])
    def test_complete_post_takes_it_by_place(self, highlights: str) -> None:
        """Edited highlights that do not recur are still the highlights."""
        article = parse_article(make_dump(highlights, body=OTHER))
        assert article.highlights == (highlights,)
        assert article.body == OTHER
        assert "highlights.unconfirmed" not in codes(article)

    @pytest.mark.parametrize("highlights", [EDITED, HIGHLIGHTS])
    def test_post_ending_after_its_highlights(self, highlights: str) -> None:
        """An archive page's post, cut right after its highlights, keeps them."""
        article = parse_article(make_dump(highlights, body=(), footer=False))
        assert article.highlights == (highlights,)
        assert article.body == ()

    @pytest.mark.parametrize("highlights", [EDITED, QUOTED])
    def test_complete_post_of_highlights_alone(self, highlights: str) -> None:
        """A footer right under them: still highlights, and no warning."""
        article = parse_article(make_dump(highlights, body=()))
        assert article.highlights == (highlights,)
        assert article.body == ()
        assert "highlights.unconfirmed" not in codes(article)

    def test_quotations_in_the_highlights_are_not_quotes(self) -> None:
        """A quotation inside the highlights is not listed, even with no body."""
        for body in ((), OTHER):
            article = parse_article(make_dump(QUOTED, body=body, footer=False))
            assert article.highlights == (QUOTED,)
            assert article.quotes == ()

    @pytest.mark.parametrize(
        "body",
        [
            (
                "Officials listed what the closure means:",
                "  1. Longer commutes",
                "  2. More ferries",
                "The council meets again on Friday to hear from commuters.",
            ),
            OTHER,
        ],
    )
    def test_body_joined_by_single_line_breaks(self, body: tuple[str, ...]) -> None:
        """The body set off by single line breaks starts right after them."""
        text = make_dump(EDITED, body=()).replace(
            f"{EDITED}\n", f"{EDITED}\n" + "\n".join(body) + "\n"
        )
        article = parse_article(text)
        assert article.highlights == (EDITED,)
        assert article.body == tuple(line.strip() for line in body)

    def test_recurring_paragraph_joined_by_a_line_break_is_body(self) -> None:
        """A second paragraph not set off by a blank line is the body's first."""
        second = f"{S3} Officials gave no date for the reopening of the bridge."
        body = (*RECURRING, f"Operators met on Monday. {S3}")
        for signed in (True, False):
            text = make_dump(f"{S1}\n{second}", body=body, signed=signed)
            article = parse_article(text)
            assert article.highlights == (S1,)
            assert article.body[0] == second
