"""The JSON Schema of :meth:`Article.to_dict` output.

:func:`json_schema` returns a JSON Schema (draft 2020-12) that every
``Article.to_dict()`` validates against, and that rejects a value of the
wrong type, a missing key or a key ``to_dict()`` never writes. Only
``extras``, the results of custom sections, is free-form. ``articlekit
schema`` prints it, for consumers of the JSON that do not use Python.

The schema is written by hand from the models, so that it states the JSON
form exactly (a span is ``[start, end]``, a date is ``YYYY-MM-DD``, a
severity is ``"info"``, ``"warning"`` or ``"error"``); the tests check it
against the fields of the models and against the output of many parses.

>>> from articlekit import json_schema
>>> schema = json_schema()
>>> schema["$schema"]
'https://json-schema.org/draft/2020-12/schema'
>>> schema["required"][:4]
['headline', 'date', 'date_line', 'summary']
"""

from __future__ import annotations

import copy
from typing import Any

from articlekit._version import __version__
from articlekit.diagnostics import Severity
from articlekit.models import PLAIN_FIELDS

__all__ = ["SCHEMA_DIALECT", "json_schema"]

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
"""The JSON Schema dialect :func:`json_schema` is written in."""


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{name}"}


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


def _about(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {**schema, "description": description}


def _list_of(schema: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": schema}


def _object(description: str, **properties: dict[str, Any]) -> dict[str, Any]:
    """A JSON object with exactly ``properties``, all required."""
    return {
        "type": "object",
        "description": description,
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


_STRING = {"type": "string"}
_OPT_STRING = {"type": ["string", "null"]}
_STRINGS = _list_of(_STRING)
_OFFSET = {"type": "integer", "minimum": 0}
_ONE_BASED = {"type": "integer", "minimum": 1}


def _definitions() -> dict[str, Any]:
    return {
        "span": {
            "type": "array",
            "description": "Character offsets [start, end) into the parsed text.",
            "prefixItems": [_OFFSET, _OFFSET],
            "items": False,
            "minItems": 2,
        },
        "spans": _list_of(_ref("span")),
        "block": _object(
            "One paragraph of the input (Block.to_dict()).",
            index=_OFFSET,
            text=_STRING,
            span=_ref("span"),
            line=_ONE_BASED,
            column=_ONE_BASED,
        ),
        "summary": _object(
            "The blogger's editorial summary (Summary.to_dict()).",
            paragraphs=_STRINGS,
            signature=_OPT_STRING,
            spans=_ref("spans"),
        ),
        "byline": _object(
            "Authors and publication of the quoted piece (Byline.to_dict()).",
            authors=_STRINGS,
            publication=_OPT_STRING,
            verb=_OPT_STRING,
            text=_STRING,
            span=_nullable(_ref("span")),
        ),
        "caption": _object(
            "A photo caption (Caption.to_dict()).",
            text=_STRING,
            credit=_OPT_STRING,
            label=_OPT_STRING,
            raw=_STRING,
            span=_nullable(_ref("span")),
        ),
        "quote": _object(
            "A direct quotation and its speaker (Quote.to_dict()).",
            text=_STRING,
            speaker=_OPT_STRING,
            paragraph=_OFFSET,
            span=_nullable(_ref("span")),
            speaker_span=_nullable(_ref("span")),
            attribution_span=_nullable(_ref("span")),
        ),
        "comments": _object(
            "The comment footer (CommentFooter.to_dict()).",
            count={"type": ["integer", "null"], "minimum": 0},
            lines=_STRINGS,
            spans=_ref("spans"),
        ),
        "diagnostic": _object(
            "One problem found while parsing (Diagnostic.to_dict()).",
            code=_STRING,
            message=_STRING,
            section=_STRING,
            severity={"enum": [s.value for s in Severity]},
            start={"type": ["integer", "null"], "minimum": 0},
            end={"type": ["integer", "null"], "minimum": 0},
            line=_ONE_BASED,
            column=_ONE_BASED,
        ),
    }


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of ``Article.to_dict()`` output.

    Every key ``to_dict()`` writes is required, and objects with fixed keys
    allow no others; ``extras`` may hold any JSON object, and ``spans``
    holds span lists for the plain fields (``headline``, ``date``,
    ``posted_by``, ``labels``, ``highlights``, ``body``) that were found.
    ``Article.from_dict()`` is more lenient: it takes missing keys as their
    defaults.

    Returns:
        A new dict each call, of JSON types only (``json.dumps`` writes it).
    """
    article = _object(
        "Everything read from one blog post dump (Article.to_dict()).",
        headline=_about(_OPT_STRING, "The post's title line, as written."),
        date=_about(
            _nullable(
                {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
            ),
            "The post's date, YYYY-MM-DD.",
        ),
        date_line=_about(_OPT_STRING, "The date header as written."),
        summary=_nullable(_ref("summary")),
        byline=_nullable(_ref("byline")),
        posted_by=_about(_OPT_STRING, "The blog author of a 'Posted by' line."),
        labels=_about(_STRINGS, "Tags from a 'Labels:' line."),
        highlights=_about(_STRINGS, "Paragraphs lifted from the body."),
        body=_about(_STRINGS, "The body paragraphs."),
        captions=_list_of(_ref("caption")),
        quotes=_list_of(_ref("quote")),
        comments=_nullable(_ref("comments")),
        unparsed=_about(_list_of(_ref("block")), "Blocks no section claimed."),
        following=_about(
            _list_of(_ref("block")), "Blocks of the posts after the first one."
        ),
        diagnostics=_list_of(_ref("diagnostic")),
        extras={
            "type": "object",
            "description": "Results of custom sections, by section name: any JSON.",
        },
        spans={
            "type": "object",
            "description": "Source spans of the plain fields that were found.",
            "propertyNames": {"enum": list(PLAIN_FIELDS)},
            "additionalProperties": _ref("spans"),
        },
    )
    schema = {
        "$schema": SCHEMA_DIALECT,
        "$id": "urn:articlekit:article",
        "title": "articlekit Article",
        "$comment": f"Written by articlekit {__version__}.",
        **article,
        "$defs": _definitions(),
    }
    # The parts above share their small dicts; a deep copy keeps callers who
    # change the result from changing the next one.
    return copy.deepcopy(schema)
