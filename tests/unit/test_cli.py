"""Tests for the articlekit command line."""

from __future__ import annotations

import csv
import io
import json
import os
import select
import subprocess
import sys
import tempfile

import jsonschema
import pytest

from articlekit import __version__, json_schema
from articlekit.cli import CSV_COLUMNS, main

DUMP = "Dec 5, 2024\n\nPort Strike Enters Third Week\n\nTraffic fell by two-thirds.\n\nNo comments:\n"


@pytest.fixture
def dump_file(tmp_path):
    path = tmp_path / "post.txt"
    path.write_text(DUMP, encoding="utf-8")
    return path


class TestParseCommand:
    def test_json_is_to_dict(self, dump_file, capsys):
        """--format json prints a JSON array of to_dict(), even for one article."""
        assert main(["parse", str(dump_file)]) == 0
        [data] = json.loads(capsys.readouterr().out)
        assert data["headline"] == "Port Strike Enters Third Week"
        assert data["date"] == "2024-12-05"
        assert data["comments"]["count"] == 0

    def test_text_has_headings(self, dump_file, capsys):
        """--format text prints each part under a heading."""
        assert main(["parse", str(dump_file), "--format", "text"]) == 0
        out = capsys.readouterr().out
        assert "== Headline ==\nPort Strike Enters Third Week\n" in out
        assert "== Date ==\n2024-12-05\n" in out
        assert "== Comments ==\ncount: 0" in out

    def test_stdin(self, monkeypatch, capsys):
        """- reads standard input."""
        monkeypatch.setattr(sys, "stdin", io.StringIO(DUMP))
        assert main(["parse", "-"]) == 0
        [data] = json.loads(capsys.readouterr().out)
        assert data["date"] == "2024-12-05"
        assert data["source"] == {"path": "-", "index": 0, "offset": 0, "line": 1}

    def test_several_posts_give_a_json_list(self, tmp_path, capsys):
        """An input with several posts prints a JSON list of articles."""
        path = tmp_path / "archive.txt"
        path.write_text(
            DUMP + "\nDec 6, 2024\nSecond Post\nMore text.\n", encoding="utf-8"
        )
        assert main(["parse", str(path)]) == 0
        data = json.loads(capsys.readouterr().out)
        assert [a["headline"] for a in data] == [
            "Port Strike Enters Third Week",
            "Second Post",
        ]

    def test_jsonl_gives_one_line_per_article(self, tmp_path, capsys):
        """--format jsonl prints one JSON object per line."""
        path = tmp_path / "archive.txt"
        path.write_text(
            DUMP + "\nDec 6, 2024\nSecond Post\nMore text.\n", encoding="utf-8"
        )
        assert main(["parse", str(path), "--format", "jsonl"]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert [json.loads(line)["headline"] for line in lines] == [
            "Port Strike Enters Third Week",
            "Second Post",
        ]

    def test_single_reads_one_post(self, tmp_path, capsys):
        """--single reads the whole input as one post."""
        path = tmp_path / "archive.txt"
        path.write_text(
            DUMP + "\nDec 6, 2024\nSecond Post\nMore text.\n", encoding="utf-8"
        )
        assert main(["parse", str(path), "--single"]) == 0
        [data] = json.loads(capsys.readouterr().out)
        assert data["headline"] == "Port Strike Enters Third Week"
        assert data["source"]["path"] == str(path)

    def test_missing_file_exits_1(self, tmp_path, capsys):
        """An unreadable file is named on stderr, skipped, and the status is 1."""
        assert main(["parse", str(tmp_path / "nope.txt")]) == 1
        assert "nope.txt: cannot read" in capsys.readouterr().err

    def test_strict_problem_exits_1(self, tmp_path, capsys):
        """--strict exits 1 with line:column on a problem."""
        path = tmp_path / "empty.txt"
        path.write_text("", encoding="utf-8")
        assert main(["parse", str(path), "--strict"]) == 1
        assert "1:1: error input.empty" in capsys.readouterr().err


class TestEntryPoints:
    def test_version(self, capsys):
        """--version prints the version."""
        with pytest.raises(SystemExit) as info:
            main(["--version"])
        assert info.value.code == 0
        assert __version__ in capsys.readouterr().out

    def test_python_m(self, dump_file):
        """python -m articlekit runs the same command line."""
        result = subprocess.run(
            [sys.executable, "-m", "articlekit", "parse", str(dump_file)],
            capture_output=True,
            text=True,
            check=True,
        )
        assert (
            json.loads(result.stdout)[0]["headline"] == "Port Strike Enters Third Week"
        )


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "archive"
    (root / "2024").mkdir(parents=True)
    for i, name in enumerate(["a.txt", "b.txt", "2024/c.txt"]):
        (root / name).write_text(
            DUMP.replace("Port Strike", f"Post {i}"), encoding="utf-8"
        )
    (root / "notes.md").write_text("# not a dump\n", encoding="utf-8")
    return root


class TestBatch:
    def test_folder_is_read_recursively_in_order(self, folder, capsys):
        """A folder gives its *.txt files, recursively, sorted; a summary goes to stderr."""
        assert main(["parse", str(folder), "--format", "jsonl", "--jobs", "1"]) == 0
        captured = capsys.readouterr()
        headlines = [json.loads(line)["headline"] for line in captured.out.splitlines()]
        assert headlines == [
            "Post 2 Enters Third Week",
            "Post 0 Enters Third Week",
            "Post 1 Enters Third Week",
        ]
        assert "3 files (0 skipped), 3 articles" in captured.err

    def test_glob_changes_the_files_read(self, folder, capsys):
        """--glob picks other files of a folder."""
        assert main(["parse", str(folder), "--glob", "*.md", "--format", "jsonl"]) == 0
        assert len(capsys.readouterr().out.splitlines()) == 1

    def test_jobs_keep_the_order(self, folder, capsys):
        """--jobs 2 parses in processes and prints in input order."""
        assert main(["parse", str(folder), "--format", "jsonl", "--jobs", "2"]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert [json.loads(line)["headline"][:6] for line in lines] == [
            "Post 2",
            "Post 0",
            "Post 1",
        ]

    @pytest.mark.parametrize("jobs", ["1", "2"])
    def test_json_array_has_a_key_a_line(self, folder, capsys, jobs):
        """The JSON array: each article's keys on their own lines, values compact."""
        assert main(["parse", str(folder), "--jobs", jobs]) == 0
        out = capsys.readouterr().out
        data = json.loads(out)
        assert [d["headline"][:6] for d in data] == ["Post 2", "Post 0", "Post 1"]
        items = [
            "  {\n"
            + ",\n".join(
                f"    {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}"
                for k, v in d.items()
            )
            + "\n  }"
            for d in data
        ]
        assert out == "[\n" + ",\n".join(items) + "\n]\n"

    def test_closed_pipe_stops_quietly(self, folder):
        """A reader that closes the output early (| head) gets no traceback."""
        for i in range(60):
            (folder / f"more{i:02d}.txt").write_text(DUMP * 40, encoding="utf-8")
        command = [sys.executable, "-m", "articlekit", "parse", str(folder)]
        command += ["--format", "jsonl", "--jobs", "1"]
        proc = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        assert proc.stdout is not None
        proc.stdout.readline()
        proc.stdout.close()  # what head does after its first line
        _, err = proc.communicate(timeout=60)
        assert "Traceback" not in err
        assert proc.returncode == 141

    def test_output_file(self, folder, tmp_path, capsys):
        """--output writes to a file instead of stdout."""
        target = tmp_path / "out.jsonl"
        assert (
            main(["parse", str(folder), "--format", "jsonl", "--output", str(target)])
            == 0
        )
        assert capsys.readouterr().out == ""
        assert len(target.read_text(encoding="utf-8").splitlines()) == 3

    def test_unreadable_file_is_skipped(self, folder, capsys):
        """A file that cannot be read is named, skipped, and the status is 1."""
        missing = folder / "gone.txt"
        status = main(
            ["parse", str(folder / "a.txt"), str(missing), "--format", "jsonl"]
        )
        captured = capsys.readouterr()
        assert status == 1
        assert len(captured.out.splitlines()) == 1
        assert "gone.txt: cannot read" in captured.err
        assert "2 files (1 skipped)" in captured.err

    def test_cp1252_file_is_read(self, tmp_path, capsys):
        """A file that is not UTF-8 is read as cp1252."""
        path = tmp_path / "old.txt"
        path.write_bytes(DUMP.replace("Traffic", "Café traffic").encode("cp1252"))
        assert main(["parse", str(path)]) == 0
        [data] = json.loads(capsys.readouterr().out)
        assert data["body"] == ["Café traffic fell by two-thirds."]
        assert "input.cp1252" in [d["code"] for d in data["diagnostics"]]

    def test_no_progress_bar_when_not_a_terminal(self, folder, capsys):
        """With stderr not a terminal, stderr holds only the summary line."""
        assert main(["parse", str(folder), "--format", "jsonl"]) == 0
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1
        assert err[0].startswith("articlekit: 3 files")

    def test_quiet(self, folder, capsys):
        """--quiet prints no summary line."""
        assert main(["parse", str(folder), "--format", "jsonl", "--quiet"]) == 0
        assert capsys.readouterr().err == ""


def _rglob_files(folder, pattern):
    """The reference: what rglob finds that is a file, in Path order."""
    from pathlib import Path

    found = [p for p in Path(folder).rglob(pattern) if p.is_file()]
    return [str(p) for p in sorted(found, key=lambda p: p.parts)]


def _walk(folder, pattern):
    """The walk's files, after checking it found nothing it could not list."""
    from articlekit.cli import _folder_files

    problems = []
    found = _folder_files(str(folder), pattern, problems)
    assert problems == []
    return found


class _Entry:
    """A directory entry whose type cannot be read (as through a locked folder)."""

    def __init__(self, path, error):
        self.name = os.path.basename(path)
        self.path = path
        self._error = error

    def is_dir(self, *, follow_symlinks=True):
        if follow_symlinks:
            raise self._error
        return False

    def is_file(self, *, follow_symlinks=True):
        raise self._error


class _Listing(list):
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def _refuse_listing(monkeypatch, locked):
    """Make os.scandir refuse to list the folder ``locked``, as chmod 0 would."""
    scandir = os.scandir

    def refusing(path):
        if os.fspath(path) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)


class TestFolderWalk:
    """The scandir walk of a folder finds what rglob finds, in the same order."""

    @pytest.fixture
    def tree(self, tmp_path):
        root = tmp_path / "tree"
        for name in [
            "b.txt",
            "a.txt",
            "A.txt",
            ".hidden.txt",
            "notes.md",
            "sub/z.txt",
            "sub/deeper/y.txt",
            "sub-2/x.txt",
            ".dot/w.txt",
            "odd name [1].txt",
        ]:
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(DUMP, encoding="utf-8")
        (root / "folder.txt").mkdir()  # a folder the pattern matches
        (root / "folder.txt" / "inside.txt").write_text(DUMP, encoding="utf-8")
        if hasattr(os, "symlink"):
            os.symlink(root / "sub", root / "linked-dir")  # not followed
            os.symlink(root / "a.txt", root / "linked.txt")  # counts as a file
            os.symlink(root / "missing", root / "dangling.txt")  # not a file
            os.symlink(root / "loop.txt", root / "loop.txt")  # leads nowhere
        return root

    @pytest.mark.parametrize("pattern", ["*.txt", "*", "?.txt", "[ab].txt", "*.md"])
    def test_same_files_as_rglob(self, tree, pattern):
        assert _walk(tree, pattern) == _rglob_files(tree, pattern)

    @pytest.mark.parametrize("spelling", ["{}", "{}/", "{}//", "{}/./"])
    def test_paths_are_spelt_as_pathlib_spells_them(self, tree, spelling):
        folder = spelling.format(tree)
        assert _walk(folder, "*.txt") == _rglob_files(folder, "*.txt")

    def test_current_folder_gives_bare_names(self, tree, monkeypatch):
        monkeypatch.chdir(tree)
        found = _walk(".", "*.txt")
        assert found == _rglob_files(".", "*.txt")
        assert "a.txt" in found
        assert os.path.join("sub", "z.txt") in found

    def test_other_patterns_go_to_rglob(self, tree):
        """A pattern with a folder, or a plain name, is rglob's to match."""
        assert _walk(tree, "sub/*.txt") == [str(tree / "sub" / "z.txt")]
        assert _walk(tree, "**/y.txt") == [str(tree / "sub" / "deeper" / "y.txt")]
        assert _walk(tree, "z.txt") == [str(tree / "sub" / "z.txt")]

    def test_unlistable_folder_is_named(self, tree, monkeypatch):
        """A folder that cannot be listed is reported, not passed over."""
        from articlekit.cli import _folder_files

        locked = str(tree / "sub")
        _refuse_listing(monkeypatch, locked)
        problems = []
        found = _folder_files(str(tree), "*.txt", problems)
        assert problems == [(locked, "cannot list: Permission denied")]
        assert str(tree / "sub" / "z.txt") not in found
        assert str(tree / "a.txt") in found

    def test_unlistable_folder_fails_the_command(self, tree, monkeypatch, capsys):
        """The command names it on stderr, parses the rest and exits with 1."""
        locked = str(tree / "sub")
        readable = len(_rglob_files(tree, "*.txt")) - 2  # sub holds two
        _refuse_listing(monkeypatch, locked)
        assert main(["parse", str(tree), "--format", "jsonl", "--jobs", "1"]) == 1
        captured = capsys.readouterr()
        assert f"{locked}: cannot list: Permission denied" in captured.err
        assert "1 not listed" in captured.err
        assert captured.out.count("\n") == readable

    @pytest.mark.parametrize(
        ("error", "kept"),
        [
            (PermissionError(13, "Permission denied"), True),  # its read says why
            (FileNotFoundError(2, "No such file or directory"), False),  # gone
        ],
    )
    def test_entry_whose_type_cannot_be_read(self, tmp_path, monkeypatch, error, kept):
        """A matching entry that cannot be looked at is kept unless it is gone."""
        from articlekit.cli import _folder_files

        path = str(tmp_path / "locked.txt")
        monkeypatch.setattr(os, "scandir", lambda _: _Listing([_Entry(path, error)]))
        problems = []
        assert _folder_files(str(tmp_path), "*.txt", problems) == (
            [path] if kept else []
        )
        assert problems == []


@pytest.mark.parametrize(
    ("files", "workers", "chunk"),
    [(5000, 2, 64), (1000, 2, 62), (100, 2, 6), (3, 2, 1), (0, 4, 1)],
)
def test_chunks_leave_each_worker_eight_hand_overs(files, workers, chunk):
    """Up to 64 files a hand-over, and at least eight hand-overs a worker."""
    from articlekit.cli import _chunk

    assert _chunk(files, workers) == chunk


class TestSchemaCommand:
    def test_prints_the_schema(self, capsys):
        """articlekit schema prints json_schema() as indented JSON."""
        assert main(["schema"]) == 0
        out = capsys.readouterr().out
        assert json.loads(out) == json_schema()
        assert out.startswith('{\n  "$schema": ')

    def test_output_file(self, tmp_path, capsys):
        """--output writes the schema to a file instead."""
        path = tmp_path / "article.schema.json"
        assert main(["schema", "--output", str(path)]) == 0
        assert capsys.readouterr().out == ""
        assert json.loads(path.read_text(encoding="utf-8")) == json_schema()

    def test_validates_what_parse_prints(self, tmp_path, dump_file, capsys):
        """The JSON that articlekit parse prints validates against the schema."""
        assert main(["schema", "--output", str(tmp_path / "schema.json")]) == 0
        schema = json.loads((tmp_path / "schema.json").read_text(encoding="utf-8"))
        validator = jsonschema.Draft202012Validator(schema)
        assert main(["parse", str(dump_file)]) == 0
        [data] = json.loads(capsys.readouterr().out)
        validator.validate(data)
        assert main(["parse", str(dump_file), str(dump_file), "--jobs", "1"]) == 0
        printed = json.loads(capsys.readouterr().out)
        assert len(printed) == 2
        for data in printed:
            validator.validate(data)

    def test_takes_no_paths(self, capsys):
        """A path after schema is a usage error (exit status 2)."""
        with pytest.raises(SystemExit) as exit_info:
            main(["schema", "post.txt"])
        assert exit_info.value.code == 2


class TestOutputBytes:
    """Output goes out as the stream would write it, in pieces or file by file."""

    def _run(self, data: bytes, *args: str) -> bytes:
        env = dict(os.environ, PYTHONUTF8="1")  # stdin and stdout: surrogateescape
        return subprocess.run(
            [sys.executable, "-m", "articlekit", "parse", *args, "-"],
            input=data,
            capture_output=True,
            env=env,
            check=True,
        ).stdout

    @pytest.mark.parametrize("fmt", ["jsonl", "text"])
    @pytest.mark.parametrize("encoding", ["utf-8", "utf-8:surrogateescape"])
    def test_stdin_that_is_not_utf8_is_read_as_a_file_is(self, fmt, encoding):
        """Standard input's bytes are decoded as a file's: cp1252, and said so.

        Whatever error handler the locale gives standard input (strict
        raised a traceback before), the text and the output are the same.
        """
        data = b"Dec 5, 2024\nHama Falls\nRebels took the caf\xe9 today.\n"
        env = dict(os.environ, PYTHONIOENCODING=encoding)
        done = subprocess.run(
            [sys.executable, "-m", "articlekit", "parse", "--format", fmt, "-"],
            input=data,
            capture_output=True,
            env=env,
        )
        assert done.returncode == 0, done.stderr
        assert b"Traceback" not in done.stderr
        out = done.stdout.decode("utf-8", "surrogateescape")
        assert "caf\xe9 today" in out or "caf\\u00e9 today" in out
        assert "input.cp1252" in out

    def test_many_files_keep_their_order(self, tmp_path) -> None:
        """Writing in 64 KB pieces keeps the files' order and every article."""
        paths = []
        for i in range(60):
            path = tmp_path / f"{i:03d}.txt"
            path.write_text(
                f"Dec {i % 28 + 1}, 2024\nTitle {i}\n" + "Body text. " * 300
            )
            paths.append(str(path))
        out = subprocess.run(
            [sys.executable, "-m", "articlekit", "parse", "--format", "jsonl",
             "--quiet", "--jobs", "2", *paths],
            capture_output=True, check=True,
        ).stdout  # fmt: skip
        lines = out.decode().splitlines()
        assert [json.loads(line)["headline"] for line in lines] == [
            f"Title {i}" for i in range(60)
        ]


TWO_POSTS = (
    "Mar 3, 2025\nFrost Fans Multiply\nGrowers now pay to stir the air.\n\n"
    "Mar 4, 2025\nThaw Comes Early\nJane Roe and Tom Vance report in the Valley Press:\n"
    "The fans stood still.\n"
)


@pytest.fixture
def two_posts(tmp_path):
    path = tmp_path / "two.txt"
    path.write_text(TWO_POSTS, encoding="utf-8")
    return path


class TestJsonShape:
    def test_an_empty_folder_gives_an_empty_array_and_a_note(self, tmp_path, capsys):
        """No file matched: [] on stdout, and stderr says so."""
        (tmp_path / "empty").mkdir()
        assert main(["parse", str(tmp_path / "empty")]) == 0
        captured = capsys.readouterr()
        assert json.loads(captured.out) == []
        assert "no file matched" in captured.err

    def test_a_glob_that_matches_nothing_in_jsonl_writes_nothing(self, folder, capsys):
        assert main(["parse", str(folder), "--glob", "*.csv", "--format", "jsonl"]) == 0
        captured = capsys.readouterr()
        assert captured.out == ""
        assert "no file matched" in captured.err

    @pytest.mark.parametrize("jobs", ["1", "2"])
    def test_one_post_per_file_is_still_an_array(self, folder, capsys, jobs):
        assert main(["parse", str(folder / "a.txt"), "--jobs", jobs]) == 0
        assert len(json.loads(capsys.readouterr().out)) == 1


class TestSource:
    def test_every_record_says_where_it_came_from(self, two_posts, capsys):
        """source: the path as given, the post's index, its offset and line."""
        assert main(["parse", str(two_posts), "--format", "jsonl"]) == 0
        records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        sources = [r["source"] for r in records]
        second = TWO_POSTS.index("Mar 4, 2025")
        assert sources == [
            {"path": str(two_posts), "index": 0, "offset": 0, "line": 1},
            {"path": str(two_posts), "index": 1, "offset": second, "line": 5},
        ]
        for record in records:
            at = record["source"]["offset"]
            [(start, end)] = record["spans"]["headline"]
            assert TWO_POSTS[at + start : at + end] == record["headline"]

    def test_folder_records_name_each_file(self, folder, capsys):
        assert main(["parse", str(folder), "--format", "jsonl", "--jobs", "2"]) == 0
        paths = [
            json.loads(line)["source"]["path"]
            for line in capsys.readouterr().out.splitlines()
        ]
        assert paths == [
            str(folder / "2024" / "c.txt"),
            str(folder / "a.txt"),
            str(folder / "b.txt"),
        ]

    def test_text_heads_each_article_and_names_the_file(self, two_posts, capsys):
        """--format text: a heading per article; diagnostics at the file's lines."""
        assert main(["parse", str(two_posts), "--format", "text"]) == 0
        out = capsys.readouterr().out
        assert out.startswith(f"==> {two_posts}, post 0, line 1 <==\n")
        assert f"\n==> {two_posts}, post 1, line 5 <==\n" in out
        # The second post's cut-off footer: its line 4 is the file's line 8.
        assert f"{two_posts}:8:1: info comments.missing" in out


class TestCsv:
    def test_one_row_per_article(self, two_posts, folder, capsys):
        """A header row, then the scalar fields of each article."""
        paths = [str(two_posts), str(folder / "a.txt")]
        assert main(["parse", *paths, "--format", "csv", "--quiet"]) == 0
        out = capsys.readouterr().out
        rows = list(csv.DictReader(io.StringIO(out)))
        assert out.splitlines()[0] == ",".join(CSV_COLUMNS)
        assert [(r["path"], r["index"], r["line"]) for r in rows] == [
            (str(two_posts), "0", "1"),
            (str(two_posts), "1", "5"),
            (str(folder / "a.txt"), "0", "1"),
        ]
        assert rows[1]["authors"] == "Jane Roe; Tom Vance"
        assert rows[1]["publication"] == "Valley Press"
        assert rows[1]["comments"] == ""
        assert rows[2]["comments"] == "0"
        assert rows[0]["date"] == "2025-03-03"
        assert rows[0]["paragraphs"] == "1"
        assert rows[0]["body"] == "Growers now pay to stir the air."

    def test_paragraphs_quotes_and_commas_survive(self, tmp_path, capsys):
        """Fields with commas, quotation marks and paragraph breaks read back."""
        path = tmp_path / "post.txt"
        path.write_text(
            'Dec 5, 2024\nA Title, With A Comma\nFirst "quoted" part, here.\n\n'
            "Second paragraph.\n\nNo comments:\n",
            encoding="utf-8",
        )
        assert main(["parse", str(path), "--format", "csv"]) == 0
        [row] = csv.DictReader(io.StringIO(capsys.readouterr().out))
        assert row["headline"] == "A Title, With A Comma"
        assert row["body"] == 'First "quoted" part, here.\n\nSecond paragraph.'

    def test_pandas_reads_it_as_it_is(self, two_posts, tmp_path):
        pandas = pytest.importorskip("pandas")
        target = tmp_path / "articles.csv"
        status = main(
            ["parse", str(two_posts), "--format", "csv", "--output", str(target)]
        )
        assert status == 0
        frame = pandas.read_csv(target)
        assert list(frame.columns) == list(CSV_COLUMNS)
        assert list(frame["headline"]) == ["Frost Fans Multiply", "Thaw Comes Early"]
        assert frame["paragraphs"].dtype.kind == "i"  # counts read as numbers
        assert list(frame["index"]) == [0, 1]


class TestOutputDir:
    def test_one_file_per_input_in_the_folders_below(self, folder, tmp_path, capsys):
        out = tmp_path / "parsed"
        args = ["parse", str(folder), "--output-dir", str(out), "--format", "jsonl"]
        assert main(args) == 0
        assert capsys.readouterr().out == ""
        written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
        assert written == ["2024/c.jsonl", "a.jsonl", "b.jsonl"]
        [record] = map(json.loads, (out / "a.jsonl").read_text().splitlines())
        assert record["source"]["path"] == str(folder / "a.txt")

    @pytest.mark.parametrize("jobs", ["1", "2"])
    def test_each_json_file_is_an_array(self, folder, two_posts, tmp_path, jobs):
        out = tmp_path / "parsed"
        args = ["parse", str(folder), str(two_posts), "--output-dir", str(out)]
        assert main([*args, "--jobs", jobs, "--quiet"]) == 0
        assert len(json.loads((out / "two.json").read_text())) == 2
        assert len(json.loads((out / "2024" / "c.json").read_text())) == 1

    def test_two_inputs_for_one_file_are_a_usage_error(self, folder, tmp_path, capsys):
        (tmp_path / "other").mkdir()
        (tmp_path / "other" / "a.txt").write_text(DUMP, encoding="utf-8")
        out = tmp_path / "parsed"
        args = ["parse", str(folder / "a.txt"), str(tmp_path / "other" / "a.txt")]
        assert main([*args, "--output-dir", str(out)]) == 2
        assert "would both write" in capsys.readouterr().err
        assert not out.exists()

    def test_not_with_output(self, folder, tmp_path, capsys):
        args = ["parse", str(folder), "--output-dir", str(tmp_path / "d")]
        assert main([*args, "--output", str(tmp_path / "f")]) == 2
        assert capsys.readouterr().err.startswith("articlekit: ")

    def test_an_unreadable_input_leaves_no_file(self, tmp_path, folder, capsys):
        out = tmp_path / "parsed"
        args = ["parse", str(folder / "a.txt"), str(folder / "gone.txt")]
        assert main([*args, "--output-dir", str(out), "--format", "jsonl"]) == 1
        assert sorted(p.name for p in out.iterdir()) == ["a.jsonl"]
        assert "gone.txt: cannot read" in capsys.readouterr().err

    def test_a_strict_skip_leaves_no_file(self, tmp_path, two_posts, capsys):
        out = tmp_path / "parsed"
        two_posts.write_text("03/04/2025\nFrost Fans Multiply\nGrowers pay.\n")
        assert (
            main(["parse", str(two_posts), "--output-dir", str(out), "--strict"]) == 1
        )
        assert not (out / "two.json").exists()


class TestStreaming:
    def test_strict_mode_writes_nothing_of_a_file_with_a_problem(
        self, tmp_path, capsys
    ):
        """The first post is fine; the second's problem skips the whole file."""
        good = "Dec 5, 2024\nA Title\nSome text.\n\nNo comments:\n\n"
        path = tmp_path / "mixed.txt"
        path.write_text(good + "03/04/2025\nAmbiguous\nWhich day?\n", encoding="utf-8")
        assert main(["parse", str(path), "--strict", "--format", "jsonl"]) == 1
        captured = capsys.readouterr()
        assert captured.out == ""
        assert "date.ambiguous" in captured.err

    def test_undecodable_bytes_are_written_and_named(self, tmp_path, capsys):
        path = tmp_path / "odd.txt"
        path.write_bytes(b"Dec 5, 2024\nA Title\nA \x81 byte.\n\nNo comments:\n")
        assert main(["parse", str(path), "--format", "jsonl"]) == 1
        captured = capsys.readouterr()
        [record] = map(json.loads, captured.out.splitlines())
        assert record["body"] == ["A \ufffd byte."]
        assert f"{path}: cannot decode" in captured.err

    def test_records_held_on_disk_come_back_in_order(self, folder, monkeypatch, capsys):
        """With --jobs, records past the spill size travel in a temporary file."""
        import articlekit.cli

        for i in range(6):
            (folder / f"big{i}.txt").write_text(TWO_POSTS * 30, encoding="utf-8")
        assert main(["parse", str(folder), "--format", "jsonl", "--jobs", "1"]) == 0
        expected = capsys.readouterr().out
        monkeypatch.setattr(articlekit.cli, "_SPILL_AT", 1000)  # workers fork
        monkeypatch.setattr(tempfile, "tempdir", str(folder.parent))
        assert main(["parse", str(folder), "--format", "jsonl", "--jobs", "2"]) == 0
        assert capsys.readouterr().out == expected
        assert not list(folder.parent.glob("articlekit-*"))  # cleaned up

    def test_the_first_record_comes_before_the_input_ends(self):
        """A reader of standard input gets each record once the next post starts."""
        command = [
            sys.executable,
            "-m",
            "articlekit",
            "parse",
            "-",
            "--format",
            "jsonl",
        ]
        with subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        ) as proc:
            assert proc.stdin is not None
            assert proc.stdout is not None
            # The second post's header and a line of it: the first post is done.
            proc.stdin.write(TWO_POSTS.encode() + b"Mar 5, 2025\nThird Title\n")
            proc.stdin.flush()
            ready, _, _ = select.select([proc.stdout], [], [], 30)
            still_reading = proc.poll() is None
            first = proc.stdout.readline() if ready else b""
            proc.stdin.close()
            rest = proc.stdout.read().decode().splitlines()
            err = proc.stderr.read().decode() if proc.stderr else ""
        assert ready, f"no record before the end of the input: {err}"
        assert still_reading
        assert json.loads(first)["headline"] == "Frost Fans Multiply"
        assert proc.returncode == 0
        assert [json.loads(line)["source"]["index"] for line in rest] == [1, 2]

    def test_stdin_keeps_its_place_among_files_with_jobs(
        self, folder, monkeypatch, capsys
    ):
        """- is read by the parent, in its place in the order of the input."""
        monkeypatch.setattr(sys, "stdin", io.StringIO(TWO_POSTS))
        args = ["parse", str(folder / "a.txt"), "-", str(folder / "b.txt")]
        assert main([*args, "--format", "jsonl", "--jobs", "2"]) == 0
        sources = [
            (r["source"]["path"], r["source"]["index"])
            for r in map(json.loads, capsys.readouterr().out.splitlines())
        ]
        assert sources == [
            (str(folder / "a.txt"), 0),
            ("-", 0),
            ("-", 1),
            (str(folder / "b.txt"), 0),
        ]
