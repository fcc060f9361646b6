"""Hostile inputs for benchmarks/adversarial.py, and the text they are made of.

Each :class:`Case` builds one input meant to hurt the parser: thousands of
unmatched quotation marks, a megabyte on one line, endless bylines, tens of
thousands of short lines... Its words and paragraphs come from the example
dump ``examples/lowdown-example.txt``, so that everything but the hostile
shape reads like an ordinary post. Builders take a size in bytes or a count
of lines; ``Case.build`` takes a scale (1 full, 1/8 for ``--quick``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "lowdown-example.txt"
FOOTER = ("No comments:", "Post a Comment")


# -- building material: the example dump's paragraphs and words ---------------

_EXAMPLE_TEXT = EXAMPLE.read_text(encoding="utf-8")
PARAS = [line.strip() for line in _EXAMPLE_TEXT.splitlines() if line.strip()]
HEAD = PARAS[:2]  # date, headline
REPEAT = [p for p in PARAS[2:] if p not in FOOTER]
BODY = [p for p in REPEAT if not p.endswith((" JL", ":"))][1:]  # plain paragraphs
WORDS = " ".join(BODY).split()
CLOSERS = str.maketrans("", "", '”"’')
PLAIN_WORDS = [w.translate(CLOSERS).replace("“", "") for w in WORDS]
PLAIN_WORDS = [w for w in PLAIN_WORDS if w]


def nbytes(text: str) -> int:
    return len(text.encode("utf-8"))


def cut(text: str, size: int) -> str:
    """Trim ``text`` to ``size`` UTF-8 bytes (never inside a character)."""
    return text.encode("utf-8")[:size].decode("utf-8", "ignore")


def repeat_to(piece: str, size: int) -> str:
    """Repeat ``piece`` to ``size`` bytes (the last copy may be cut short)."""
    return cut(piece * (size // max(1, nbytes(piece)) + 1), size)


def paragraphs(paras: list[str], sep: str = "\n\n") -> str:
    return sep.join(paras) + "\n"


def words_line(n_words: int, offset: int, mark: Callable[[int, str], str]) -> str:
    """``n_words`` words of the example body, each passed through ``mark``."""
    out = []
    for i in range(n_words):
        j = offset + i
        out.append(mark(j, PLAIN_WORDS[j % len(PLAIN_WORDS)]))
    return " ".join(out)


def lines_of(make: Callable[[int], str], size: int, prefix: list[str]) -> str:
    """Paragraphs ``make(0)``, ``make(1)``... after ``prefix``, to ``size`` bytes."""
    parts = ["\n\n".join(prefix) + "\n\n"] if prefix else []
    total = nbytes(parts[0]) if parts else 0
    i = 0
    while total < size:
        line = make(i) + "\n\n"
        parts.append(line)
        total += nbytes(line)
        i += 1
    return cut("".join(parts), size)


# -- hostile inputs -----------------------------------------------------------

HEADER = HEAD + REPEAT[:4]  # date, headline, summary x2, byline, highlights
NAMES = (
    "Jane Roe", "John Doe", "Priya Sandoval", "Greta Holm", "Jonas Eklund",
    "Ana María López", "Kwame Mensah", "Li Wei", "Olga Petrova", "Tom O'Neil",
)  # fmt: skip
CAPITALS = [w.capitalize() for w in PLAIN_WORDS if w.isalpha()]


def open_marks(mark: str, every: int = 3) -> Callable[[int, str], str]:
    return lambda j, w: mark + w if j % every == 0 else w


def alternating(first: str, second: str) -> Callable[[int, str], str]:
    return lambda j, w: (first if j % 4 == 0 else second) + w if j % 2 == 0 else w


def paired(j: int, w: str) -> str:
    """“Two words” and ‘two words’ in turn, with plain words between."""
    return {0: "“" + w, 1: w + "”", 4: "‘" + w, 5: w + "’"}.get(j % 8, w)


def quote_lines(marker: Callable[[int, str], str]) -> Callable[[int], str]:
    return lambda i: words_line(170, i * 170, marker)  # about 1 KB a line


def one_paragraph(marker: Callable[[int, str], str], size: int) -> str:
    head = paragraphs(HEADER) + "\n"
    n = (size - nbytes(head)) // 5
    return cut(head + words_line(n, 0, marker) + "\n", size)


def one_line_ordinary(size: int) -> str:
    return repeat_to(" ".join(HEAD + REPEAT) + " ", size)


def one_line_no_spaces(size: int) -> str:
    return repeat_to("".join("".join(HEAD + REPEAT).split()), size)


def byline_and(size: int, end: str = " report in the Wall Street Journal:") -> str:
    head = "\n\n".join(HEAD + REPEAT[:1]) + "\n\n"
    names = repeat_to(" and ".join(NAMES) + " and ", size - nbytes(head) - 200)
    names = names.rsplit(" and ", 1)[0]
    return head + names + end + "\n\n" + paragraphs(BODY[:1])


def byline_commas(size: int) -> str:
    head = "\n\n".join(HEAD + REPEAT[:1]) + "\n\n"
    names = repeat_to(", ".join(NAMES) + ", ", size - nbytes(head) - 200)
    names = names.rsplit(", ", 1)[0]
    end = " and Li Wei report in the Financial Times:"
    return head + names + end + "\n\n" + paragraphs(BODY[:1])


def byline_lines(size: int) -> str:
    head = HEAD + REPEAT[:1]
    return lines_of(
        lambda i: f"{NAMES[i % 10]} and {NAMES[(i + 3) % 10]} report in the Times:",
        size,
        head,
    )


def photo_one_paragraph(size: int) -> str:
    head = paragraphs(HEADER) + "\n"
    piece = "Dockworkers at the gate. Photo: Jonas Eklund/Reuters "
    return head + repeat_to(piece, size - nbytes(head) - 1) + "\n"


def photo_labels_only(size: int) -> str:
    head = paragraphs(HEADER) + "\n"
    return head + repeat_to("Photo: ", size - nbytes(head) - 1) + "\n"


def photo_lines(size: int) -> str:
    return lines_of(
        lambda i: f"Dockworkers at gate {i}. Photo: {NAMES[i % 10]}/Reuters",
        size,
        HEADER,
    )


def footer_lines(count: int, lines: tuple[str, ...]) -> str:
    return paragraphs(HEAD + REPEAT + list(lines) * count)


def date_lines(count: int) -> str:
    return "".join(f"Dec {1 + i % 28}, 2024\n" for i in range(count))


def tiny_posts(size: int) -> str:
    return lines_of(
        lambda i: f"Dec {1 + i % 28}, 2024\n\nHeadline {i}\n\n{BODY[i % len(BODY)]}",
        size,
        [],
    )


def capital_lines(size: int) -> str:
    n = len(CAPITALS)
    return lines_of(
        lambda i: " ".join(CAPITALS[(i * 150 + k) % n] for k in range(150)),
        size,
        HEADER,
    )


def capital_paragraph(size: int) -> str:
    head = paragraphs(HEADER) + "\n"
    return head + repeat_to(" ".join(CAPITALS) + " ", size - nbytes(head) - 1) + "\n"


def said_capitals(size: int) -> str:
    n = len(CAPITALS)
    return lines_of(
        lambda i: (
            "“We will stay out,” said "
            + " ".join(CAPITALS[(i * 140 + k) % n] for k in range(140))
        ),
        size,
        HEADER,
    )


def said_lines(size: int) -> str:
    return lines_of(
        lambda i: " ".join(
            "said" if k % 2 else PLAIN_WORDS[(i + k) % len(PLAIN_WORDS)]
            for k in range(200)
        ),
        size,
        HEADER,
    )


def said_paragraph(size: int) -> str:
    head = paragraphs(HEADER) + "\n"
    piece = "the union said the ministry said officials said Greta Holm said "
    return head + repeat_to(piece, size - nbytes(head) - 1) + "\n"


def said_sentences(size: int) -> str:
    head = paragraphs(HEADER) + "\n"
    piece = "The union said so. Greta Holm said that. He said it, officials said. "
    return head + repeat_to(piece, size - nbytes(head) - 1) + "\n"


MONTHS = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)  # fmt: skip


def short_lines(count: int, line: Callable[[int], str], prefix: list[str]) -> str:
    """``count`` lines ``line(0)``, ``line(1)``... after ``prefix``, one a block."""
    head = "".join(p + "\n" for p in prefix)
    return head + "".join(line(i) + "\n" for i in range(count))


def one_word_lines(count: int) -> str:
    n = len(PLAIN_WORDS)
    return short_lines(count, lambda i: PLAIN_WORDS[i % n], HEAD)


def photo_name_lines(count: int) -> str:
    return short_lines(count, lambda i: f"Photo: {NAMES[i % 10]}", HEAD)


def month_date_lines(count: int) -> str:
    return short_lines(
        count, lambda i: f"{MONTHS[i % 12]} {1 + i % 28}, {2000 + i % 25}", []
    )


def posted_by_lines(count: int) -> str:
    return short_lines(
        count,
        lambda i: (
            f"Posted by {NAMES[i % 10]} at {1 + i % 12}:{i % 60:02d} "
            f"{'AM' if i % 2 else 'PM'}"
        ),
        HEAD,
    )


# -- cases ----------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[float], str]  # takes the scale (1 full, 1/8 quick)
    iterate: bool = False  # time iter_articles instead of parse_article


def both(name: str, build: Callable[[float], str]) -> list[Case]:
    """The same input as one post (``parse_article``) and as an archive."""
    return [
        Case(f"{name} (parse_article)", build),
        Case(f"{name} (iter_articles)", build, iterate=True),
    ]


def two_paragraphs(first: str, second: str, size: int, end: str = "") -> str:
    """A long paragraph of ``first`` then one of ``second``, repeated to ``size``."""
    half = size // 2
    return (
        paragraphs(HEADER)
        + "\n"
        + cut(first * (half // len(first) + 1), half)
        + end
        + "\n"
        + cut(second * (half // len(second) + 1), half)
        + "\n"
    )


def sized(fn: Callable[[int], str], size: int) -> Callable[[float], str]:
    return lambda scale: fn(int(size * scale))


def counted(fn: Callable[[int], str], count: int) -> Callable[[float], str]:
    return lambda scale: fn(int(count * scale))


KB = 1000
CASES = [
    Case("open “ (1 KB lines)", sized(
        lambda n: lines_of(quote_lines(open_marks("“")), n, HEADER), 500 * KB)),
    Case('open " (1 KB lines)', sized(
        lambda n: lines_of(quote_lines(open_marks('"')), n, HEADER), 500 * KB)),
    Case("open “ every word (1 KB lines)", sized(
        lambda n: lines_of(quote_lines(open_marks("“", 1)), n, HEADER), 500 * KB)),
    Case("open “ (one paragraph)", sized(
        lambda n: one_paragraph(open_marks("“"), n), 200 * KB)),
    Case('open " (one paragraph)', sized(
        lambda n: one_paragraph(open_marks('"'), n), 200 * KB)),
    Case('alternating “ " (1 KB lines)', sized(
        lambda n: lines_of(quote_lines(alternating("“", '"')), n, HEADER), 500 * KB)),
    Case("alternating ” “ (1 KB lines)", sized(
        lambda n: lines_of(quote_lines(alternating("”", "“")), n, HEADER), 500 * KB)),
    Case('alternating “ " (one paragraph)', sized(
        lambda n: one_paragraph(alternating("“", '"'), n), 200 * KB)),
    Case("alternating ‘ ’ (one paragraph)", sized(
        lambda n: one_paragraph(alternating("‘", "’"), n), 200 * KB)),
    Case("“double” and ‘single’ pairs (one paragraph)", sized(
        lambda n: one_paragraph(paired, n), 200 * KB)),
    Case("one line: ordinary text", sized(one_line_ordinary, 1000 * KB)),
    Case("one line: no spaces", sized(one_line_no_spaces, 1000 * KB)),
    Case("one line: only marks", sized(
        lambda n: repeat_to("“”\"‘’'„", n), 1000 * KB)),
    Case("one line: only “", sized(lambda n: repeat_to("“", n), 1000 * KB)),
    Case("blank lines x200k", counted(
        lambda n: paragraphs(HEADER) + "\n" * n + paragraphs(BODY[:1]), 200_000)),
    Case("NBSP-only lines x100k", counted(
        lambda n: paragraphs(HEADER) + "\u00a0 \u00a0\n" * n + paragraphs(BODY[:1]),
        100_000)),
    Case("zero-width-only lines x100k", counted(
        lambda n: paragraphs(HEADER) + "\u200b\ufeff\n" * n + paragraphs(BODY[:1]),
        100_000)),
    Case("byline: A and B and ... (4th line)", sized(byline_and, 300 * KB)),
    Case("byline: A and B ... no colon", sized(
        lambda n: byline_and(n, " report in the Wall Street Journal"), 300 * KB)),
    Case("byline: A and B ... no verb", sized(
        lambda n: byline_and(n, " in the Wall Street Journal:"), 300 * KB)),
    Case("byline: A, B, C, ... and Z", sized(byline_commas, 300 * KB)),
    Case("byline lines (every line)", sized(byline_lines, 300 * KB)),
    Case("Photo: labels (one paragraph)", sized(photo_one_paragraph, 300 * KB)),
    Case("Photo: Photo: ... (one paragraph)", sized(photo_labels_only, 300 * KB)),
    Case("Photo: caption lines", sized(photo_lines, 500 * KB)),
    Case("footer lines x10k", counted(lambda n: footer_lines(n, FOOTER), 10_000)),
    Case("'3 comments:' lines x10k", counted(
        lambda n: footer_lines(n, ("3 comments:", "Newer Post Older Post Home")),
        10_000)),
    Case("date headers x30k (iter_articles)", counted(date_lines, 30_000),
         iterate=True),
    Case("tiny posts (iter_articles)", sized(tiny_posts, 500 * KB), iterate=True),
    Case("date headers x30k (parse_article)", counted(date_lines, 30_000)),
    Case("capitalised words (1 KB lines)", sized(capital_lines, 500 * KB)),
    Case("capitalised words (one paragraph)", sized(capital_paragraph, 200 * KB)),
    Case("“...,” said + capitalised run", sized(said_capitals, 500 * KB)),
    Case("lines of 1000 commas", sized(
        lambda n: lines_of(lambda i: "," * 1000, n, HEADER), 500 * KB)),
    Case("commas only (one paragraph)", sized(
        lambda n: paragraphs(HEADER) + "\n" + repeat_to(",", n) + "\n", 200 * KB)),
    Case("said x thousands (1 KB lines)", sized(said_lines, 500 * KB)),
    Case("said x thousands (one paragraph)", sized(said_paragraph, 200 * KB)),
    Case("said sentences, no quotes (one paragraph)", sized(said_sentences, 200 * KB)),
    # Found by review: space runs around credit slashes, pronouns and
    # statements after a long paragraph.
    Case("AP/ credits with space runs (lines)", sized(
        lambda n: lines_of(lambda i: "AP/" + " " * 59 + "/" + " " * 59 + "/"
                           + " " * 59 + "x(", n, HEADER), 200 * KB)),
    Case("“...,” he said x many after a long paragraph", sized(
        lambda n: two_paragraphs("lorem ipsum dolor sit amet ",
                                 "“Hello there my friend,” he said. ", n), 200 * KB)),
    Case("statement, then many unattributed quotes", sized(
        lambda n: two_paragraphs("the statement reads as follows ",
                                 "“Hello there my good friend.” ", n, ":"), 200 * KB)),
    # Short lines: each costs what building and looking at one block costs,
    # so these hold the constant per line to the ordinary dumps'.
    *both("one-word lines x100k", counted(one_word_lines, 100_000)),
    *both("'Photo: X' lines x30k", counted(photo_name_lines, 30_000)),
    *both("'March 8, 2011' lines x50k", counted(month_date_lines, 50_000)),
    *both("'Posted by X at 10:15 AM' lines x50k",
          counted(posted_by_lines, 50_000)),
]  # fmt: skip
