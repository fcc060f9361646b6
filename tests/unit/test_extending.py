"""Extending articlekit: custom sections, moving, disabling, plugins and entry points."""

from __future__ import annotations

import functools
import json

import pytest

from articlekit import (
    Article,
    ArticleParseError,
    Byline,
    LineFilter,
    Parser,
    ParseState,
    SectionOrderError,
    UnknownPluginError,
    parse_article,
    section,
)
from articlekit.cli import main
from articlekit.sections import DEFAULT_SECTIONS
from tests.unit.fixtures.plugin_package import parse_source, source_plugin

DUMP = """Dec 5, 2024

Port Strike Enters Third Week

The strike is costing more than anyone admits. JL

Source: https://example.com/port-strike

Jane Roe reports in the Wall Street Journal:

Traffic at the port has fallen by two-thirds since the walkout began.

Traffic at the port has fallen by two-thirds since the walkout began. Talks resume Friday.

Idle cranes on Monday. Photo: Lena Marquardt/Agence France-Presse/Getty Images

“Every day the ships sit offshore, we lose customers,” said Tom Renn, an economist.

No comments:
"""


@pytest.fixture
def advertised(install):
    """Install a distribution that advertises the fixture plugin as ``source``."""
    install(
        "articlekit-source-fixture",
        plugins={"source": "tests.unit.fixtures.plugin_package:source_plugin"},
    )


class TestCustomSection:
    def test_add_before_byline(self):
        """A custom section inserted before byline claims its line first."""
        parser = Parser()
        parser.pipeline.insert_before("byline", "source", parse_source)
        article = parser.parse(DUMP)
        assert article.extras["source"] == "https://example.com/port-strike"
        assert article.byline.authors == ("Jane Roe",)
        assert article.summary.paragraphs == (
            "The strike is costing more than anyone admits.",
        )

    def test_without_it_the_line_lands_in_the_summary(self):
        """Without the section, the Source line is read as summary text."""
        assert (
            "Source: https://example.com/port-strike"
            in parse_article(DUMP).summary.paragraphs
        )

    def test_move_before_byline(self):
        """A section appended last can be moved before byline."""
        parser = Parser()
        parser.pipeline.append("source", parse_source).move("source", before="byline")
        names = parser.pipeline.names()
        assert names.index("source") == names.index("byline") - 1
        assert parser.parse(DUMP).extras["source"] == "https://example.com/port-strike"

    def test_move_needs_exactly_one_anchor(self):
        """move() with neither or both anchors raises TypeError."""
        with pytest.raises(TypeError, match="exactly one"):
            Parser().pipeline.move("quotes")

    def test_disable_quotes(self):
        """Disabling quotes leaves the quotes empty and everything else as it was."""
        parser = Parser()
        parser.pipeline.disable("quotes")
        article = parser.parse(DUMP)
        default = parse_article(DUMP)
        assert article.quotes == ()
        assert article.body == default.body
        assert article.captions == default.captions

    def test_extras_survive_to_dict_and_from_dict(self):
        """A custom section's result appears in to_dict() and survives from_dict()."""
        parser = Parser()
        parser.pipeline.insert_before("byline", "source", parse_source)
        article = parser.parse(DUMP)
        data = json.loads(json.dumps(article.to_dict()))
        assert data["extras"] == {"source": "https://example.com/port-strike"}
        assert Article.from_dict(data) == article

    def test_custom_section_reports_under_both_policies(self, policy):
        """A custom section's diagnostic is recorded, or raised in strict mode."""

        def parse_sponsor(state: ParseState) -> bool:
            state.report("sponsor.missing", "no sponsor line")
            return False

        parser = Parser(policy=policy)
        parser.pipeline.append("sponsor", parse_sponsor)
        if policy.strict:
            with pytest.raises(ArticleParseError, match=r"sponsor\.missing"):
                parser.parse(DUMP)
        else:
            codes = [d.code for d in parser.parse(DUMP).diagnostics]
            assert "sponsor.missing" in codes


