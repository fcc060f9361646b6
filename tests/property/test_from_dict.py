"""from_dict reads back what to_dict wrote, and names the key path of any corruption.

The data is the JSON of parsed generated dumps (spans, diagnostics, blocks
and all). One place of it is corrupted at random, guided by the JSON Schema
(a value of a type the schema refuses there, a value out of its bounds, a
required key taken away, a key added that no model has); ``from_dict`` must
raise ``ArticleDataError`` naming that place.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

import attrs
from hypothesis import given
from hypothesis import strategies as st

from articlekit import (
    Article,
    ArticleDataError,
    Block,
    Byline,
    Caption,
    CommentFooter,
    Diagnostic,
    Quote,
    Summary,
    json_schema,
    parse_article,
)
from articlekit.strategies import article_texts

SCHEMA = json_schema()
DEFS = SCHEMA["$defs"]
#: The model each object definition of the schema stands for.
MODELS = {
    "block": Block,
    "summary": Summary,
    "byline": Byline,
    "caption": Caption,
    "quote": Quote,
    "comments": CommentFooter,
    "diagnostic": Diagnostic,
}

Path = tuple[str | int, ...]


def shown(path: Path) -> str:
    """A key path as ArticleDataError.path writes it."""
    text = ""
    for key in path:
        text += f"[{key}]" if isinstance(key, int) else f".{key}" if text else key
    return text


def resolve(schema: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    """The schema a ``$ref`` stands for, and the name of its definition."""
    name = None
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        schema = DEFS[name]
    return schema, name


def places(
    value: Any, schema: dict[str, Any], path: Path = (), name: str | None = "article"
) -> Iterator[tuple[Path, Any, dict[str, Any], str | None]]:
    """Every place in ``value``: its path, value, schema and definition name."""
    schema, ref = resolve(schema)
    name = ref or name
    if "anyOf" in schema:
        if value is None:
            yield path, value, schema, name
            return
        inner, ref = resolve(
            next(s for s in schema["anyOf"] if s.get("type") != "null")
        )
        # The value's place, where null is no corruption.
        yield from places(value, {**inner, "nullable": True}, path, ref)
        return
    yield path, value, schema, name
    if "properties" in schema:
        for key, item in value.items():
            yield from places(item, schema["properties"][key], (*path, key), None)
    elif isinstance(schema.get("additionalProperties"), dict):
        for key, item in value.items():
            yield from places(item, schema["additionalProperties"], (*path, key), None)
    elif "items" in schema and isinstance(schema["items"], dict):
        for index, item in enumerate(value):
            yield from places(item, schema["items"], (*path, index), None)


def bad_values(schema: dict[str, Any]) -> list[Any]:
    """Values the schema refuses at its place (never null for a collection)."""
    if "anyOf" in schema:
        inner = resolve(next(s for s in schema["anyOf"] if s.get("type") != "null"))
        return [v for v in bad_values(inner[0]) if v is not None]
    if schema.get("nullable"):
        return [v for v in bad_values({**schema, "nullable": False}) if v is not None]
    kind = schema.get("type")
    if "prefixItems" in schema:  # a span
        return [[5, 2], [1], [1, 2, 3], [True, 1], [-1, 2], "0-1", None]
    if kind == "array":
        return ["text", 7, {"a": 1}, "", 0, {}]
    if kind == "object":
        return [["x"], "x", 7] + ([None] if "properties" in schema else [])
    if "enum" in schema:
        return ["no-such-value", 3, None]
    if schema.get("format") == "date":
        return ["2024-02-30", "20241205", 20241205, "yesterday"]
    if kind == "string":
        return [3, ["x"], True, None]
    if kind == ["string", "null"]:
        return [3, ["x"], True]
    bad = ["1", 1.5, True]
    if kind == "integer":
        bad.append(None)
    if "minimum" in schema:
        bad.append(schema["minimum"] - 1)
    return bad


def required(name: str | None) -> list[str]:
    """The keys of a model that have no default (from_dict needs them)."""
    model = MODELS.get(name or "")
    if model is None:
        return []
    return [f.name for f in attrs.fields(model) if f.default is attrs.NOTHING]


def at(data: Any, path: Path) -> Any:
    for key in path:
        data = data[key]
    return data


@st.composite
def corrupted(draw: st.DrawFn) -> tuple[dict[str, Any], str, str]:
    """The JSON of a parsed dump with one place corrupted, that place, and how."""
    article = parse_article(draw(article_texts()))
    data = json.loads(json.dumps(article.to_dict()))
    spots = list(places(data, SCHEMA))
    path, value, schema, name = draw(st.sampled_from(spots))
    ways = ["value"] if path else []
    is_model = "properties" in schema and isinstance(value, dict)
    if is_model or (isinstance(value, dict) and "propertyNames" in schema):
        ways.append("unknown key")
    if is_model and set(required(name)) & set(value):
        ways.append("missing key")
    way = draw(st.sampled_from(ways))
    broken = copy.deepcopy(data)
    if way == "value":
        bad = draw(st.sampled_from(bad_values(schema)))
        at(broken, path[:-1])[path[-1]] = bad
        return broken, shown(path), f"{value!r} -> {bad!r}"
    if way == "unknown key":
        at(broken, path)["no_such_key"] = 1
        return broken, shown((*path, "no_such_key")), way
    key = draw(st.sampled_from(sorted(set(required(name)) & set(value))))
    del at(broken, path)[key]
    return broken, shown((*path, key)), way


@given(article_texts())
def test_round_trip_is_exact(text):
    """from_dict of to_dict's JSON gives the article back, spans included."""
    article = parse_article(text)
    data = json.loads(json.dumps(article.to_dict()))
    again = Article.from_dict(data)
    assert again == article
    assert again.to_dict() == article.to_dict()


@given(corrupted())
def test_corruption_is_named_by_its_path(case):
    """One corrupted place: ArticleDataError, and its path is that place."""
    data, path, how = case
    try:
        Article.from_dict(data)
    except ArticleDataError as error:
        assert error.path == path, (str(error), how)
        assert str(error).startswith(f"{path}: ") or not path
    else:
        raise AssertionError(f"{path} ({how}) was read without an error")
