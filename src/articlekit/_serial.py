"""One serialiser for every model, driven by the JSON facts in field metadata.

Each field of a model carries, in its attrs metadata (see :func:`as_json`),
the :class:`Form` its value takes in JSON: how it is written, how it is read
back and its JSON Schema, with an optional description for the schema. Each
model class is registered, with its name in the schema, by
:func:`json_object`, which generates the class's ``to_dict`` and
``from_dict`` from those forms once; :func:`to_dict` and :func:`from_dict`
call them. :mod:`articlekit.schema` builds the JSON Schema from the same
forms, so the schema cannot drift from what ``to_dict()`` writes.

The JSON key of a field is its name.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Mapping
from operator import attrgetter, methodcaller
from typing import Any, TypeVar

import attrs
from attrs import frozen

__all__ = [
    "DATE",
    "EXTRAS",
    "KEY",
    "OFFSET",
    "ONE_BASED",
    "OPT_OFFSET",
    "OPT_STRING",
    "STRING",
    "STRINGS",
    "Form",
    "JsonField",
    "as_json",
    "definition_of",
    "enum_values",
    "fields_of",
    "from_dict",
    "jsonable",
    "list_of",
    "mapping_of",
    "model",
    "nullable",
    "ref",
    "to_dict",
]

_T = TypeVar("_T")

KEY = "articlekit.json"
"""The key of a field's :class:`JsonField` in its attrs metadata."""


@frozen
class Form:
    """How a value is written as JSON, read back, and stated in the schema."""

    schema: Mapping[str, Any]
    """The JSON Schema of the written value (shared: copy it before changing)."""
    encode: Callable[[Any], Any] | None = None
    """Turns the value into JSON types; ``None`` when it is written as it is."""
    decode: Callable[[Any], Any] | None = None
    """Inverse of :attr:`encode`; ``None`` when the JSON value is kept as it is."""
    empty: Any = None
    """For collections, what a missing, null or empty key is read as (``()``,
    ``{}``); ``None`` for other forms, whose missing keys take the default."""
    inner: Form | None = None
    """For a form made by :func:`nullable`, the form of the values that are
    not ``None`` (so that generated code tests for ``None`` inline)."""
    items: Form | None = None
    """For a form made by :func:`list_of`, the form of its items."""


@frozen
class JsonField:
    """The JSON facts of one model field."""

    form: Form
    """How the field's value is written and read."""
    description: str | None = None
    """The field's description in the JSON Schema, if it has one there."""


def as_json(form: Form, description: str | None = None) -> dict[str, JsonField]:
    """Return the attrs ``metadata`` that gives a field its JSON form.

    Args:
        form: How the field's value is written, read back and described.
        description: The field's description in the JSON Schema, if any.
    """
    return {KEY: JsonField(form, description)}


def ref(name: str) -> dict[str, Any]:
    """Return a schema that refers to the definition ``name`` in ``$defs``."""
    return {"$ref": f"#/$defs/{name}"}


# -- forms ------------------------------------------------------------------

STRING = Form({"type": "string"})
"""A string, written as it is."""
OPT_STRING = Form({"type": ["string", "null"]})
"""A string or ``None``, written as it is."""
OFFSET = Form({"type": "integer", "minimum": 0})
"""A character offset or an index from 0."""
OPT_OFFSET = Form({"type": ["integer", "null"], "minimum": 0})
"""An offset or count from 0, or ``None``."""
ONE_BASED = Form({"type": "integer", "minimum": 1})
"""A line or column number from 1."""


def nullable(form: Form) -> Form:
    """Return ``form`` or ``None``: ``None`` is written and read as ``null``.

    For values that are converted on the way (spans, dates, models); a plain
    value that may be ``None`` lists ``"null"`` among its schema's types.
    """
    encode, decode = form.encode, form.decode
    return Form(
        {"anyOf": [form.schema, {"type": "null"}]},
        encode=None if encode is None else (lambda v: None if v is None else encode(v)),
        decode=None if decode is None else (lambda v: None if v is None else decode(v)),
        inner=form,
    )