class TestPlugins:
    def test_plugin_function(self):
        """parser.use(plugin, **options) applies it and returns the parser."""
        parser = Parser()
        assert parser.use(source_plugin, before="byline") is parser
        assert parser.parse(DUMP).extras["source"] == "https://example.com/port-strike"

    def test_plugin_by_entry_point_name(self, advertised):
        """parser.use("name") loads the plugin an installed package advertises."""
        parser = Parser().use("source")
        assert "source" in parser.pipeline.names()
        assert parser.parse(DUMP).extras["source"] == "https://example.com/port-strike"

    def test_nothing_loads_unless_named(self, advertised):
        """An advertised plugin is not applied to a parser that does not name it."""
        assert "source" not in Parser().pipeline.names()
        assert "source" not in parse_article(DUMP).extras

    def test_unknown_plugin_name(self, advertised):
        """A name no package advertises raises UnknownPluginError at once."""
        with pytest.raises(UnknownPluginError, match="no-such"):
            Parser().use("no-such")

    def test_cli_plugin_option(self, advertised, tmp_path, capsys):
        """articlekit parse --plugin NAME applies the named plugin."""
        path = tmp_path / "post.txt"
        path.write_text(DUMP, encoding="utf-8")
        assert main(["parse", str(path), "--plugin", "source"]) == 0
        [data] = json.loads(capsys.readouterr().out)
        assert data["extras"]["source"] == "https://example.com/port-strike"

    def test_cli_unknown_plugin_exits_2(self, advertised, tmp_path, capsys):
        """An unknown --plugin name exits with status 2 and says why."""
        path = tmp_path / "post.txt"
        path.write_text(DUMP, encoding="utf-8")
        assert main(["parse", str(path), "--plugin", "nope"]) == 2
        assert "no installed plugin named 'nope'" in capsys.readouterr().err


BUILT_INS = [name for name, _ in DEFAULT_SECTIONS]


class TestBuiltInsUseThePublicApi:
    def test_the_pipeline_lists_every_built_in(self):
        """The default pipeline holds exactly the built-in sections, in order."""
        assert Parser().pipeline.names() == tuple(BUILT_INS)

    @pytest.mark.parametrize("name", BUILT_INS)
    def test_each_can_be_replaced_by_a_wrapper(self, name):
        """Replacing a section by a wrapper around it gives the same article."""
        parser = Parser()
        original = parser.pipeline[name]
        calls = []

        def wrapper(state: ParseState) -> bool:
            calls.append(name)
            return original(state)

        parser.pipeline.replace(name, wrapper)
        assert parser.parse(DUMP) == parse_article(DUMP)
        assert calls == [name]

    @pytest.mark.parametrize("name", BUILT_INS)
    def test_each_can_be_disabled_without_breaking_the_others(self, name):
        """With any one section disabled the parse still succeeds and keeps all text."""
        parser = Parser()
        parser.pipeline.disable(name)
        article = parser.parse(DUMP)
        assert isinstance(article, Article)
        kept = (
            [article.headline or "", *article.body, *article.highlights]
            + [c.raw for c in article.captions]
            + [b.text for b in article.unparsed]
        )
        assert any("Traffic at the port" in text for text in kept)


PIPED = """Mar 3, 2025
Frost Fans Multiply
Growers now pay to stir the air. JL
By Jane Roe | Financial Times
Apple growers in the valley have installed more than 200 wind machines since 2020.
Apple growers in the valley have installed more than 200 wind machines since 2020. Each costs about $40,000.
No comments:
"""


@section(lines=LineFilter(first="B", holding=(" | ",)), sets=("byline",))
def parse_piped_byline(state: ParseState) -> bool:
    """Read a "By NAME | PUBLICATION" line (the recipe of docs/extending.md)."""
    for block in state.candidates()[:10]:
        name, _, publication = block.text[3:].partition(" | ")
        if block.text.startswith("By ") and name and publication:
            state.claim(block)
            state.set_byline(
                Byline(
                    authors=(name,),
                    publication=publication,
                    text=block.text,
                    span=block.span,
                )
            )
            return True
    return False


class TestABylineOfOnesOwn:
    def _parser(self) -> Parser:
        parser = Parser()
        parser.pipeline.disable("byline").insert_before(
            "posted_by", "piped_byline", parse_piped_byline
        )
        return parser

    def test_it_is_the_byline_to_every_other_section(self):
        """Under its own name, it bounds the summary and opens the highlights."""
        article = self._parser().parse(PIPED)
        assert article.byline is not None
        assert article.byline.publication == "Financial Times"
        assert article.summary is not None
        assert article.summary.signature == "JL"
        assert article.highlights == (
            "Apple growers in the valley have installed more than 200 wind machines since 2020.",
        )
        assert [d.code for d in article.diagnostics] == []

    def test_a_wrapper_keeps_the_declaration(self):
        """functools.wraps carries a section's declaration over to its wrapper."""

        @functools.wraps(parse_piped_byline)
        def wrapper(state: ParseState) -> bool:
            return parse_piped_byline(state)

        parser = self._parser()
        parser.pipeline.replace("piped_byline", wrapper)
        assert parser.parse(PIPED) == self._parser().parse(PIPED)

    def test_run_after_its_readers_it_is_an_order_error(self):
        parser = Parser()
        parser.pipeline.disable("byline").append("piped_byline", parse_piped_byline)
        with pytest.raises(SectionOrderError, match="'summary' reads byline"):
            parser.parse(PIPED)
