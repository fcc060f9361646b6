"""Typed, immutable models of a parsed article.

Every model is a frozen, slotted ``attrs`` class. Collections are tuples.
Each part records the :class:`Span` of input it came from; spans are excluded
from ``==`` so that two articles with the same content compare equal whatever
their layout in the source.

Each field's metadata states its JSON form (see :mod:`articlekit._serial`):
one serialiser writes every model's ``to_dict()`` and reads its
``from_dict()``, and :func:`articlekit.json_schema` is built from the same
facts.
"""

from __future__ import annotations

import datetime as _dt
import types
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import attrs
from attrs import evolve, field, frozen
from attrs.validators import deep_iterable, ge, instance_of, optional

from articlekit import _serial
from articlekit._serial import (
    DATE,
    EXTRAS,
    OFFSET,
    ONE_BASED,
    OPT_OFFSET,
    OPT_STRING,
    STRING,
    STRINGS,
    Form,
    as_json,
    json_object,
    list_of,
    mapping_of,
    model,
    nullable,
    ref,
)
from articlekit.diagnostics import Diagnostic, Severity
from articlekit.errors import ArticleDataError

__all__ = [
    "Article",
    "Block",
    "Byline",
    "Caption",
    "CommentFooter",
    "Quote",
    "Source",
    "Span",
    "Summary",
]


def _tuple(value: Sequence[Any]) -> tuple[Any, ...]:
    """Convert a sequence to a tuple (a lossless normalisation).

    A string is left as it is, for :func:`_not_a_string` to refuse: it is a
    sequence of its characters, and ``Byline(authors="Jane Roe")`` would hold
    eight one-letter authors.
    """
    if isinstance(value, str):
        return value  # type: ignore[return-value]  # refused by the validator
    return tuple(value)


def _clip(text: str | None, most: int = 60) -> str | None:
    """``text`` cut to ``most`` characters, an ellipsis marking the cut."""
    if text is None or len(text) <= most:
        return text
    return text[: most - 1] + "…"


def _not_a_string(instance: Any, attribute: Any, value: Any) -> None:
    """Refuse a bare string where a sequence is meant, naming the field."""
    if isinstance(value, str):
        raise TypeError(
            f"{type(instance).__name__}.{attribute.name} takes a sequence, "
            f"not a string: {value!r}"
        )


def _strs() -> Any:
    return deep_iterable(member_validator=instance_of(str))


