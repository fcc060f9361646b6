"""The parser: a policy plus its own pipeline of section parsers."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any, NamedTuple

from attrs import evolve

from articlekit._build import builder
from articlekit._input import (
    BLANK,
    MOJIBAKE,
    ByteText,
    Decoded,
    RestartError,
    decode,
    iter_lines,
)
from articlekit.errors import ArticleParseError
from articlekit.lines import LineFilter
from articlekit.models import Article, Source, Span
from articlekit.pipeline import Pipeline
from articlekit.policy import DEFAULT, Policy
from articlekit.sections import DEFAULT_SECTIONS
from articlekit.sections.date import read_date
from articlekit.sections.posts import split_posts
from articlekit.state import ParseState

__all__ = ["PLUGIN_GROUP", "Parser", "Plugin", "PostSplitter"]

Plugin = Callable[..., None]
"""A plugin: ``fn(parser, **options) -> None`` that changes the parser."""

PLUGIN_GROUP = "articlekit.plugins"
"""The entry-point group under which installed packages advertise plugins."""


PostSplitter = Callable[[Iterable[str]], Iterator[list[str]]]
"""A post splitter: cuts a stream of lines (each with its line end) into the
lines of each post, lazily.

A splitter may carry a ``marks`` attribute: pairs of a
:class:`~articlekit.lines.LineFilter` and the exact test of one stripped
line, each a kind of line a page of several posts shows two of (the
default's: date headers, ``Labels:`` lines, link-blog bylines and author
lines with a date, :data:`~articlekit.sections.posts.MARKS`);
:meth:`Parser.parse` then reads a text with fewer than two lines of every
kind as one post without asking the splitter (only the lines a filter
accepts are tested). Instead of ``marks``, a splitter may carry ``opens``, one
such filter, and with it ``opening``, its test.

The posts are consecutive runs of the stream's lines, in order, as
:func:`~articlekit.sections.posts.split_posts` yields them (only blank
lines at the end may be left out): :attr:`Article.source
<articlekit.models.Article.source>` counts each post's place from the
lengths of the posts before it.

A post the splitter yields may carry a ``day`` attribute: the date header
of the post above, for a post with none of its own that sits under that
day; an article of such a post with no date takes that day's."""


