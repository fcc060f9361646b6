"""Fuzzing of articlekit.parse_article and iter_articles, with atheris or without.

Run from the repository root (see fuzz/README.md)::

    python fuzz/fuzz_parse.py fuzz/corpus -atheris_runs=1000000    # atheris
    python fuzz/fuzz_parse.py --random --runs 100000 fuzz/corpus   # plain Python

Each input is taken as bytes and parsed three ways: as bytes (the library
decodes them; its invariants are checked against the library's own decoding,
``articlekit._input.decode``), as the text ``data.decode("utf-8", errors="replace")``
(lenient), and as that text with ``strict=True`` (which may raise only
``ArticleParseError``). Any other exception is a finding, and so is an
AssertionError from the invariants checked on every article returned:

1. every span (each "span", "spans" and "*_span" key of ``to_dict()``,
   ``Article.spans``, the spans of the ``unparsed`` and ``following`` blocks,
   the start/end of each diagnostic) lies within the text;
2. block-level parts (the plain fields of ``Article.spans``, the summary,
   the byline, the comment footer, the captions, the unparsed and following
   blocks) do not overlap one another;
3. every non-blank character of the text lies in some block-level part
   (blank: ``str.isspace()`` or one of U+FEFF U+200B U+200C U+200D U+2060);
4. ``Article.from_dict(article.to_dict()) == article``, and ``to_dict()``
   survives a JSON round trip unchanged.

The text is then streamed: ``iter_articles`` over the whole text and over the
text cut into chunks at points drawn from the input's own hash must give the
same articles (equal ``to_dict()``), and its first article must be the one
``parse_article`` reads, less the ``following`` blocks.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import random
import sys
from collections.abc import Iterable
from pathlib import Path

try:
    import atheris
except ImportError:  # the plain-Python driver needs no atheris
    atheris = None

# Fuzz the checkout this file sits in, installed or not.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

with (
    atheris.instrument_imports(include=["articlekit"])
    if atheris is not None
    else contextlib.nullcontext()
):
    import articlekit
    from articlekit import Article, ArticleParseError
    from articlekit._input import decode as library_decode

import driver  # beside this file: its folder is on the path

INVISIBLE = frozenset("\ufeff\u200b\u200c\u200d\u2060")
SPAN_KEYS = ("span", "spans")


def is_blank(char: str) -> bool:
    """Whether ``char`` counts as blank (no part needs to cover it)."""
    return char.isspace() or char in INVISIBLE


def _as_spans(value: object) -> list[tuple[int, int]]:
    """The spans held by a "span"/"spans" value: [s, e], [[s, e], ...] or a map."""
    if value is None:
        return []
    if isinstance(value, dict):
        return [s for v in value.values() for s in _as_spans(v)]
    if (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    ):
        return [(value[0], value[1])]
    if isinstance(value, list):
        return [s for v in value for s in _as_spans(v)]
    raise AssertionError(f"span value of unexpected shape: {value!r}")


def walk_spans(node: object, path: str = "") -> list[tuple[str, int, int]]:
    """Every span under a ``to_dict()`` tree, with the key path it sits at."""
    found: list[tuple[str, int, int]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{path}.{key}" if path else str(key)
            if key in SPAN_KEYS or (isinstance(key, str) and key.endswith("_span")):
                found.extend((here, s, e) for s, e in _as_spans(value))
            else:
                found.extend(walk_spans(value, here))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found.extend(walk_spans(value, f"{path}[{i}]"))
    return found


def block_parts(article: Article) -> list[tuple[str, int, int]]:
    """The spans of the block-level parts, labelled by part."""
    parts: list[tuple[str, int, int]] = []
    for name, spans in article.spans.items():
        parts.extend((f"spans.{name}", s.start, s.end) for s in spans)
    if article.summary is not None:
        parts.extend(("summary", s.start, s.end) for s in article.summary.spans)
    if article.byline is not None and article.byline.span is not None:
        parts.append(("byline", article.byline.span.start, article.byline.span.end))
    if article.comments is not None:
        parts.extend(("comments", s.start, s.end) for s in article.comments.spans)
    for i, caption in enumerate(article.captions):
        if caption.span is not None:
            parts.append((f"captions[{i}]", caption.span.start, caption.span.end))
    for kind in ("unparsed", "following"):
        for block in getattr(article, kind):
            parts.append((f"{kind}[{block.index}]", block.span.start, block.span.end))
    return parts


def check(article: Article, text: str, how: str) -> None:
    """Raise AssertionError when ``article`` breaks an invariant over ``text``."""
    n = len(text)
    data = article.to_dict()

    # 1. Spans lie within the text.
    spans = walk_spans(data)
    for name, spans_of in article.spans.items():
        spans.extend((f"Article.spans.{name}", s.start, s.end) for s in spans_of)
    for kind in ("unparsed", "following"):
        for block in getattr(article, kind):
            spans.append((f"{kind} block", block.span.start, block.span.end))
    for d in article.diagnostics:
        if d.start is not None or d.end is not None:
            spans.append((f"diagnostic {d.code}", d.start or 0, d.end or 0))
    for where, start, end in spans:
        if not 0 <= start <= end <= n:
            raise AssertionError(
                f"[{how}] span {where}=[{start}, {end}] outside the text (len {n})"
            )

    # 2. Block-level parts do not overlap.
    parts = sorted(block_parts(article), key=lambda p: (p[1], p[2]))
    last = ("", 0, 0)
    for part in parts:
        if part[1] == part[2]:
            continue
        if part[1] < last[2]:
            raise AssertionError(
                f"[{how}] {part[0]}={list(part[1:])} overlaps {last[0]}="
                f"{list(last[1:])}: {text[part[1] : last[2]]!r}"
            )
        if part[2] > last[2]:
            last = part

    # 3. Every non-blank character lies in some part.
    delta = [0] * (n + 1)
    for _, start, end in parts:
        delta[start] += 1
        delta[end] -= 1
    depth = 0
    for i, char in enumerate(text):
        depth += delta[i]
        if depth <= 0 and not is_blank(char):
            raise AssertionError(
                f"[{how}] character {char!r} at offset {i} lies in no part; "
                f"context {text[max(0, i - 30) : i + 30]!r}"
            )

    # 4. to_dict/from_dict round trip, and the dict is JSON-ready.
    again = Article.from_dict(data)
    if again != article:
        diff = {
            k: (v, again.to_dict()[k])
            for k, v in data.items()
            if again.to_dict()[k] != v
        }
        raise AssertionError(f"[{how}] from_dict(to_dict()) differs: {diff!r}")
    if json.loads(json.dumps(data)) != data:
        raise AssertionError(f"[{how}] to_dict() does not survive JSON")


def cuts(data: bytes, text: str) -> list[str]:
    r"""``text`` cut into chunks at up to 16 points drawn from ``data``'s hash.

    The same input always gives the same chunks, so a crash replays; the cuts
    fall anywhere, between a ``\r`` and its ``\n`` too.
    """
    rng = random.Random(hashlib.sha256(data).digest())
    at = sorted(rng.randint(0, len(text)) for _ in range(rng.randint(0, 16)))
    return [text[a:b] for a, b in zip([0, *at], [*at, len(text)], strict=True)]


def check_stream(data: bytes, text: str, alone: Article) -> None:
    """Raise AssertionError when streaming ``text`` reads it otherwise.

    ``alone`` is ``parse_article(text)``.
    """
    whole = [article.to_dict() for article in articlekit.iter_articles(text)]
    chunks = cuts(data, text)
    streamed = [article.to_dict() for article in articlekit.iter_articles(chunks)]
    if streamed != whole:
        first = next(
            (
                i
                for i, (a, b) in enumerate(zip(whole, streamed, strict=False))
                if a != b
            ),
            min(len(whole), len(streamed)),
        )
        raise AssertionError(
            f"[stream] {len(whole)} articles whole, {len(streamed)} in chunks "
            f"{[len(c) for c in chunks]}; article {first} differs"
        )
    if whole and without_page(alone.to_dict()) != without_page(whole[0]):
        raise AssertionError(
            "[stream] the first article of iter_articles() is not the one "
            "parse_article() reads"
        )


def dicts(articles: Iterable[Article]) -> list[dict[str, object]]:
    """The ``to_dict()`` of each article."""
    return [article.to_dict() for article in articles]


def without_page(data: dict[str, object]) -> dict[str, object]:
    """An article's ``to_dict()`` less what only the whole page has.

    That is the ``following`` blocks of the posts after the first, the
    diagnostics: ``input.more_posts``, and the input's own (mojibake, U+FFFD)
    found anywhere on the page; and the post's place in the stream.
    """
    return {**data, "following": [], "diagnostics": [], "source": None}


def TestOneInput(data: bytes) -> None:  # noqa: N802 - atheris's name
    """Parse ``data`` three ways, check every article, then stream it."""
    article = articlekit.parse_article(data)
    # The bytes path decodes in its own way (UTF-8, else a fallback): its
    # spans are offsets into the library's decoding, so check against that.
    decoded, decoding = library_decode(data)
    check(article, decoded, "bytes")
    if decoding is None:
        # A byte stream is decoded as it is read, to the same text.
        read = list(articlekit.iter_articles(io.BytesIO(data)))
        if [a.to_dict() for a in read] != dicts(articlekit.iter_articles(decoded)):
            raise AssertionError("[bytes] a byte stream reads otherwise than its text")
    text = data.decode("utf-8", errors="replace")
    article = articlekit.parse_article(text)
    check(article, text, "lenient")
    check_stream(data, text, article)
    try:
        strict = articlekit.parse_article(text, strict=True)
    except ArticleParseError:
        return
    check(strict, text, "strict")


def _random_main(argv: list[str]) -> int:
    """Run the plain-Python driver (or replay files); return the exit status."""
    parser = argparse.ArgumentParser(
        prog="fuzz_parse.py --random",
        description="Fuzz articlekit with random mutations of the seed corpus.",
    )
    parser.add_argument("--random", action="store_true", help="this mode")
    parser.add_argument("--runs", type=int, default=10_000, help="executions")
    parser.add_argument("--seed", type=int, default=0, help="random seed")
    parser.add_argument("--max-len", type=int, default=4096, help="largest input")
    parser.add_argument("--seconds", type=float, help="stop after this long")
    parser.add_argument("--artifact-prefix", default="fuzz/", help="crash file prefix")
    parser.add_argument("paths", nargs="*", type=Path, help="seed files or folders")
    args = parser.parse_args(argv)
    seeds = driver.read_seeds(args.paths or [Path(__file__).parent / "corpus"])
    clean, crash = driver.run(
        TestOneInput,
        seeds,
        runs=args.runs,
        seed=args.seed,
        max_len=args.max_len,
        seconds=args.seconds,
        artifact_prefix=args.artifact_prefix,
    )
    if crash is None:
        print(f"{clean} executions ran clean")
    return 0 if crash is None else 1


def _replay(paths: list[Path]) -> int:
    """Run each file once, with its traceback on failure; return the exit status."""
    for path in paths:
        TestOneInput(path.read_bytes())
        print(f"{path}: clean")
    return 0


def main() -> None:
    """Fuzz with atheris, or with the plain driver under ``--random``."""
    argv = sys.argv[1:]
    if "--random" in argv:
        sys.exit(_random_main(argv))
    if atheris is None:
        files = [Path(a) for a in argv if not a.startswith("-")]
        if files and all(p.is_file() for p in files):
            sys.exit(_replay(files))
        sys.exit(
            "atheris is not installed: pip install atheris, or run the plain "
            "driver with --random (see fuzz/README.md)"
        )
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
