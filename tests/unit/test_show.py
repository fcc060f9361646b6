"""Tests for articlekit.show and ``articlekit show``: checked by structure.

Every part of an article that has a span must be marked once, with the text
of its span, and removing the marks must give back the text, character for
character: in the HTML (tags stripped, entities unescaped), in the plain
form and in the ANSI form. The checks run on the seed, on every dump of the
shared corpus (skipped without ``../shared``), on generated articles, and on
hostile texts; the command line is run end to end.
"""

from __future__ import annotations

import html
import importlib.metadata
import io
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articlekit import Article, Parser, Span, iter_articles, parse_article
from articlekit._input import decode, iter_lines
from articlekit.cli import main
from articlekit.show import iter_posts, to_html, to_terminal
from articlekit.strategies import article_dumps
from tests.conftest import SHARED

CORPUS = SHARED / "corpus"
SEED = CORPUS / "lowdown" / "seed-hama.txt"
needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(), reason="../shared corpus not present"
)

# -- reading the marks back ---------------------------------------------------

_TAG = re.compile(r"<[^>]*>")
_PRE = re.compile(r'<pre class="ak-text">(.*?)</pre>', re.S)
# The plain form: "⟦⟦" is a "⟦" of the text, ⟦#hex⟧ a control character, any
# other ⟦...⟧ a mark.
_PLAIN_MARK = re.compile(r"⟦⟦|⟦#([0-9a-f]+)⟧|⟦[^⟦⟧]*⟧")
_SGR = re.compile(r"\x1b\[[0-9;]*m")
_HEADING = re.compile(r"^⟦post \d+[^⟦⟧]*⟧\n", re.M)


def unmark_html(fragment: str) -> str:
    """The text of the ``<pre>`` of a fragment: tags stripped, unescaped."""
    (pre,) = _PRE.findall(fragment)
    return html.unescape(_TAG.sub("", pre))


def unmark_plain(shown: str) -> str:
    def back(match: re.Match[str]) -> str:
        if match.group() == "⟦⟦":
            return "⟦"
        if match.group(1):
            return chr(int(match.group(1), 16))
        return ""

    return _PLAIN_MARK.sub(back, shown)


def unmark_ansi(shown: str) -> str:
    return unmark_plain(_SGR.sub("", shown))


