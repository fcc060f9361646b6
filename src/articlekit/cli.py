"""The ``articlekit`` command line.

``articlekit parse PATH... [--format json|jsonl|text|csv] [--output FILE |
--output-dir DIR] [--jobs N] [--glob PATTERN] [--strict] [--fail-on SEVERITY]
[--ignore CODE] [--single] [--plugin NAME] [--plugin-option NAME.KEY=VALUE]``
parses files, folders (recursively) and ``-`` (standard input), one article
per post, and writes each record as soon as its post is read (``json`` is
one array, written as it goes); every record says where it came from
(``source``). With ``--jobs``, files are parsed in worker processes; when
there are no more files than processes, the posts of a file larger than
:data:`SPLIT_AT` are parsed across them instead, the output the same bytes.
A summary line goes to standard error.

``articlekit show FILE [--html OUT] [--color auto|always|never] [--single]
[--plugin NAME]`` shows the text of one dump with every part marked (see
:mod:`articlekit.show`).

``articlekit schema [--output FILE]`` prints the JSON Schema of the JSON that
``parse`` writes (see :func:`articlekit.schema.json_schema`).

``articlekit plugins`` lists the installed plugins.

Exit status: 0 when every file was read; 1 when a file could not be read or
decoded, a folder could not be listed, or strict mode found a problem (those
files and folders are skipped and named on standard error); 2 on a usage
error (an unknown option, a ``--jobs`` below 1, an ``--output`` that cannot
be written, a plugin that cannot be loaded or refuses its options: one line
``articlekit: ...`` on standard error, checked before any file is read); 141
(as for SIGPIPE) when the reader of the output closed it early
(``articlekit parse ... | head``).
"""

from __future__ import annotations

import argparse
import codecs
import csv
import errno
import fnmatch
import gc
import io
import json
import os
import re
import stat
import sys
import tempfile
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import IO, Any, NamedTuple, TextIO

from attrs import evolve

from articlekit._input import ByteText, iter_lines
from articlekit._version import __version__
from articlekit.api import _file_cuts, _iter_file
from articlekit.diagnostics import Severity
from articlekit.errors import ArticleKitError, ArticleParseError
from articlekit.models import Article, Source
from articlekit.parser import Cut, Parser
from articlekit.policy import Policy
from articlekit.schema import json_schema

__all__ = ["CSV_COLUMNS", "format_text", "main"]


def format_text(article: Article, *, source: bool = False) -> str:
    """Render an article for people: each part under its own heading.

    With ``source``, an article that knows its :attr:`~Article.source` is
    headed by its path and post index (``==> archive/a.txt, post 0, line 1
    <==``), and each diagnostic names the file and its line there
    (``archive/a.txt:12:1: warning ...``).
    """
    out: list[str] = []
    place = article.source if source else None
    if place is not None:
        name = place.path if place.path is not None else "(text)"
        out.extend([f"==> {name}, post {place.index}, line {place.line} <==", ""])

    def part(title: str, lines: Sequence[str]) -> None:
        if lines:
            out.append(f"== {title} ==")
            out.extend(lines)
            out.append("")

    part("Date", [article.date.isoformat()] if article.date else [])
    part("Headline", [article.headline] if article.headline else [])
    if article.summary is not None:
        sig = article.summary.signature
        part(
            "Summary",
            [*article.summary.paragraphs, *([f"-- signed {sig}"] if sig else [])],
        )
    if article.byline is not None:
        b = article.byline
        part(
            "Byline",
            [
                f"authors: {', '.join(b.authors) or '-'}",
                f"publication: {b.publication or '-'}",
                f"verb: {b.verb or '-'}",
            ],
        )
    part("Posted by", [article.posted_by] if article.posted_by else [])
    part("Labels", [", ".join(article.labels)] if article.labels else [])
    part("Highlights", list(article.highlights))
    part("Body", [f"[{i}] {p}" for i, p in enumerate(article.body, 1)])
    part(
        "Captions",
        [
            f"{c.text or '(no text)'}\n   credit: {c.credit or '-'}"
            for c in article.captions
        ],
    )
    part(
        "Quotes",
        [f"{q.text}\n   speaker: {q.speaker or '(unnamed)'}" for q in article.quotes],
    )
    if article.comments is not None:
        count = article.comments.count
        part("Comments", [f"count: {'not stated' if count is None else count}"])
    part("Unparsed", [b.text for b in article.unparsed])
    if place is None:
        part("Diagnostics", [str(d) for d in article.diagnostics])
    else:
        name = place.path if place.path is not None else "(text)"
        part(
            "Diagnostics",
            [
                f"{name}:{place.line + d.line - 1}:{d.column}: "
                f"{d.severity.value} {d.code}: {d.message}"
                for d in article.diagnostics
            ],
        )
    return "\n".join(out).rstrip() + "\n"


