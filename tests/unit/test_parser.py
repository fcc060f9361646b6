"""Tests for articlekit.parser: the Parser, input handling and policies."""

from __future__ import annotations

import copy
import functools
import pickle
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from articlekit import (
    STRICT,
    Article,
    ArticleParseError,
    Parser,
    Policy,
    Severity,
    UnknownPluginError,
    parse_article,
)
from articlekit.sections.byline import VERBS, make_byline_parser
from articlekit.sections.captions import make_captions_parser
from articlekit.sections.date import make_date_parser, parse_date
from articlekit.sections.labels import make_labels_parser

DUMP = "Dec 5, 2024\nPort Strike Enters Third Week\nTraffic fell by two-thirds.\nNo comments:\n"


class TestParseInput:
    def test_str(self):
        """A str parses."""
        assert parse_article(DUMP).headline == "Port Strike Enters Third Week"

    def test_bytes_are_decoded_as_utf8(self):
        """bytes are decoded as UTF-8 and give the same article."""
        assert parse_article(DUMP.encode("utf-8")) == parse_article(DUMP)

    def test_bytes_with_bom(self):
        """A UTF-8 BOM in bytes is skipped (with an input.bom note)."""
        article = parse_article(b"\xef\xbb\xbf" + DUMP.encode())
        assert article.date is not None
        assert article.diagnostics[0].code == "input.bom"
        assert article.diagnostics[0].severity is Severity.INFO

    def test_cp1252_bytes(self):
        """Bytes that are not UTF-8 are read as cp1252, with a warning."""
        text = DUMP.replace("No comments:", "The café’s owner agreed.\nNo comments:")
        article = parse_article(text.encode("cp1252"))
        assert article.body[-1] == "The café’s owner agreed."
        assert "input.cp1252" in [d.code for d in article.diagnostics]

    def test_undecodable_bytes(self):
        """Bytes neither UTF-8 nor cp1252 are replaced and reported as an error."""
        data = DUMP.encode().replace(b"two-thirds", b"two\x81thirds")
        article = parse_article(data)
        assert "input.undecodable" in [d.code for d in article.diagnostics]
        assert article.body[-1] == "Traffic fell by two\ufffdthirds."

    def test_undecodable_bytes_strict(self):
        """Strict mode raises on undecodable bytes."""
        with pytest.raises(ArticleParseError, match=r"input\.undecodable"):
            parse_article(b"\x81" + DUMP.encode(), strict=True)

    def test_nul_and_control_characters_keep_spans(self):
        """NUL and other control characters survive, and spans still slice the input."""
        text = DUMP.replace("Traffic", "Traf\x00fic\x07")
        article = parse_article(text)
        assert (
            article.span_of("body")[0].slice(text)
            == "Traf\x00fic\x07 fell by two-thirds."
        )

    @pytest.mark.parametrize("value", [None, 3, ["a"], object()])
    def test_other_types_raise_type_error(self, value):
        """Input that is neither str nor bytes raises TypeError at once."""
        with pytest.raises(TypeError, match="str or bytes"):
            parse_article(value)

    def test_empty_input(self):
        """Empty input gives an empty Article with an input.empty error."""
        article = parse_article("")
        assert article == Article()
        assert [d.code for d in article.diagnostics] == ["input.empty"]
        assert article.diagnostics[0].severity is Severity.ERROR

    def test_blank_input(self):
        """Input of blank characters only (NBSP, BOM included) is empty."""
        assert [d.code for d in parse_article(" \u00a0\n\ufeff\t\n").diagnostics] == [
            "input.empty"
        ]

    def test_empty_input_strict(self, policy):
        """Strict mode raises on empty input; lenient records it."""
        if policy.strict:
            with pytest.raises(ArticleParseError) as info:
                Parser(policy=policy).parse("")
            assert (info.value.line, info.value.column) == (1, 1)
        else:
            assert Parser(policy=policy).parse("").diagnostics[0].code == "input.empty"

    def test_crlf_and_cr_give_the_same_article(self):
        """\\r\\n and \\r line ends parse like \\n."""
        expected = parse_article(DUMP)
        assert parse_article(DUMP.replace("\n", "\r\n")) == expected
        assert parse_article(DUMP.replace("\n", "\r")) == expected

    def test_mojibake_is_reported(self):
        """UTF-8 read as cp1252 is flagged."""
        codes = [
            d.code
            for d in parse_article(
                DUMP + "The government\u00e2\u20ac\u2122s plan."
            ).diagnostics
        ]
        assert "input.mojibake" in codes

    def test_replacement_characters_are_reported(self):
        """U+FFFD in a str is flagged as lost characters."""
        codes = [d.code for d in parse_article(DUMP + "caf\ufffd").diagnostics]
        assert "input.replacement" in codes


