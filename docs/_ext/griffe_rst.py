"""A griffe extension: render articlekit's reST-flavoured docstrings as Markdown.

The docstrings follow Google style, but they name other objects with Sphinx
roles (``:class:`Span```, ``:meth:`ParseState.claim```), show code after
``::`` and hold bare doctests, which Markdown would show as a role's raw text,
a double colon and nested block quotes. This extension, loaded by
mkdocstrings (see ``mkdocs.yml``), rewrites each docstring once the package is
loaded, so the source keeps its plain-text form:

- a role becomes a cross-reference to the object it names, resolved in the
  scope of the docstring's object; it is optional, so a name the site does not
  document is shown as code, with no warning;
- ``text::`` and the indented block after it become ``text:`` and a fenced
  Python block;
- a run of doctest lines (``>>>``, ``...`` and their output) becomes a fenced
  ``pycon`` block.

Constants documented Sphinx-style, by ``#:`` comments above them, get those
comments as their docstrings, so the reference lists them.

It also shows a Hypothesis ``@st.composite`` strategy as it is called: with no
``draw`` parameter, returning a ``SearchStrategy`` of what it draws.
"""

from __future__ import annotations

import html
import re
import textwrap
from typing import Any

import griffe

ROLE = re.compile(r":(?:class|meth|func|attr|data|mod|exc|obj):`(?P<target>[^`]+)`")


def _resolve(obj: griffe.Object, name: str) -> str:
    """Return the full path of ``name`` as seen from ``obj``, or ``name``."""
    head, _, rest = name.partition(".")
    scope: griffe.Object | None = obj
    while scope is not None:
        try:
            path = scope.resolve(head)
        except (griffe.NameResolutionError, AttributeError, KeyError):
            scope = scope.parent
            continue
        return f"{path}.{rest}" if rest else path
    return name


# A role with a title of its own: ``:attr:`Parser.posts <articlekit.Parser.posts>```.
TITLED = re.compile(r"(?P<title>[^<]+)<(?P<target>[^<>]+)>")


def _role(obj: griffe.Object, match: re.Match[str]) -> str:
    target = match["target"]
    shown = target.removeprefix("~")
    if target.startswith("~"):
        shown = shown.rpartition(".")[2]
    titled = TITLED.fullmatch(target)
    if titled is not None:
        shown, target = titled["title"].strip(), titled["target"]
    identifier = _resolve(obj, target.removeprefix("~"))
    return (
        f'<autoref identifier="{html.escape(identifier)}" optional>'
        f"<code>{html.escape(shown)}</code></autoref>"
    )


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _literal_blocks(lines: list[str]) -> list[str]:
    """``text::`` plus an indented block -> ``text:`` plus a fenced block."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.rstrip().endswith("::") and i + 2 < len(lines) and not lines[i + 1]:
            base = _indent(line)
            j = i + 2
            block: list[str] = []
            while j < len(lines) and (not lines[j].strip() or _indent(lines[j]) > base):
                block.append(lines[j])
                j += 1
            while block and not block[-1].strip():
                block.pop()
            if block:
                pad = " " * base
                code = textwrap.dedent("\n".join(block)).splitlines()
                out += [line.rstrip()[:-1], "", f"{pad}```python"]
                out += [f"{pad}{c}" if c else "" for c in code]
                out += [f"{pad}```", ""]
                i = j
                continue
        out.append(line)
        i += 1
    return out


def _doctests(lines: list[str]) -> list[str]:
    """Fence each run of doctest lines that is not already in a fence."""
    out: list[str] = []
    fenced = False
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.lstrip().startswith("```"):
            fenced = not fenced
        if not fenced and line.lstrip().startswith(">>> "):
            pad = " " * _indent(line)
            out.append(f"{pad}```pycon")
            while i < len(lines) and lines[i].strip():
                out.append(lines[i])
                i += 1
            out.append(f"{pad}```")
            continue
        out.append(line)
        i += 1
    return out


def markdown(obj: griffe.Object, text: str) -> str:
    """Return ``text``, the docstring of ``obj``, in Markdown."""
    text = ROLE.sub(lambda m: _role(obj, m), text)
    lines = _doctests(_literal_blocks(text.splitlines()))
    return "\n".join(lines)


DRAW_ARG = re.compile(r"^(?P<pad> *)draw: .*\n(?:(?P=pad) +.*\n)*", re.MULTILINE)


def _as_called(func: griffe.Function) -> None:
    """Show a ``@st.composite`` function as the strategy factory it becomes."""
    if not any(str(d.value).endswith("composite") for d in func.decorators):
        return
    if "draw" in func.parameters:
        func.parameters = griffe.Parameters(
            *(p for p in func.parameters if p.name != "draw")
        )
    if func.returns is not None:
        func.returns = f"SearchStrategy[{func.returns}]"
    if func.docstring is not None:
        func.docstring.value = DRAW_ARG.sub("", func.docstring.value + "\n").rstrip()


def _comment_docstring(attr: griffe.Attribute) -> None:
    """Give an undocumented attribute the ``#:`` comment lines above it."""
    if attr.docstring is not None or attr.lineno is None:
        return
    try:
        lines = attr.module.lines
    except (AttributeError, OSError):
        return
    found: list[str] = []
    index = attr.lineno - 2
    while index >= 0 and lines[index].lstrip().startswith("#:"):
        found.insert(0, lines[index].lstrip()[2:].strip())
        index -= 1
    if found:
        attr.docstring = griffe.Docstring(
            " ".join(found), lineno=index + 2, endlineno=attr.lineno - 1, parent=attr
        )


class RstDocstrings(griffe.Extension):
    """Rewrite every docstring of a loaded package (see the module docstring)."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        """Rewrite the docstrings of ``pkg`` and everything in it."""
        seen: set[str] = set()
        stack: list[griffe.Object] = [pkg]
        while stack:
            obj = stack.pop()
            if obj.path in seen:
                continue
            seen.add(obj.path)
            if isinstance(obj, griffe.Attribute):
                _comment_docstring(obj)
            if obj.docstring is not None:
                obj.docstring.value = markdown(obj, obj.docstring.value)
            if isinstance(obj, griffe.Function):
                _as_called(obj)
            stack += [m for m in obj.members.values() if isinstance(m, griffe.Object)]
