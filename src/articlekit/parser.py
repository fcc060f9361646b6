"""The parser: a policy plus its own pipeline of section parsers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from articlekit._text import MOJIBAKE, decode
from articlekit.errors import ArticleParseError, UnknownPluginError
from articlekit.models import Article, Span
from articlekit.pipeline import Pipeline
from articlekit.policy import DEFAULT, Policy
from articlekit.sections import DEFAULT_SECTIONS
from articlekit.state import ParseState

__all__ = ["PLUGIN_GROUP", "Parser", "Plugin"]

Plugin = Callable[..., None]
"""A plugin: ``fn(parser, **options) -> None`` that changes the parser."""

PLUGIN_GROUP = "articlekit.plugins"
"""The entry-point group under which installed packages advertise plugins."""


class Parser:
    """Parses dumps with a policy and a pipeline of its own.

    Each parser copies the default sections, so changing one parser's pipeline
    never changes another's::

        parser = Parser()
        parser.pipeline.disable("quotes")
        article = parser.parse(text)

    Attributes:
        policy: Whether problems are recorded (lenient) or raised (strict).
        pipeline: The section parsers this parser runs, in order.
    """

    __slots__ = ("pipeline", "policy")

    def __init__(
        self, *, policy: Policy = DEFAULT, pipeline: Pipeline | None = None
    ) -> None:
        """Create a parser with the default sections, or a copy of ``pipeline``."""
        if not isinstance(policy, Policy):
            raise TypeError(f"policy must be a Policy, not {type(policy).__name__}")
        self.policy = policy
        self.pipeline = (
            Pipeline(DEFAULT_SECTIONS) if pipeline is None else pipeline.copy()
        )

    def use(self, plugin: Plugin | str, /, **options: Any) -> Parser:
        """Apply a plugin to this parser and return the parser.

        Args:
            plugin: A plugin function, or the name of one advertised by an
                installed package under the ``articlekit.plugins`` entry-point
                group. Nothing is loaded unless it is named here.
            **options: Passed to the plugin as keyword arguments.

        Raises:
            UnknownPluginError: No installed plugin has that name.
            TypeError: ``plugin`` is neither callable nor a string.
        """
        if isinstance(plugin, str):
            plugin = _load_plugin(plugin)
        if not callable(plugin):
            raise TypeError(f"a plugin is a callable or a name, not {plugin!r}")
        plugin(self, **options)
        return self

    def parse(self, text: str | bytes, *, strict: bool | None = None) -> Article:
        """Parse one dump.

        Args:
            text: The dump. ``bytes`` are decoded as UTF-8, or else as
                cp1252 with an ``input.cp1252`` diagnostic; bytes that cp1252
                has no character for become U+FFFD (``input.undecodable``). A BOM
                stays in the text (spans count it) and is noted as
                ``input.bom``; it is blank, so no part includes it.
            strict: Overrides the strictness of the parser's policy for this
                call (its ``raise_at`` is kept): ``True`` raises on problems,
                ``False`` records them.

        Returns:
            The article, with diagnostics for what was missing or ambiguous.

        Raises:
            TypeError: ``text`` is neither ``str`` nor ``bytes``.
            ArticleParseError: In strict mode, on the first problem.
        """
        return self._parse(text, strict=strict, skip=())

    def _parse(
        self, text: str | bytes, *, strict: bool | None, skip: tuple[str, ...]
    ) -> Article:
        """:meth:`parse`, passing over the sections named in ``skip``."""
        policy = self.policy
        if strict is not None and strict != policy.strict:
            policy = policy.replace(strict=strict)
        decoding: str | None = None
        if isinstance(text, bytes | bytearray | memoryview):
            text, decoding = decode(bytes(text))
        elif not isinstance(text, str):
            raise TypeError(
                f"parse_article() takes str or bytes, not {type(text).__name__}"
            )
        state = ParseState(text, policy=policy)
        if not _check_input(state, decoding):
            return state.build()  # nothing to read: no section has anything to say
        for name, fn in self.pipeline:
            if name in skip:
                continue
            state.enter(name)
            try:
                fn(state)
            except ArticleParseError:
                raise
            except Exception as exc:
                exc.add_note(f"raised in articlekit section {name!r}")
                raise
        return state.build()


def _check_input(state: ParseState, decoding: str | None) -> bool:
    """Report problems of the input as a whole; return whether it has text."""
    text = state.text
    if decoding is not None:
        state.report(decoding)
    if not state.blocks:
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
    from importlib.metadata import entry_points

    found = entry_points(group=PLUGIN_GROUP, name=name)
    for entry in found:
        loaded: Plugin = entry.load()
        return loaded
    raise UnknownPluginError(f"no installed plugin named {name!r} in {PLUGIN_GROUP}")
