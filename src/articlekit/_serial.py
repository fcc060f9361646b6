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
import re
from collections.abc import Callable, Iterable, Mapping
from operator import attrgetter, methodcaller
from typing import Any, TypeVar

import attrs
from attrs import frozen

from articlekit.errors import ArticleDataError

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
    """For collections, what a missing or null key is read as (``()``,
    ``{}``); ``None`` for other forms, whose missing keys take the default."""
    inner: Form | None = None
    """For a form made by :func:`nullable`, the form of the values that are
    not ``None`` (so that generated code tests for ``None`` inline)."""
    items: Form | None = None
    """For a form made by :func:`list_of`, the form of its items."""
    values: Form | None = None
    """For a form made by :func:`mapping_of`, the form of its values."""
    keys: frozenset[str] = frozenset()
    """For a form made by :func:`mapping_of`, the keys it may hold."""


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


def _integer(value: Any) -> Any:
    """``value`` if it is an integer (a JSON one: ``True`` is not), else TypeError.

    The models' validators check the type and the bounds; they take a bool
    for an integer, as Python does, where JSON does not.
    """
    if value is True or value is False:
        raise TypeError(f"expected an integer, not {value!r}")
    return value


def _integer_or_none(value: Any) -> Any:
    """``value`` if it is an integer or ``None``, else TypeError."""
    if value is True or value is False:
        raise TypeError(f"expected an integer or null, not {value!r}")
    return value


STRING = Form({"type": "string"})
"""A string, written as it is."""
OPT_STRING = Form({"type": ["string", "null"]})
"""A string or ``None``, written as it is."""
OFFSET = Form({"type": "integer", "minimum": 0}, decode=_integer)
"""A character offset or an index from 0."""
OPT_OFFSET = Form({"type": ["integer", "null"], "minimum": 0}, decode=_integer_or_none)
"""An offset or count from 0, or ``None``."""
ONE_BASED = Form({"type": "integer", "minimum": 1}, decode=_integer)
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


def _listed(value: Any) -> list[Any] | tuple[Any, ...]:
    """``value`` if it is a JSON array (a list or a tuple), else TypeError.

    A string or a dict would be read as its characters or keys.
    """
    if isinstance(value, list | tuple):
        return value
    raise TypeError(f"expected a list, not {type(value).__name__}")


def _array(value: Any) -> tuple[Any, ...]:
    """A JSON array (a list or a tuple) as a tuple; anything else is a TypeError.

    A string or a dict would be read as its characters or keys.
    """
    if isinstance(value, list | tuple):
        return tuple(value)
    raise TypeError(f"expected a list, not {type(value).__name__}")


def list_of(form: Form) -> Form:
    """Return a tuple of ``form`` values, written as a JSON array."""
    encode, decode = form.encode, form.decode
    return Form(
        {"type": "array", "items": form.schema},
        encode=list if encode is None else (lambda vs: list(map(encode, vs))),
        decode=_array
        if decode is None
        else (lambda vs: tuple(map(decode, _listed(vs)))),
        empty=(),
        items=form,
    )


STRINGS = list_of(STRING)
"""A tuple of strings, written as a list."""


