"""The ``articlekit`` command line.

``articlekit parse PATH... [--format json|jsonl|text] [--output FILE]
[--jobs N] [--glob PATTERN] [--strict] [--single] [--plugin NAME]`` parses
files, folders (recursively) and ``-`` (standard input), one article per
post, and prints them; a summary line goes to standard error.

``articlekit show FILE [--html OUT] [--color auto|always|never] [--single]
[--plugin NAME]`` shows the text of one dump with every part marked (see
:mod:`articlekit.show`).

``articlekit schema [--output FILE]`` prints the JSON Schema of the JSON that
``parse`` writes (see :func:`articlekit.schema.json_schema`).

Exit status: 0 when every file was read; 1 when a file could not be read or
decoded, a folder could not be listed, or strict mode found a problem (those
files and folders are skipped and named on standard error); 2 on a usage
error; 141 (as for SIGPIPE) when the reader of the output closed it early
(``articlekit parse ... | head``).
"""

from __future__ import annotations

import argparse
import codecs
import errno
import fnmatch
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, NamedTuple, TextIO

from articlekit._input import decode
from articlekit._version import __version__
from articlekit.api import iter_articles, parse_article
from articlekit.errors import ArticleParseError, UnknownPluginError
from articlekit.models import Article
from articlekit.parser import Parser
from articlekit.schema import json_schema

__all__ = ["format_text", "main"]