class Parser:
    """Parses dumps with a policy, a post splitter and a pipeline of its own.

    Each parser copies the default sections, so changing one parser's pipeline
    never changes another's::

        parser = Parser()
        parser.pipeline.disable("quotes")
        article = parser.parse(text)

    The post splitter decides where a page of several posts ends one post
    and starts the next, for :meth:`parse` (which reads the first post and
    keeps the others in ``Article.following``) and for :meth:`iter_parse`
    and :func:`~articlekit.iter_articles` alike: replacing it changes both.

    Attributes:
        policy: Whether problems are recorded (lenient) or raised (strict).
        pipeline: The section parsers this parser runs, in order.
        posts: The post splitter; ``None`` reads every input as one post.
        exhaustive: Hand every section every unclaimed line, whatever the
            lines it declared: slower, and the same article whenever the
            sections' filters keep their promise (a check for tests).
    """

    __slots__ = ("exhaustive", "pipeline", "policy", "posts")

    # A parser is a value of its policy, pipeline and splitter: it pickles
    # (the built-in sections as their options, a section or splitter of
    # one's own as pickle takes it: a module-level function by name; a
    # lambda or a local function cannot be pickled, and pickle says so), and
    # a copy, shallow or deep, has a pipeline of its own.
    def __copy__(self) -> Parser:
        """A parser with the same settings and a copy of the pipeline."""
        other = object.__new__(type(self))
        other.policy = self.policy
        other.pipeline = self.pipeline.copy()
        other.posts = self.posts
        other.exhaustive = self.exhaustive
        return other

    def __init__(
        self,
        *,
        policy: Policy = DEFAULT,
        pipeline: Pipeline | None = None,
        posts: PostSplitter | None = split_posts,
        exhaustive: bool = False,
    ) -> None:
        """Create a parser with the default sections, or a copy of ``pipeline``."""
        if not isinstance(policy, Policy):
            raise TypeError(f"policy must be a Policy, not {type(policy).__name__}")
        if posts is not None and not callable(posts):
            raise TypeError(f"posts must be a post splitter or None, not {posts!r}")
        self.policy = policy
        self.pipeline = (
            Pipeline(DEFAULT_SECTIONS) if pipeline is None else pipeline.copy()
        )
        self.posts = posts
        self.exhaustive = bool(exhaustive)

    def use(self, plugin: Plugin | str, /, **options: Any) -> Parser:
        """Apply a plugin to this parser and return the parser.

        Args:
            plugin: A plugin function, or the name of one advertised by an
                installed package under the ``articlekit.plugins`` entry-point
                group. Nothing is loaded unless it is named here.
            **options: Passed to the plugin as keyword arguments.

        Raises:
            UnknownPluginError: No installed plugin has that name.
            DuplicatePluginError: Two installed distributions advertise a
                plugin of that name; the message names both.
            PluginLoadError: The named plugin's import raised, or it names
                something that is not callable.
            TypeError: ``plugin`` is neither callable nor a string.

        Whatever the plugin itself raises (an option it does not take, say)
        goes through, with a note naming the plugin.
        """
        name = plugin if isinstance(plugin, str) else None
        if isinstance(plugin, str):
            plugin = _load_plugin(plugin)
        if not callable(plugin):
            raise TypeError(f"a plugin is a callable or a name, not {plugin!r}")
        try:
            plugin(self, **options)
        except Exception as exc:
            label = name or getattr(plugin, "__qualname__", repr(plugin))
            exc.add_note(f"raised by articlekit plugin {label!r}")
            raise
        return self

    def parse(self, text: str | bytes, *, strict: bool | None = None) -> Article:
        """Parse one dump: its first post, the others set aside.

        Args:
            text: The dump. ``bytes`` are decoded as UTF-8, or else as
                cp1252 with an ``input.cp1252`` diagnostic; bytes that cp1252
                has no character for become U+FFFD (``input.undecodable``). A BOM
                stays in the text (spans count it) and is noted as
                ``input.bom``; it is blank, so no part includes it.
            strict: Overrides the strictness of the parser's policy for this
                call (its ``raise_at`` is kept): ``True`` raises on problems,
                ``False`` records them, ``None`` keeps the policy's.

        Returns:
            The article of the first post, with diagnostics for what was
            missing or ambiguous; the blocks of any later posts are in
            ``Article.following`` (``input.more_posts``).

        Raises:
            TypeError: ``text`` is neither ``str`` nor ``bytes``.
            ArticleParseError: In strict mode, on the first problem.
        """
        return self._run(text, strict=strict, split=self.posts is not None)

    def parse_post(self, text: str | bytes, *, strict: bool | None = None) -> Article:
        """Parse a text that holds one post: the post splitter is not asked.

        Args:
            text: As in :meth:`parse`.
            strict: As in :meth:`parse`.

        Returns:
            The article.

        Raises:
            TypeError: ``text`` is neither ``str`` nor ``bytes``.
            ArticleParseError: In strict mode, on the first problem.
        """
        return self._run(text, strict=strict, split=False)

    def iter_parse(
        self, lines: Iterable[str], *, strict: bool | None = None
    ) -> Iterator[Article]:
        """Parse every post of a stream of lines, one article at a time.

        The parser's post splitter cuts the stream; each post is parsed with
        :meth:`parse_post`.

        Args:
            lines: The lines of the text, each with its line end.
            strict: As in :meth:`parse`.

        Yields:
            One article per post, in order; spans are offsets into the
            post's own text, and :attr:`Article.source
            <articlekit.models.Article.source>` says where the post starts
            in the stream (its ``path`` is ``None``).
        """
        return self._iter_posts(lines, strict=strict)

    def _iter_posts(
        self,
        lines: Iterable[str],
        *,
        strict: bool | None,
        path: str | None = None,
        stream: ByteText | Decoded | None = None,
    ) -> Iterator[Article]:
        """:meth:`iter_parse`, each article's source naming ``path``.

        ``stream``: the bytes the lines are decoded from, whose decoding each
        post that holds text read as cp1252 reports.
        """
        for cut in self._cuts(lines, path=path, stream=stream):
            yield self._read_cut(cut, strict)

    def _cuts(
        self,
        lines: Iterable[str],
        *,
        path: str | None,
        stream: ByteText | Decoded | None,
    ) -> Iterator[Cut]:
        """The posts of a stream of lines, cut but not parsed, in order."""
        if self.posts is None:
            text = "".join(lines)
            if text.strip(BLANK):
                yield _cut(text, Source(path=path), stream, None)
            return
        offset = 0
        line = 1
        for index, post in enumerate(self.posts(lines)):
            text = "".join(post)
            # Counted from the posts before, so valid by construction: built
            # unchecked, as a stream of thousands of tiny posts makes one each.
            source = _new_source(path=path, index=index, offset=offset, line=line)
            day = getattr(post, "day", None)
            yield _cut(text, source, stream, day if isinstance(day, str) else None)
            offset += len(text)
            line += len(post)  # each holds one line, with its end

    def _read_cut(self, cut: Cut, strict: bool | None) -> Article:
        """The article of one post cut from a stream.

        In strict mode, the error's line, column and span count in the whole
        stream, as ``source`` does, and name the post (``error.source``).
        """
        state = self._state(cut.text, strict)
        try:
            article = self._read(state, cut.decoding, split=False, source=cut.source)
        except ArticleParseError as exc:
            raise exc.in_stream(cut.source) from None
        if cut.day is not None and article.date is None:
            article = _under_day(article, cut.day)
        return article

    def _post(
        self,
        text: str,
        strict: bool | None,
        source: Source,
        stream: ByteText | Decoded | None,
    ) -> Article:
        """Parse one post of a stream: :meth:`parse_post`, with its source."""
        return self._read_cut(_cut(text, source, stream, None), strict)

    def _iter_bytes(
        self, stream: ByteText, *, strict: bool | None, path: str | None
    ) -> Iterator[Article]:
        """:meth:`_iter_posts` of a byte stream, decoded as it is read."""
        for cut in self._byte_cuts(stream, path=path):
            yield self._read_cut(cut, strict)

    def _byte_cuts(self, stream: ByteText, *, path: str | None) -> Iterator[Cut]:
        """:meth:`_cuts` of a byte stream, decoded as it is read.

        A byte that is not UTF-8 before the first post is handed on reads
        the stream again from its start as cp1252 (see :class:`ByteText`).
        """
        while True:
            try:
                lines = iter_lines(stream.chunks())
                for cut in self._cuts(lines, path=path, stream=stream):
                    stream.commit()
                    yield cut
                return
            except RestartError:
                stream.restart()

    def _iter_text(
        self,
        text: str,
        *,
        strict: bool | None,
        path: str | None = None,
        decoding: str | None = None,
    ) -> Iterator[Article]:
        """:meth:`iter_parse` of a whole text, which may be one post as it stands.

        When the splitter's declared lines say the text is one post, it is
        read once as it is, with no cut looked for line by line. ``path``
        names the text's file in the sources; ``decoding`` is how
        :func:`~articlekit._input.decode` read it from bytes.
        """
        if self.posts is not None:
            state = self._state(text, strict)
            if _one_post(state, self.posts):
                if len(state):
                    source = Source(path=path)
                    yield self._read(state, decoding, split=False, source=source)
                return
        yield from self._iter_posts(
            iter_lines([text]), strict=strict, path=path, stream=Decoded(decoding)
        )

    def _text_cuts(
        self, text: str, *, path: str | None, decoding: str | None
    ) -> Iterator[Cut]:
        """The posts :meth:`_iter_text` reads, cut but not parsed."""
        if self.posts is not None:
            state = self._state(text, None)
            if _one_post(state, self.posts):
                if len(state):
                    yield Cut(text, Source(path=path), decoding, None)
                return
        yield from self._cuts(iter_lines([text]), path=path, stream=Decoded(decoding))

    def _run(self, text: str | bytes, *, strict: bool | None, split: bool) -> Article:
        decoding: str | None = None
        if isinstance(text, bytes | bytearray | memoryview):
            text, decoding = decode(bytes(text))
        elif not isinstance(text, str):
            raise TypeError(
                f"parse_article() takes str or bytes, not {type(text).__name__}"
            )
        return self._read(self._state(text, strict), decoding, split=split)

    def _state(self, text: str, strict: bool | None) -> ParseState:
        policy = self.policy
        if strict is not None and strict != policy.strict:
            policy = policy.replace(strict=strict)
        return ParseState(text, policy=policy, exhaustive=self.exhaustive)

    def _read(
        self,
        state: ParseState,
        decoding: str | None,
        *,
        split: bool,
        source: Source | None = None,
    ) -> Article:
        runs = self.pipeline.runs()
        if not _check_input(state, decoding):
            # Nothing to read: no section has anything to say.
            return state.build(source=source)
        if split and self.posts is not None:
            _set_aside_later_posts(state, self.posts)
        for name, fn, spec in runs:
            state.enter(name, lines=spec.lines)
            try:
                fn(state)
            except ArticleParseError:
                raise
            except Exception as exc:
                exc.add_note(f"raised in articlekit section {name!r}")
                raise
            if spec.sets:
                state.looked_for(spec.sets)
        return state.build(source=source)


