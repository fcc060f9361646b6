"""Tests of the labels section (``articlekit.sections.labels``)."""

from __future__ import annotations

import pytest

from articlekit import Parser, ParseState, parse_article
from articlekit.sections.labels import make_labels_parser, parse_labels

HEADLINE = "Harbour Ferry Service Resumes After Winter Storms"
FIRST = (
    "The ferry between the two islands was suspended in January after storms "
    "tore away part of the pier."
)
SECOND = "Repairs cost more than expected, officials said."
LABELS = "Labels: ferries, islands, weather"


def dump(*tail: str) -> str:
    """Return a dump: date, headline, body, the ``tail`` lines, then a footer."""
    return "\n\n".join(
        [
            "Dec 5, 2024",
            HEADLINE,
            FIRST,
            SECOND,
            *tail,
            "No comments:",
            "Post a Comment",
        ]
    )


def labels_codes(article):
    """Return the codes the labels section reported, in order."""
    return [d.code for d in article.diagnostics if d.section == "labels"]


def parser_with(**options):
    """Return a ``Parser`` whose labels section is built with ``options``."""
    parser = Parser()
    parser.pipeline.replace("labels", make_labels_parser(**options))
    return parser


class TestParseLabels:
    """``parse_labels``: the default labels section parser."""

    def test_claims_line_on_a_state(self):
        """On a bare state the labels line is claimed and True returned."""
        state = ParseState(dump(LABELS))
        state.enter("labels")
        found = parse_labels(state)
        assert (found, state.labels) == (True, ("ferries", "islands", "weather"))
        assert [b.text for b in state.claimed_by("labels")] == [LABELS]

    def test_returns_false_without_line_on_a_state(self):
        """Without a labels line nothing is claimed and nothing reported."""
        state = ParseState(dump())
        state.enter("labels")
        found = parse_labels(state)
        assert (found, state.labels) == (False, ())
        assert (state.claimed_by("labels"), state.diagnostics) == ([], ())

    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            ("Labels: economy, Syria, war", ("economy", "Syria", "war")),
            ("Label: travel", ("travel",)),
            ("LABELS: economy, war", ("economy", "war")),
            ("labels:economy,war", ("economy", "war")),
            ("Labels : economy ,  , war ,", ("economy", "war")),
            ("Labels: Middle East, U.S. policy", ("Middle East", "U.S. policy")),
        ],
    )
    def test_label_lines(self, line, expected):
        """Tags are split at commas, trimmed, and empty ones dropped, in order."""
        article = parse_article(dump(line))
        assert article.labels == expected
        assert labels_codes(article) == []

    def test_span_covers_whole_line(self):
        """The labels span is the whole ``Labels:`` line."""
        text = dump(LABELS)
        article = parse_article(text)
        assert article.span_of("labels")[0].slice(text) == LABELS

    def test_line_is_not_body_or_footer(self):
        """The claimed line is neither body nor footer."""
        article = parse_article(dump(LABELS))
        assert article.body == (FIRST, SECOND)
        assert article.comments.lines == ("No comments:", "Post a Comment")

    def test_with_posted_by_line(self):
        """A Blogger ``Posted by`` and ``Labels`` pair each go to their field."""
        article = parse_article(dump("Posted by Jane Doe at 10:15 AM", LABELS))
        assert (article.posted_by, article.labels) == (
            "Jane Doe",
            ("ferries", "islands", "weather"),
        )
        assert article.body == (FIRST, SECOND)

    @pytest.mark.parametrize("line", ["Labels:", "Labels: , ,"])
    def test_line_without_tags_is_claimed_empty(self, line):
        """A labels line with no tags (a template's leftovers) is claimed, empty."""
        text = dump(line)
        article = parse_article(text)
        assert article.labels == ()
        assert article.span_of("labels")[0].slice(text) == line
        assert article.body == (FIRST, SECOND)

    def test_only_first_line_is_taken(self):
        """A second labels line is not read; as a tag line above the footer it is kept unparsed."""
        article = parse_article(dump(LABELS, "Labels: other"))
        assert article.labels == ("ferries", "islands", "weather")
        assert article.body == (FIRST, SECOND)
        assert [b.text for b in article.unparsed] == ["Labels: other"]

    def test_no_line_gives_empty_tuple(self):
        """Without a labels line ``labels`` is empty, with no diagnostic."""
        article = parse_article(dump())
        assert (article.labels, article.span_of("labels")) == ((), ())
        assert labels_codes(article) == []

    def test_word_labels_inside_sentence_is_not_a_labels_line(self):
        """A sentence that mentions labels is body."""
        sentence = "The labels: on the crates were wrong, officials said."
        article = parse_article(dump(sentence))
        assert article.labels == ()
        assert article.body == (FIRST, SECOND, sentence)

    def test_to_dict_holds_list(self):
        """``to_dict()`` gives the labels as a list."""
        assert parse_article(dump(LABELS)).to_dict()["labels"] == [
            "ferries",
            "islands",
            "weather",
        ]


