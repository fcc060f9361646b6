"""Tests for the byline section (``articlekit.sections.byline``)."""

from __future__ import annotations

import pytest

from articlekit import Byline, Parser, ParseState, Severity, parse_article
from articlekit.sections import DEFAULT_SECTIONS
from articlekit.sections.byline import (
    make_byline_parser,
    make_byline_reader,
    parse_byline,
    read_byline,
)

SECTIONS = dict(DEFAULT_SECTIONS)

BYLINE = "Jared Malsin reports in the Wall Street Journal:"

SUMMARY = (
    "The closure will push thousands of commuters onto ferries and the ring "
    "road, which is already close to capacity at rush hour.",
    "Local firms fear a long disruption, but the council has few options left. JL",
)

BODY = (
    "The city council voted to close the old harbour bridge after engineers "
    "found deep cracks in its main supports.",
    "Repairs could take two years and cost more than the bridge did to build, "
    "officials said on Tuesday.",
    "Traffic was diverted to the ring road on Monday morning, and ferries ran "
    "every ten minutes instead of every half hour.",
)


def make_dump(
    *,
    byline: str | None = BYLINE,
    summary: tuple[str, ...] = SUMMARY,
    body: tuple[str, ...] = BODY,
    footer: bool = True,
    newline: str = "\n",
) -> str:
    """Build a small dump in the seed's layout, a blank line between paragraphs."""
    parts = ["Mar 3, 2023", "Harbour Bridge Closes As Cracks Spread Through Supports"]
    parts += list(summary)
    if byline is not None:
        parts.append(byline)
    parts += list(body)
    if footer:
        parts += ["No comments:", "Post a Comment"]
    return (newline * 2).join(parts) + newline


def run_sections(text: str, *names: str, parser=None) -> ParseState:
    """Run the named default sections (then ``parser`` as "byline") on ``text``."""
    state = ParseState(text)
    for name in names:
        state.enter(name)
        SECTIONS[name](state)
    if parser is not None:
        state.enter("byline")
        parser(state)
    return state


def long_byline() -> str:
    """A well-formed byline longer than the default 200-character limit."""
    names = ", ".join(
        [
            "Maximiliana Oppenheimerova-Castellanos",
            "Bartholomew Featherstonehaugh",
            "Konstantina Papadopoulou-Whitfield",
            "Evangeline Montgomery-Ashworth",
        ]
    )
    return (
        f"{names} and Wilhelmina Throckmorton write in the International Journal "
        "of Comparative Administrative Studies:"
    )


