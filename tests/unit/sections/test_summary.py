"""Tests for the summary section (``articlekit.sections.summary``)."""

from __future__ import annotations

import pytest

from articlekit import Parser, ParseState, Severity, Summary, parse_article
from articlekit.sections import DEFAULT_SECTIONS
from articlekit.sections.summary import (
    make_summary_parser,
    parse_summary,
    split_signature,
)

SECTIONS = dict(DEFAULT_SECTIONS)

BYLINE = "Jane Roe reports in the Harbour Gazette:"

FIRST = (
    "The closure will push thousands of commuters onto ferries and the ring "
    "road, which is already close to capacity at rush hour."
)
SECOND = "Local firms fear a long disruption, but the council has few options left."

BODY = (
    "The city council voted to close the old harbour bridge after engineers "
    "found deep cracks in its main supports.",
    "Repairs could take two years and cost more than the bridge did to build, "
    "officials said on Tuesday.",
)


def make_dump(
    *summary: str, byline: str | None = BYLINE, body: tuple[str, ...] = BODY
) -> str:
    """Build a complete dump: date, headline, ``summary``, byline, body, footer."""
    parts = ["Mar 3, 2023", "Harbour Bridge Closes As Cracks Spread Through Supports"]
    parts += list(summary)
    if byline is not None:
        parts.append(byline)
    parts += [*body, "No comments:", "Post a Comment"]
    return "\n\n".join(parts) + "\n"


def run_sections(text: str, *names: str) -> ParseState:
    """Run the named default sections, in the order given, on ``text``."""
    state = ParseState(text)
    for name in names:
        state.enter(name)
        SECTIONS[name](state)
    return state


UPSTREAM = ("date", "headline", "comments", "byline")


class TestSplitSignature:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "This is an embarrassment for Iran. JL",
                ("This is an embarrassment for Iran.", "JL"),
            ),
            ("Will the council act? RB", ("Will the council act?", "RB")),
            ("Act now! JL  ", ("Act now!", "JL")),
            ("He said “not yet.” JL", ("He said “not yet.”", "JL")),
            ("Prices rose (again). ABCD", ("Prices rose (again).", "ABCD")),
            ("The wait goes on… JL", ("The wait goes on…", "JL")),
            ("The wait goes on... JL", ("The wait goes on...", "JL")),
            ("The bridge is shut.\u00a0JL", ("The bridge is shut.", "JL")),
            ("The bridge is shut. ÉL", ("The bridge is shut.", "ÉL")),
            ("A costly 'fix.' JL", ("A costly 'fix.'", "JL")),
            ("They called it a 'deal!' RB   ", ("They called it a 'deal!'", "RB")),
            ("Fares rise [again.]  JL  ", ("Fares rise [again.]", "JL")),
            ("He said “not yet.” JL ", ("He said “not yet.”", "JL")),
        ],
        ids=[
            "stop",
            "question",
            "exclamation-trailing-spaces",
            "closing-quote",
            "bracket-four-letters",
            "ellipsis-char",
            "three-dots",
            "nbsp",
            "accented-initial",
            "straight-single-quote-after-stop",
            "straight-single-quote-trailing-spaces",
            "square-bracket-trailing-spaces",
            "curly-quote-nbsp-both-sides",
        ],
    )
    def test_splits_signature(self, text: str, expected: tuple[str, str]) -> None:
        """Initials after the last sentence are split off the text."""
        assert split_signature(text) == expected

    @pytest.mark.parametrize(
        "text",
        [
            "Trade talks resumed in the US",
            "The bridge is shut.JL",
            "The bridge is shut. Jl",
            "The bridge is shut. ABCDE",
            "The bridge is shut. J",
            "Tickets sold out for the players' NBA",
            "JL",
            "",
        ],
        ids=[
            "closing-acronym",
            "no-space",
            "not-all-capitals",
            "five-letters",
            "one-letter",
            "possessive-before-acronym",
            "initials-alone",
            "empty",
        ],
    )
    def test_no_signature(self, text: str) -> None:
        """Text without a signature comes back whole, with ``None``."""
        assert split_signature(text) == (text, None)