@frozen(kw_only=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into the input."""

    start: int = field(validator=[instance_of(int), ge(0)], metadata=as_json(OFFSET))
    """Offset of the first character."""
    end: int = field(validator=[instance_of(int), ge(0)], metadata=as_json(OFFSET))
    """Offset one past the last character."""

    def __attrs_post_init__(self) -> None:
        """Reject a span that ends before it starts."""
        if self.end < self.start:
            raise ValueError(f"span end {self.end} precedes its start {self.start}")

    def __len__(self) -> int:
        """Return the number of characters covered."""
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return the part of ``text`` this span covers."""
        return text[self.start : self.end]

    def to_list(self) -> list[int]:
        """Return ``[start, end]``, the JSON form."""
        return [self.start, self.end]

    @classmethod
    def from_list(cls, value: Sequence[int]) -> Span:
        """Build a span from its JSON form ``[start, end]``.

        Raises:
            TypeError: ``value`` is not a list of two integers.
            ValueError: An offset is negative, or the span ends before it
                starts.
        """
        if not isinstance(value, list | tuple) or len(value) != 2:
            raise TypeError(f"expected a span [start, end], not {value!r}")
        start, end = value
        if (
            cls is Span
            and type(start) is int
            and type(end) is int
            and 0 <= start <= end
        ):
            # What the validators check, checked (JSON's integers: no bool):
            # a span read from JSON is built without their second look.
            span = object.__new__(cls)
            _SET_START(span, start)
            _SET_END(span, end)
            return span
        if isinstance(start, bool) or isinstance(end, bool):
            raise TypeError(f"expected a span of integers, not {value!r}")
        return cls(start=start, end=end)  # the validators say what is wrong


# The slots' own setters (a frozen class refuses setattr).
_SET_START = Span.__dict__["start"].__set__
_SET_END = Span.__dict__["end"].__set__

#: A span, written ``[start, end]`` (its fields in order; see the schema's
#: ``span`` definition), and a tuple of spans, one per paragraph or line.
SPAN = Form(ref("span"), encode=Span.to_list, decode=Span.from_list)
SPANS = evolve(list_of(SPAN), schema=ref("spans"))
_OPT_SPAN = nullable(SPAN)


def _extent(spans: tuple[Span, ...]) -> Span | None:
    if not spans:
        return None
    return Span(start=spans[0].start, end=spans[-1].end)


@json_object("block", "One paragraph of the input")
@frozen(kw_only=True)
class Block:
    """One paragraph of the input: a non-blank line, stripped of outer spaces."""

    index: int = field(
        validator=[instance_of(int), ge(0)], eq=False, metadata=as_json(OFFSET)
    )
    """Position of the block among the input's blocks, from 0."""
    text: str = field(validator=instance_of(str), metadata=as_json(STRING))
    """The line without its surrounding whitespace."""
    span: Span = field(validator=instance_of(Span), eq=False, metadata=as_json(SPAN))
    """Where the stripped text lies in the input."""
    line: int = field(
        validator=[instance_of(int), ge(1)], eq=False, metadata=as_json(ONE_BASED)
    )
    """The 1-based line number of the block."""
    column: int = field(
        validator=[instance_of(int), ge(1)], eq=False, metadata=as_json(ONE_BASED)
    )
    """The 1-based column of the block's first character."""

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form."""
        return _serial.to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Block:
        """Inverse of :meth:`to_dict`; bad data raises ``ArticleDataError``."""
        return _serial.from_dict(cls, data)


@json_object("summary", "The blogger's editorial summary")
@frozen(kw_only=True)
class Summary:
    """The blogger's own editorial paragraphs above the quoted source."""

    paragraphs: tuple[str, ...] = field(
        converter=_tuple, validator=[_not_a_string, _strs()], metadata=as_json(STRINGS)
    )
    """The paragraphs, with the trailing signature taken off the last one."""
    signature: str | None = field(
        default=None, validator=optional(instance_of(str)), metadata=as_json(OPT_STRING)
    )
    """Trailing initials such as ``JL``, or ``None`` when unsigned."""
    spans: tuple[Span, ...] = field(
        default=(),
        converter=_tuple,
        validator=_not_a_string,
        eq=False,
        metadata=as_json(SPANS),
    )
    """Where each paragraph lies in the input (the last one with its signature)."""

    @property
    def span(self) -> Span | None:
        """From the start of the first paragraph to the end of the last."""
        return _extent(self.spans)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form."""
        return _serial.to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Summary:
        """Inverse of :meth:`to_dict`; bad data raises ``ArticleDataError``."""
        return _serial.from_dict(cls, data)


@json_object("byline", "Authors and publication of the quoted piece")
@frozen(kw_only=True)
class Byline:
    """Who wrote the quoted piece and where: ``A and B report in X:``."""

    authors: tuple[str, ...] = field(
        default=(),
        converter=_tuple,
        validator=[_not_a_string, _strs()],
        metadata=as_json(STRINGS),
    )
    """Author names in the order written; empty for a publication alone."""
    publication: str | None = field(
        default=None, validator=optional(instance_of(str)), metadata=as_json(OPT_STRING)
    )
    """The publication, without a lower-case leading "the"."""
    verb: str | None = field(
        default=None, validator=optional(instance_of(str)), metadata=as_json(OPT_STRING)
    )
    """The reporting verb as written (``reports``, ``write``...), if any."""
    text: str = field(default="", validator=instance_of(str), metadata=as_json(STRING))
    """The whole byline line as it appears in the input."""
    span: Span | None = field(default=None, eq=False, metadata=as_json(_OPT_SPAN))
    """Where the byline line lies in the input."""

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form."""
        return _serial.to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Byline:
        """Inverse of :meth:`to_dict`; bad data raises ``ArticleDataError``."""
        return _serial.from_dict(cls, data)


@json_object("caption", "A photo caption")
@frozen(kw_only=True)
class Caption:
    """A photo caption: the words, then a credit label and the credit."""

    text: str = field(validator=instance_of(str), metadata=as_json(STRING))
    """The caption words before the label (``""`` when the label stands alone)."""
    credit: str | None = field(
        default=None, validator=optional(instance_of(str)), metadata=as_json(OPT_STRING)
    )
    """The words after the label, without brackets or a final stop."""
    label: str | None = field(
        default=None, validator=optional(instance_of(str)), metadata=as_json(OPT_STRING)
    )
    """The credit label as written (``Photo``, ``Photograph``...)."""
    raw: str = field(default="", validator=instance_of(str), metadata=as_json(STRING))
    """The whole caption paragraph as it appears in the input."""
    span: Span | None = field(default=None, eq=False, metadata=as_json(_OPT_SPAN))
    """Where the caption paragraph lies in the input."""

    @property
    def credits(self) -> tuple[str, ...]:
        """The credit split at slashes: ``A/B/Getty Images`` gives three parts."""
        if not self.credit:
            return ()
        return tuple(p.strip() for p in self.credit.split("/") if p.strip())

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form."""
        return _serial.to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Caption:
        """Inverse of :meth:`to_dict`; bad data raises ``ArticleDataError``."""
        return _serial.from_dict(cls, data)


@json_object("quote", "A direct quotation and its speaker")
@frozen(kw_only=True)
class Quote:
    """A direct quotation in the body and who said it."""

    text: str = field(validator=instance_of(str), metadata=as_json(STRING))
    """The quoted words, with their quotation marks."""
    speaker: str | None = field(
        default=None, validator=optional(instance_of(str)), metadata=as_json(OPT_STRING)
    )
    """The speaker as named in the text, titles dropped; ``None`` if unnamed."""
    paragraph: int = field(
        default=0, validator=[instance_of(int), ge(0)], metadata=as_json(OFFSET)
    )
    """Index of the body paragraph that holds the quotation."""
    span: Span | None = field(default=None, eq=False, metadata=as_json(_OPT_SPAN))
    """Where the quotation (marks included) lies in the input."""
    speaker_span: Span | None = field(
        default=None, eq=False, metadata=as_json(_OPT_SPAN)
    )
    """Where the speaker's name lies in the input, when it is named there."""
    attribution_span: Span | None = field(
        default=None, eq=False, metadata=as_json(_OPT_SPAN)
    )
    """Where the attribution (``said Jane Roe``, ``the ministry said``) lies."""

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form."""
        return _serial.to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Quote:
        """Inverse of :meth:`to_dict`; bad data raises ``ArticleDataError``."""
        return _serial.from_dict(cls, data)


@json_object("comments", "The comment footer")
@frozen(kw_only=True)
class CommentFooter:
    """The comment footer and everything below it (reader comments, chrome)."""

    count: int | None = field(
        default=None,
        validator=optional([instance_of(int), ge(0)]),
        metadata=as_json(OPT_OFFSET),
    )
    """The stated number of comments, ``None`` where no number is stated."""
    lines: tuple[str, ...] = field(
        default=(),
        converter=_tuple,
        validator=[_not_a_string, _strs()],
        metadata=as_json(STRINGS),
    )
    """Every paragraph of the footer region, in order."""
    spans: tuple[Span, ...] = field(
        default=(),
        converter=_tuple,
        validator=_not_a_string,
        eq=False,
        metadata=as_json(SPANS),
    )
    """Where each footer line lies in the input."""

    @property
    def span(self) -> Span | None:
        """From the first footer line to the end of the last one."""
        return _extent(self.spans)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form."""
        return _serial.to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CommentFooter:
        """Inverse of :meth:`to_dict`; bad data raises ``ArticleDataError``."""
        return _serial.from_dict(cls, data)


@json_object("source", "Where a post starts in the stream it was read from")
@frozen(kw_only=True)
class Source:
    """Where an article's post starts in the text or file it was read from.

    Spans are offsets into the post's own text; ``source.offset +
    span.start`` is the same place in the whole stream's text, so a part
    can be found in the file.
    """

    path: str | None = field(
        default=None, validator=optional(instance_of(str)), metadata=as_json(OPT_STRING)
    )
    """The file's path (as given to ``iter_articles``, or to the command line,
    which writes ``-`` for standard input); ``None`` for text and streams."""
    index: int = field(
        default=0, validator=[instance_of(int), ge(0)], metadata=as_json(OFFSET)
    )
    """The post's number in the stream, from 0."""
    offset: int = field(
        default=0, validator=[instance_of(int), ge(0)], metadata=as_json(OFFSET)
    )
    """Character offset of the post's first character in the stream's text
    (after decoding; a BOM counts as a character)."""
    line: int = field(
        default=1, validator=[instance_of(int), ge(1)], metadata=as_json(ONE_BASED)
    )
    """The 1-based line of the post's first character in the stream."""

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form."""
        return _serial.to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Source:
        """Inverse of :meth:`to_dict`."""
        return _serial.from_dict(cls, data)


#: Fields whose spans live in :attr:`Article.spans` (plain strings carry none).
PLAIN_FIELDS = ("headline", "date", "posted_by", "labels", "highlights", "body")


def _mapping(value: Mapping[str, Any]) -> Mapping[str, Any]:
    """Freeze a mapping behind a read-only view (a lossless normalisation)."""
    if isinstance(value, types.MappingProxyType):
        return value
    return types.MappingProxyType(dict(value))


def _span_map(value: Mapping[str, Sequence[Span]]) -> Mapping[str, tuple[Span, ...]]:
    return types.MappingProxyType({k: tuple(v) for k, v in value.items()})


def _decoded(
    raw: Any, decoders: Mapping[str, Callable[[Any], Any]]
) -> Mapping[str, Any] | Any:
    """The extras ``raw`` with each value that has a decoder decoded.

    Raises:
        ArticleDataError: A decoder refused its value (``extras.NAME``).
    """
    if not isinstance(raw, Mapping):
        return raw  # null, or no object: from_dict says which
    decoded = dict(raw)
    for name, value in raw.items():
        if name in decoders:
            try:
                decoded[name] = decoders[name](value)
            except (TypeError, ValueError, LookupError, AttributeError) as error:
                problem = ArticleDataError(str(error), ("extras", name))
                raise problem from error
    return decoded


def _models(cls: type[Any]) -> Any:
    return deep_iterable(member_validator=instance_of(cls))


_BLOCKS = list_of(model(Block))


@json_object("article", "Everything read from one blog post dump")
@frozen(kw_only=True)
class Article:
    """Everything read from one blog post dump.

    Parts that are absent are ``None`` (or an empty tuple for collections).
    """

    headline: str | None = field(
        default=None,
        validator=optional(instance_of(str)),
        metadata=as_json(OPT_STRING, "The post's title line, as written."),
    )
    """The post's title line, as written."""
    date: _dt.date | None = field(
        default=None,
        validator=optional(instance_of(_dt.date)),
        metadata=as_json(nullable(DATE), "The post's date, YYYY-MM-DD."),
    )
    """The post's date."""
    date_line: str | None = field(
        default=None,
        validator=optional(instance_of(str)),
        metadata=as_json(OPT_STRING, "The date header as written."),
    )
    """The date header as written (``Sunday, October 05, 2008``), even when it
    gives no full date (``Wednesday, December 12``)."""
    summary: Summary | None = field(
        default=None,
        validator=optional(instance_of(Summary)),
        metadata=as_json(nullable(model(Summary))),
    )
    """The blogger's editorial summary with its signature."""
    byline: Byline | None = field(
        default=None,
        validator=optional(instance_of(Byline)),
        metadata=as_json(nullable(model(Byline))),
    )
    """Authors and publication of the quoted piece."""
    posted_by: str | None = field(
        default=None,
        validator=optional(instance_of(str)),
        metadata=as_json(OPT_STRING, "The blog author of a 'Posted by' line."),
    )
    """The blog author from a ``Posted by NAME at TIME`` line."""
    labels: tuple[str, ...] = field(
        default=(),
        converter=_tuple,
        validator=[_not_a_string, _strs()],
        metadata=as_json(STRINGS, "Tags from a 'Labels:' line."),
    )
    """Tags from a ``Labels: a, b`` line."""
    highlights: tuple[str, ...] = field(
        default=(),
        converter=_tuple,
        validator=[_not_a_string, _strs()],
        metadata=as_json(STRINGS, "Paragraphs lifted from the body."),
    )
    """Paragraphs of sentences lifted from the body, shown after the byline."""
    body: tuple[str, ...] = field(
        default=(),
        converter=_tuple,
        validator=[_not_a_string, _strs()],
        metadata=as_json(STRINGS, "The body paragraphs."),
    )
    """The body paragraphs (captions, footer and chrome excluded)."""
    captions: tuple[Caption, ...] = field(
        default=(),
        converter=_tuple,
        validator=[_not_a_string, _models(Caption)],
        metadata=as_json(list_of(model(Caption))),
    )
    """Photo captions found among the body paragraphs."""
    quotes: tuple[Quote, ...] = field(
        default=(),
        converter=_tuple,
        validator=[_not_a_string, _models(Quote)],
        metadata=as_json(list_of(model(Quote))),
    )
    """Direct quotations in the body, in reading order."""
    comments: CommentFooter | None = field(
        default=None,
        validator=optional(instance_of(CommentFooter)),
        metadata=as_json(nullable(model(CommentFooter))),
    )
    """The comment footer, ``None`` when the dump has none (it may be cut off)."""
    unparsed: tuple[Block, ...] = field(
        default=(),
        converter=_tuple,
        validator=[_not_a_string, _models(Block)],
        metadata=as_json(_BLOCKS, "Blocks no section claimed."),
    )
    """Blocks no section claimed (a blog's name above the post...): kept, not lost."""
    following: tuple[Block, ...] = field(
        default=(),
        converter=_tuple,
        validator=[_not_a_string, _models(Block)],
        metadata=as_json(_BLOCKS, "Blocks of the posts after the first one."),
    )
    """Blocks of the posts after the first on the same page (see iter_articles)."""
    diagnostics: tuple[Diagnostic, ...] = field(
        default=(),
        converter=_tuple,
        eq=False,
        validator=[_not_a_string, _models(Diagnostic)],
        metadata=as_json(list_of(model(Diagnostic))),
    )
    """What was missing or ambiguous, in the order it was found."""
    extras: Mapping[str, Any] = field(
        factory=dict,
        converter=_mapping,
        metadata=as_json(
            EXTRAS, "Results of custom sections, by section name: any JSON."
        ),
    )
    """Results of custom sections, by section name (read-only)."""
    spans: Mapping[str, tuple[Span, ...]] = field(
        factory=dict,
        converter=_span_map,
        eq=False,
        metadata=as_json(
            mapping_of(SPANS, keys=PLAIN_FIELDS),
            "Source spans of the plain fields that were found.",
        ),
    )
    """Source spans of the plain fields (``headline``, ``body``...), by field."""
    source: Source | None = field(
        default=None,
        validator=optional(instance_of(Source)),
        eq=False,
        metadata=as_json(
            nullable(model(Source)),
            "Where the post starts in the stream it was read from.",
        ),
    )
    """Where the post starts in the stream ``iter_articles`` read it from;
    ``None`` for ``parse_article``. A place, like spans: not compared."""

    def span_of(self, name: str) -> tuple[Span, ...]:
        """Return the source spans of a plain field, or ``()`` if it has none.

        Raises:
            KeyError: ``name`` is not one of :data:`PLAIN_FIELDS` (a misspelt
                name would otherwise read as a field that was not found).
        """
        if name not in PLAIN_FIELDS:
            fields = ", ".join(PLAIN_FIELDS)
            raise KeyError(f"{name!r} is no plain field with spans; one of {fields}")
        return self.spans.get(name, ())

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form, with the keys documented in the spec.

        Returns:
            A dict of only JSON types; :meth:`from_dict` rebuilds the article.
        """
        return _serial.to_dict(self)

    @classmethod
    def from_dict(
        cls,
        data: Mapping[str, Any],
        *,
        extras: Mapping[str, Callable[[Any], Any]] | None = None,
    ) -> Article:
        """Rebuild an article from :meth:`to_dict` output.

        Args:
            data: A mapping with the keys :meth:`to_dict` writes. A missing
                key takes its field's default (a collection's, missing or
                ``null``, is empty); a key of no field is refused, as the
                JSON Schema refuses it.
            extras: Decoders for the results of custom sections, by section
                name: each takes the JSON value ``to_dict()`` wrote and returns
                the typed value (``{"reading_time": ReadingTime.from_dict}``).
                Extras without a decoder come back as their JSON values.

        Returns:
            An article equal to the one that was serialised, when every typed
            extra has its decoder.

        Raises:
            ArticleDataError: A value of the wrong type or a bad value, a
                missing key that has no default, a key of no field, or an
                extra its decoder refuses; the error names the key path
                (``byline.authors[0]``).
        """
        if extras and isinstance(data, Mapping):
            data = {**data, "extras": _decoded(data.get("extras"), extras)}
        return _serial.from_dict(cls, data)

    def __repr__(self) -> str:
        """A short summary for people: the headline, the date and the counts.

        ``Article(headline='Hama Falls', date=2024-12-05, 17 paragraphs,
        3 quotes, 2 captions)``; the full content is :meth:`to_dict`.
        """
        parts = [f"headline={_clip(self.headline)!r}"]
        if self.date is not None:
            parts.append(f"date={self.date.isoformat()}")
        elif self.date_line is not None:
            parts.append(f"date_line={_clip(self.date_line)!r}")
        for count, one, many in (
            (len(self.body), "paragraph", "paragraphs"),
            (len(self.quotes), "quote", "quotes"),
            (len(self.captions), "caption", "captions"),
            (len(self.diagnostics), "diagnostic", "diagnostics"),
        ):
            if count:
                parts.append(f"{count} {one if count == 1 else many}")
        return f"Article({', '.join(parts)})"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        """IPython's pretty printer: the short repr, then each part found."""
        if cycle:
            printer.text("Article(...)")
            return
        printer.text(repr(self))
        for name in ("summary", "byline", "posted_by", "labels", "comments"):
            value = getattr(self, name)
            if value:
                shown = value.to_dict() if hasattr(value, "to_dict") else value
                printer.break_()
                printer.text(f"  {name}: {_clip(repr(shown), 100)}")
        if self.body:
            printer.break_()
            printer.text(f"  body[0]: {_clip(self.body[0], 100)!r}")

    def _repr_html_(self) -> str:
        """The view a notebook shows: the parts, each marked and labelled.

        An article keeps no copy of its text, so the text is put together
        from its parts; ``articlekit.show.to_html(article, text)`` marks the
        text itself.
        """
        from articlekit.show import to_html  # loaded only when shown

        return to_html(self)

    # Pickling and copying: the read-only views of ``extras`` and ``spans``
    # travel as plain dicts and are frozen again on the way in.
    def __getstate__(self) -> dict[str, Any]:
        """The fields, with the read-only mappings as plain dicts (for pickle)."""
        state = {f.name: getattr(self, f.name) for f in attrs.fields(Article)}
        state["extras"] = dict(self.extras)
        state["spans"] = dict(self.spans)
        return state

    def __setstate__(self, state: Mapping[str, Any]) -> None:
        """Restore the fields of :meth:`__getstate__` (for pickle and copy)."""
        for name, value in state.items():
            if name in ("extras", "spans"):
                value = types.MappingProxyType(dict(value))
            object.__setattr__(self, name, value)

    def __hash__(self) -> int:
        """A hash of the article's text fields.

        Equal articles hash alike; ``extras`` (which may hold any JSON, lists
        among it) and the fields compared for equality by their text are left
        out, so every article hashes.
        """
        return hash(
            (
                self.headline,
                self.date,
                self.date_line,
                self.posted_by,
                self.labels,
                self.highlights,
                self.body,
                self.captions,
                self.quotes,
            )
        )

    @property
    def has_problems(self) -> bool:
        """Whether any diagnostic is a warning or an error."""
        return any(d.severity is not Severity.INFO for d in self.diagnostics)