class TestReadByline:
    @pytest.mark.parametrize(
        ("line", "authors", "publication", "verb"),
        [
            (BYLINE, ("Jared Malsin",), "Wall Street Journal", "reports"),
            (
                "Anna Berg and Tom Price report in Bloomberg:",
                ("Anna Berg", "Tom Price"),
                "Bloomberg",
                "report",
            ),
            (
                "Anna Berg, Tom Price and Lea Moss write in the New York Times:",
                ("Anna Berg", "Tom Price", "Lea Moss"),
                "New York Times",
                "write",
            ),
            (
                "Anna Berg, Tom Price, and Lea Moss write for Foreign Affairs:",
                ("Anna Berg", "Tom Price", "Lea Moss"),
                "Foreign Affairs",
                "write",
            ),
            (
                "Anna Berg & Tom Price report in Reuters:",
                ("Anna Berg", "Tom Price"),
                "Reuters",
                "report",
            ),
            ("The Economist reports:", (), "The Economist", "reports"),
            ("Axios reports:", (), "Axios", "reports"),
            (
                "Derek Thompson in The Atlantic:",
                ("Derek Thompson",),
                "The Atlantic",
                None,
            ),
            (
                "Jane Roe writes in the Financial Times",
                ("Jane Roe",),
                "Financial Times",
                "writes",
            ),
            ("Tomás Ruiz writes in El País:", ("Tomás Ruiz",), "El País", "writes"),
            (
                "Ludwig van Dijk reports in Der Spiegel:",
                ("Ludwig van Dijk",),
                "Der Spiegel",
                "reports",
            ),
            (
                "Abu Mohammed al-Jawlani writes in Al Jazeera:",
                ("Abu Mohammed al-Jawlani",),
                "Al Jazeera",
                "writes",
            ),
            ("Jane Roe points out in Vox:", ("Jane Roe",), "Vox", "points out"),
            (
                "Anna Berg and Tom Price discuss in Vox:",
                ("Anna Berg", "Tom Price"),
                "Vox",
                "discuss",
            ),
            ("Harbour Economics reports:", (), "Harbour Economics", "reports"),
            ("Popular Science writes:", (), "Popular Science", "writes"),
            ("Tom Price reports:", ("Tom Price",), None, "reports"),
            (
                "R. T. Okafor reports in Coastal Trade Weekly:",
                ("R. T. Okafor",),
                "Coastal Trade Weekly",
                "reports",
            ),
            (
                "Mia K. Lund and J. P. Osei report in the Fjord Courier:",
                ("Mia K. Lund", "J. P. Osei"),
                "Fjord Courier",
                "report",
            ),
            ("vDesk reports:", (), "vDesk", "reports"),
            (
                "Jane Roe and Tom Li write in iHarbour:",
                ("Jane Roe", "Tom Li"),
                "iHarbour",
                "write",
            ),
        ],
        ids=[
            "one-author-the-dropped",
            "two-authors-and",
            "three-authors",
            "three-authors-oxford-comma-for",
            "ampersand",
            "the-economist",
            "axios",
            "no-verb",
            "no-colon",
            "accented-name",
            "particle-van",
            "particle-al-hyphen",
            "two-word-verb",
            "plural-of-ses-verb",
            "publication-named-for-its-field",
            "another-field-word",
            "person-alone",
            "initials-in-a-name",
            "initials-in-two-names",
            "brand-spelled-lower-case-first",
            "brand-after-in",
        ],
    )
    def test_reads_fields(
        self,
        line: str,
        authors: tuple[str, ...],
        publication: str,
        verb: str | None,
    ) -> None:
        """Authors, publication and verb are read off a byline line."""
        byline = read_byline(line)
        assert byline is not None
        assert (byline.authors, byline.publication, byline.verb) == (
            authors,
            publication,
            verb,
        )

    def test_keeps_whole_line_as_text(self) -> None:
        """The byline's text is the line as written, colon included."""
        byline = read_byline(BYLINE)
        assert byline is not None
        assert byline.text == BYLINE

    def test_reader_sets_no_span(self) -> None:
        """A byline read off a bare line has no span (no input offsets known)."""
        byline = read_byline(BYLINE)
        assert byline is not None
        assert byline.span is None

    def test_capitalised_the_is_kept(self) -> None:
        """Only a lower-case leading "the" is dropped from the publication."""
        byline = read_byline("Jared Malsin reports in The Wall Street Journal:")
        assert byline is not None
        assert byline.publication == "The Wall Street Journal"

    def test_authors_alone_without_publication(self) -> None:
        """``Jane Doe writes:`` names an author and no publication."""
        byline = read_byline("Jane Doe writes:")
        assert byline == Byline(
            authors=("Jane Doe",), verb="writes", text="Jane Doe writes:"
        )

    @pytest.mark.parametrize(
        "line",
        [
            "his colleagues report in private:",
            "Derek Thompson in The Atlantic",
            "Prices rose in the spring:",
            "Officials said in a statement on Monday:",
            "ebay reports:",
            "Jane Roe reports in the lead-up:",
            "",
        ],
        ids=[
            "lower-case-subject",
            "no-verb-no-colon",
            "no-verb-sentence",
            "past-tense-sentence",
            "lower-case-word-alone",
            "lower-case-publication",
            "empty",
        ],
    )
    def test_rejects_non_bylines(self, line: str) -> None:
        """Lines that only resemble a byline are not read as one."""
        assert read_byline(line) is None

    def test_rejects_line_over_200_chars(self) -> None:
        """A line longer than 200 characters is never a byline."""
        line = long_byline()
        assert len(line) > 200
        assert read_byline(line) is None

    def test_rejects_body_sentence(self) -> None:
        """A body sentence shaped like ``X argue in the report that ...`` is not one."""
        line = "Critics argue in the report that the plan will fail."
        assert read_byline(line) is None

    @pytest.mark.parametrize("line", ["No comments:", "3 comments:"])
    def test_rejects_comment_footer(self, line: str) -> None:
        """A comment-footer line is not a byline by itself."""
        assert read_byline(line) is None

    @pytest.mark.parametrize("verb", ["analyze", "propose", "summarize"])
    def test_plural_of_e_verbs(self, verb: str) -> None:
        """Two authors with the plural of an ``-e`` verb (``analyze``) are read."""
        byline = read_byline(f"Anna Berg and Tom Price {verb} in Vox:")
        assert byline is not None
        assert (byline.authors, byline.verb) == (("Anna Berg", "Tom Price"), verb)

    def test_reads_byline_with_nbsp(self) -> None:
        """An NBSP between words (pasted web text) still gives a byline."""
        byline = read_byline(
            "Jared\u00a0Malsin reports in the\u00a0Wall Street Journal:"
        )
        assert byline is not None
        assert [a.split() for a in byline.authors] == [["Jared", "Malsin"]]
        assert " ".join(byline.publication.split()) == "Wall Street Journal"