class TestParseSummary:
    def test_claims_paragraphs_above_byline(self) -> None:
        """The paragraphs between headline and byline are claimed and stored."""
        text = make_dump(FIRST, f"{SECOND} JL")
        state = run_sections(text, *UPSTREAM)
        state.enter("summary")
        found = parse_summary(state)
        assert found is True
        assert state.summary == Summary(paragraphs=(FIRST, SECOND), signature="JL")
        assert [b.text for b in state.claimed_by("summary")] == [FIRST, f"{SECOND} JL"]

    def test_nothing_above_byline(self) -> None:
        """A byline right under the headline leaves no summary."""
        state = run_sections(make_dump(), *UPSTREAM)
        state.enter("summary")
        found = parse_summary(state)
        assert found is False
        assert state.summary is None
        assert [(d.code, d.severity) for d in state.diagnostics] == [
            ("summary.missing", Severity.INFO)
        ]

    def test_without_headline_starts_at_top(self) -> None:
        """With no headline or date claimed, the summary starts at the first line."""
        text = f"{FIRST}\n{SECOND} JL\n{BYLINE}\nBody text follows here.\n"
        state = run_sections(text, "byline")
        state.enter("summary")
        parse_summary(state)
        assert state.summary == Summary(paragraphs=(FIRST, SECOND), signature="JL")


class TestMakeSummaryParser:
    def test_search_bounds_signed_run(self) -> None:
        """With no byline, ``search`` bounds how far down the signature may be."""
        text = make_dump(FIRST, f"{SECOND} JL", byline=None)
        parser = Parser()
        parser.pipeline.replace("summary", make_summary_parser(search=1))
        narrow = parser.parse(text)
        wide = parse_article(text)
        assert (narrow.summary, wide.summary is not None) == (None, True)

    def test_custom_signature_pattern(self) -> None:
        """A custom pattern reads a signature such as ``--JL``."""
        text = make_dump(FIRST, f"{SECOND} --JL")
        parser = Parser()
        parser.pipeline.replace(
            "summary",
            make_summary_parser(signature=r"\s+--(?P<sig>\p{Lu}{2,4})\s*$"),
        )
        article = parser.parse(text)
        assert article.summary == Summary(paragraphs=(FIRST, SECOND), signature="JL")

    def test_custom_pattern_without_byline(self) -> None:
        """A custom pattern finds its signature on any line, not only on capitals."""
        text = make_dump(FIRST, f"{SECOND} --jl", byline=None)
        parser = Parser()
        parser.pipeline.replace(
            "summary",
            make_summary_parser(signature=r"\s+--(?P<sig>\p{Ll}{2,4})\s*$"),
        )
        article = parser.parse(text)
        assert article.summary == Summary(paragraphs=(FIRST, SECOND), signature="jl")

    def test_custom_alone_pattern(self) -> None:
        """A custom pattern reads a signature line such as ``-- JL``."""
        text = make_dump(FIRST, SECOND, "-- JL")
        parser = Parser()
        parser.pipeline.replace(
            "summary", make_summary_parser(alone=r"^-- (?P<sig>\p{Lu}{2,4})$")
        )
        article = parser.parse(text)
        assert article.summary is not None
        assert article.summary.paragraphs == (FIRST, SECOND)