def _build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="articlekit",
        description="Read blog-style article dumps into typed parts.",
    )
    ap.add_argument("--version", action="version", version=f"articlekit {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    parse = sub.add_parser("parse", help="parse dumps and print their parts")
    parse.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a dump, a folder of dumps (searched recursively), or - for stdin",
    )
    parse.add_argument(
        "--format",
        choices=tuple(_SUFFIXES),
        default="json",
        help="json: a JSON array of to_dict(), one per article; jsonl: one"
        " to_dict() per line; text: headings for people; csv: one row per"
        " article (see docs/cli.md for the columns)",
    )
    parse.add_argument("--output", metavar="FILE", help="write here, not to stdout")
    parse.add_argument(
        "--output-dir",
        metavar="DIR",
        help="write one file per input under DIR, in the folders below the"
        " given folder, named by the format (a/b.txt -> DIR/a/b.jsonl)",
    )
    parse.add_argument(
        "--glob",
        default="*.txt",
        metavar="PATTERN",
        help="which files of a folder to read (default: *.txt)",
    )
    parse.add_argument(
        "--jobs",
        type=int,
        default=None,
        metavar="N",
        help="parse files in N processes, or the posts of a big file across"
        " them; output in input order (default: one per core; 1 for none)",
    )
    parse.add_argument(
        "--strict",
        action="store_true",
        help="skip a file on its first warning or error (see --fail-on)",
    )
    parse.add_argument(
        "--fail-on",
        choices=[s.value for s in Severity],
        metavar="SEVERITY",
        help="strict mode, skipping a file on its first diagnostic of SEVERITY"
        " (info, warning or error) or above; --strict alone is --fail-on warning",
    )
    parse.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="CODE",
        help="a diagnostic code that never skips a file and is left out of the"
        " summary; PREFIX.* names every code under PREFIX (quote.*); may be repeated",
    )
    parse.add_argument(
        "--single",
        action="store_true",
        help="read each file as one post (no splitting at date headers)",
    )
    parse.add_argument(
        "--plugin",
        action="append",
        default=[],
        metavar="NAME",
        help="apply the installed plugin NAME (entry-point group articlekit.plugins);"
        " may be repeated",
    )
    parse.add_argument(
        "--plugin-option",
        action="append",
        default=[],
        metavar="NAME.KEY=VALUE",
        help="pass KEY=VALUE to the plugin NAME; VALUE is read as JSON when it is"
        ' JSON (3, true, null, ["a", "b"], "quoted"), else as a string;'
        " may be repeated",
    )
    parse.add_argument(
        "--quiet", action="store_true", help="no progress bar and no summary line"
    )
    schema = sub.add_parser(
        "schema",
        help="print the JSON Schema of the JSON that parse writes",
        description="Print the JSON Schema (draft 2020-12) of Article.to_dict(),"
        " the objects that parse --format json and jsonl write.",
    )
    schema.add_argument("--output", metavar="FILE", help="write here, not to stdout")
    show = sub.add_parser(
        "show",
        help="show a dump's text with each part marked",
        description="Show the text of FILE (or - for stdin) with every part the"
        " parser read marked and labelled: in colour on a terminal, as labelled"
        " marks otherwise, or as an HTML page with --html.",
    )
    show.add_argument("file", metavar="FILE", help="a dump, or - for stdin")
    show.add_argument(
        "--html",
        metavar="OUT",
        help="write a standalone HTML page to OUT (- for stdout)",
    )
    show.add_argument(
        "--color",
        "--colour",
        choices=("auto", "always", "never"),
        default="auto",
        help="ANSI colours: auto (on a terminal unless NO_COLOR is set), always, never",
    )
    show.add_argument("--single", action="store_true", help="read FILE as one post")
    show.add_argument(
        "--plugin", action="append", default=[], metavar="NAME", help="as for parse"
    )
    sub.add_parser(
        "plugins",
        help="list the installed plugins",
        description="List the plugins installed packages advertise under the"
        " entry-point group articlekit.plugins: name, distribution and version,"
        " and the first line of the plugin's docstring.",
    )
    return ap


def _print_schema(output: str | None) -> int:
    _check_output(output)
    text = json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def _path_key(path: Path) -> tuple[str, ...]:
    return tuple(os.path.normcase(part) for part in path.parts)


def _expand(
    paths: Iterable[str],
    pattern: str,
    problems: list[tuple[str, str]],
    origins: dict[str, str] | None = None,
) -> Iterator[str]:
    """Files in the order given; a folder gives its matching files, sorted.

    A folder (or a part of one) that cannot be listed is added to
    ``problems`` with what went wrong, to be named and counted as skipped.
    ``origins``, if given, gets the folder each file was found in.
    """
    for path in paths:
        if path != "-" and Path(path).is_dir():
            found = _folder_files(path, pattern, problems)
            if origins is not None:
                origins.update(dict.fromkeys(found, path))
            yield from found
        else:
            yield path


# What a folder walk passes over in silence, as pathlib does: a file or
# folder gone since it was listed, and symbolic links that lead nowhere.
_GONE = frozenset({errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP})


def _folder_files(
    folder: str, pattern: str, problems: list[tuple[str, str]]
) -> list[str]:
    """The files under ``folder`` whose names match ``pattern``, in path order.

    What ``Path(folder).rglob(pattern)`` finds that is a file. On POSIX, a
    pattern of one name with a wildcard (``*.txt``) is matched while the
    tree is walked with :func:`os.scandir`, whose entries know their type
    without a stat per file: several times quicker over a folder of
    thousands of dumps, and the walk comes before any worker starts. Any
    other pattern, and any other system, goes to
    :meth:`~pathlib.Path.rglob` itself (whose rules for a name without
    wildcards, or on a case-blind system, differ).

    Symbolic links to folders are not followed; a link to a file counts as
    the file. A folder that cannot be listed goes to ``problems``, and a
    matching entry whose type cannot be read is kept, so that reading it
    names the problem: nothing is passed over in silence.
    """
    if (
        os.name != "posix"
        or "/" in pattern
        or "**" in pattern
        or not any(c in pattern for c in "*?[")
    ):
        return _rglob_files(folder, pattern, problems)
    match = re.compile(fnmatch.translate(pattern)).fullmatch
    top = str(Path(folder))
    keyed: list[tuple[tuple[str, ...], str]] = []
    pending = [(top, Path(top).parts)]
    while pending:
        directory, key = pending.pop()
        try:
            with os.scandir(directory) as listing:
                entries = list(listing)
        except OSError as exc:
            if exc.errno not in _GONE:
                problems.append((directory, f"cannot list: {exc.strerror or exc}"))
            continue
        for entry in entries:
            # Beside ".", pathlib writes a bare name ("./a.txt" is "a.txt").
            name = entry.name
            path = name if directory == "." else os.path.join(directory, name)
            matched = False
            try:
                if entry.is_dir(follow_symlinks=False):
                    pending.append((path, (*key, name)))
                    continue
                matched = match(name) is not None
                if matched and entry.is_file():
                    keyed.append(((*key, name), path))
            except OSError as exc:
                if exc.errno in _GONE:
                    continue
                if matched:
                    keyed.append(((*key, name), path))  # its read says why
                else:
                    problems.append((path, f"cannot list: {exc.strerror or exc}"))
    keyed.sort()
    return [path for _, path in keyed]