class TestStrict:
    def test_error_carries_line_and_column(self):
        """ArticleParseError has the line and column of the problem."""
        text = "Title\n\n   03/04/2024\nBody text here.\nNo comments:\n"
        with pytest.raises(ArticleParseError) as info:
            parse_article(text, strict=True)
        assert info.value.line >= 1
        assert info.value.column >= 1

    def test_error_position_points_at_the_problem(self):
        """An ambiguous date line is reported at its own line and column."""
        text = "Blog Name\n  03/04/2024\nTitle\nBody of the post.\nNo comments:\n"
        with pytest.raises(ArticleParseError) as info:
            parse_article(text, strict=True)
        assert info.value.diagnostic.code == "date.ambiguous"
        assert (info.value.line, info.value.column) == (2, 3)

    def test_error_is_a_value_error(self):
        """ArticleParseError subclasses ValueError."""
        with pytest.raises(ValueError, match=r"input\.empty"):
            parse_article("", strict=True)

    def test_strict_false_overrides_a_strict_parser(self):
        """parse(strict=False) records instead of raising, even on a strict parser."""
        assert Parser(policy=STRICT).parse("", strict=False).diagnostics

    def test_info_does_not_raise(self):
        """Strict mode does not raise on INFO diagnostics (an absent byline)."""
        article = parse_article(DUMP, strict=True)
        assert all(d.severity is Severity.INFO for d in article.diagnostics)

    def test_raise_at_error_only(self):
        """A policy that raises at ERROR lets warnings through."""
        parser = Parser(policy=Policy(strict=True, raise_at=Severity.ERROR))
        article = parser.parse("03/04/2024\nTitle\nBody of the post.\n")
        assert any(d.severity is Severity.WARNING for d in article.diagnostics)


class TestParser:
    def test_parsers_do_not_share_pipelines(self):
        """Disabling a section on one parser leaves another alone."""
        a, b = Parser(), Parser()
        a.pipeline.disable("quotes")
        assert "quotes" in b.pipeline.active_names()

    def test_disabled_section_yields_none(self):
        """A disabled section leaves its field empty."""
        parser = Parser()
        parser.pipeline.disable("comments")
        assert parser.parse(DUMP).comments is None

    def test_policy_type_is_checked(self):
        """A policy that is not a Policy raises TypeError."""
        with pytest.raises(TypeError, match="Policy"):
            Parser(policy="strict")

    def test_exception_in_a_section_names_it(self):
        """A bug inside a section propagates with a note naming the section."""

        def broken(state):
            raise RuntimeError("boom")

        parser = Parser()
        parser.pipeline.insert_before("byline", "broken", broken)
        with pytest.raises(RuntimeError, match="boom") as info:
            parser.parse(DUMP)
        assert "raised in articlekit section 'broken'" in info.value.__notes__

    def test_use_applies_a_plugin(self):
        """use() calls the plugin with the parser and options, and returns the parser."""

        def quiet_plugin(parser, *, sections):
            parser.pipeline.disable(*sections)

        parser = Parser()
        assert parser.use(quiet_plugin, sections=["quotes"]) is parser
        assert "quotes" not in parser.pipeline.active_names()

    def test_use_unknown_plugin_name(self):
        """An unknown plugin name raises at once."""
        with pytest.raises(UnknownPluginError, match="no installed plugin"):
            Parser().use("no-such-plugin")

    def test_parse_article_accepts_a_parser(self):
        """parse_article(text, parser=...) uses that parser."""
        parser = Parser()
        parser.pipeline.disable("headline")
        assert parse_article(DUMP, parser=parser).headline is None

    def test_custom_section_writes_extras(self):
        """A custom section's result lands in Article.extras and to_dict()."""

        def parse_words(state):
            state.extras["words"] = sum(len(b.text.split()) for b in state.blocks)
            return True

        parser = Parser()
        parser.pipeline.append("words", parse_words)
        article = parser.parse(DUMP)
        assert article.extras["words"] == 14
        assert article.to_dict()["extras"] == {"words": 14}