_new_source = builder(Source)


class Cut(NamedTuple):
    """One post cut from a stream: all its article is read from (it pickles)."""

    text: str
    source: Source
    decoding: str | None  # input.cp1252 or input.undecodable, if it is cp1252
    day: str | None  # the date header above it, for a post with none of its own


def _cut(
    text: str, source: Source, stream: ByteText | Decoded | None, day: str | None
) -> Cut:
    """The cut of one post starting at ``source``, with how its text was decoded."""
    decoding = None
    switched = None if stream is None else stream.cp1252_at
    if switched is not None and source.offset + len(text) > switched:
        # Only cp1252 gives U+FFFD there: for bytes it has no character for.
        undecodable = "\ufffd" in text[max(0, switched - source.offset) :]
        decoding = "input.undecodable" if undecodable else "input.cp1252"
    return Cut(text, source, decoding, day)


def _one_post(state: ParseState, posts: PostSplitter) -> bool:
    """Whether the splitter's declared marks (or ``opens``) say one post."""
    marks = getattr(posts, "marks", None)
    if marks is None:
        opens = getattr(posts, "opens", None)
        if not isinstance(opens, LineFilter):
            return False
        marks = ((opens, getattr(posts, "opening", None)),)
    texts = state.texts
    for lines, test in marks:
        if not isinstance(lines, LineFilter):
            return False
        can_open = state.lines_matching(lines)
        if len(can_open) >= 2 and callable(test):
            openings = (i for i in can_open if test(texts[i]))
            can_open = list(islice(openings, 2))  # two tell: no need for more
        if len(can_open) >= 2:
            return False
    return True