def list_of(form: Form) -> Form:
    """Return a tuple of ``form`` values, written as a JSON array."""
    encode, decode = form.encode, form.decode
    return Form(
        {"type": "array", "items": form.schema},
        encode=list if encode is None else (lambda vs: list(map(encode, vs))),
        decode=tuple if decode is None else (lambda vs: tuple(map(decode, vs))),
        empty=(),
        items=form,
    )


STRINGS = list_of(STRING)
"""A tuple of strings, written as a list."""


def mapping_of(form: Form, *, keys: Iterable[str]) -> Form:
    """Return a mapping from some of ``keys`` to ``form`` values (a JSON object).

    A null or empty value under a key is read as ``form``'s empty value.
    """
    encode = form.encode or _as_is
    decode = form.decode or _as_is
    empty = form.empty
    return Form(
        {
            "type": "object",
            "propertyNames": {"enum": list(keys)},
            "additionalProperties": form.schema,
        },
        encode=lambda m: {k: encode(v) for k, v in m.items()},
        decode=lambda m: {k: decode(v or empty) for k, v in m.items()},
        empty={},
    )


def _as_is(value: Any) -> Any:
    return value


def enum_values(enum: type[Any]) -> Form:
    """Return a member of ``enum``, written as its value."""
    return Form(
        {"enum": [member.value for member in enum]},
        encode=attrgetter("value"),
        decode=enum,
    )