class TestStrictKeepsRaiseAt:
    def test_strict_true_keeps_a_custom_raise_at(self):
        """parse(strict=True) on a lenient INFO-level policy raises on INFO."""
        parser = Parser(policy=Policy(strict=False, raise_at=Severity.INFO))
        with pytest.raises(ArticleParseError, match="byline"):
            parser.parse(DUMP, strict=True)


# -- a parser is a value -----------------------------------------------------

ROOT = Path(__file__).resolve().parents[2]
#: Real dumps: the repository's own, and the shared corpus when it is present.
REAL_DUMPS = sorted((ROOT / "tests" / "corpus").rglob("*.txt")) + sorted(
    (ROOT.parent / "shared" / "corpus").rglob("*.txt")
)


def parse_reading_line(state):
    """A section of one's own, at module level: claim a "Read time:" line."""
    for block in state.unclaimed():
        if block.text.startswith("Read time:"):
            state.claim(block)
            state.extras["read_time"] = block.text
            return True
    return False


def orchard_plugin(parser, *, tags=("Tags",)):
    """A plugin that inserts, replaces and disables sections."""
    parser.pipeline.insert_before("body", "read_time", parse_reading_line)
    parser.pipeline.replace("labels", make_labels_parser(prefixes=("Labels", *tags)))
    parser.pipeline.disable("highlights")


def configured_parser() -> Parser:
    """A parser with every kind of change: options, a plugin, a switch, a splitter."""
    parser = Parser(policy=Policy(raise_at=Severity.ERROR)).use(
        orchard_plugin, tags=("Topics",)
    )
    parser.pipeline.replace("date", make_date_parser(month_first=False, search=8))
    parser.pipeline.replace("byline", make_byline_parser(verbs=(*VERBS, "recaps")))
    parser.pipeline.replace("captions", make_captions_parser(labels=("Foto",)))
    parser.pipeline.move("posted_by", after="labels")
    return parser


def texts() -> list[str]:
    """The text of every real dump."""
    return [path.read_text(encoding="utf-8") for path in REAL_DUMPS]


