"""Tests for articlekit.models."""

from __future__ import annotations

import copy
import datetime as dt
import json
import pickle
from concurrent.futures import ProcessPoolExecutor

import attrs
import pytest
from attrs import evolve

from articlekit import (
    Article,
    Block,
    Byline,
    Caption,
    CommentFooter,
    Diagnostic,
    Quote,
    Severity,
    Span,
    Summary,
    parse_article,
)

SEED_LIKE = """Dec 5, 2024

Port Strike Enters Third Week

The strike is costing more than anyone admits. JL

Jane Roe reports in the Wall Street Journal:

Traffic at the port has fallen by two-thirds since the walkout began.

Traffic at the port has fallen by two-thirds since the walkout began. Talks resume Friday.

Idle cranes on Monday. Photo: Lena Marquardt/Agence France-Presse/Getty Images

“Every day the ships sit offshore, we lose customers,” said Tom Renn, an economist.

No comments:

Post a Comment"""


class TestSpan:
    def test_slice(self):
        """slice() returns the covered text."""
        assert Span(start=2, end=5).slice("abcdefg") == "cde"

    def test_len(self):
        """len() is the number of characters covered."""
        assert len(Span(start=2, end=5)) == 3

    def test_end_before_start_is_rejected(self):
        """A span that ends before it starts raises ValueError."""
        with pytest.raises(ValueError, match="precedes"):
            Span(start=5, end=2)

    def test_negative_offsets_are_rejected(self):
        """Offsets are never negative."""
        with pytest.raises(ValueError, match="start"):
            Span(start=-1, end=2)

    def test_list_round_trip(self):
        """from_list(to_list()) gives the same span."""
        assert Span.from_list(Span(start=1, end=9).to_list()) == Span(start=1, end=9)


class TestModelsAreFrozen:
    @pytest.mark.parametrize(
        "model",
        [
            Span(start=0, end=1),
            Summary(paragraphs=("a",)),
            Byline(authors=("A",)),
            Caption(text="t", credit="c"),
            Quote(text="“q”"),
            CommentFooter(count=1),
            Article(),
        ],
    )
    def test_assignment_raises(self, model):
        """Models are immutable."""
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            model.__setattr__("text", "x")

    def test_models_have_slots(self):
        """Models are slotted (no per-instance __dict__)."""
        assert not hasattr(Article(), "__dict__")

    def test_lists_become_tuples(self):
        """Collections passed as lists are stored as tuples."""
        assert Article(body=["a", "b"]).body == ("a", "b")

    def test_validators_reject_wrong_types(self):
        """A field of the wrong type raises TypeError."""
        with pytest.raises(TypeError):
            Article(headline=3)


class TestEquality:
    def test_spans_do_not_take_part_in_equality(self):
        """Two parts with the same content but other spans are equal."""
        a = Caption(text="t", credit="c", span=Span(start=0, end=3))
        b = Caption(text="t", credit="c", span=Span(start=9, end=12))
        assert a == b

    def test_content_takes_part_in_equality(self):
        """A different credit makes captions differ."""
        assert Caption(text="t", credit="c") != Caption(text="t", credit="d")


class TestCaptionCredits:
    def test_multi_agency_credit_splits_at_slashes(self):
        """credits splits A/B/Getty Images into three."""
        caption = Caption(
            text="t", credit="Delil Souleiman/Agence France-Presse/Getty Images"
        )
        assert caption.credits == (
            "Delil Souleiman",
            "Agence France-Presse",
            "Getty Images",
        )

    def test_no_credit_gives_empty_tuple(self):
        """A caption without credit has no credits."""
        assert Caption(text="t").credits == ()


