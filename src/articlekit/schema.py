"""The JSON Schema of :meth:`Article.to_dict` output.

:func:`json_schema` returns a JSON Schema (draft 2020-12) that every
``Article.to_dict()`` validates against, and that rejects a value of the
wrong type, a missing key or a key ``to_dict()`` never writes. Only
``extras``, the results of custom sections, is free-form. ``articlekit
schema`` prints it, for consumers of the JSON that do not use Python.

The schema is built from the JSON facts each model field carries in its
metadata, the same facts ``to_dict()`` and ``from_dict()`` follow (see
:mod:`articlekit._serial`), so that it states the JSON form exactly (a span
is ``[start, end]``, a date is ``YYYY-MM-DD``, a severity is ``"info"``,
``"warning"`` or ``"error"``); the tests check it against a stored copy and
against the output of many parses.

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

from articlekit._serial import JsonField, definition_of, fields_of, list_of
from articlekit._version import __version__
from articlekit.diagnostics import Diagnostic
from articlekit.models import (
    SPAN,
    Article,
    Block,
    Byline,
    Caption,
    CommentFooter,
    Quote,
    Source,
    Span,
    Summary,
)

__all__ = ["SCHEMA_DIALECT", "SCHEMA_VERSION", "json_schema"]

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
"""The JSON Schema dialect :func:`json_schema` is written in."""

SCHEMA_VERSION = 2
"""The version of the JSON form, carried in the schema's ``$id``.

It goes up by one in the first release whose ``to_dict()`` output differs in
shape (a key added, removed or retyped, a new allowed value) from the last
release's, and the changelog says so. Version 1 is the form of articlekit
0.1.0, whose ``$id`` was ``urn:articlekit:article``; version 2 adds
``source``, where the post starts in the stream it was read from.
"""

#: The models defined under ``$defs``, in the order they are listed there.
_DEFINED = (
    Block,
    Summary,
    Byline,
    Caption,
    Quote,
    CommentFooter,
    Diagnostic,
    Source,
)


def _property(facts: JsonField) -> dict[str, Any]:
    schema = dict(facts.form.schema)
    if facts.description is None:
        return schema
    if schema.get("type") == "object":
        # An object states its type, then its description, then its contents,
        # as the objects of _object() do.
        return {"type": "object", "description": facts.description, **schema}
    return {**schema, "description": facts.description}


def _object(cls: type[Any]) -> dict[str, Any]:
    """A JSON object with exactly the fields of ``cls``, all required."""
    _, description = definition_of(cls)
    properties = {name: _property(facts) for name, facts in fields_of(cls)}
    return {
        "type": "object",
        "description": description,
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


def _definitions() -> dict[str, Any]:
    offsets = [_property(facts) for _, facts in fields_of(Span)]
    return {
        # Span.to_list() writes the span's fields in order.
        "span": {
            "type": "array",
            "description": "Character offsets [start, end) into the parsed text.",
            "prefixItems": offsets,
            "items": False,
            "minItems": len(offsets),
        },
        "spans": dict(list_of(SPAN).schema),
        **{definition_of(cls)[0]: _object(cls) for cls in _DEFINED},
    }


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of ``Article.to_dict()`` output.

    Every key ``to_dict()`` writes is required, and objects with fixed keys
    allow no others; ``extras`` may hold any JSON object, and ``spans``
    holds span lists for the plain fields (``headline``, ``date``,
    ``posted_by``, ``labels``, ``highlights``, ``body``) that were found.
    ``Article.from_dict()`` refuses what the schema refuses, keys of no
    field included (``ArticleDataError``), but takes missing keys as their
    defaults.

    Returns:
        A new dict each call, of JSON types only (``json.dumps`` writes it).
    """
    schema = {
        "$schema": SCHEMA_DIALECT,
        "$id": f"urn:articlekit:article:{SCHEMA_VERSION}",
        "title": "articlekit Article",
        "$comment": f"Written by articlekit {__version__}.",
        **_object(Article),
        "$defs": _definitions(),
    }
    # The parts above share their small dicts with the models' JSON forms; a
    # deep copy keeps callers who change the result from changing those.
    return copy.deepcopy(schema)