class TestMakeLabelsParser:
    """``make_labels_parser``: options of the labels section."""

    def test_custom_prefix(self):
        """``prefixes=("Tags",)`` reads a ``Tags:`` line."""
        text = dump("Tags: ferries, weather")
        article = parser_with(prefixes=("Tags",)).parse(text)
        assert article.labels == ("ferries", "weather")
        assert article.span_of("labels")[0].slice(text) == "Tags: ferries, weather"

    def test_custom_prefix_is_case_blind(self):
        """Custom prefixes match whatever the case."""
        article = parser_with(prefixes=("Tags",)).parse(dump("TAGS: ferries"))
        assert article.labels == ("ferries",)

    def test_multi_word_prefix(self):
        """A prefix may be several words, such as ``Filed under``."""
        article = parser_with(prefixes=("Tags", "Filed under")).parse(
            dump("Filed under: ferries, islands")
        )
        assert article.labels == ("ferries", "islands")

    def test_prefix_is_matched_literally(self):
        """Regex characters in a prefix are matched as themselves."""
        parser = parser_with(prefixes=("Tags (2)",))
        assert parser.parse(dump("Tags (2): ferries, weather")).labels == (
            "ferries",
            "weather",
        )
        assert parser.parse(dump("Tags 2: ferries")).labels == ()

    def test_custom_prefixes_replace_defaults(self):
        """With custom prefixes a ``Labels:`` line is no longer read."""
        article = parser_with(prefixes=("Tags",)).parse(dump(LABELS))
        assert article.labels == ()
        assert [b.text for b in article.unparsed] == [LABELS]

    def test_custom_parser_leaves_default_alone(self):
        """``parse_article`` keeps the default prefixes after a replacement."""
        parser_with(prefixes=("Tags",)).parse(dump(LABELS))
        assert parse_article(dump(LABELS)).labels == ("ferries", "islands", "weather")

    def test_disabled_section_gives_empty_labels(self):
        """With the section disabled the line is not read, and kept unparsed."""
        parser = Parser()
        parser.pipeline.disable("labels")
        article = parser.parse(dump(LABELS))
        assert article.labels == ()
        assert [b.text for b in article.unparsed] == [LABELS]

    def test_string_prefixes_raise(self):
        """A bare string for ``prefixes`` is a configuration mistake."""
        with pytest.raises(TypeError):
            make_labels_parser(prefixes="Tags")


class TestFirstLetterLook:
    def test_capital_that_casefolds_to_more_letters(self):
        """A prefix still matches a line whose first capital casefolds to two letters."""
        parser = Parser()
        parser.pipeline.replace("labels", make_labels_parser(prefixes=("items",)))
        article = parser.parse("Dec 5, 2024\nA Headline\nBody text.\nİtems: a, b\n")
        assert article.labels == ("a", "b")

    @pytest.mark.parametrize(
        ("prefixes", "line"),
        [
            (("Étiquettes",), "ÉTIQUETTES : a, b"),
            (("ßtichworte",), "ẞTICHWORTE: a, b"),
            (("Labels",), "LABELS:a, b"),
        ],
    )
    def test_declared_lines_hold_the_line(self, prefixes, line):
        """The line is read with and without the section's declared lines."""
        text = f"Dec 5, 2024\nA Headline\nBody text.\n{line}\n"
        found = []
        for parser in (Parser(), Parser(exhaustive=True)):
            parser.pipeline.replace("labels", make_labels_parser(prefixes=prefixes))
            found.append(parser.parse(text).to_dict())
        assert found[0]["labels"] == ["a", "b"]
        assert found[0] == found[1]