class TestParseArticle:
    def test_two_signed_paragraphs(self) -> None:
        """Two paragraphs and a trailing ``JL`` give the summary and its signature."""
        article = parse_article(make_dump(FIRST, f"{SECOND} JL"))
        assert article.summary == Summary(paragraphs=(FIRST, SECOND), signature="JL")

    def test_spans(self) -> None:
        """Each paragraph's span slices to it, the last with its signature."""
        text = make_dump(FIRST, f"{SECOND} JL")
        summary = parse_article(text).summary
        assert summary is not None
        assert summary.span is not None
        assert [s.slice(text) for s in summary.spans] == [FIRST, f"{SECOND} JL"]
        assert summary.span.slice(text) == f"{FIRST}\n\n{SECOND} JL"

    def test_signature_on_its_own_line(self) -> None:
        """A line of initials after the paragraphs is the signature."""
        text = make_dump(FIRST, SECOND, "JL")
        article = parse_article(text)
        assert article.summary is not None
        assert article.summary.span is not None
        assert (article.summary.paragraphs, article.summary.signature) == (
            (FIRST, SECOND),
            "JL",
        )
        assert article.summary.span.slice(text).endswith(f"{SECOND}\n\nJL")
        assert "JL" not in article.body
        assert article.unparsed == ()

    def test_unsigned_summary(self) -> None:
        """With no initials, the summary has signature None and a diagnostic."""
        text = make_dump(FIRST, SECOND)
        article = parse_article(text)
        unsigned = [d for d in article.diagnostics if d.code == "summary.unsigned"]
        assert article.summary == Summary(paragraphs=(FIRST, SECOND), signature=None)
        assert len(unsigned) == 1
        assert unsigned[0].severity == Severity.INFO
        assert text[unsigned[0].start : unsigned[0].end] == SECOND

    def test_unsigned_summary_does_not_raise_in_strict_mode(self) -> None:
        """``summary.unsigned`` is a note, so strict mode does not raise on it."""
        article = parse_article(make_dump(FIRST, SECOND), strict=True)
        assert article.summary is not None
        assert article.summary.signature is None

    def test_closing_acronym_is_not_signature(self) -> None:
        """A summary ending ``... in the US`` keeps the acronym as text."""
        last = "The same cracks have been found in older bridges in the US"
        article = parse_article(make_dump(FIRST, last))
        assert article.summary == Summary(paragraphs=(FIRST, last), signature=None)

    def test_signed_paragraph_without_byline(self) -> None:
        """With no byline, a signed paragraph under the headline is a summary."""
        article = parse_article(make_dump(FIRST, f"{SECOND} JL", byline=None))
        assert article.summary == Summary(paragraphs=(FIRST, SECOND), signature="JL")
        assert article.body == BODY

    @pytest.mark.parametrize("sig", ["ÉL", "JÉ", "ŁW"])
    def test_accented_signature_without_byline(self, sig: str) -> None:
        """With no byline, initials outside ASCII sign the summary too."""
        article = parse_article(make_dump(FIRST, f"{SECOND} {sig}", byline=None))
        assert article.summary == Summary(paragraphs=(FIRST, SECOND), signature=sig)

    def test_curly_quotes_before_signature_without_byline(self) -> None:
        """A paragraph of curly quotes ending in initials is signed."""
        last = "He said “not yet.” JL"
        article = parse_article(make_dump(FIRST, last, byline=None))
        assert article.summary == Summary(
            paragraphs=(FIRST, "He said “not yet.”"), signature="JL"
        )

    def test_signature_line_without_byline(self) -> None:
        """With no byline, a line of initials closes the summary too."""
        article = parse_article(make_dump(FIRST, SECOND, "JL", byline=None))
        assert article.summary == Summary(paragraphs=(FIRST, SECOND), signature="JL")
        assert article.body == BODY

    def test_unsigned_paragraph_without_byline_is_body(self) -> None:
        """With no byline and no signature, nothing is a summary."""
        article = parse_article(make_dump(FIRST, SECOND, byline=None))
        assert article.summary is None
        assert article.body == (FIRST, SECOND, *BODY)
        assert "summary.missing" in [d.code for d in article.diagnostics]

    def test_acronym_without_byline_is_body(self) -> None:
        """With no byline, ``... in the US`` does not pass for a signed summary."""
        last = "The same cracks have been found in older bridges in the US"
        article = parse_article(make_dump(last, byline=None))
        assert article.summary is None
        assert article.body == (last, *BODY)

    def test_signature_too_far_down_without_byline(self) -> None:
        """With no byline, initials five paragraphs down do not make a summary."""
        paragraphs = [f"Paragraph {n} of the post." for n in range(4)]
        article = parse_article(make_dump(*paragraphs, f"{SECOND} JL", byline=None))
        assert article.summary is None

    def test_byline_under_headline(self) -> None:
        """A byline right under the headline leaves ``summary`` None."""
        article = parse_article(make_dump())
        assert article.summary is None
        assert "summary.missing" in [d.code for d in article.diagnostics]

    def test_summary_not_in_body(self) -> None:
        """Summary paragraphs are not repeated in the body (nor the highlights)."""
        article = parse_article(make_dump(FIRST, f"{SECOND} JL"))
        assert article.highlights + article.body == BODY

    def test_to_dict(self) -> None:
        """``to_dict`` gives the paragraphs and signature under ``summary``."""
        data = parse_article(make_dump(FIRST, f"{SECOND} JL")).to_dict()["summary"]
        assert (data["paragraphs"], data["signature"]) == ([FIRST, SECOND], "JL")


class TestLinkBlogSummaryShapes:
    """Signed summaries as link blogs lay them out."""

    def test_quoted_word_then_signature_and_trailing_spaces(self) -> None:
        """``... a 'bargain.' JL`` with spaces after it: the initials are the signature."""
        last = "The fix may prove a very costly 'bargain.'"
        text = make_dump(FIRST, f"{last} JL   ")
        assert parse_article(text).summary == Summary(
            paragraphs=(FIRST, last), signature="JL"
        )

    def test_two_blank_lines_between_paragraphs_and_before_byline(self) -> None:
        """Paragraphs set apart by two blank lines are read as by one."""
        text = make_dump(FIRST, f"{SECOND} RB").replace(
            f"\n\n{SECOND}", f"\n\n\n{SECOND}"
        )
        text = text.replace(f"RB\n\n{BYLINE}", f"RB\n\n\n{BYLINE}")
        article = parse_article(text)
        assert article.summary == Summary(paragraphs=(FIRST, SECOND), signature="RB")
        assert article.byline is not None
        assert article.byline.publication == "Harbour Gazette"