class _Parts(HTMLParser):
    """Each data-part's pieces and text, checking that the spans nest."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str | None, bool]] = []
        self.texts: dict[str, str] = {}
        self.firsts: dict[str, int] = {}
        self.pieces: dict[str, int] = {}
        self.kinds: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "span":
            return
        a = dict(attrs)
        part = a.get("data-part")
        cls = (a.get("class") or "").split()
        if part is not None:
            self.pieces[part] = self.pieces.get(part, 0) + 1
            if "ak-cont" not in cls:
                self.firsts[part] = self.firsts.get(part, 0) + 1
            self.texts.setdefault(part, "")
            self.kinds[part] = next(c[3:] for c in cls if c not in ("ak-m", "ak-cont"))
        self.stack.append((part, "ak-cont" in cls))

    def handle_endtag(self, tag: str) -> None:
        if tag == "span":
            assert self.stack, "a </span> closes nothing"
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        for part, _ in self.stack:
            if part is not None:
                self.texts[part] += data


def read_parts(fragment: str) -> _Parts:
    (pre,) = _PRE.findall(fragment)
    parts = _Parts()
    parts.feed(pre)
    parts.close()
    assert parts.stack == [], "a <span> is left open"
    return parts


def expected_parts(article: Article, text: str) -> dict[str, str]:
    """Each part's id and the text of its span, read from the article's fields."""
    want: dict[str, str] = {}

    def put(part: str, span: Span | None) -> None:
        if span is not None and len(span):
            want[part] = span.slice(text)

    for name in ("headline", "date", "posted_by", "labels"):
        for span in article.span_of(name):
            put(name, span)
    for name, kind in (("highlights", "highlights"), ("body", "body")):
        for i, span in enumerate(article.span_of(name), 1):
            put(f"{kind}.{i}", span)
    if article.summary is not None:
        for i, span in enumerate(article.summary.spans, 1):
            put(f"summary.{i}", span)
    if article.byline is not None:
        put("byline", article.byline.span)
    for i, caption in enumerate(article.captions, 1):
        put(f"caption.{i}", caption.span)
    for i, quote in enumerate(article.quotes, 1):
        put(f"quote.{i}", quote.span)
        put(f"quote.{i}.said", quote.attribution_span)
        put(f"quote.{i}.speaker", quote.speaker_span)
    if article.comments is not None:
        for i, span in enumerate(article.comments.spans, 1):
            put(f"footer.{i}", span)
    for block in article.unparsed:
        put(f"unparsed.{block.index}", block.span)
    for block in article.following:
        put(f"following.{block.index}", block.span)
    return want


def check(article: Article, text: str) -> _Parts:
    """Every span marked once with its text; the marks come off cleanly."""
    fragment = to_html(article, text)
    assert unmark_html(fragment) == text
    parts = read_parts(fragment)
    want = expected_parts(article, text)
    for part, value in want.items():
        assert parts.firsts.get(part) == 1, part
        assert parts.texts[part] == value, part
    # What else is marked: the signature and credits inside their parts, and
    # text of lines no part covers (none for the default sections).
    extra = set(parts.texts) - set(want)
    for part in extra:
        kind = parts.kinds[part]
        assert kind in ("signature", "credit", "claimed", "section"), part
        assert parts.firsts[part] == 1
    summary = article.summary
    if summary is not None and summary.signature and summary.spans:
        assert parts.texts["signature"] == summary.signature
    for i, caption in enumerate(article.captions, 1):
        credit = parts.texts.get(f"caption.{i}.credit")
        if credit is not None:
            assert caption.label is not None
            assert caption.credit is not None
            assert credit.startswith(caption.label)
            assert credit.endswith(caption.credit)
    for colour, unmark in ((False, unmark_plain), (True, unmark_ansi)):
        shown = to_terminal(article, text, colour=colour)
        assert unmark(shown) == text
        # No character of the text can drive the terminal.
        assert not re.search(
            r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", _SGR.sub("", shown)
        )
    plain = to_terminal(article, text)
    _check_plain_nesting(plain)
    return parts


def _check_plain_nesting(plain: str) -> None:
    stack: list[str] = []
    for match in _PLAIN_MARK.finditer(plain):
        mark = match.group()
        if mark == "⟦⟦" or match.group(1):
            continue
        label = mark[1:-1]
        if label.startswith("/"):
            assert stack, plain
            assert stack.pop().lstrip("…") == label[1:], plain
        else:
            stack.append(label)
    assert stack == []


def posts_of(text: str, parser: Parser | None = None) -> list[tuple[str, Article]]:
    return list(iter_posts(iter_lines([text]), parser=parser))


# -- the library --------------------------------------------------------------


SAMPLE = """The Orchard Letter
Mar 3, 2025
Frost Fans Multiply
Growers now pay to stir the air. JL
Jane Roe reports in the Financial Times:
Apple growers have installed 200 wind machines.
Apple growers have installed 200 wind machines since 2020, a record.
“A frost in bloom takes the crop,” said Tom Vance.
A fan near Wenlow. Photo: Ada Finch/Valley Press
Labels: farming
1 comment:
"""


class TestMarks:
    def test_every_part_of_a_sample(self):
        """Each kind of part is marked, labelled, and nests where it lies."""
        article = parse_article(SAMPLE)
        parts = check(article, SAMPLE)
        assert parts.kinds["headline"] == "headline"
        assert parts.texts["quote.1"] == "“A frost in bloom takes the crop,”"
        assert parts.texts["quote.1.speaker"] == "Tom Vance"
        assert parts.texts["caption.1.credit"] == "Photo: Ada Finch/Valley Press"
        assert parts.texts["signature"] == "JL"
        assert parts.kinds["unparsed.0"] == "unparsed"
        fragment = to_html(article, SAMPLE)
        # The speaker sits inside its attribution, inside its paragraph.
        assert re.search(
            r'data-part="body\.2".*data-part="quote\.1\.said".*'
            r'data-part="quote\.1\.speaker"[^>]*>Tom Vance</span></span>',
            fragment,
        )
        assert 'data-label="body 1"' in fragment
        assert '<ul class="ak-legend">' in fragment

    def test_plain_form(self):
        """The plain form reads as labelled brackets."""
        plain = to_terminal(parse_article(SAMPLE), SAMPLE)
        assert "⟦headline⟧Frost Fans Multiply⟦/headline⟧\n" in plain
        assert "⟦speaker 1⟧Tom Vance⟦/speaker 1⟧⟦/said 1⟧" in plain
        assert "⟦unparsed⟧The Orchard Letter⟦/unparsed⟧" in plain

    def test_overlapping_spans_are_cut_not_broken(self):
        """Two spans that overlap without nesting: the later one in pieces."""
        text = "one two three four\n"
        article = Article(
            body=("one two three four",),
            spans={"body": (Span(start=0, end=18),)},
            quotes=(),
        )
        article = Article.from_dict(
            {
                **article.to_dict(),
                "quotes": [
                    {"text": "one two", "attribution_span": [0, 13], "span": [0, 3]},
                    {"text": "four", "attribution_span": [8, 18], "span": [14, 18]},
                ],
            }
        )
        parts = check(article, text)
        assert parts.pieces["quote.2.said"] == 2
        assert parts.texts["quote.2.said"] == "three four"
        plain = to_terminal(article, text)
        assert "⟦said 2⟧three⟦/said 2⟧⟦/said 1⟧⟦…said 2⟧" in plain

    def test_custom_section_spans_and_claims(self):
        """A custom section's spans show under its name; its claims without
        a span show as claimed."""

        def read_time(state):
            for block in state.unclaimed():
                if block.text.startswith("Read time:"):
                    state.claim(block)
                    state.extras["read_time"] = block.text
                    return True
            return False

        parser = Parser()
        parser.pipeline.insert_before("body", "read_time", read_time)
        text = "Mar 3, 2025\nFrost Fans\nRead time: 4 minutes\nGrowers pay.\n"
        ((post, article),) = posts_of(text, parser)
        parts = check(article, post)
        (claimed,) = (p for p, k in parts.kinds.items() if k == "claimed")
        assert parts.texts[claimed] == "Read time: 4 minutes"
        tagged = Article.from_dict(article.to_dict())
        tagged = Article(
            headline=tagged.headline,
            spans={**article.spans, "read time<x>": (Span(start=23, end=33),)},
        )
        fragment = to_html(tagged, post)
        assert 'data-label="read time_x_"' in fragment
        assert read_parts(fragment).texts["section.read time_x_.1"] == "Read time:"

    def test_spans_that_do_not_fit_the_text(self):
        with pytest.raises(ValueError, match="do not fit"):
            to_html(parse_article(SAMPLE), "short")

    def test_hostile_characters_are_escaped(self):
        """Markup, entities, brackets and escapes in the text stay text."""
        text = (
            "Mar 3, 2025\n<b>Title</b> & &amp; ⟦not⟧ a mark\x1b[31m red\x07\n"
            "<script>alert(1)</script> “Quoted,” said <i>Tom</i> Vance.\n"
        )
        for post, article in posts_of(text):
            check(article, post)
            fragment = to_html(article, post, page=True)
            assert "<script>" not in fragment
            assert "<b>" not in fragment
            assert "\x1b" not in to_terminal(article, post)

    @given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
    def test_any_text(self, text):
        for post, article in posts_of(text):
            check(article, post)

    @given(article_dumps())
    def test_generated_articles(self, dump):
        text, _ = dump
        posts = posts_of(text)
        assert [a for _, a in posts] == list(iter_articles(text))
        for post, article in posts:
            check(article, post)


class TestReprHtml:
    def test_notebook_view_from_the_article_alone(self):
        """_repr_html_ puts the text together from the parts, each marked."""
        article = parse_article(SAMPLE)
        fragment = article._repr_html_()
        assert fragment.startswith('<div class="ak-show"><style>')
        parts = read_parts(fragment)
        assert parts.texts["headline"] == "Frost Fans Multiply"
        assert parts.texts["quote.1.speaker"] == "Tom Vance"
        assert parts.texts["labels"] == "farming"
        assert parts.texts["signature"] == "JL"
        shown = unmark_html(fragment)
        assert shown.splitlines()[0] == "The Orchard Letter"
        assert article.byline is not None
        assert article.byline.text in shown
        assert "farming" in shown

    def test_an_article_built_by_hand(self):
        """An article without spans shows no marks and no text."""
        assert unmark_html(Article(headline="Only")._repr_html_()) == ""

    def test_import_does_not_load_show(self):
        """The module is loaded only when used."""
        code = "import articlekit, sys; print('articlekit.show' in sys.modules)"
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert out.stdout.strip() == "False"


@needs_corpus
class TestRealDumps:
    def test_seed(self):
        text = SEED.read_text(encoding="utf-8")
        ((post, article),) = posts_of(text)
        parts = check(article, post)
        assert sum(k == "quote" for k in parts.kinds.values()) == len(article.quotes)
        assert not any(k == "claimed" for k in parts.kinds.values())

    def test_corpus(self):
        files = sorted(CORPUS.glob("*/*.txt"))
        assert files
        for path in files:
            text, _ = decode(path.read_bytes())
            posts = posts_of(text)
            assert "".join(post for post, _ in posts) == text
            # The posts and articles are iter_articles' own.
            got = [a.to_dict() for _, a in posts]
            assert got == [a.to_dict() for a in iter_articles(text)], path
            for post, article in posts:
                parts = check(article, post)
                assert not any(k == "claimed" for k in parts.kinds.values()), path


# -- the command line ---------------------------------------------------------

ARCHIVE = (
    "My Blog\n\nDec 5, 2024\nFirst <Post>\nRebels took the city.\nLabels: war\n\n"
    "Dec 6, 2024\nSecond & Last\n“We left,” said Ana Ruiz.\nLabels: war\n"
)


def _posts_of_output(out: str) -> list[str]:
    """The posts of a terminal output: the legend and headings taken off."""
    legend, _, rest = out.partition("\n\n")
    assert legend.startswith("parts: ")
    return [p for p in _HEADING.split(rest) if p] if _HEADING.search(rest) else [rest]


class TestShowCommand:
    def test_plain_when_not_a_terminal(self, tmp_path, capsys):
        path = tmp_path / "post.txt"
        path.write_text(SAMPLE, encoding="utf-8")
        assert main(["show", str(path)]) == 0
        out = capsys.readouterr().out
        assert "\x1b" not in out
        (shown,) = _posts_of_output(out)
        assert unmark_plain(shown) == SAMPLE
        assert "⟦byline⟧Jane Roe reports in the Financial Times:⟦/byline⟧" in shown

    def test_colour_when_asked(self, tmp_path, capsys):
        path = tmp_path / "post.txt"
        path.write_text(SAMPLE, encoding="utf-8")
        assert main(["show", str(path), "--color", "always"]) == 0
        out = capsys.readouterr().out
        assert "\x1b[" in out
        (shown,) = _posts_of_output(out)
        assert unmark_ansi(shown) == SAMPLE

    def test_several_posts_each_under_a_heading(self, tmp_path, capsys):
        path = tmp_path / "archive.txt"
        path.write_bytes(ARCHIVE.replace("\n", "\r\n").encode())
        assert main(["show", str(path), "--color", "never"]) == 0
        out = capsys.readouterr().out
        assert "⟦post 1: First <Post>⟧\n" in out
        assert "⟦post 2: Second & Last⟧\n" in out
        posts = _posts_of_output(out)
        assert len(posts) == 2
        assert "".join(map(unmark_plain, posts)) == ARCHIVE.replace("\n", "\r\n")

    def test_html_page(self, tmp_path, capsys):
        path = tmp_path / "archive.txt"
        path.write_text(ARCHIVE, encoding="utf-8")
        page = tmp_path / "out.html"
        assert main(["show", str(path), "--html", str(page)]) == 0
        assert capsys.readouterr().out == ""
        written = page.read_text(encoding="utf-8")
        assert written.startswith("<!DOCTYPE html>")
        assert written.rstrip().endswith("</html>")
        assert "<h2>Post 1: First &lt;Post&gt;</h2>" in written
        assert "<h2>Post 2: Second &amp; Last</h2>" in written
        assert '<ul class="ak-legend">' in written
        pres = _PRE.findall(written)
        assert len(pres) == 2
        assert "".join(html.unescape(_TAG.sub("", p)) for p in pres) == ARCHIVE
        for pre, (post, article) in zip(pres, posts_of(ARCHIVE), strict=True):
            fragment = f'<pre class="ak-text">{pre}</pre>'
            parts = read_parts(fragment)
            for part, value in expected_parts(article, post).items():
                assert parts.texts[part] == value

    def test_html_to_stdout_and_stdin(self, monkeypatch, capsys):
        monkeypatch.setattr(sys, "stdin", io.StringIO(SAMPLE))
        assert main(["show", "-", "--html", "-"]) == 0
        out = capsys.readouterr().out
        (pre,) = _PRE.findall(out)
        assert html.unescape(_TAG.sub("", pre)) == SAMPLE

    def test_cp1252_file(self, tmp_path, capsys):
        """Bytes that are not UTF-8 are read as cp1252, as parse reads them."""
        data = "Mar 3, 2025\nCaf\xe9 \u201cOpen\u201d\nIt opened.\n".encode("cp1252")
        path = tmp_path / "old.txt"
        path.write_bytes(data)
        assert main(["show", str(path)]) == 0
        (shown,) = _posts_of_output(capsys.readouterr().out)
        assert unmark_plain(shown) == decode(data)[0]

    def test_empty_file(self, tmp_path, capsys):
        path = tmp_path / "empty.txt"
        path.write_text("\n\n", encoding="utf-8")
        assert main(["show", str(path)]) == 0
        assert capsys.readouterr().err == f"articlekit: {path}: no text to show\n"

    @pytest.mark.parametrize(
        ("args", "status", "message"),
        [
            (["{missing}"], 1, "cannot read: No such file or directory"),
            (["{folder}"], 2, "is a folder; show reads one file"),
            (["{file}", "--html", "{missing}/x/out.html"], 2, "cannot write:"),
            (["{file}", "--html", "{folder}"], 2, "cannot write:"),
            (["{file}", "--plugin", "no-such-plugin"], 2, "no installed plugin"),
            (["{file}", "--html", "{file}"], 2, "is the file to show"),
        ],
    )
    def test_mistakes(self, tmp_path, capsys, args, status, message):
        """A user's mistake: one line on stderr, no traceback."""
        file = tmp_path / "post.txt"
        file.write_text(SAMPLE, encoding="utf-8")
        names = {"missing": tmp_path / "nope", "folder": tmp_path, "file": file}
        argv = ["show", *(a.format(**names) for a in args)]
        assert main(argv) == status
        err = capsys.readouterr().err
        assert err.startswith("articlekit: ")
        assert message in err
        assert err.count("\n") == 1
        assert file.read_text(encoding="utf-8") == SAMPLE

    def test_real_process_and_a_terminal_choice(self, tmp_path):
        """python -m articlekit show, NO_COLOR honoured under auto."""
        path = Path(tmp_path / "post.txt")
        path.write_text(SAMPLE, encoding="utf-8")
        done = subprocess.run(
            [sys.executable, "-m", "articlekit", "show", str(path)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env={"NO_COLOR": "1", "PYTHONPATH": str(Path(__file__).parents[2] / "src")},
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert "\x1b" not in done.stdout
        assert unmark_plain(_posts_of_output(done.stdout)[0]) == SAMPLE


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_colour_on_a_terminal(tmp_path):
    """On a terminal, auto means colour (unless NO_COLOR is set)."""
    import pty

    path = tmp_path / "post.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    src = str(Path(__file__).parents[2] / "src")
    for env, coloured in (({}, True), ({"NO_COLOR": "1"}, False)):
        leader, follower = pty.openpty()
        child = subprocess.Popen(
            [sys.executable, "-m", "articlekit", "show", str(path)],
            stdout=follower,
            env={"PYTHONPATH": src, "TERM": "xterm", **env},
        )
        os.close(follower)  # read while the child writes: a full terminal blocks it
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal's other end is closed: all read
                break
            if not chunk:
                break
            chunks.append(chunk)
        os.close(leader)
        assert child.wait(timeout=60) == 0
        out = b"".join(chunks).decode("utf-8").replace("\r\n", "\n")
        assert ("\x1b[" in out) is coloured
        (shown,) = _posts_of_output(out)
        assert unmark_ansi(shown) == SAMPLE


def test_stdin_bytes_in_a_real_process():
    """Standard input is read as UTF-8 as it comes; other bytes become U+FFFD."""
    data = "Mar 3, 2025\r\nCafé Opens\r\n".encode() + b"It \x93opened\x94.\r\n"
    done = subprocess.run(
        [sys.executable, "-m", "articlekit", "show", "-", "--color", "never"],
        input=data,
        capture_output=True,
        env={"PYTHONPATH": str(Path(__file__).parents[2] / "src")},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    (shown,) = _posts_of_output(done.stdout.decode("utf-8"))
    assert unmark_plain(shown) == data.decode("utf-8", "replace")


def test_memory_benchmark_runs():
    """benchmarks/show_memory.py prints its figures (none asserted here)."""
    script = Path(__file__).resolve().parents[2] / "benchmarks" / "show_memory.py"
    done = subprocess.run(
        [sys.executable, str(script), "--mb", "0.2"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("show --html OUT") == 2
    assert "peak MB" in done.stdout


def _advertise(monkeypatch, value):
    """Advertise ``value`` as the plugin "source", as an installed package would."""
    entry = importlib.metadata.EntryPoint(
        name="source", value=value, group="articlekit.plugins"
    )

    def entry_points(**selection):
        return importlib.metadata.EntryPoints([entry]).select(**selection)

    monkeypatch.setattr(importlib.metadata, "entry_points", entry_points)


class TestShowKeepsThePage:
    def test_a_mistyped_input_leaves_the_page_as_it_was(self, tmp_path, capsys):
        page = tmp_path / "page.html"
        page.write_text("kept", encoding="utf-8")
        missing = str(tmp_path / "no-such-dump.txt")
        assert main(["show", missing, "--html", str(page)]) == 1
        assert "cannot read" in capsys.readouterr().err
        assert page.read_text(encoding="utf-8") == "kept"


class TestShowPlugins:
    DUMP = "Mar 3, 2025\nFrost Fans\nSource: https://example.org/frost\nGrowers pay.\n"

    def test_a_custom_section_s_line_is_marked(self, monkeypatch, tmp_path, capsys):
        """The line a plugin's section took, recording no span, is marked."""
        _advertise(monkeypatch, "tests.unit.fixtures.plugin_package:source_plugin")
        path = tmp_path / "post.txt"
        path.write_text(self.DUMP, encoding="utf-8")
        assert main(["show", str(path), "--plugin", "source"]) == 0
        (shown,) = _posts_of_output(capsys.readouterr().out)
        assert "⟦claimed⟧Source: https://example.org/frost⟦/claimed⟧" in shown
        assert unmark_plain(shown) == self.DUMP
        assert main(["show", str(path)]) == 0  # without it, the line is body
        assert "⟦body 1⟧Source:" in capsys.readouterr().out

    def test_a_plugin_that_fails_to_load(self, monkeypatch, tmp_path, capsys):
        _advertise(monkeypatch, "tests.unit.fixtures.no_such_module:plugin")
        path = tmp_path / "post.txt"
        path.write_text(self.DUMP, encoding="utf-8")
        assert main(["show", str(path), "--plugin", "source"]) == 2
        err = capsys.readouterr().err
        assert err.startswith("articlekit: plugin 'source' (")
        assert "could not be loaded: ModuleNotFoundError" in err
        assert err.count("\n") == 1