def _rglob_files(
    folder: str, pattern: str, problems: list[tuple[str, str]]
) -> list[str]:
    """:func:`_folder_files` by :meth:`~pathlib.Path.rglob`, for other patterns."""
    found: list[Path] = []
    try:
        found.extend(p for p in Path(folder).rglob(pattern) if p.is_file())
    except OSError as exc:
        # rglob stops at the first error it does not pass over: keep what it
        # found, and name where it stopped.
        where = exc.filename if isinstance(exc.filename, str) else folder
        problems.append((where, f"cannot list: {exc.strerror or exc}"))
    # In Path order, by the parts: comparing Path objects costs several
    # times more over a folder of thousands of files.
    return [str(p) for p in sorted(found, key=_path_key)]


# The formats, and the suffix of each one's files under --output-dir.
_SUFFIXES = {"json": ".json", "jsonl": ".jsonl", "text": ".txt", "csv": ".csv"}

#: The columns of ``--format csv``, one row per article.
CSV_COLUMNS = (
    "path",
    "index",
    "line",
    "date",
    "headline",
    "authors",
    "publication",
    "posted_by",
    "labels",
    "comments",
    "paragraphs",
    "quotes",
    "captions",
    "body",
)

# How the fields of several values are joined in a csv cell.
_JOIN = "; "
_PARAGRAPHS = "\n\n"


class _Options(NamedTuple):
    """What every job needs to know, the same for every file (it pickles)."""

    fmt: str
    strict: bool
    single: bool
    setup: _Setup
    errors: str  # the error handler the records are encoded with
    spill: str | None  # a folder for records held on disk, with --jobs


class _Done(NamedTuple):
    """What a job hands back: its counts, and its records unless written."""

    path: str
    articles: int
    codes: Counter[tuple[str, str]]  # how many of each (severity, code)
    error: str | None
    blob: bytes = b""  # the records, held in memory
    spilled: str | None = None  # else the temporary file that holds them


# The JSON of one value on one line, characters beyond ASCII as they are:
# what json.dumps(value, ensure_ascii=False) writes.
_COMPACT = json.JSONEncoder(ensure_ascii=False).encode


def _encoder(fmt: str) -> Callable[[Article], str]:
    """The text of one article's record in ``fmt``."""
    if fmt == "jsonl":
        return lambda a: _COMPACT(a.to_dict()) + "\n"
    if fmt == "json":
        return _json_item
    if fmt == "text":
        return lambda a: format_text(a, source=True) + "\n"
    return _csv_row


def _json_item(article: Article) -> str:
    """One article as an item of the JSON array, after its separator.

    Each key of ``to_dict()`` on a line of its own, its value as compact
    JSON: as easy to read and to grep as an indented object, for the cost
    of a JSON Lines record (the standard library indents in pure Python,
    at several times that cost).
    """
    keys = ",\n".join(
        f"    {_COMPACT(key)}: {_COMPACT(value)}"
        for key, value in article.to_dict().items()
    )
    return f",\n  {{\n{keys}\n  }}"


def _csv_row(article: Article) -> str:
    """One article as a csv row of :data:`CSV_COLUMNS`."""
    source = article.source
    byline = article.byline
    comments = article.comments
    cells = (
        "" if source is None else source.path or "",
        "" if source is None else source.index,
        "" if source is None else source.line,
        article.date.isoformat() if article.date else "",
        article.headline or "",
        _JOIN.join(byline.authors) if byline else "",
        (byline.publication or "") if byline else "",
        article.posted_by or "",
        _JOIN.join(article.labels),
        "" if comments is None or comments.count is None else comments.count,
        len(article.body),
        len(article.quotes),
        len(article.captions),
        _PARAGRAPHS.join(article.body),
    )
    return _csv_line(cells)