def format_text(article: Article) -> str:
    """Render an article for people: each part under its own heading."""
    out: list[str] = []

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
    part("Diagnostics", [str(d) for d in article.diagnostics])
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
        choices=("json", "jsonl", "text"),
        default="json",
        help="json: to_dict() (one object, or a list for several articles);"
        " jsonl: one object per line; text: headings for people",
    )
    parse.add_argument("--output", metavar="FILE", help="write here, not to stdout")
    parse.add_argument(
        "--glob",
        default="*.txt",
        metavar="PATTERN",
        help="which files of a folder to read (default: *.txt)",
    )
    parse.add_argument(
        "--jobs",
        type=int,
        default=0,
        metavar="N",
        help="parse files in N processes, output in input order"
        " (default: one per core; 1 for none)",
    )
    parse.add_argument(
        "--strict", action="store_true", help="skip a file on its first problem"
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
    return ap


def _print_schema(output: str | None) -> int:
    text = json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def _path_key(path: Path) -> tuple[str, ...]:
    return tuple(os.path.normcase(part) for part in path.parts)


def _expand(
    paths: Iterable[str], pattern: str, problems: list[tuple[str, str]]
) -> Iterator[str]:
    """Files in the order given; a folder gives its matching files, sorted.

    A folder (or a part of one) that cannot be listed is added to
    ``problems`` with what went wrong, to be named and counted as skipped.
    """
    for path in paths:
        if path != "-" and Path(path).is_dir():
            yield from _folder_files(path, pattern, problems)
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


class _Done(NamedTuple):
    """What a job hands back: its articles already written out.

    The parent process only copies text; with ``--jobs``, serialising every
    article there alone would cap the speed-up.
    """

    path: str
    texts: list[str]  # --format json: one per article, for the list
    blob: bytes  # jsonl and text: every article written out, as UTF-8
    articles: int
    codes: list[str]  # the diagnostic codes of every article
    error: str | None


def _job(
    path: str,
    *,
    strict: bool,
    single: bool,
    plugins: tuple[str, ...],
    stdin: str,
    fmt: str,
    errors: str = "strict",
) -> _Done:
    """Parse one file; return its articles written in ``fmt``, or an error.

    JSON Lines and text come back as UTF-8 bytes, encoded with ``errors``:
    the error handler of the stream they are bound for.
    """
    parser = _parser_with(plugins)
    text, decoding = stdin, None
    try:
        if path != "-":
            text, decoding = decode(Path(path).read_bytes())
    except OSError as exc:
        return _failed(path, f"cannot read: {exc.strerror or exc}")
    if decoding == "input.undecodable":
        return _failed(path, "cannot decode: bytes neither UTF-8 nor cp1252")
    try:
        if single:
            articles = [parse_article(text, strict=strict, parser=parser)]
        else:
            # An input with no text is still one (empty) post: say so.
            articles = list(iter_articles(text, strict=strict, parser=parser)) or [
                parse_article(text, strict=strict, parser=parser)
            ]
    except ArticleParseError as exc:
        return _failed(path, str(exc))
    codes = [d.code for a in articles for d in a.diagnostics]
    n = len(articles)
    if fmt == "json":
        texts = [
            json.dumps(a.to_dict(), ensure_ascii=False, indent=2) for a in articles
        ]
        return _Done(path, texts, b"", n, codes, None)
    if fmt == "text":
        lines = [format_text(a) for a in articles]
    else:
        lines = [json.dumps(a.to_dict(), ensure_ascii=False) for a in articles]
    # Encoded here, in the worker: the parent only copies bytes out, and its
    # time is taken from the workers' cores.
    blob = "".join(line + "\n" for line in lines).encode("utf-8", errors)
    return _Done(path, [], blob, n, codes, None)


def _failed(path: str, error: str) -> _Done:
    return _Done(path, [], b"", 0, [], error)


# One parser per set of plugins in each process: building a pipeline for
# every file cost several percent of a batch of small dumps.
_PARSERS: dict[tuple[str, ...], Parser] = {}


def _parser_with(plugins: tuple[str, ...]) -> Parser:
    if plugins not in _PARSERS:
        parser = Parser()
        for name in plugins:
            parser.use(name)
        _PARSERS[plugins] = parser
    return _PARSERS[plugins]


def _run_job(args: tuple[str, bool, bool, tuple[str, ...], str, str, str]) -> _Done:
    path, strict, single, plugins, stdin, fmt, errors = args
    return _job(
        path,
        strict=strict,
        single=single,
        plugins=plugins,
        stdin=stdin,
        fmt=fmt,
        errors=errors,
    )


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
    started = time.perf_counter()
    plugins = tuple(args.plugin)
    try:
        for name in plugins:
            Parser().use(name)
    except UnknownPluginError as exc:
        print(f"articlekit: {exc}", file=sys.stderr)
        return 2
    problems: list[tuple[str, str]] = []
    files = list(_expand(args.paths, args.glob, problems))
    for path, error in problems:
        print(f"articlekit: {path}: {error}", file=sys.stderr)
    stdin = sys.stdin.read() if "-" in files else ""
    jobs = args.jobs or os.cpu_count() or 1
    show = not args.quiet and sys.stderr.isatty()

    out: TextIO = sys.stdout
    if args.output:
        out = open(args.output, "w", encoding="utf-8")  # noqa: SIM115 - closed below
    # Bytes for a UTF-8 stream are encoded as the stream would encode them
    # (standard input read with surrogateescape gives back its stray bytes);
    # for any other stream they go back to text first, losing nothing.
    errors = _byte_errors(out) or "surrogatepass"
    work = [
        (path, args.strict, args.single, plugins, stdin, args.format, errors)
        for path in files
    ]
    failed = 0
    articles = 0
    codes: Counter[str] = Counter()
    collected: list[str] = []
    try:
        if jobs > 1 and len(files) > 1:
            workers = min(jobs, len(files))
            pool = ProcessPoolExecutor(max_workers=workers)
            try:
                results = _progress(
                    pool.map(_run_job, work, chunksize=_chunk(len(work), workers)),
                    len(work),
                    show,
                )
                failed, articles = _emit(results, args.format, out, collected, codes)
            finally:
                # On an early exit (a closed pipe, Ctrl-C), files not yet
                # started are dropped rather than parsed for nobody.
                pool.shutdown(cancel_futures=True)
        else:
            results = _progress(map(_run_job, work), len(work), show)
            failed, articles = _emit(results, args.format, out, collected, codes)
        if args.format == "json":
            if len(collected) == 1:
                print(collected[0], file=out)
            elif collected:
                # The same text as json.dumps(list, indent=2): each item's
                # lines one level deeper (split at "\n" alone: a string may
                # hold U+2028, which splitlines() would cut at).
                items = ("  " + c.replace("\n", "\n  ") for c in collected)
                print("[\n" + ",\n".join(items) + "\n]", file=out)
    finally:
        if out is not sys.stdout:
            out.close()
    if not args.quiet and (len(files) > 1 or problems):
        top = ", ".join(f"{code} {n}" for code, n in codes.most_common(5)) or "none"
        unlisted = f", {len(problems)} not listed" if problems else ""
        print(
            f"articlekit: {len(files)} files ({failed} skipped{unlisted}), "
            f"{articles} articles, diagnostics: {top}; "
            f"{time.perf_counter() - started:.2f} s",
            file=sys.stderr,
        )
    return 1 if failed or problems else 0


def _emit(
    results: Iterable[_Done],
    fmt: str,
    out: TextIO,
    collected: list[str],
    codes: Counter[str],
) -> tuple[int, int]:
    """Write each file's articles as they come; return (failed files, articles)."""
    failed = articles = 0
    write = _writer(out)
    every_code: list[str] = []
    # Output is written in pieces of about 64 KB: one write per small file
    # cost the parent (whose time comes out of the workers' cores) more
    # than the copying. A terminal gets each file as it comes.
    piece = 0 if _isatty(out) else 65536
    pending: list[bytes] = []
    size = 0
    for done in results:
        if done.error is not None:
            failed += 1
            if pending:
                write(b"".join(pending))
                pending, size = [], 0
            print(f"articlekit: {done.path}: {done.error}", file=sys.stderr)
            continue
        articles += done.articles
        every_code.extend(done.codes)
        if fmt == "json":
            collected.extend(done.texts)
        elif done.blob:
            pending.append(done.blob)
            size += len(done.blob)
            if size >= piece:
                write(b"".join(pending))
                pending, size = [], 0
    if pending:
        write(b"".join(pending))
    codes.update(every_code)
    return failed, articles


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