class TestArticleToDict:
    def test_spec_keys_are_present(self):
        """to_dict() has every key the spec lists."""
        keys = set(parse_article(SEED_LIKE).to_dict())
        spec = {"headline", "date", "summary", "byline", "posted_by", "highlights", "body",
                "captions", "quotes", "comments", "labels"}  # fmt: skip
        assert spec <= keys

    def test_values_are_json_types(self):
        """to_dict() output survives json.dumps unchanged."""
        data = parse_article(SEED_LIKE).to_dict()
        assert json.loads(json.dumps(data)) == data

    def test_date_is_iso(self):
        """The date is written YYYY-MM-DD."""
        assert parse_article(SEED_LIKE).to_dict()["date"] == "2024-12-05"

    def test_nested_parts(self):
        """summary, byline, captions, quotes and comments have the spec's keys."""
        data = parse_article(SEED_LIKE).to_dict()
        assert data["summary"]["signature"] == "JL"
        assert data["byline"]["authors"] == ["Jane Roe"]
        assert data["byline"]["publication"] == "Wall Street Journal"
        assert (
            data["captions"][0]["credit"]
            == "Lena Marquardt/Agence France-Presse/Getty Images"
        )
        assert data["quotes"][0]["speaker"] == "Tom Renn"
        assert data["comments"]["count"] == 0

    def test_extras_of_attrs_instances_become_dicts(self):
        """An attrs instance in extras is written as a dict."""

        @attrs.frozen
        class Source:
            url: str

        article = Article(extras={"source": Source(url="http://example.com")})
        assert article.to_dict()["extras"] == {"source": {"url": "http://example.com"}}


class TestArticleFromDict:
    def test_inverse_of_to_dict(self):
        """from_dict(to_dict(a)) == a."""
        article = parse_article(SEED_LIKE)
        assert Article.from_dict(article.to_dict()) == article

    def test_spans_survive(self):
        """Spans come back from the dict as they were."""
        article = parse_article(SEED_LIKE)
        again = Article.from_dict(article.to_dict())
        assert again.span_of("body") == article.span_of("body")
        assert again.byline.span == article.byline.span
        assert again.quotes[0].speaker_span == article.quotes[0].speaker_span

    def test_diagnostics_survive(self):
        """Diagnostics come back from the dict as they were."""
        article = parse_article("just one line")
        again = Article.from_dict(article.to_dict())
        assert again.diagnostics == article.diagnostics

    def test_missing_keys_take_defaults(self):
        """A minimal dict gives an article with defaults."""
        assert Article.from_dict({"headline": "H"}) == Article(headline="H")

    def test_date_comes_back_as_date(self):
        """The ISO date string becomes a datetime.date."""
        assert Article.from_dict({"date": "2024-12-05"}).date == dt.date(2024, 12, 5)


class TestBlock:
    def test_dict_round_trip(self):
        """Block.from_dict(b.to_dict()) keeps every field."""
        block = Block(index=2, text="x", span=Span(start=4, end=5), line=3, column=1)
        again = Block.from_dict(block.to_dict())
        assert again.to_dict() == block.to_dict()


class TestDiagnostic:
    def test_str_has_line_column_and_code(self):
        """str() reads line:column: severity code: message."""
        d = Diagnostic(code="date.missing", message="m", section="date",
                       severity=Severity.WARNING, line=3, column=7)  # fmt: skip
        assert str(d) == "3:7: warning date.missing: m"

    def test_dict_round_trip(self):
        """from_dict(to_dict()) gives an equal diagnostic."""
        d = Diagnostic(code="c", message="m", section="s", severity=Severity.INFO,
                       start=1, end=2, line=1, column=2)  # fmt: skip
        assert Diagnostic.from_dict(d.to_dict()) == d


class TestParsedModelsAreComplete:
    def test_every_field_of_a_parsed_article_is_set(self):
        """A parsed article (built without re-validation) has every attrs field."""
        article = parse_article(SEED_LIKE)
        for field in attrs.fields(Article):
            getattr(article, field.name)
        assert attrs.evolve(article) == article

    def test_parsed_diagnostics_validate(self):
        """Each diagnostic of a parse passes the attrs validators when rebuilt."""
        for diagnostic in parse_article("just one line").diagnostics:
            assert attrs.evolve(diagnostic) == diagnostic


def _sample_article() -> Article:
    return parse_article(
        "Mar 3, 2025\n\nFerries Stop\n\nThe ferry stops for winter. KB\n\n"
        "Ana Wei reports in the Harbour Gazette:\n\n"
        "The ferry stops on Monday until the spring.\n\n"
        "“We will be back in spring,” said Tom Berg, the captain.\n\n"
        "The pier at dawn. Photo: Li Chen/Harbour Gazette\n\nNo comments:\n"
    )


