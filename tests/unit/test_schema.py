"""Tests for articlekit.schema: the JSON Schema of Article.to_dict() output."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings

from articlekit import (
    Article,
    Block,
    Byline,
    Caption,
    CommentFooter,
    Diagnostic,
    Parser,
    Quote,
    Summary,
    json_schema,
    parse_article,
)
from articlekit._version import __version__
from articlekit.models import PLAIN_FIELDS, Span
from articlekit.schema import SCHEMA_VERSION
from articlekit.strategies import articles
from articlekit.testing import golden_cases, read_dump
from tests.conftest import ROOT, SHARED

SCHEMA = json_schema()
VALIDATOR = jsonschema.Draft202012Validator(
    SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)
EXAMPLE = ROOT / "examples" / "lowdown-example.txt"
SEED = SHARED / "seeds" / "000_170ea78ea18a55dc.txt"
GOLDEN = golden_cases(ROOT / "tests" / "corpus")
#: ``articlekit schema`` as it printed when the schema was still written by
#: hand, before it was built from the models' field metadata. A deliberate
#: change to the schema rewrites it:
#: ``articlekit schema --output tests/unit/fixtures/article.schema.json``.
STORED = Path(__file__).parent / "fixtures" / "article.schema.json"


def errors(data):
    """Every validation error, as 'path: message' lines (empty when valid)."""
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in VALIDATOR.iter_errors(data)
    ]


def full_article():
    """An article in which every part is present, so every definition is used."""
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        "No comments:",
        "Posted by Ann Lee at 10:15 AM\nLabels: ports, trade\n3 comments:",
    )
    text = "The Harbour Letter\n" + text + "\nMar 3, 2025\nNext Post\nMore text.\n"
    article = parse_article(text)
    assert article.unparsed
    assert article.following
    assert article.captions
    assert article.quotes
    assert article.labels
    assert article.posted_by
    return article


FULL = full_article().to_dict()


class TestJsonSchema:
    def test_is_a_valid_draft_2020_12_schema(self):
        """The schema itself is valid under the draft 2020-12 meta-schema."""
        assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        jsonschema.Draft202012Validator.check_schema(SCHEMA)

    def test_id_carries_the_schema_version(self):
        """``$id`` names the version of the JSON form, so readers can tell forms apart."""
        assert SCHEMA["$id"] == f"urn:articlekit:article:{SCHEMA_VERSION}"
        assert isinstance(SCHEMA_VERSION, int)
        assert SCHEMA_VERSION >= 1

    def test_is_json(self):
        """The schema is made of JSON types only."""
        assert json.loads(json.dumps(SCHEMA)) == SCHEMA

    def test_new_dict_each_call(self):
        """Changing the returned dict does not change the next one."""
        schema = json_schema()
        schema["properties"]["headline"]["type"] = "integer"
        schema["$defs"]["span"]["minItems"] = 5
        assert json_schema() == SCHEMA

    @pytest.mark.parametrize(
        ("definition", "model"),
        [
            (None, Article),
            ("summary", Summary),
            ("byline", Byline),
            ("caption", Caption),
            ("quote", Quote),
            ("comments", CommentFooter),
            ("diagnostic", Diagnostic),
            ("block", Block),
        ],
    )
    def test_keys_follow_the_model_fields(self, definition, model):
        """Each object lists exactly its model's fields, all required, no others."""
        schema = SCHEMA if definition is None else SCHEMA["$defs"][definition]
        names = [f.name for f in attrs.fields(model)]
        assert list(schema["properties"]) == names
        assert schema["required"] == names
        assert schema["additionalProperties"] is False

    def test_span_lists_the_span_fields(self):
        """A span is an array of Span's fields, in order, each an offset."""
        span = SCHEMA["$defs"]["span"]
        assert len(span["prefixItems"]) == len(attrs.fields(Span)) == span["minItems"]
        assert span["prefixItems"] == [{"type": "integer", "minimum": 0}] * 2

    def test_every_reference_has_a_definition(self):
        """Each $ref names a definition, and each definition is referred to."""
        text = json.dumps(SCHEMA)
        referred = set(re.findall(r'"\$ref": "#/\$defs/(\w+)"', text))
        assert referred == set(SCHEMA["$defs"])

    def test_spans_name_the_plain_fields(self):
        """Article spans may be keyed by the plain fields only."""
        assert SCHEMA["properties"]["spans"]["propertyNames"] == {
            "enum": list(PLAIN_FIELDS)
        }


class TestStoredCopy:
    def stored(self):
        stored = json.loads(STORED.read_text(encoding="utf-8"))
        assert stored["$comment"].startswith("Written by articlekit ")
        stored["$comment"] = f"Written by articlekit {__version__}."
        return stored

    def test_equals_the_stored_schema(self):
        """json_schema() equals the stored copy (only $comment names the version)."""
        assert json.dumps(json_schema(), sort_keys=True) == json.dumps(
            self.stored(), sort_keys=True
        )

    def test_keys_in_the_stored_order(self):
        """``articlekit schema`` prints its keys in the stored copy's order."""
        assert json.dumps(json_schema(), indent=2) == json.dumps(
            self.stored(), indent=2
        )