DATE = Form(
    {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
    # The value's own isoformat(), so that a subclass writes what it always did.
    encode=methodcaller("isoformat"),
    decode=datetime.date.fromisoformat,
)
"""A :class:`datetime.date`, written ``YYYY-MM-DD``."""


def jsonable(value: Any) -> Any:
    """Turn extras into JSON types: attrs instances become dicts, tuples lists.

    An attrs instance with a ``to_dict()`` method is written by it, others by
    :func:`attrs.asdict`.
    """
    if attrs.has(type(value)):
        method = getattr(value, "to_dict", None)
        if callable(method):
            return method()
        return jsonable(attrs.asdict(value, recurse=True))
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


EXTRAS = Form({"type": "object"}, encode=jsonable, decode=dict, empty={})
"""The results of custom sections: any JSON, read back as JSON."""


# -- models -----------------------------------------------------------------


@frozen
class _Object:
    """What the serialiser knows of one model class."""

    name: str
    """The name of its definition in the schema's ``$defs``."""
    description: str
    """Its description in the schema."""
    write: Callable[[Any], dict[str, Any]]
    """Its :func:`to_dict`."""
    read: Callable[[Mapping[str, Any]], Any]
    """Its :func:`from_dict`."""


_OBJECTS: dict[type[Any], _Object] = {}


def _facts(cls: type[Any], f: attrs.Attribute[Any]) -> JsonField:
    facts = f.metadata.get(KEY)
    if not isinstance(facts, JsonField):
        raise TypeError(f"{cls.__name__}.{f.name} has no JSON form")
    return facts


def fields_of(cls: type[Any]) -> list[tuple[str, JsonField]]:
    """Return each field's name and JSON facts, in the order of the fields.

    Raises:
        TypeError: A field of ``cls`` carries no JSON facts.
    """
    return [(f.name, _facts(cls, f)) for f in attrs.fields(cls)]


def _converted(
    expr: str, form: Form, way: str, name: str, scope: dict[str, Any]
) -> str:
    """The source that converts ``expr`` by ``form``; ``way`` is encode or decode.

    A nullable form's test for ``None`` and a list's loop are written out, as
    a hand-written method would have them, instead of calling the form's own
    function around its inner form's.
    """
    if getattr(form, way) is None:
        return expr
    function = f"_{way}_{name}"
    if form.inner is not None:
        scope[function] = getattr(form.inner, way)
        return f"(None if (v := {expr}) is None else {function}(v))"
    if form.items is not None and getattr(form.items, way) is not None:
        scope[function] = getattr(form.items, way)
        collect = "list" if way == "encode" else "tuple"
        return f"{collect}(map({function}, {expr}))"
    scope[function] = getattr(form, way)
    return f"{function}({expr})"


def _raw(
    cls: type[Any], f: attrs.Attribute[Any], form: Form, scope: dict[str, Any]
) -> str:
    """The source that takes field ``f``'s JSON value out of ``data``."""
    if f.default is attrs.NOTHING:
        return f"data[{f.name!r}]"
    if form.empty is not None:
        scope[f"_empty_{f.name}"] = form.empty
        return f"(data.get({f.name!r}) or _empty_{f.name})"
    # A factory would have to make the default anew for each missing key.
    # (attrs' stubs call Factory a function; it is a class.)
    if isinstance(f.default, attrs.Factory):  # type: ignore[arg-type]
        raise TypeError(
            f"{cls.__name__}.{f.name}: a factory default needs a collection"
        )
    scope[f"_default_{f.name}"] = f.default
    return f"data.get({f.name!r}, _default_{f.name})"


def _compile(cls: type[Any]) -> tuple[Callable[..., Any], Callable[..., Any]]:
    """Generate ``cls``'s to_dict and from_dict from its fields' forms.

    Generated once per class, as attrs generates ``__init__``, so that a call
    does what a hand-written method would: read each attribute or key by
    name and convert it, with no walk over the fields left to do.
    """
    scope: dict[str, Any] = {"_cls": cls}
    written, read = [], []
    for f in attrs.fields(cls):
        form = _facts(cls, f).form
        value = _converted(f"self.{f.name}", form, "encode", f.name, scope)
        written.append(f"{f.name!r}: {value}")
        raw = _converted(_raw(cls, f, form, scope), form, "decode", f.name, scope)
        read.append(f"{f.name}={raw}")
    source = (
        f"def to_dict(self):\n    return {{{', '.join(written)}}}\n"
        f"def from_dict(data):\n    return _cls({', '.join(read)})\n"
    )
    exec(source, scope)  # the names come from attrs.fields
    return scope["to_dict"], scope["from_dict"]


def json_object(name: str, summary: str) -> Callable[[type[_T]], type[_T]]:
    """Register an attrs class for :func:`to_dict`, :func:`from_dict` and the schema.

    Put it above the attrs decorator. Every field must carry :func:`as_json`
    metadata, and only a collection may have a factory for its default (a
    missing key of a collection is read as empty, of another field as its
    default).

    Args:
        name: The name of the class's definition in the schema's ``$defs``.
        summary: What the class holds; the schema's description adds
            ``(Class.to_dict())``.

    Raises:
        TypeError: A field has no JSON form, or a factory default but no
            collection form.
    """

    def register(cls: type[_T]) -> type[_T]:
        write, read = _compile(cls)
        description = f"{summary} ({cls.__name__}.to_dict())."
        _OBJECTS[cls] = _Object(name, description, write, read)
        return cls

    return register


def definition_of(cls: type[Any]) -> tuple[str, str]:
    """Return the schema's definition name and description of a model class."""
    known = _OBJECTS[cls]
    return known.name, known.description


def to_dict(instance: Any) -> dict[str, Any]:
    """Return the JSON-ready form of a model registered by :func:`json_object`.

    The keys are the field names, in the order of the fields, and each value
    is written by its field's form.
    """
    return _OBJECTS[type(instance)].write(instance)


def from_dict(cls: type[_T], data: Mapping[str, Any]) -> _T:
    """Build ``cls`` from :func:`to_dict` output, running its validators.

    A field without a default must have its key (``KeyError`` if not). A
    missing key takes the field's default; a collection's missing, null or
    empty key is read as an empty collection.

    Args:
        cls: A class registered by :func:`json_object`.
        data: The JSON-ready mapping.
    """
    return _OBJECTS[cls].read(data)  # type: ignore[no-any-return]


def model(cls: type[Any]) -> Form:
    """Return an instance of the registered class ``cls``, written as its dict."""
    known = _OBJECTS[cls]
    return Form(ref(known.name), encode=known.write, decode=known.read)
