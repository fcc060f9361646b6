"""Typed, immutable models of a parsed article.

Every model is a frozen, slotted ``attrs`` class. Collections are tuples.
Each part records the :class:`Span` of input it came from; spans are excluded
from ``==`` so that two articles with the same content compare equal whatever
their layout in the source.
"""

from __future__ import annotations

import datetime as _dt
import types
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import attrs
from attrs import field, frozen
from attrs.validators import deep_iterable, ge, instance_of, optional

from articlekit.diagnostics import Diagnostic, Severity

__all__ = [
    "Article",
    "Block",
    "Byline",
    "Caption",
    "CommentFooter",
    "Quote",
    "Span",
    "Summary",
]


def _tuple(value: Sequence[Any]) -> tuple[Any, ...]:
    """Convert a sequence to a tuple (a lossless normalisation)."""
    return tuple(value)


def _strs() -> Any:
    return deep_iterable(member_validator=instance_of(str))


@frozen(kw_only=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into the input."""

    start: int = field(validator=[instance_of(int), ge(0)])
    """Offset of the first character."""
    end: int = field(validator=[instance_of(int), ge(0)])
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
        """Build a span from its JSON form ``[start, end]``."""
        start, end = value
        return cls(start=start, end=end)


def _span_or_none(value: Any) -> Span | None:
    return None if value is None else Span.from_list(value)


def _list_or_none(span: Span | None) -> list[int] | None:
    return None if span is None else span.to_list()


def _spans_of(value: Any) -> tuple[Span, ...]:
    return tuple(Span.from_list(v) for v in value or ())


def _extent(spans: tuple[Span, ...]) -> Span | None:
    if not spans:
        return None
    return Span(start=spans[0].start, end=spans[-1].end)


@frozen(kw_only=True)
class Block:
    """One paragraph of the input: a non-blank line, stripped of outer spaces."""

    index: int = field(validator=[instance_of(int), ge(0)], eq=False)
    """Position of the block among the input's blocks, from 0."""
    text: str = field(validator=instance_of(str))
    """The line without its surrounding whitespace."""
    span: Span = field(validator=instance_of(Span), eq=False)
    """Where the stripped text lies in the input."""
    line: int = field(validator=[instance_of(int), ge(1)], eq=False)
    """The 1-based line number of the block."""
    column: int = field(validator=[instance_of(int), ge(1)], eq=False)
    """The 1-based column of the block's first character."""

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form."""
        return {
            "index": self.index,
            "text": self.text,
            "span": self.span.to_list(),
            "line": self.line,
            "column": self.column,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Block:
        """Inverse of :meth:`to_dict`."""
        return cls(
            index=data["index"],
            text=data["text"],
            span=Span.from_list(data["span"]),
            line=data["line"],
            column=data["column"],
        )


@frozen(kw_only=True)
class Summary:
    """The blogger's own editorial paragraphs above the quoted source."""

    paragraphs: tuple[str, ...] = field(converter=_tuple, validator=_strs())
    """The paragraphs, with the trailing signature taken off the last one."""
    signature: str | None = field(default=None, validator=optional(instance_of(str)))
    """Trailing initials such as ``JL``, or ``None`` when unsigned."""
    spans: tuple[Span, ...] = field(default=(), converter=_tuple, eq=False)
    """Where each paragraph lies in the input (the last one with its signature)."""

    @property
    def span(self) -> Span | None:
        """From the start of the first paragraph to the end of the last."""
        return _extent(self.spans)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form."""
        return {
            "paragraphs": list(self.paragraphs),
            "signature": self.signature,
            "spans": [s.to_list() for s in self.spans],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Summary:
        """Inverse of :meth:`to_dict`."""
        return cls(
            paragraphs=tuple(data["paragraphs"]),
            signature=data.get("signature"),
            spans=_spans_of(data.get("spans")),
        )


@frozen(kw_only=True)
class Byline:
    """Who wrote the quoted piece and where: ``A and B report in X:``."""

    authors: tuple[str, ...] = field(default=(), converter=_tuple, validator=_strs())
    """Author names in the order written; empty for a publication alone."""
    publication: str | None = field(default=None, validator=optional(instance_of(str)))
    """The publication, without a lower-case leading "the"."""
    verb: str | None = field(default=None, validator=optional(instance_of(str)))
    """The reporting verb as written (``reports``, ``write``...), if any."""
    text: str = field(default="", validator=instance_of(str))
    """The whole byline line as it appears in the input."""
    span: Span | None = field(default=None, eq=False)
    """Where the byline line lies in the input."""

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form."""
        return {
            "authors": list(self.authors),
            "publication": self.publication,
            "verb": self.verb,
            "text": self.text,
            "span": None if self.span is None else self.span.to_list(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Byline:
        """Inverse of :meth:`to_dict`."""
        return cls(
            authors=tuple(data.get("authors") or ()),
            publication=data.get("publication"),
            verb=data.get("verb"),
            text=data.get("text", ""),
            span=_span_or_none(data.get("span")),
        )


@frozen(kw_only=True)
class Caption:
    """A photo caption: the words, then a credit label and the credit."""

    text: str = field(validator=instance_of(str))
    """The caption words before the label (``""`` when the label stands alone)."""
    credit: str | None = field(default=None, validator=optional(instance_of(str)))
    """The words after the label, without brackets or a final stop."""
    label: str | None = field(default=None, validator=optional(instance_of(str)))
    """The credit label as written (``Photo``, ``Photograph``...)."""
    raw: str = field(default="", validator=instance_of(str))
    """The whole caption paragraph as it appears in the input."""
    span: Span | None = field(default=None, eq=False)
    """Where the caption paragraph lies in the input."""

    @property
    def credits(self) -> tuple[str, ...]:
        """The credit split at slashes: ``A/B/Getty Images`` gives three parts."""
        if not self.credit:
            return ()
        return tuple(p.strip() for p in self.credit.split("/") if p.strip())

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form."""
        return {
            "text": self.text,
            "credit": self.credit,
            "label": self.label,
            "raw": self.raw,
            "span": None if self.span is None else self.span.to_list(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Caption:
        """Inverse of :meth:`to_dict`."""
        return cls(
            text=data["text"],
            credit=data.get("credit"),
            label=data.get("label"),
            raw=data.get("raw", ""),
            span=_span_or_none(data.get("span")),
        )


@frozen(kw_only=True)
class Quote:
    """A direct quotation in the body and who said it."""

    text: str = field(validator=instance_of(str))
    """The quoted words, with their quotation marks."""
    speaker: str | None = field(default=None, validator=optional(instance_of(str)))
    """The speaker as named in the text, titles dropped; ``None`` if unnamed."""
    paragraph: int = field(default=0, validator=[instance_of(int), ge(0)])
    """Index of the body paragraph that holds the quotation."""
    span: Span | None = field(default=None, eq=False)
    """Where the quotation (marks included) lies in the input."""
    speaker_span: Span | None = field(default=None, eq=False)
    """Where the speaker's name lies in the input, when it is named there."""
    attribution_span: Span | None = field(default=None, eq=False)
    """Where the attribution (``said Jane Roe``, ``the ministry said``) lies."""

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form."""
        return {
            "text": self.text,
            "speaker": self.speaker,
            "paragraph": self.paragraph,
            "span": _list_or_none(self.span),
            "speaker_span": _list_or_none(self.speaker_span),
            "attribution_span": _list_or_none(self.attribution_span),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Quote:
        """Inverse of :meth:`to_dict`."""
        return cls(
            text=data["text"],
            speaker=data.get("speaker"),
            paragraph=data.get("paragraph", 0),
            span=_span_or_none(data.get("span")),
            speaker_span=_span_or_none(data.get("speaker_span")),
            attribution_span=_span_or_none(data.get("attribution_span")),
        )


@frozen(kw_only=True)
class CommentFooter:
    """The comment footer and everything below it (reader comments, chrome)."""

    count: int | None = field(
        default=None, validator=optional([instance_of(int), ge(0)])
    )
    """The stated number of comments, ``None`` where no number is stated."""
    lines: tuple[str, ...] = field(default=(), converter=_tuple, validator=_strs())
    """Every paragraph of the footer region, in order."""
    spans: tuple[Span, ...] = field(default=(), converter=_tuple, eq=False)
    """Where each footer line lies in the input."""

    @property
    def span(self) -> Span | None:
        """From the first footer line to the end of the last one."""
        return _extent(self.spans)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form."""
        return {
            "count": self.count,
            "lines": list(self.lines),
            "spans": [s.to_list() for s in self.spans],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CommentFooter:
        """Inverse of :meth:`to_dict`."""
        return cls(
            count=data.get("count"),
            lines=tuple(data.get("lines") or ()),
            spans=_spans_of(data.get("spans")),
        )


#: Fields whose spans live in :attr:`Article.spans` (plain strings carry none).
PLAIN_FIELDS = ("headline", "date", "posted_by", "labels", "highlights", "body")


def _mapping(value: Mapping[str, Any]) -> Mapping[str, Any]:
    """Freeze a mapping behind a read-only view (a lossless normalisation)."""
    if isinstance(value, types.MappingProxyType):
        return value
    return types.MappingProxyType(dict(value))


def _span_map(value: Mapping[str, Sequence[Span]]) -> Mapping[str, tuple[Span, ...]]:
    return types.MappingProxyType({k: tuple(v) for k, v in value.items()})


@frozen(kw_only=True)
class Article:
    """Everything read from one blog post dump.

    Parts that are absent are ``None`` (or an empty tuple for collections).
    """

    headline: str | None = field(default=None, validator=optional(instance_of(str)))
    """The post's title line, as written."""
    date: _dt.date | None = field(
        default=None, validator=optional(instance_of(_dt.date))
    )
    """The post's date."""
    date_line: str | None = field(default=None, validator=optional(instance_of(str)))
    """The date header as written (``Sunday, October 05, 2008``), even when it
    gives no full date (``Wednesday, December 12``)."""
    summary: Summary | None = field(
        default=None, validator=optional(instance_of(Summary))
    )
    """The blogger's editorial summary with its signature."""
    byline: Byline | None = field(default=None, validator=optional(instance_of(Byline)))
    """Authors and publication of the quoted piece."""
    posted_by: str | None = field(default=None, validator=optional(instance_of(str)))
    """The blog author from a ``Posted by NAME at TIME`` line."""
    labels: tuple[str, ...] = field(default=(), converter=_tuple, validator=_strs())
    """Tags from a ``Labels: a, b`` line."""
    highlights: tuple[str, ...] = field(default=(), converter=_tuple, validator=_strs())
    """Paragraphs of sentences lifted from the body, shown after the byline."""
    body: tuple[str, ...] = field(default=(), converter=_tuple, validator=_strs())
    """The body paragraphs (captions, footer and chrome excluded)."""
    captions: tuple[Caption, ...] = field(
        default=(),
        converter=_tuple,
        validator=deep_iterable(member_validator=instance_of(Caption)),
    )
    """Photo captions found among the body paragraphs."""
    quotes: tuple[Quote, ...] = field(
        default=(),
        converter=_tuple,
        validator=deep_iterable(member_validator=instance_of(Quote)),
    )
    """Direct quotations in the body, in reading order."""
    comments: CommentFooter | None = field(
        default=None, validator=optional(instance_of(CommentFooter))
    )
    """The comment footer, ``None`` when the dump has none (it may be cut off)."""
    unparsed: tuple[Block, ...] = field(
        default=(),
        converter=_tuple,
        validator=deep_iterable(member_validator=instance_of(Block)),
    )
    """Blocks no section claimed (a blog's name above the post...): kept, not lost."""
    following: tuple[Block, ...] = field(
        default=(),
        converter=_tuple,
        validator=deep_iterable(member_validator=instance_of(Block)),
    )
    """Blocks of the posts after the first on the same page (see iter_articles)."""
    diagnostics: tuple[Diagnostic, ...] = field(
        default=(),
        converter=_tuple,
        eq=False,
        validator=deep_iterable(member_validator=instance_of(Diagnostic)),
    )
    """What was missing or ambiguous, in the order it was found."""
    extras: Mapping[str, Any] = field(factory=dict, converter=_mapping)
    """Results of custom sections, by section name (read-only)."""
    spans: Mapping[str, tuple[Span, ...]] = field(
        factory=dict, converter=_span_map, eq=False
    )
    """Source spans of the plain fields (``headline``, ``body``...), by field."""

    def span_of(self, name: str) -> tuple[Span, ...]:
        """Return the source spans of a plain field, or ``()`` if it has none."""
        return self.spans.get(name, ())

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form, with the keys documented in the spec.

        Returns:
            A dict of only JSON types; :meth:`from_dict` rebuilds the article.
        """
        return {
            "headline": self.headline,
            "date": None if self.date is None else self.date.isoformat(),
            "date_line": self.date_line,
            "summary": None if self.summary is None else self.summary.to_dict(),
            "byline": None if self.byline is None else self.byline.to_dict(),
            "posted_by": self.posted_by,
            "labels": list(self.labels),
            "highlights": list(self.highlights),
            "body": list(self.body),
            "captions": [c.to_dict() for c in self.captions],
            "quotes": [q.to_dict() for q in self.quotes],
            "comments": None if self.comments is None else self.comments.to_dict(),
            "unparsed": [b.to_dict() for b in self.unparsed],
            "following": [b.to_dict() for b in self.following],
            "diagnostics": [d.to_dict() for d in self.diagnostics],
            "extras": _jsonable(self.extras),
            "spans": {k: [s.to_list() for s in v] for k, v in self.spans.items()},
        }

    @classmethod
    def from_dict(
        cls,
        data: Mapping[str, Any],
        *,
        extras: Mapping[str, Callable[[Any], Any]] | None = None,
    ) -> Article:
        """Rebuild an article from :meth:`to_dict` output.

        Args:
            data: A mapping with the keys :meth:`to_dict` writes; missing keys
                take their defaults.
            extras: Decoders for the results of custom sections, by section
                name: each takes the JSON value ``to_dict()`` wrote and returns
                the typed value (``{"source": Source.from_dict}``). Extras
                without a decoder come back as their JSON values.

        Returns:
            An article equal to the one that was serialised, when every typed
            extra has its decoder.
        """
        date = data.get("date")
        return cls(
            headline=data.get("headline"),
            date=None if date is None else _dt.date.fromisoformat(date),
            date_line=data.get("date_line"),
            summary=_opt(Summary.from_dict, data.get("summary")),
            byline=_opt(Byline.from_dict, data.get("byline")),
            posted_by=data.get("posted_by"),
            labels=tuple(data.get("labels") or ()),
            highlights=tuple(data.get("highlights") or ()),
            body=tuple(data.get("body") or ()),
            captions=tuple(Caption.from_dict(c) for c in data.get("captions") or ()),
            quotes=tuple(Quote.from_dict(q) for q in data.get("quotes") or ()),
            comments=_opt(CommentFooter.from_dict, data.get("comments")),
            unparsed=tuple(Block.from_dict(b) for b in data.get("unparsed") or ()),
            following=tuple(Block.from_dict(b) for b in data.get("following") or ()),
            diagnostics=tuple(
                Diagnostic.from_dict(d) for d in data.get("diagnostics") or ()
            ),
            extras=_decode_extras(data.get("extras") or {}, extras or {}),
            spans={k: _spans_of(v) for k, v in (data.get("spans") or {}).items()},
        )

    @property
    def has_problems(self) -> bool:
        """Whether any diagnostic is a warning or an error."""
        return any(d.severity is not Severity.INFO for d in self.diagnostics)


def _decode_extras(
    values: Mapping[str, Any], decoders: Mapping[str, Callable[[Any], Any]]
) -> dict[str, Any]:
    return {
        name: decoders[name](value) if name in decoders else value
        for name, value in values.items()
    }


def _opt(fn: Any, value: Any) -> Any:
    return None if value is None else fn(value)


def _jsonable(value: Any) -> Any:
    """Turn extras into JSON types: attrs instances become dicts, tuples lists."""
    if attrs.has(type(value)):
        to_dict = getattr(value, "to_dict", None)
        if callable(to_dict):
            return to_dict()
        return _jsonable(attrs.asdict(value, recurse=True))
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value