class TestMakeBylineReader:
    def test_custom_verbs_and_their_plural(self) -> None:
        """A verb given in the singular is read in both numbers."""
        read = make_byline_reader(verbs=("blogs",))
        one = read("Jane Roe blogs in Vox:")
        two = read("Jane Roe and Tom Price blog in Vox:")
        assert one is not None
        assert two is not None
        assert (one.verb, two.verb) == ("blogs", "blog")
        assert two.authors == ("Jane Roe", "Tom Price")

    def test_custom_verbs_replace_defaults(self) -> None:
        """The default verbs are gone when others are given, and vice versa."""
        read = make_byline_reader(verbs=("blogs",))
        assert read(BYLINE) is None
        assert read_byline("Jane Roe blogs in Vox:") is None

    def test_custom_prepositions(self) -> None:
        """Only the given prepositions may introduce the publication."""
        read = make_byline_reader(prepositions=("in",))
        line = "Anna Berg, Tom Price, and Lea Moss write for Foreign Affairs:"
        assert read(line) is None
        assert read(BYLINE) is not None

    def test_max_chars(self) -> None:
        """A longer limit admits a long byline the default rejects."""
        read = make_byline_reader(max_chars=1000)
        byline = read(long_byline())
        assert byline is not None
        assert len(byline.authors) == 5
        assert byline.publication == (
            "International Journal of Comparative Administrative Studies"
        )