class TestArticleIsAValue:
    """An article pickles, copies and hashes like a value."""

    def test_pickle_round_trip(self):
        """Pickled and loaded, an article is equal, spans and extras included."""
        article = evolve(_sample_article(), extras={"words": [1, 2]})
        again = pickle.loads(pickle.dumps(article))
        assert again == article
        assert again.to_dict() == article.to_dict()
        with pytest.raises(TypeError):
            again.extras["words"] = []  # still read-only

    def test_copies(self):
        """copy and deepcopy give equal articles."""
        article = _sample_article()
        assert copy.copy(article) == article
        assert copy.deepcopy(article) == article

    def test_hash(self):
        """Equal articles hash alike, so articles go in sets and dict keys."""
        article = evolve(_sample_article(), extras={"tags": ["a"]})
        twin = Article.from_dict(article.to_dict())
        assert hash(article) == hash(twin)
        assert len({article, twin, evolve(article, headline="Other")}) == 2

    def test_process_pool_map(self):
        """parse_article maps over a process pool; the articles come back whole."""
        texts = [f"Mar {day}, 2025\n\nDay {day}\n\nThe ferry ran.\n" for day in (3, 4)]
        with ProcessPoolExecutor(max_workers=2) as pool:
            articles = list(pool.map(parse_article, texts))
        assert articles == [parse_article(t) for t in texts]


class TestTupleFieldsRefuseAString:
    """A tuple field refuses a bare string, naming the field."""

    @pytest.mark.parametrize(
        ("build", "name"),
        [
            (lambda: Byline(authors="Jane Roe"), "Byline.authors"),
            (lambda: Article(body="One paragraph."), "Article.body"),
            (lambda: Summary(paragraphs="A summary."), "Summary.paragraphs"),
            (lambda: CommentFooter(count=1, lines="1 comment:"), "CommentFooter.lines"),
        ],
    )
    def test_bare_string_is_refused(self, build, name):
        """A string would become its characters: a TypeError names the field."""
        with pytest.raises(TypeError, match=name.replace(".", r"\.")):
            build()

    def test_sequences_still_convert(self):
        """Lists (and other sequences) become tuples, as before."""
        assert Byline(authors=["Jane Roe", "Tom Li"]).authors == ("Jane Roe", "Tom Li")
        assert Article(body=iter(["a", "b"])).body == ("a", "b")


class TestSpanOfNamesAField:
    """span_of takes the name of a plain field and nothing else."""

    @pytest.mark.parametrize("name", ["headlin", "captions"])
    def test_unknown_name_raises(self, name):
        """A misspelt or non-plain name raises instead of reading as 'not found'."""
        with pytest.raises(KeyError, match="no plain field"):
            _sample_article().span_of(name)

    def test_known_name_without_spans_is_empty(self):
        """A plain field that was not found has no spans."""
        assert Article().span_of("headline") == ()


class _Printer:
    """The two methods of IPython's pretty printer that _repr_pretty_ uses."""

    def __init__(self) -> None:
        self.out: list[str] = []

    def text(self, text: str) -> None:
        self.out.append(text)

    def break_(self) -> None:
        self.out.append("\n")


class TestReprForPeople:
    """An article's repr is one short line; the pretty printer adds the parts."""

    def test_short_repr(self):
        """Headline, date and counts, not the whole content."""
        article = _sample_article()
        text = repr(article)
        assert text.startswith("Article(headline='Ferries Stop', date=2025-03-03")
        assert "1 quote" in text
        assert "1 caption" in text
        assert len(text) < 160

    def test_long_headline_is_clipped(self):
        """A long headline is cut with an ellipsis; counts stay readable."""
        article = Article(headline="Harbour " * 30, body=("a", "b"))
        text = repr(article)
        assert "…" in text
        assert text.endswith("2 paragraphs)")
        assert len(text) < 120

    def test_pretty_printer(self):
        """_repr_pretty_ prints the short repr, then a line per part found."""
        printer = _Printer()
        _sample_article()._repr_pretty_(printer, cycle=False)
        lines = "".join(printer.out).splitlines()
        assert lines[0] == repr(_sample_article())
        assert any(line.startswith("  byline: ") for line in lines)
        assert any(line.startswith("  body[0]: ") for line in lines)