class TestValidOutput:
    def test_example_dump(self):
        """The example dump's to_dict() validates."""
        assert (
            errors(parse_article(EXAMPLE.read_text(encoding="utf-8")).to_dict()) == []
        )

    def test_every_part_present(self):
        """An article with every part, further posts and unparsed blocks validates."""
        data = full_article().to_dict()
        assert errors(data) == []
        assert errors(json.loads(json.dumps(data))) == []

    @pytest.mark.skipif(not SEED.exists(), reason="the shared seed is not here")
    def test_seed(self):
        """The seed post's to_dict() validates."""
        assert errors(parse_article(SEED.read_text(encoding="utf-8")).to_dict()) == []

    @pytest.mark.parametrize("case", GOLDEN, ids=str)
    def test_golden_fixtures(self, case):
        """Each golden dump's to_dict() and its reviewed expected JSON validate."""
        assert errors(parse_article(read_dump(case.dump)).to_dict()) == []
        expected = json.loads(case.expected.read_text(encoding="utf-8"))
        assert errors(expected) == []

    @pytest.mark.skipif(
        not (SHARED / "corpus").is_dir(), reason="the shared corpus is not here"
    )
    def test_shared_corpus(self):
        """Every post of every real dump in the shared corpus validates."""
        dumps = sorted((SHARED / "corpus").rglob("*.txt"))
        assert dumps
        for dump in dumps:
            for article in [parse_article(read_dump(dump)), *_posts(dump)]:
                assert errors(article.to_dict()) == [], dump.name

    def test_empty_and_damaged_input(self):
        """Articles with nothing in them, or only diagnostics, validate."""
        for text in ("", " \n", b"\xff\xfe", "\ufeffJust one line", "A\n\ufffd\n"):
            assert errors(parse_article(text).to_dict()) == [], text

    def test_extras_are_free_form(self):
        """Custom sections may store any JSON in the extras."""

        def parse_source(state):
            state.extras["source"] = {"url": "https://example.com", "n": [1, 2.5]}
            state.extras["flag"] = None
            return True

        parser = Parser()
        parser.pipeline.append("source", parse_source)
        data = parser.parse(EXAMPLE.read_text(encoding="utf-8")).to_dict()
        assert data["extras"]["source"]["n"] == [1, 2.5]
        assert errors(data) == []

    def test_built_by_hand(self):
        """An article built from models, with no spans, validates."""
        article = Article(
            headline="H",
            byline=Byline(authors=("A",), publication="P"),
            captions=(Caption(text="", label="Photo"),),
            quotes=(Quote(text="“Hi”"),),
            comments=CommentFooter(),
            summary=Summary(paragraphs=()),
        )
        assert errors(article.to_dict()) == []

    @settings(
        max_examples=50,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(articles())
    def test_generated_articles(self, article):
        """Every article of articlekit.strategies.articles() validates."""
        assert errors(article.to_dict()) == []


def _posts(dump: Path):
    from articlekit import iter_articles

    return list(iter_articles(read_dump(dump)))


def _set(path, value):
    """A change to a to_dict() that sets the value at ``path``."""

    def change(data):
        *parents, last = path
        for key in parents:
            data = data[key]
        data[last] = value

    return change


def _delete(path):
    """A change to a to_dict() that deletes the key at ``path``."""

    def change(data):
        *parents, last = path
        for key in parents:
            data = data[key]
        del data[last]

    return change


BROKEN = {
    "missing headline": _delete(["headline"]),
    "missing extras": _delete(["extras"]),
    "missing byline authors": _delete(["byline", "authors"]),
    "missing caption credit": _delete(["captions", 0, "credit"]),
    "missing diagnostic line": _delete(["diagnostics", 0, "line"]),
    "extra top-level key": _set(["title"], "x"),
    "extra byline key": _set(["byline", "url"], "x"),
    "extra quote key": _set(["quotes", 0, "words"], 3),
    "extra block key": _set(["unparsed", 0, "owner"], None),
    "headline not a string": _set(["headline"], 3),
    "date not ISO": _set(["date"], "Dec 5, 2024"),
    "date not a date": _set(["date"], "2024-13-45"),
    "date as a number": _set(["date"], 20241205),
    "body not a list": _set(["body"], "one paragraph"),
    "body paragraph not a string": _set(["body", 0], ["nested"]),
    "labels as null": _set(["labels"], None),
    "summary as a list": _set(["summary"], ["a"]),
    "signature as a number": _set(["summary", "signature"], 1),
    "span of one number": _set(["byline", "span"], [3]),
    "span of three numbers": _set(["captions", 0, "span"], [1, 2, 3]),
    "negative span start": _set(["quotes", 0, "span"], [-1, 4]),
    "span as a string": _set(["quotes", 0, "speaker_span"], "3-4"),
    "span as floats": _set(["unparsed", 0, "span"], [0.5, 2]),
    "negative comment count": _set(["comments", "count"], -1),
    "comment count as a string": _set(["comments", "count"], "3"),
    "quote paragraph null": _set(["quotes", 0, "paragraph"], None),
    "unknown severity": _set(["diagnostics", 0, "severity"], "fatal"),
    "line 0": _set(["diagnostics", 0, "line"], 0),
    "captions as a dict": _set(["captions"], {}),
    "extras as a list": _set(["extras"], []),
    "spans of an unknown field": _set(["spans", "summary"], [[0, 1]]),
    "spans not a list of spans": _set(["spans", "body"], [0, 1]),
    "following block without text": _delete(["following", 0, "text"]),
}


class TestRejects:
    @pytest.mark.parametrize("change", BROKEN.values(), ids=BROKEN.keys())
    def test_broken_dict(self, change):
        """A wrong type, a missing key or an unknown key fails validation."""
        data = copy.deepcopy(FULL)
        assert errors(data) == []
        assert data["diagnostics"]
        change(data)
        assert errors(data) != []

    def test_not_an_object(self):
        """A list of articles is not an article."""
        assert errors([FULL]) != []