class TestParseByline:
    def test_finds_and_claims_byline(self) -> None:
        """The byline line is claimed and stored with its span."""
        text = make_dump()
        state = run_sections(text, "date", "headline", "comments", "byline")
        assert state.byline is not None
        assert state.byline.span is not None
        assert state.byline.span.slice(text) == BYLINE
        assert [b.text for b in state.claimed_by("byline")] == [BYLINE]

    def test_returns_true_when_found(self) -> None:
        """The parser reports that it found its section."""
        state = ParseState(make_dump())
        state.enter("byline")
        found = parse_byline(state)
        assert found is True
        assert state.byline is not None
        assert state.byline.text == BYLINE

    def test_missing_byline(self) -> None:
        """With no byline, it returns False and reports ``byline.missing``."""
        state = run_sections(make_dump(byline=None), "date", "headline", "comments")
        state.enter("byline")
        found = parse_byline(state)
        assert found is False
        assert state.byline is None
        assert state.claimed_by("byline") == []
        assert [(d.code, d.severity) for d in state.diagnostics] == [
            ("byline.missing", Severity.INFO)
        ]

    def test_first_byline_wins(self) -> None:
        """Of two byline-shaped lines, the first is taken."""
        second = "Anna Berg and Tom Price report in Bloomberg:"
        text = make_dump(body=(second, *BODY))
        state = run_sections(text, "date", "headline", "comments", "byline")
        assert state.byline is not None
        assert state.byline.text == BYLINE

    def test_skips_claimed_blocks(self) -> None:
        """A line another section claimed is never read again."""
        text = "Axios reports:\nThe Economist reports:\nBody text follows here.\n"
        state = ParseState(text)
        state.enter("headline")
        state.claim(state.blocks[0])
        state.enter("byline")
        parse_byline(state)
        assert state.byline is not None
        assert state.byline.publication == "The Economist"

    def test_looks_only_near_the_top(self) -> None:
        """A byline below the first ten unclaimed blocks is not looked at."""
        filler = tuple(f"Paragraph {n} of the quoted article." for n in range(12))
        text = make_dump(byline=None, body=(*filler, BYLINE))
        state = run_sections(text, "date", "headline", "comments", "byline")
        wide = run_sections(
            text, "date", "headline", "comments", parser=make_byline_parser(search=50)
        )
        assert (state.byline, wide.byline is not None) == (None, True)

    def test_search_counts_lines_the_filter_drops(self) -> None:
        """Long paragraphs, which cannot be bylines, still count towards ``search``."""
        long = tuple(f"Paragraph {n} of the quoted article. " * 8 for n in range(10))
        text = "\n".join([*long, BYLINE, "Body text follows here."])
        parser = Parser()
        parser.pipeline.only("byline")
        assert parser.parse(text).byline is None
        wide = Parser()
        wide.pipeline.only("byline").replace("byline", make_byline_parser(search=11))
        assert wide.parse(text).byline is not None


class TestMakeBylineParser:
    def test_search_limits_blocks_read(self) -> None:
        """``search`` bounds how many unclaimed blocks are looked through."""
        text = make_dump()  # the byline is the third unclaimed block
        near = run_sections(
            text, "date", "headline", parser=make_byline_parser(search=2)
        )
        far = run_sections(
            text, "date", "headline", parser=make_byline_parser(search=3)
        )
        assert (near.byline, far.byline is not None) == (None, True)

    def test_custom_verbs_in_a_parser(self) -> None:
        """A parser built with other verbs reads bylines the default misses."""
        line = "Jane Roe blogs in the Harbour Gazette:"
        parser = Parser()
        parser.pipeline.replace("byline", make_byline_parser(verbs=("blogs",)))
        article = parser.parse(make_dump(byline=line))
        assert article.byline is not None
        assert (article.byline.authors, article.byline.publication) == (
            ("Jane Roe",),
            "Harbour Gazette",
        )
        assert parse_article(make_dump(byline=line)).byline is None

    def test_max_chars_in_a_parser(self) -> None:
        """``max_chars`` is passed on to the reader."""
        line = long_byline()
        parser = Parser()
        parser.pipeline.replace("byline", make_byline_parser(max_chars=1000))
        article = parser.parse(make_dump(byline=line))
        assert article.byline is not None
        assert article.byline.text == line