def mapping_of(form: Form, *, keys: Iterable[str]) -> Form:
    """Return a mapping from some of ``keys`` to ``form`` values (a JSON object).

    A null value under a key is read as ``form``'s empty value.
    """
    encode = form.encode or _as_is
    decode = form.decode or _as_is
    empty = form.empty
    allowed = frozenset(keys)

    def read(m: Any) -> dict[str, Any]:
        if not isinstance(m, Mapping):
            raise TypeError(f"expected an object, not {type(m).__name__}")
        if not m.keys() <= allowed:
            raise ValueError(f"keys {sorted(m.keys() - allowed)} are not allowed")
        return {k: decode(empty if v is None else v) for k, v in m.items()}

    return Form(
        {
            "type": "object",
            "propertyNames": {"enum": list(keys)},
            "additionalProperties": form.schema,
        },
        encode=lambda m: {k: encode(v) for k, v in m.items()},
        decode=read,
        empty={},
        values=form,
        keys=allowed,
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


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _date(value: Any) -> datetime.date:
    """The date written ``YYYY-MM-DD`` (the other ISO forms are not read)."""
    if not isinstance(value, str) or _ISO_DATE.fullmatch(value) is None:
        raise ValueError(f"expected a date written YYYY-MM-DD, not {value!r}")
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise ValueError(f"no such date: {value!r} ({error})") from None


DATE = Form(
    {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
    # The value's own isoformat(), so that a subclass writes what it always did.
    encode=methodcaller("isoformat"),
    decode=_date,
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


def _object(value: Any) -> dict[str, Any]:
    """A JSON object as a dict; anything else is a TypeError."""
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"expected an object, not {type(value).__name__}")


EXTRAS = Form({"type": "object"}, encode=jsonable, decode=_object, empty={})
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
        if way == "encode":
            return f"list(map({function}, {expr}))"
        scope["_listed"] = _listed
        return f"tuple(map({function}, _listed({expr})))"
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
        # (Only a missing key or null reads as empty: "" or 0 is no list.)
        return f"(_empty_{f.name} if (v := data.get({f.name!r})) is None else v)"
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
    # Reading: the keys are checked (a key of no field is refused, as the
    # schema refuses it), and on the first failure, of a key, a value or a
    # validator, the data is looked through again, field by field, for
    # where the problem lies (see _problem), which the error names.
    known = frozenset(f.name for f in attrs.fields(cls))
    scope.update(_known=known, _locate=_locate, _FAILURES=_FAILURES)
    source = (
        f"def to_dict(self):\n    return {{{', '.join(written)}}}\n"
        "def from_dict(data):\n"
        "    try:\n"
        "        if data.keys() <= _known:\n"
        f"            return _cls({', '.join(read)})\n"
        "        failure = None\n"
        "    except _FAILURES as error:\n"
        "        failure = error\n"
        "    located = _locate(_cls, data, failure)\n"
        "    raise located from located.__cause__\n"
    )
    exec(source, scope)  # the names come from attrs.fields
    return scope["to_dict"], scope["from_dict"]


#: What reading bad data raises before it is told where the problem lies:
#: a missing key, a value a decoder or a validator refuses, data that is
#: no mapping.
_FAILURES = (TypeError, ValueError, LookupError, AttributeError)


def _locate(cls: type[Any], data: Any, error: BaseException | None) -> ArticleDataError:
    """The error that names where ``data``, read as ``cls``, went wrong.

    ``error`` is what reading it raised (``None``: it holds an unknown key).
    Each field is looked at in order; a problem found in none of them is
    one of the object as a whole (a validator that compares two fields),
    and its error keeps ``error``'s message.
    """
    if not isinstance(data, Mapping):
        return ArticleDataError(f"expected an object, not {_shown(data)}")
    fields = attrs.fields(cls)
    known = [f.name for f in fields]
    for key in data:
        if key not in known:
            name = definition_of(cls)[0]
            return ArticleDataError(
                f"no such key in {name} (it has {', '.join(known)})", (key,)
            )
    for f in fields:
        form = _facts(cls, f).form
        if f.name in data:
            value = data[f.name]
            if form.empty is not None and value is None:
                value = form.empty
        elif f.default is attrs.NOTHING:
            return ArticleDataError("missing (it has no default)", (f.name,))
        else:
            continue  # the default, which the model accepts
        problem = _problem(form, value)
        if problem is not None:
            return problem.within(f.name)
    whole = ArticleDataError(str(error))
    whole.__cause__ = error
    return whole


def _problem(form: Form, value: Any) -> ArticleDataError | None:
    """What is wrong with the JSON ``value`` read by ``form``, or ``None``.

    The value's type and bounds are checked against the form's schema, the
    items of a list and the values of a mapping one by one (so that the
    error names the index or the key), and then the form's decoder is run
    on it: a nested model's ``from_dict`` names its own keys.
    """
    if form.inner is not None:
        return None if value is None else _problem(form.inner, value)
    if form.items is not None:
        if not isinstance(value, list | tuple):
            return ArticleDataError(f"expected a list, not {_shown(value)}")
        for index, item in enumerate(value):
            problem = _problem(form.items, item)
            if problem is not None:
                return problem.within(index)
        return None
    if form.values is not None:
        if not isinstance(value, Mapping):
            return ArticleDataError(f"expected an object, not {_shown(value)}")
        for key, item in value.items():
            if key not in form.keys:
                allowed = ", ".join(sorted(form.keys))
                return ArticleDataError(f"no such key (one of {allowed})", (key,))
            if item is None:
                item = form.values.empty
            problem = _problem(form.values, item)
            if problem is not None:
                return problem.within(key)
        return None
    reason = _unlike(form.schema, value)
    if reason is not None:
        return ArticleDataError(reason)
    if form.decode is not None:
        try:
            form.decode(value)
        except ArticleDataError as error:
            return error
        except _FAILURES as error:
            problem = ArticleDataError(str(error))
            problem.__cause__ = error
            return problem
    return None


#: The JSON types of the schema, as Python types and as named in errors.
_JSON_TYPES: dict[str, tuple[tuple[type[Any], ...], str]] = {
    "string": ((str,), "a string"),
    "integer": ((int,), "an integer"),
    "number": ((int, float), "a number"),
    "boolean": ((bool,), "a boolean"),
    "array": ((list, tuple), "a list"),
    "object": ((Mapping,), "an object"),
    "null": ((type(None),), "null"),
}


def _unlike(schema: Mapping[str, Any], value: Any) -> str | None:
    """How ``value`` fails ``schema``'s type, bounds or values (``None``: it does not).

    Only what the schemas of the forms state directly is checked (``type``,
    ``minimum``, ``enum``, ``pattern``); a ``$ref`` is left to the decoder.
    """
    kinds = schema.get("type")
    if kinds is not None:
        kinds = [kinds] if isinstance(kinds, str) else kinds
        is_bool = isinstance(value, bool)
        if not any(
            isinstance(value, _JSON_TYPES[kind][0])
            and (kind == "boolean" or not is_bool)
            for kind in kinds
        ):
            wanted = " or ".join(_JSON_TYPES[kind][1] for kind in kinds)
            return f"expected {wanted}, not {_shown(value)}"
    least = schema.get("minimum")
    if least is not None and value is not None and value < least:
        return f"expected at least {least}, not {value!r}"
    if "enum" in schema and value not in schema["enum"]:
        return f"expected one of {', '.join(map(repr, schema['enum']))}, not {value!r}"
    pattern = schema.get("pattern")
    if pattern is not None and not re.search(pattern, value):
        return f"expected a string matching {pattern}, not {value!r}"
    return None


def _shown(value: Any) -> str:
    """``value`` as an error shows it: its type, and its repr when short."""
    text = repr(value)
    kind = "null" if value is None else type(value).__name__
    return kind if len(text) > 40 or value is None else f"{kind} {text}"


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

    A missing key takes the field's default; a collection's missing or
    null key is read as an empty collection.

    Args:
        cls: A class registered by :func:`json_object`.
        data: The JSON-ready mapping.

    Raises:
        ArticleDataError: A key of no field, a missing key of a field with
            no default, or a value its form or the model refuses; the
            error names the key path (``byline.authors[0]``).
    """
    return _OBJECTS[cls].read(data)  # type: ignore[no-any-return]


def model(cls: type[Any]) -> Form:
    """Return an instance of the registered class ``cls``, written as its dict."""
    known = _OBJECTS[cls]
    return Form(ref(known.name), encode=known.write, decode=known.read)
