"""Tests for articlekit._serial: one serialiser driven by field metadata."""

from __future__ import annotations

import datetime as dt
import enum
import pickle

import attrs
import pytest
from attrs import field, frozen

from articlekit import (
    Article,
    ArticleDataError,
    ArticleKitError,
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
from articlekit._serial import (
    DATE,
    OPT_STRING,
    STRING,
    STRINGS,
    as_json,
    enum_values,
    fields_of,
    from_dict,
    json_object,
    list_of,
    mapping_of,
    model,
    nullable,
    to_dict,
)
from articlekit.models import SPAN, SPANS

MODELS = [Article, Block, Byline, Caption, CommentFooter, Diagnostic, Quote, Summary]


class Colour(enum.Enum):
    RED = "red"
    BLUE = "blue"


@json_object("leaf", "A small model")
@frozen(kw_only=True)
class Leaf:
    name: str = field(metadata=as_json(STRING))
    where: Span | None = field(default=None, metadata=as_json(nullable(SPAN)))


@json_object("tree", "A model of every form")
@frozen(kw_only=True)
class Tree:
    colour: Colour = field(metadata=as_json(enum_values(Colour)))
    day: dt.date | None = field(default=None, metadata=as_json(nullable(DATE)))
    note: str | None = field(default=None, metadata=as_json(OPT_STRING))
    tags: tuple[str, ...] = field(default=(), metadata=as_json(STRINGS))
    leaf: Leaf | None = field(default=None, metadata=as_json(nullable(model(Leaf))))
    leaves: tuple[Leaf, ...] = field(default=(), metadata=as_json(list_of(model(Leaf))))
    spans: dict[str, tuple[Span, ...]] = field(
        factory=dict, metadata=as_json(mapping_of(SPANS, keys=("a", "b")))
    )


TREE = Tree(
    colour=Colour.BLUE,
    day=dt.date(2024, 12, 5),
    note="n",
    tags=("x", "y"),
    leaf=Leaf(name="l", where=Span(start=1, end=2)),
    leaves=(Leaf(name="m"), Leaf(name="o", where=Span(start=3, end=5))),
    spans={"a": (Span(start=0, end=1),), "b": ()},
)


class TestFieldsOf:
    @pytest.mark.parametrize("model_class", MODELS, ids=lambda c: c.__name__)
    def test_every_model_field_has_a_form(self, model_class):
        """Every field of every model states its JSON form, in field order."""
        names = [name for name, _ in fields_of(model_class)]
        assert names == [f.name for f in attrs.fields(model_class)]

    def test_span_fields_have_forms(self):
        """Span's fields carry their forms too (the schema's span definition)."""
        assert [name for name, _ in fields_of(Span)] == ["start", "end"]

    def test_field_without_form_is_refused(self):
        """A field with no JSON metadata raises TypeError, naming it."""

        @frozen
        class Bare:
            x: int

        with pytest.raises(TypeError, match=r"Bare\.x has no JSON form"):
            fields_of(Bare)


class TestJsonObject:
    def test_field_without_form_is_refused(self):
        """Registering a class with a field of no JSON form raises TypeError."""
        with pytest.raises(TypeError, match=r"Half\.y has no JSON form"):

            @json_object("half", "Half described")
            @frozen
            class Half:
                x: int = field(metadata=as_json(STRING))
                y: int = 0

    def test_factory_default_needs_a_collection(self):
        """A factory default on a field that is no collection is refused."""
        with pytest.raises(TypeError, match=r"Made\.x: a factory default"):

            @json_object("made", "Made anew")
            @frozen
            class Made:
                x: str = field(factory=str, metadata=as_json(STRING))


class TestToDict:
    def test_every_form(self):
        """Each form writes its JSON value, keys in field order."""
        assert to_dict(TREE) == {
            "colour": "blue",
            "day": "2024-12-05",
            "note": "n",
            "tags": ["x", "y"],
            "leaf": {"name": "l", "where": [1, 2]},
            "leaves": [{"name": "m", "where": None}, {"name": "o", "where": [3, 5]}],
            "spans": {"a": [[0, 1]], "b": []},
        }
        assert list(to_dict(TREE)) == [f.name for f in attrs.fields(Tree)]

    def test_absent_values(self):
        """None stays null and empty tuples become empty lists."""
        assert to_dict(Tree(colour=Colour.RED)) == {
            "colour": "red",
            "day": None,
            "note": None,
            "tags": [],
            "leaf": None,
            "leaves": [],
            "spans": {},
        }

    def test_date_written_by_its_own_isoformat(self):
        """A datetime (a date subclass) is written by its own isoformat()."""
        moment = dt.datetime(2024, 12, 5, 9, 30)
        assert Article(date=moment).to_dict()["date"] == "2024-12-05T09:30:00"

    def test_models_methods_call_it(self):
        """Each model's to_dict() is the generic one."""
        article = parse_article("Dec 5, 2024\n\nA Headline\n\nJane Roe reports:\n\nB.")
        assert article.to_dict() == to_dict(article)
        assert article.byline.to_dict() == to_dict(article.byline)


class TestFromDict:
    def test_inverse_of_to_dict(self):
        """from_dict(to_dict(x)) == x, spans included."""
        again = from_dict(Tree, to_dict(TREE))
        assert again == TREE
        assert again.leaves[1].where == Span(start=3, end=5)
        assert again.spans == {"a": (Span(start=0, end=1),), "b": ()}

    def test_missing_keys_take_defaults(self):
        """A missing key takes the field's default, a collection's is empty."""
        assert from_dict(Tree, {"colour": "red"}) == Tree(colour=Colour.RED)

    def test_null_collections_are_empty(self):
        """A null collection, or a null span list in a mapping, reads as empty."""
        tree = from_dict(
            Tree, {"colour": "red", "tags": None, "leaves": None, "spans": {"a": None}}
        )
        assert (tree.tags, tree.leaves, tree.spans) == ((), (), {"a": ()})
        assert Article.from_dict({"spans": {"body": None}}).span_of("body") == ()

    def test_missing_required_key_raises(self):
        """A field without a default needs its key: the error names it."""
        with pytest.raises(ArticleDataError, match=r"^colour: missing") as info:
            from_dict(Tree, {})
        assert info.value.path == "colour"
        with pytest.raises(ArticleDataError, match=r"^span: missing"):
            Block.from_dict({"index": 0, "text": "t", "line": 1, "column": 1})

    def test_null_scalar_with_default_stays_null(self):
        """Only collections read null as empty: a null paragraph is refused."""
        with pytest.raises(ArticleDataError, match=r"^paragraph: expected an integer"):
            Quote.from_dict({"text": "t", "paragraph": None})

    def test_bad_values_are_refused(self):
        """A value of the wrong type or out of bounds names its key."""
        with pytest.raises(ArticleDataError, match=r"^severity: expected one of"):
            Diagnostic.from_dict(
                {"code": "c", "message": "m", "section": "s", "severity": "unknown"}
            )
        with pytest.raises(
            ArticleDataError, match=r"^text: expected a string, not int"
        ):
            Byline.from_dict({"text": 3})
        with pytest.raises(ArticleDataError, match=r"^count: expected at least 0"):
            CommentFooter.from_dict({"count": -1})
        with pytest.raises(ArticleDataError, match=r"^index: expected an integer"):
            Block.from_dict(
                {"index": True, "text": "t", "span": [0, 1], "line": 1, "column": 1}
            )

    def test_the_error_is_a_value_error(self):
        """ArticleDataError is an ArticleKitError and a ValueError, and pickles."""
        with pytest.raises(ValueError, match="authors") as info:
            Byline.from_dict({"authors": "Jane Roe"})
        error = info.value
        assert isinstance(error, ArticleDataError | ArticleKitError)
        assert (error.path, error.keys) == ("authors", ("authors",))
        assert str(error) == "authors: expected a list, not str 'Jane Roe'"
        again = pickle.loads(pickle.dumps(error))
        assert (str(again), again.path) == (str(error), error.path)

    def test_unknown_keys_are_refused(self):
        """A key of no field is refused, at any depth, as the schema refuses it."""
        with pytest.raises(ArticleDataError, match=r"^shade: no such key in tree"):
            from_dict(Tree, {"colour": "red", "shade": "dark"})
        with pytest.raises(ArticleDataError, match=r"^leaves\[1\]\.size: no such key"):
            from_dict(
                Tree,
                {"colour": "red", "leaves": [{"name": "a"}, {"name": "b", "size": 1}]},
            )
        with pytest.raises(ArticleDataError, match=r"^spans\.c: no such key"):
            from_dict(Tree, {"colour": "red", "spans": {"c": []}})

    def test_strings_and_dicts_are_no_lists(self):
        """A string or a dict where a list belongs is refused, not read as its parts."""
        for value in ("ab", {"a": 1}):
            with pytest.raises(ArticleDataError, match=r"^tags: expected a list"):
                from_dict(Tree, {"colour": "red", "tags": value})

    def test_dates_are_written_one_way(self):
        """Only YYYY-MM-DD is a date; a date that does not exist is named."""
        for value in ("20241205", "2024-W49-4", 20241205):
            with pytest.raises(ArticleDataError, match=r"^day: expected"):
                from_dict(Tree, {"colour": "red", "day": value})
        with pytest.raises(ArticleDataError, match=r"^day: no such date: '2024-02-30'"):
            from_dict(Tree, {"colour": "red", "day": "2024-02-30"})

    def test_spans_are_pairs_of_offsets(self):
        """A span is two offsets from 0, the end not before the start."""
        for value, reason in (
            ([1], "expected a span"),
            ([1, 2, 3], "expected a span"),
            ([True, 2], "expected a span of integers"),
            ([-1, 2], "must be >= 0"),
            ([5, 2], "precedes its start"),
        ):
            with pytest.raises(ArticleDataError, match=reason) as info:
                from_dict(
                    Tree, {"colour": "red", "leaf": {"name": "l", "where": value}}
                )
            assert info.value.path == "leaf.where"

    def test_data_that_is_no_object(self):
        """Data that is no mapping is refused as a whole (path "")."""
        for data in ([], None, "x"):
            with pytest.raises(ArticleDataError, match=r"^expected an object") as info:
                Article.from_dict(data)
            assert info.value.path == ""

    def test_extras_decoder_errors_name_the_extra(self):
        """An extra its decoder refuses is named, the decoder's error its cause."""
        with pytest.raises(
            ArticleDataError, match=r"^extras\.n: invalid literal"
        ) as info:
            Article.from_dict({"extras": {"n": "x"}}, extras={"n": int})
        assert isinstance(info.value.__cause__, ValueError)

    def test_extras_decoders(self):
        """Article.from_dict decodes the extras it has decoders for."""
        data = Article(extras={"n": 3, "s": "x"}).to_dict()
        again = Article.from_dict(data, extras={"n": lambda v: v * 2})
        assert dict(again.extras) == {"n": 6, "s": "x"}
        assert data["extras"] == {"n": 3, "s": "x"}

    def test_severity_by_value(self):
        """A severity is read back from its string value."""
        data = {"code": "c", "message": "m", "section": "s", "severity": "error"}
        assert Diagnostic.from_dict(data).severity is Severity.ERROR


def test_falsy_values_are_no_empty_lists():
    """Only a missing key or null reads as an empty collection: "" or 0 is refused."""
    for value in ("", 0, False, {}):
        with pytest.raises(ArticleDataError, match=r"^tags: expected a list"):
            from_dict(Tree, {"colour": "red", "tags": value})
    with pytest.raises(ArticleDataError, match=r"^spans\.a: expected a list"):
        from_dict(Tree, {"colour": "red", "spans": {"a": ""}})
    with pytest.raises(ArticleDataError, match=r"^leaves: expected a list"):
        from_dict(Tree, {"colour": "red", "leaves": ""})