class TestParserIsAValue:
    """A parser, default or configured, pickles and copies."""

    @pytest.mark.parametrize(
        "make", [Parser, configured_parser], ids=["default", "configured"]
    )
    def test_pickle_round_trip(self, make):
        """A loaded parser has the same sections and gives the same articles."""
        parser = make()
        again = pickle.loads(pickle.dumps(parser))
        assert again.pipeline.names() == parser.pipeline.names()
        assert again.pipeline.active_names() == parser.pipeline.active_names()
        assert [fn for _, fn in again.pipeline] == [fn for _, fn in parser.pipeline]
        assert again.policy == parser.policy
        assert again.posts is parser.posts
        assert len(REAL_DUMPS) >= 4
        for text in texts():
            assert again.parse(text).to_dict() == parser.parse(text).to_dict()

    @pytest.mark.parametrize(
        "copier", [copy.copy, copy.deepcopy], ids=["copy", "deepcopy"]
    )
    def test_copies_are_independent(self, copier):
        """A copy's pipeline is its own: changing it leaves the original alone."""
        parser = configured_parser()
        before = (parser.pipeline.names(), parser.pipeline.active_names())
        twin = copier(parser)
        twin.pipeline.enable("highlights").remove("read_time").disable("quotes")
        twin.pipeline.replace("date", make_date_parser())
        assert (parser.pipeline.names(), parser.pipeline.active_names()) == before
        assert parser.pipeline["date"] == make_date_parser(month_first=False, search=8)
        text = texts()[0]
        assert copier(parser).parse(text).to_dict() == parser.parse(text).to_dict()

    def test_built_in_sections_are_values(self):
        """A built-in section equals one made from equal options, and shows them."""
        assert make_date_parser() == parse_date
        assert make_date_parser(month_first=False) != parse_date
        assert pickle.loads(pickle.dumps(parse_date)) == parse_date
        assert copy.deepcopy(parse_date) is parse_date
        assert repr(make_labels_parser(prefixes=("Tags",))) == (
            "LabelsParser(prefixes=('Tags',))"
        )
        assert len({parse_date, make_date_parser()}) == 1

    def test_lambda_section_gives_pickles_error(self):
        """A lambda cannot be pickled: pickle's own error says so."""
        parser = Parser()
        parser.pipeline.append("words", lambda state: True)
        with pytest.raises((pickle.PicklingError, AttributeError), match="lambda"):
            pickle.dumps(parser)

    def test_process_pool_map(self):
        """A configured parser goes to a real process pool with every batch."""
        parser = configured_parser()
        own = "Mar 3, 2025\nTitle\nRead time: 4 minutes\nTopics: a, b\n"
        dumps = [*texts()[:8], own]
        with ProcessPoolExecutor(max_workers=2) as pool:
            got = list(pool.map(functools.partial(parse_article, parser=parser), dumps))
        assert got == [parse_article(text, parser=parser) for text in dumps]
        assert got[-1].extras["read_time"] == "Read time: 4 minutes"
        assert got[-1].labels == ("a", "b")


class TestPolicyIgnore:
    AMBIGUOUS = "03/04/2024\nTitle\nBody of the post.\nNo comments:\n"

    def test_an_ignored_code_is_recorded_not_raised(self):
        """Policy(ignore=...) keeps strict mode from raising on a code."""
        parser = Parser(
            policy=Policy(strict=True, ignore=frozenset({"date.ambiguous"}))
        )
        codes = [d.code for d in parser.parse(self.AMBIGUOUS).diagnostics]
        assert "date.ambiguous" in codes

    def test_a_prefix_ignores_every_code_under_it(self):
        """``date.*`` covers ``date.ambiguous``; ``dat.*`` does not."""
        assert Parser(policy=Policy(strict=True, ignore={"date.*"})).parse(
            self.AMBIGUOUS
        )
        with pytest.raises(ArticleParseError, match=r"date\.ambiguous"):
            Parser(policy=Policy(strict=True, ignore={"dat.*", "date.a"})).parse(
                self.AMBIGUOUS
            )

    @pytest.mark.parametrize("code", ["date", "x.", ".*", "date.**"])
    def test_a_code_without_a_dot_is_refused(self, code):
        """Every code holds a dot: ``date`` alone is a mistake for ``date.*``."""
        with pytest.raises(ValueError, match="every code holds a dot"):
            Policy(ignore={code})

    def test_other_codes_still_raise(self):
        """Ignoring one code leaves the others raising."""
        policy = Policy(strict=True, raise_at=Severity.INFO, ignore={"date.ambiguous"})
        with pytest.raises(ArticleParseError, match=r"byline\.missing"):
            Parser(policy=policy).parse(self.AMBIGUOUS)

    @pytest.mark.parametrize(
        "bad", ["", "quote*", "quote.*.x", "a..b", "date ambiguous"]
    )
    def test_malformed_codes_are_refused(self, bad):
        """An entry that is neither a code nor a prefix raises ValueError."""
        with pytest.raises(ValueError, match="neither a diagnostic code"):
            Policy(ignore={bad})

    def test_a_bare_string_is_refused(self):
        """ignore="date.missing" would be a set of letters: TypeError."""
        with pytest.raises(TypeError, match="not the string"):
            Policy(ignore="date.missing")  # type: ignore[arg-type]

    def test_policy_stays_a_hashable_value(self):
        """Policies with equal ignore sets are equal and hash alike."""
        assert hash(Policy(ignore=["a.b"])) == hash(Policy(ignore=frozenset({"a.b"})))
