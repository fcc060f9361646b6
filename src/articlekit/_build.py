"""Building models the parser knows to be valid, without running their validators."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import attrs

from articlekit.models import Block, Span

_T = TypeVar("_T")


def texts_of(blocks: Iterable[Block]) -> list[str]:
    """The texts of ``blocks``, in order."""
    return [block.text for block in blocks]


def spans_of(blocks: Iterable[Block]) -> tuple[Span, ...]:
    """The spans of ``blocks``, in order."""
    return tuple([block.span for block in blocks])


# What is built here is valid by construction: the attrs validators (the
# generated __init__) would only check it again.
_new = object.__new__


def builder(cls: type[_T]) -> Callable[..., _T]:
    """A function that builds ``cls`` from its fields by keyword, unchecked.

    For the parser's hot paths: call it with every field by keyword, each
    already valid and converted (tuples, not lists).

    Generated once per class, as attrs generates ``__init__``: it sets each
    slot through its own descriptor, so a missing or unknown field is a
    ``TypeError``, and no validator runs again on what a typed setter or a
    section has already checked.
    """
    names = [a.name for a in attrs.fields(cls)]  # type: ignore[arg-type]
    scope: dict[str, Any] = {"_new": _new, "_cls": cls}
    lines = [f"def build(*, {', '.join(names)}):", "    instance = _new(_cls)"]
    for name in names:
        scope[f"_set_{name}"] = cls.__dict__[name].__set__
        lines.append(f"    _set_{name}(instance, {name})")
    lines.append("    return instance")
    exec("\n".join(lines), scope)  # the names come from attrs.fields
    return scope["build"]  # type: ignore[no-any-return]


def span_of(start: int, end: int) -> Span:
    """A span whose offsets the caller knows to be valid (no validation)."""
    return _span(start, end)


def _span(start: int, end: int) -> Span:
    span = _new(Span)
    _SPAN_START(span, start)
    _SPAN_END(span, end)
    return span


# The slots' own setters: frozen attrs classes refuse setattr, and the
# descriptors skip both that refusal and the look-up by name.
_SPAN_START = Span.__dict__["start"].__set__


_SPAN_END = Span.__dict__["end"].__set__