def _under_day(article: Article, day: str) -> Article:
    """The article of a post under ``day``, the date header of the post above.

    The post has no date header of its own: several posts share the day's.
    A day that gives no full date (``Wednesday, December 12``) leaves the
    article as it is.
    """
    value, _ = read_date(day)
    if value is None:
        return article
    kept = tuple(d for d in article.diagnostics if d.code != "date.missing")
    return evolve(article, date=value, date_line=day, diagnostics=kept)


def _set_aside_later_posts(state: ParseState, posts: PostSplitter) -> None:
    """Claim the blocks of every post after the first, as section ``posts``."""
    state.enter("posts")
    text = state.text
    if _one_post(state, posts):
        return
    first = next(iter(posts(state.raw_lines())), None)
    if first is None:
        return
    end = sum(map(len, first))
    if end >= len(text):
        return
    rest = state.unclaimed(state.first_block_at(end))
    if not rest:
        return
    state.claim(*rest)
    state.set_following(rest)
    state.report(
        "input.more_posts",
        f"{len(rest)} more lines belong to further posts: use iter_articles()",
        span=Span(start=rest[0].span.start, end=rest[-1].span.end),
    )


def _check_input(state: ParseState, decoding: str | None) -> bool:
    """Report problems of the input as a whole; return whether it has text."""
    text = state.text
    if decoding is not None:
        state.report(decoding)
    if not len(state):
        state.report("input.empty")
        return False
    if text.startswith("\ufeff"):
        state.report("input.bom", span=Span(start=0, end=1))
    bad = text.find("\ufffd")
    if bad >= 0 and decoding is None:
        state.report("input.replacement", span=Span(start=bad, end=bad + 1))
    # Mojibake starts with "â€" or "Ã": C-speed substring tests spare nearly
    # every text the pattern's scan. A single character is looked for first:
    # a search for a pair costs many times a search for one.
    suspect = ("€" in text and "â€" in text) or "Ã" in text
    odd = MOJIBAKE().search(text) if suspect else None
    if odd is not None:
        state.report("input.mojibake", span=Span(start=odd.start(), end=odd.end()))
    return True


def _load_plugin(name: str) -> Plugin:
    from articlekit import _plugins  # importlib.metadata only when a name is used

    return _plugins.load(name)