def _csv_line(cells: Iterable[object]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(cells)
    return buffer.getvalue()


def _head(fmt: str) -> str:
    """What a stream of records in ``fmt`` opens with."""
    return _csv_line(CSV_COLUMNS) if fmt == "csv" else ""


class _Sink:
    """A stream of records in one format: the output, or one --output-dir file.

    Records come as UTF-8 bytes, one or many at a time, and go out in
    pieces of at least ``every`` bytes (0: each at once). A JSON array
    opens at its first record (each record brings its separator, the first
    one's is dropped) and closes at :meth:`close`, ``[]`` when it is empty.
    """

    __slots__ = ("every", "fmt", "pending", "size", "started", "write")

    def __init__(self, write: Callable[[bytes], object], fmt: str, every: int) -> None:
        self.write = write
        self.fmt = fmt
        self.every = every
        self.started = False
        self.pending: list[bytes] = []
        self.size = 0
        head = _head(fmt)
        if head:
            self.add(head.encode("utf-8"))

    def add(self, blob: bytes) -> None:
        if not blob:
            return
        if self.fmt == "json" and not self.started:
            blob = b"[" + blob[1:]
        self.started = True
        self.pending.append(blob)
        self.size += len(blob)
        if self.size >= self.every:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            self.write(b"".join(self.pending))
            self.pending, self.size = [], 0

    def close(self) -> None:
        if self.fmt == "json":
            self.pending.append(b"\n]\n" if self.started else b"[]\n")
        self.flush()


# Records a job holds in memory before it moves them to a temporary file.
_SPILL_AT = 8 << 20


class _Spool:
    """A file's records held until it is read to its end: in memory, then on disk.

    With ``--jobs``, a worker's records go back to the parent as one piece
    up to :data:`_SPILL_AT` bytes, and in a temporary file past that, so
    that a huge file's output never travels through a pipe in one piece.
    """

    __slots__ = ("file", "folder", "parts", "size")

    def __init__(self, folder: str | None) -> None:
        self.folder = folder
        self.parts: list[bytes] = []
        self.size = 0
        self.file: IO[bytes] | None = None

    def add(self, blob: bytes) -> None:
        if self.file is not None:
            self.file.write(blob)
            return
        self.parts.append(blob)
        self.size += len(blob)
        if self.size > _SPILL_AT:
            self.file = tempfile.NamedTemporaryFile(  # noqa: SIM115 - kept open
                dir=self.folder, prefix="records-", delete=False
            )
            self.file.write(b"".join(self.parts))
            self.parts = []

    def held(self) -> tuple[bytes, str | None]:
        """The records: ``(bytes, None)``, or ``(b"", path)`` of the file."""
        if self.file is None:
            return b"".join(self.parts), None
        self.file.close()
        return b"", self.file.name

    def drop(self) -> None:
        self.parts = []
        if self.file is not None:
            self.file.close()
            os.unlink(self.file.name)


def _copy_spilled(path: str, sink: _Sink) -> None:
    """Hand the records of a temporary file to ``sink``, then remove it."""
    try:
        with open(path, "rb") as held:
            while piece := held.read(1 << 20):
                sink.add(piece)
    finally:
        os.unlink(path)


class _ReadSome:
    """A binary stream whose ``read(n)`` gives what is there, up to ``n`` bytes."""

    __slots__ = ("_stream",)

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def read(self, size: int = -1, /) -> bytes:
        read1 = getattr(self._stream, "read1", None)
        data: bytes = read1(size) if read1 is not None else self._stream.read(size)
        return data


def _articles(path: str, options: _Options, parser: Parser) -> Iterator[Article]:
    """The articles of one input, each with its source, as they are read."""
    strict = options.strict
    # Standard input's bytes, decoded as a file's are (UTF-8, else cp1252,
    # with line ends as they came); a text stream standing in for it (a
    # program that runs main() itself) is read as text.
    stdin_bytes = getattr(sys.stdin, "buffer", None) if path == "-" else None
    if options.single:
        if stdin_bytes is not None:
            article = parser.parse(stdin_bytes.read(), strict=strict)
        elif path == "-":
            article = parser.parse(sys.stdin.read(), strict=strict)
        else:
            article = parser.parse(Path(path).read_bytes(), strict=strict)
        yield evolve(article, source=Source(path=path))
        return
    if stdin_bytes is not None:
        # read1: what a pipe holds now, so the first posts go out before the
        # writer at the other end has finished.
        found = parser._iter_bytes(
            ByteText(_ReadSome(stdin_bytes)), strict=strict, path="-"
        )
    elif path == "-":
        stdin: Any = sys.stdin
        if isinstance(stdin, io.TextIOWrapper):
            # Line ends as they came, so that offsets count the input's own.
            stdin.reconfigure(newline="")
        found = parser._iter_posts(iter_lines(stdin), strict=strict, path="-")
    else:
        found = _iter_file(path, strict=strict, parser=parser, name=path)
    empty = True
    for article in found:
        empty = False
        yield article
    if empty:
        # An input with no text is still one (empty) post: say so.
        article = parser.parse_post("", strict=strict)
        yield evolve(article, source=Source(path=path))


def _job(
    path: str,
    options: _Options,
    sink: _Sink | None = None,
    target: str | None = None,
    workers: _Workers | None = None,
) -> _Done:
    """Parse one input; its records go to ``sink`` as they are made.

    Without ``sink``, they come back in the result (or in a temporary file
    it names), or go to ``target``, the input's own file under
    ``--output-dir``. In strict mode a file's records are held until it is
    read to its end, so that a file with a problem writes nothing. With
    ``workers``, the file's posts are parsed by them (:func:`_parse_split`).
    """
    if target is not None:
        return _job_to_file(path, options, target, workers)
    spool = _Spool(options.spill) if sink is None or options.strict else None
    out = spool if spool is not None else sink
    assert out is not None
    if workers is None:
        done = _parse(path, options, out)
    else:
        done = _parse_split(path, options, out, workers)
    if spool is None:
        return done
    if done.error is not None and options.strict:
        spool.drop()
        return done
    blob, spilled = spool.held()
    if sink is None:
        return done._replace(blob=blob, spilled=spilled)
    sink.add(blob)
    if spilled is not None:
        _copy_spilled(spilled, sink)
    return done


def _job_to_file(
    path: str, options: _Options, target: str, workers: _Workers | None = None
) -> _Done:
    """:func:`_job` of one input whose records go to a file of their own."""
    try:
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        handle = open(target, "wb")  # noqa: SIM115 - closed below
    except OSError as exc:
        return _failed(path, f"cannot write {target}: {exc.strerror or exc}")
    with handle:
        sink = _Sink(handle.write, options.fmt, 1 << 16)
        done = _job(path, options, sink, workers=workers)
        sink.close()
    if done.error is not None and (options.strict or not done.articles):
        os.unlink(target)  # a file skipped, or not read at all, leaves nothing
    return done


def _parse(path: str, options: _Options, out: _Sink | _Spool) -> _Done:
    """Parse one input, each article's record handed to ``out``."""
    encode = _encoder(options.fmt)
    errors = options.errors
    # A count of each code, not a list of them: a list would grow with the
    # file (millions of entries for a big export) and travel back whole.
    codes: Counter[tuple[str, str]] = Counter()
    n = 0
    error: str | None = None
    try:
        for article in _articles(path, options, _parser_with(options.setup)):
            n += 1
            out.add(_record(article, encode, errors, codes))
    except OSError as exc:
        error = f"cannot read: {exc.strerror or exc}"
    except ArticleParseError as exc:
        error = str(exc)
    return _finished(path, n, codes, error)


def _record(
    article: Article,
    encode: Callable[[Article], str],
    errors: str,
    codes: Counter[tuple[str, str]],
) -> bytes:
    """One article's record as UTF-8, its diagnostics counted in ``codes``."""
    codes.update([(d.severity.value, d.code) for d in article.diagnostics])
    return encode(article).encode("utf-8", errors)


def _finished(
    path: str, n: int, codes: Counter[tuple[str, str]], error: str | None
) -> _Done:
    """What a file's parse hands back; U+FFFD written for bytes is a problem."""
    if error is None and any(code == "input.undecodable" for _, code in codes):
        error = "cannot decode: bytes neither UTF-8 nor cp1252 (written as U+FFFD)"
    return _Done(path, n, codes, error)


# -- one big file's posts parsed across the workers --------------------------

#: Files larger than this many bytes are parsed post by post across the
#: worker processes, when ``--jobs`` allows more than one and there are no
#: more files than processes (a pool of files would leave cores idle).
SPLIT_AT = 8 << 20

# Text handed to a worker at a time (in characters), and how many such
# batches each worker may have waiting: what the parent holds stays
# bounded, whatever the size of the file.
_BATCH = 1 << 18
_IN_FLIGHT = 3


class _Workers(NamedTuple):
    """The pool that parses the posts of big files, and its number of workers."""

    pool: ProcessPoolExecutor
    size: int


class _Batch(NamedTuple):
    """What a worker hands back for a batch of posts."""

    blob: bytes  # their records, in order
    articles: int
    codes: Counter[tuple[str, str]]
    error: str | None  # strict mode's problem, which ends the batch


def _splits(path: str) -> bool:
    """Whether ``path`` is a file big enough to parse across the workers."""
    try:
        info = os.stat(path)
    except OSError:
        return False  # its read names the problem
    return stat.S_ISREG(info.st_mode) and info.st_size > SPLIT_AT


def _batches(cuts: Iterable[Cut]) -> Iterator[list[Cut]]:
    """The cuts in order, in lists of about :data:`_BATCH` characters."""
    batch: list[Cut] = []
    size = 0
    for cut in cuts:
        batch.append(cut)
        size += len(cut.text)
        if size >= _BATCH:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _parse_split(
    path: str, options: _Options, out: _Sink | _Spool, workers: _Workers
) -> _Done:
    """:func:`_parse` of one file, its posts parsed across ``workers``.

    This process reads the file and cuts it into posts as
    :func:`~articlekit.iter_articles` does (the same sources, decoding and
    borrowed days); the workers parse batches of posts and hand back their
    records, which go to ``out`` in order. At most :data:`_IN_FLIGHT`
    batches per worker are out at a time. In strict mode the first problem,
    in the file's order, ends the file as it ends :func:`_parse`.
    """
    parser = _parser_with(options.setup)
    codes: Counter[tuple[str, str]] = Counter()
    n = 0
    refused: str | None = None
    pending: deque[Future[_Batch]] = deque()

    def take() -> None:
        nonlocal n, refused
        batch = pending.popleft().result()
        out.add(batch.blob)
        n += batch.articles
        codes.update(batch.codes)
        refused = batch.error

    unread: str | None = None
    limit = _IN_FLIGHT * workers.size
    try:
        cuts = _file_cuts(path, parser=parser, name=path)
        empty = True
        for batch in _batches(cuts):
            empty = False
            pending.append(workers.pool.submit(_run_cuts, batch))
            # Records go out as soon as they are ready, and the parent waits
            # once enough batches are out.
            while (
                refused is None
                and pending
                and (len(pending) >= limit or pending[0].done())
            ):
                take()
            if refused is not None:
                break
        if empty:
            # An input with no text is still one (empty) post, as in _articles.
            pending.append(
                workers.pool.submit(_run_cuts, [Cut("", Source(path=path), None, None)])
            )
    except OSError as exc:
        unread = f"cannot read: {exc.strerror or exc}"
    while refused is None and pending:
        take()
    for future in pending:
        future.cancel()
    return _finished(path, n, codes, refused or unread)


def _run_cuts(cuts: list[Cut]) -> _Batch:
    """Parse a batch of posts in a worker; strict mode stops at a problem."""
    options = _WORKER_OPTIONS[0]
    parser = _parser_with(options.setup)
    encode = _encoder(options.fmt)
    codes: Counter[tuple[str, str]] = Counter()
    parts: list[bytes] = []
    error = None
    try:
        for cut in cuts:
            article = parser._read_cut(cut, options.strict)
            parts.append(_record(article, encode, options.errors, codes))
    except ArticleParseError as exc:
        error = str(exc)
    return _Batch(b"".join(parts), len(parts), codes, error)


def _failed(path: str, error: str) -> _Done:
    return _Done(path, 0, Counter(), error)


class _Setup(NamedTuple):
    """What every worker builds its parser from: hashable and picklable."""

    policy: Policy
    plugins: tuple[tuple[str, str], ...]  # (name, its options as JSON)


# One parser per setup in each process: building a pipeline for every file
# cost several percent of a batch of small dumps.
_PARSERS: dict[_Setup, Parser] = {}


def _parser_with(setup: _Setup) -> Parser:
    if setup not in _PARSERS:
        parser = Parser(policy=setup.policy)
        for name, options in setup.plugins:
            parser.use(name, **json.loads(options))
        _PARSERS[setup] = parser
    return _PARSERS[setup]


# What every job of a worker process shares, set once as the worker starts:
# the parent sends each job only its paths.
_WORKER_OPTIONS: list[_Options] = []


def _start_worker(options: _Options) -> None:
    _WORKER_OPTIONS[:] = [options]


def _run_job(work: tuple[str, str | None]) -> _Done:
    path, target = work
    return _job(path, _WORKER_OPTIONS[0], target=target)


def _chunk(files: int, workers: int) -> int:
    """Files handed to a worker at a time.

    Every hand-over costs the parent (whose time comes out of the workers'
    cores) a round of pickling and waking: over thousands of small dumps,
    chunks of 64 files took a third less of its time than chunks of 16.
    Each worker still gets at least eight chunks, so that the last ones
    finish close together.
    """
    return max(1, min(_CHUNK, files // (workers * 8)))


_CHUNK = 64


def _progress(items: Iterator[Any], total: int, enabled: bool) -> Iterator[Any]:
    if not enabled:
        return items
    from tqdm import tqdm  # a well-kept progress bar; loaded only when shown

    return iter(tqdm(items, total=total, unit="file", file=sys.stderr))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (see the module docstring)."""
    try:
        return _main(argv)
    except _UsageError as exc:
        print(f"articlekit: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader of the output went away (``articlekit parse ... | head``):
        # stop quietly, as a command killed by SIGPIPE would, and keep
        # Python from complaining again when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141


def _main(argv: Sequence[str] | None) -> int:
    args = _build_parser().parse_args(argv)
    if args.command == "schema":
        return _print_schema(args.output)
    if args.command == "show":
        from articlekit.show import run  # loaded only for this command

        return run(
            args.file,
            html_out=args.html,
            colour=args.color,
            plugins=args.plugin,
            single=args.single,
        )
    if args.command == "plugins":
        return _list_plugins()
    started = time.perf_counter()
    _check_jobs(args.jobs)
    setup = _setup(args)
    if args.output and args.output_dir:
        raise _UsageError("--output and --output-dir: give one")
    _check_output(args.output)
    problems: list[tuple[str, str]] = []
    origins: dict[str, str] = {}
    files = list(_expand(args.paths, args.glob, problems, origins))
    if args.output and _file_id(args.output) in _file_ids(files):
        raise _UsageError(
            f"--output {args.output}: is one of the inputs, which it would overwrite"
        )
    for path, error in problems:
        print(f"articlekit: {path}: {error}", file=sys.stderr)
    if not files:
        print(
            f"articlekit: no file matched ({', '.join(args.paths)}; "
            f"--glob {args.glob})",
            file=sys.stderr,
        )
    targets: dict[str, str] = {}
    if args.output_dir:
        try:
            targets = _targets(files, origins, args.output_dir, args.format)
        except ValueError as exc:
            raise _UsageError(str(exc)) from None
    jobs = args.jobs or os.cpu_count() or 1
    show = not args.quiet and sys.stderr.isatty()

    out: TextIO = sys.stdout
    if args.output:
        out = open(args.output, "w", encoding="utf-8")  # noqa: SIM115 - closed below
    # Bytes for a UTF-8 stream are encoded as the stream would encode them
    # (standard input read with surrogateescape gives back its stray bytes);
    # for any other stream they go back to text first, losing nothing.
    errors = (
        "surrogateescape" if args.output_dir else _byte_errors(out) or "surrogatepass"
    )
    options = _Options(
        fmt=args.format,
        strict=setup.policy.strict,
        single=args.single,
        setup=setup,
        errors=errors,
        spill=None,
    )
    # Output is written in pieces of about 64 KB: one write per small file
    # cost the parent (whose time comes out of the workers' cores) more
    # than the copying. A terminal, and the reader of standard input (which
    # may come slowly), get each record as it comes.
    every = 0 if _isatty(out) or "-" in files else 1 << 16
    sink = _Sink(_writer(out), args.format, every)
    failed = articles = 0
    codes: Counter[tuple[str, str]] = Counter()
    try:
        pooled = [path for path in files if path != "-"]
        # One big file (or a few) would leave cores idle in a pool of
        # files: their posts are parsed across the workers instead.
        split = set()
        if jobs > 1 and not args.single and len(pooled) <= jobs:
            split = {path for path in pooled if _splits(path)}
        if jobs > 1 and (split or len(pooled) > 1):
            workers = jobs if split else min(jobs, len(pooled))
            with tempfile.TemporaryDirectory(prefix="articlekit-") as spill:
                options = options._replace(spill=spill)
                # What the parent has made so far is left out of the
                # collector's walks, in the workers (forked with a copy of
                # it) too: a walk would write to each object it visits, and
                # so copy the page it sits on into every worker.
                gc.freeze()
                pool = ProcessPoolExecutor(
                    max_workers=workers,
                    initializer=_start_worker,
                    initargs=(options,),
                )
                try:
                    if split:
                        shared = _Workers(pool, workers)
                        results = (
                            _job(
                                path,
                                options,
                                sink,
                                targets.get(path),
                                shared if path in split else None,
                            )
                            for path in files
                        )
                    else:
                        work = [(path, targets.get(path)) for path in pooled]
                        done = iter(
                            pool.map(
                                _run_job, work, chunksize=_chunk(len(work), workers)
                            )
                        )
                        # Standard input is the parent's own: it is read
                        # here, in its place among the files.
                        results = (
                            _job(path, options, sink, targets.get(path))
                            if path == "-"
                            else next(done)
                            for path in files
                        )
                    failed, articles = _emit(
                        _progress(results, len(files), show), sink, codes
                    )
                finally:
                    # On an early exit (a closed pipe, Ctrl-C), files not yet
                    # started are dropped rather than parsed for nobody.
                    pool.shutdown(cancel_futures=True)
                    gc.unfreeze()  # main() may be called from a program
        else:
            results = (_job(path, options, sink, targets.get(path)) for path in files)
            failed, articles = _emit(_progress(results, len(files), show), sink, codes)
        if not args.output_dir:
            sink.close()
    finally:
        if out is not sys.stdout:
            out.close()
    if not args.quiet and (len(files) > 1 or problems):
        unlisted = f", {len(problems)} not listed" if problems else ""
        print(
            f"articlekit: {len(files)} files ({failed} skipped{unlisted}), "
            f"{articles} articles; {_tally(codes, setup.policy)}; "
            f"{time.perf_counter() - started:.2f} s",
            file=sys.stderr,
        )
    return 1 if failed or problems else 0


def _emit(
    results: Iterable[_Done], sink: _Sink, codes: Counter[tuple[str, str]]
) -> tuple[int, int]:
    """Write what each file's job handed back, in order; return (failed, articles)."""
    failed = articles = 0
    for done in results:
        sink.add(done.blob)
        if done.spilled is not None:
            _copy_spilled(done.spilled, sink)
        articles += done.articles
        codes.update(done.codes)
        if done.error is not None:
            failed += 1
            sink.flush()  # what came before the problem comes before its note
            print(f"articlekit: {done.path}: {done.error}", file=sys.stderr)
    return failed, articles


def _targets(
    files: Sequence[str], origins: dict[str, str], folder: str, fmt: str
) -> dict[str, str]:
    """The output file under ``folder`` of each input, for ``--output-dir``.

    A file found in a given folder (its ``origins``) keeps its place below
    that folder; a file given by itself, its name; standard input is
    ``stdin``. The suffix becomes the format's (``a/b.txt`` gives
    ``a/b.jsonl``).

    Raises:
        ValueError: Two inputs would write one file, or one would overwrite
            an input.
    """
    suffix = _SUFFIXES[fmt]
    below: dict[str, Path] = {}
    for path in files:
        if path == "-":
            below[path] = Path("stdin")
        elif path in origins:
            below[path] = Path(path).relative_to(origins[path])
        else:
            below[path] = Path(Path(path).name)
    targets: dict[str, str] = {}
    seen: dict[str, str] = {}
    inputs = _file_ids(files)
    for path in files:
        target = str(Path(folder) / below[path].with_suffix(suffix))
        if target in seen:
            raise ValueError(f"{seen[target]} and {path} would both write {target}")
        if _file_id(target) in inputs:
            raise ValueError(f"{path} would be overwritten by its own output")
        seen[target] = path
        targets[path] = target
    return targets


def _isatty(out: TextIO) -> bool:
    try:
        return out.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def _byte_errors(out: TextIO) -> str | None:
    """The error handler of ``out`` when it is UTF-8 text over a byte buffer."""
    encoding = getattr(out, "encoding", None) or ""
    if getattr(out, "buffer", None) is None:
        return None
    try:
        if codecs.lookup(encoding).name != "utf-8":
            return None
    except LookupError:
        return None
    return getattr(out, "errors", None) or "strict"


def _writer(out: TextIO) -> Callable[[bytes], object]:
    """Write UTF-8 bytes to ``out``: to its byte buffer when it is UTF-8 text."""
    buffer = getattr(out, "buffer", None)
    if buffer is None or _byte_errors(out) is None:
        return lambda blob: out.write(blob.decode("utf-8", "surrogatepass"))

    def write(blob: bytes) -> object:
        out.flush()  # whatever went through the text layer first comes first
        return buffer.write(blob)

    return write


# -- checks before any file is read --------------------------------------


class _UsageError(Exception):
    """A mistake in the command line: ``main()`` prints it in one line, status 2."""


def _check_jobs(jobs: int | None) -> None:
    if jobs is not None and jobs < 1:
        raise _UsageError(
            f"--jobs {jobs}: give 1 or more processes (leave it out for one per core)"
        )


def _file_id(path: str) -> tuple[int, int] | None:
    """The device and inode of the file at ``path``, or ``None`` if there is none.

    Two names of one file (a symbolic or a hard link) have the same.
    """
    if path == "-":
        return None
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino)


def _file_ids(paths: Iterable[str]) -> set[tuple[int, int]]:
    """The :func:`_file_id` of each of ``paths`` that names a file."""
    return {found for path in paths if (found := _file_id(path)) is not None}


def _check_output(output: str | None) -> None:
    """Refuse an ``--output`` that cannot be written, before any file is read.

    The file is opened to append, which leaves what it holds alone (it may
    be one of the inputs), so the answer is the system's own, root or not.
    """
    if not output:
        return
    existed = os.path.lexists(output)
    try:
        with open(output, "a", encoding="utf-8"):
            pass
        if not existed:
            # Made by this check: gone again, so that a folder walk over the
            # inputs does not meet it (it is written once the inputs are read).
            os.unlink(output)
    except IsADirectoryError:
        raise _UsageError(f"--output {output}: is a folder, not a file") from None
    except FileNotFoundError:
        folder = os.path.dirname(output) or "."
        raise _UsageError(f"--output {output}: no folder {folder}") from None
    except OSError as exc:
        raise _UsageError(
            f"--output {output}: cannot write: {exc.strerror or exc}"
        ) from None


def _setup(args: argparse.Namespace) -> _Setup:
    """The policy and plugins of ``parse``; each plugin is loaded and tried once."""
    raise_at = Severity(args.fail_on) if args.fail_on else Severity.WARNING
    try:
        policy = Policy(
            strict=args.strict or args.fail_on is not None,
            raise_at=raise_at,
            ignore=frozenset(args.ignore),
        )
    except ValueError as exc:
        raise _UsageError(f"--ignore {str(exc).removeprefix('ignore: ')}") from None
    names: list[str] = []
    for name in args.plugin:
        if name in names:
            raise _UsageError(f"--plugin {name} given twice")
        names.append(name)
    options = _plugin_options(args.plugin_option, names)
    setup = _Setup(
        policy,
        tuple((n, json.dumps(options.get(n, {}), sort_keys=True)) for n in names),
    )
    try:
        _parser_with(setup)
    except ArticleKitError as exc:
        raise _UsageError(str(exc)) from None
    except Exception as exc:  # the plugin refused its options, or failed
        raise _UsageError(
            f"plugin {_culprit(exc, names)} failed: {type(exc).__name__}: {exc}"
        ) from None
    return setup


def _culprit(exc: BaseException, names: list[str]) -> str:
    """The plugin that Parser.use() named in its note on ``exc``."""
    for note in getattr(exc, "__notes__", ()):
        for name in names:
            if note == f"raised by articlekit plugin {name!r}":
                return repr(name)
    return "setup"


def _plugin_options(given: list[str], names: list[str]) -> dict[str, dict[str, Any]]:
    """``NAME.KEY=VALUE`` options by plugin; VALUE as JSON, or else a string."""
    options: dict[str, dict[str, Any]] = {}
    for option in given:
        target, eq, text = option.partition("=")
        name, dot, key = target.rpartition(".")
        if not eq or not dot or not name or not key.isidentifier():
            raise _UsageError(
                f"--plugin-option {option}: write NAME.KEY=VALUE"
                " (KEY a keyword of the plugin NAME)"
            )
        if name not in names:
            raise _UsageError(
                f"--plugin-option {option}: no --plugin {name} on the command line"
            )
        if key in options.setdefault(name, {}):
            raise _UsageError(f"--plugin-option {name}.{key} given twice")
        try:
            value: Any = json.loads(text)
        except ValueError:
            value = text
        options[name][key] = value
    return options


# -- the plugins subcommand and the summary line ------------------------------


def _list_plugins() -> int:
    """Print one line per installed plugin: name, distribution version, description."""
    from articlekit import _plugins

    found = _plugins.installed()
    if not found:
        print(
            f"articlekit: no plugins installed (entry-point group {_plugins.GROUP})",
            file=sys.stderr,
        )
        return 0
    clashes = Counter(p.name for p in found)
    rows: list[tuple[str, str, str]] = []
    for plugin in found:
        if clashes[plugin.name] > 1:
            about = f"(name clash: {clashes[plugin.name]} distributions)"
        else:
            try:
                about = _plugins.description(plugin.name)
            except ArticleKitError as exc:
                # "plugin NAME (DIST, VALUE) why": the row shows all but why
                about = "(" + str(exc).split(") ", 1)[-1] + ")"
        rows.append((plugin.name, f"{plugin.distribution} {plugin.version}", about))
    wide = [max(len(row[i]) for row in rows) for i in (0, 1)]
    for name, dist, about in rows:
        line = f"{name:<{wide[0]}}  {dist:<{wide[1]}}  {about}"
        print(line.rstrip())
    return 0


def _tally(codes: Counter[tuple[str, str]], policy: Policy) -> str:
    """``errors: N (CODE n, ...), warnings: N (...), infos: N``.

    Errors and warnings are counted by code, most common first: they are
    what a person may act on. Infos (traits of the dumps, such as a post
    with no byline) are only totalled. Ignored codes are left out.
    """
    by_severity: dict[str, Counter[str]] = {s.value: Counter() for s in Severity}
    for (severity, code), n in codes.items():
        if not policy.ignores(code):
            by_severity[severity][code] += n
    parts = []
    for severity in ("error", "warning"):
        counted = by_severity[severity]
        detail = ", ".join(f"{code} {n}" for code, n in counted.most_common())
        parts.append(
            f"{severity}s: {counted.total()}" + (f" ({detail})" if detail else "")
        )
    parts.append(f"infos: {by_severity['info'].total()}")
    return ", ".join(parts)
