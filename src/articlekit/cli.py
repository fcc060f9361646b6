"""The ``articlekit`` command line.

``articlekit parse FILE|- [--format json|text] [--strict] [--plugin NAME]`` prints one
article per post in the input: as JSON (``to_dict()``; JSON Lines when there
are several posts) or as text under a heading per part.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from articlekit._version import __version__
from articlekit.api import iter_articles, parse_article
from articlekit.errors import ArticleParseError, UnknownPluginError
from articlekit.models import Article
from articlekit.parser import Parser

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
    parse = sub.add_parser("parse", help="parse a dump and print its parts")
    parse.add_argument("file", help="the dump to read, or - for standard input")
    parse.add_argument(
        "--format",
        choices=("json", "text"),
        default="json",
        help="json: to_dict() of each article; text: headings for people",
    )
    parse.add_argument(
        "--strict", action="store_true", help="fail on the first problem (exit 1)"
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
        "--single",
        action="store_true",
        help="read the whole input as one post (no splitting at date headers)",
    )
    return ap


def _read(path: str, stdin: TextIO) -> str:
    if path == "-":
        return stdin.read()
    with open(path, encoding="utf-8", errors="replace", newline="") as handle:
        return handle.read()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    Exit status: 0 on success, 1 when strict mode finds a problem, 2 on a
    usage error or an unreadable file.
    """
    args = _build_parser().parse_args(argv)
    parser = Parser()
    try:
        for name in args.plugin:
            parser.use(name)
    except UnknownPluginError as exc:
        print(f"articlekit: {exc}", file=sys.stderr)
        return 2
    try:
        text = _read(args.file, sys.stdin)
    except OSError as exc:
        print(
            f"articlekit: cannot read {args.file}: {exc.strerror or exc}",
            file=sys.stderr,
        )
        return 2
    try:
        if args.single:
            articles = [parse_article(text, strict=args.strict, parser=parser)]
        else:
            # An input with no text is still one (empty) post: say so.
            articles = list(iter_articles(text, strict=args.strict, parser=parser)) or [
                parse_article(text, strict=args.strict, parser=parser)
            ]
    except ArticleParseError as exc:
        print(f"articlekit: {args.file}:{exc}", file=sys.stderr)
        return 1
    if args.format == "json":
        if len(articles) == 1:
            print(json.dumps(articles[0].to_dict(), ensure_ascii=False, indent=2))
        else:
            for article in articles:
                print(json.dumps(article.to_dict(), ensure_ascii=False))
    else:
        print("\n".join(format_text(a) for a in articles), end="")
    return 0