class TestParseArticle:
    def test_seed_like_byline(self) -> None:
        """The seed's byline gives its author, publication and verb."""
        article = parse_article(make_dump())
        assert article.byline == Byline(
            authors=("Jared Malsin",),
            publication="Wall Street Journal",
            verb="reports",
            text=BYLINE,
        )

    def test_span_slices_to_line(self) -> None:
        """The byline's span maps back to the exact byline line."""
        text = make_dump()
        article = parse_article(text)
        assert article.byline is not None
        assert article.byline.span is not None
        assert article.byline.span.slice(text) == BYLINE

    def test_span_with_crlf(self) -> None:
        """With ``\\r\\n`` line ends the span still covers just the line."""
        text = make_dump(newline="\r\n")
        article = parse_article(text)
        assert article.byline is not None
        assert article.byline.span is not None
        assert article.byline.span.slice(text) == BYLINE

    def test_byline_is_not_body_or_summary(self) -> None:
        """The byline line is in neither the body nor the summary.

        The paragraph under it, in a signed post, is the highlights.
        """
        article = parse_article(make_dump())
        assert article.summary is not None
        assert BYLINE not in article.body
        assert BYLINE not in article.summary.paragraphs
        assert (article.highlights, article.body) == (BODY[:1], BODY[1:])

    def test_byline_bounds_summary(self) -> None:
        """The paragraphs above the byline are the summary."""
        article = parse_article(make_dump())
        assert article.summary is not None
        assert article.summary.paragraphs == (SUMMARY[0], SUMMARY[1][:-3])

    @pytest.mark.parametrize(
        ("line", "authors", "publication"),
        [
            (
                "Anna Berg, Tom Price, and Lea Moss write for Foreign Affairs:",
                ("Anna Berg", "Tom Price", "Lea Moss"),
                "Foreign Affairs",
            ),
            ("The Economist reports:", (), "The Economist"),
            (
                "Jane Roe writes in the Financial Times",
                ("Jane Roe",),
                "Financial Times",
            ),
            ("Derek Thompson in The Atlantic:", ("Derek Thompson",), "The Atlantic"),
        ],
        ids=["three-authors", "publication-only", "no-colon", "no-verb"],
    )
    def test_byline_variants(
        self, line: str, authors: tuple[str, ...], publication: str
    ) -> None:
        """Byline variants are found in a whole dump."""
        text = make_dump(byline=line)
        article = parse_article(text)
        assert article.byline is not None
        assert (article.byline.authors, article.byline.publication) == (
            authors,
            publication,
        )
        assert article.byline.span is not None
        assert article.byline.span.slice(text) == line

    def test_to_dict(self) -> None:
        """``to_dict`` gives the byline's fields and span as JSON types."""
        text = make_dump()
        start = text.index(BYLINE)
        byline = parse_article(text).to_dict()["byline"]
        assert byline == {
            "authors": ["Jared Malsin"],
            "publication": "Wall Street Journal",
            "verb": "reports",
            "text": BYLINE,
            "span": [start, start + len(BYLINE)],
        }

    def test_no_byline(self) -> None:
        """A dump without a byline has ``byline`` None and a diagnostic."""
        article = parse_article(make_dump(byline=None))
        assert article.byline is None
        assert "byline.missing" in [d.code for d in article.diagnostics]

    def test_body_sentence_far_down_is_left_alone(self) -> None:
        """A byline-shaped sentence deep in the body stays body text."""
        sentence = "Critics argue in the report that the plan will fail."
        filler = tuple(f"Paragraph {n} of the quoted article." for n in range(12))
        article = parse_article(make_dump(byline=None, body=(*filler, sentence)))
        assert article.byline is None
        assert article.body[-1] == sentence

    def test_later_byline_shape_stays_in_body(self) -> None:
        """After the real byline, another byline-shaped line is body."""
        other = "Anna Berg and Tom Price report in Bloomberg:"
        article = parse_article(make_dump(body=(*BODY, other)))
        assert article.byline is not None
        assert article.byline.text == BYLINE
        assert article.body[-1] == other

    def test_body_sentence_near_top_is_not_byline(self) -> None:
        """A body sentence near the top of a post without byline stays body."""
        sentence = "Critics argue in the report that the plan will fail."
        article = parse_article(make_dump(byline=None, body=(sentence, *BODY)))
        assert article.byline is None
        assert article.body[0] == sentence
