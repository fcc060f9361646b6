"""``articlekit parse`` of one big file, its posts parsed across the workers.

The output must be the bytes ``--jobs 1`` writes, in every format; the size
from which a file is split (``articlekit.cli.SPLIT_AT``) is lowered here so
that the files stay small.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import articlekit.api
import articlekit.cli
from articlekit import iter_articles
from articlekit.cli import main

ROOT = Path(__file__).resolve().parents[2]

# Posts under one day, each closed by its Labels line: the second borrows
# the day of the first.
_ONE_DAY = """Sunday, October 5, 2014

A Day At The Park

We went to the park. It was "the best day ever!!" said Wesley.

Posted by Jane at 3:04 PM
Labels: family

Back To School

The kids went back to school, and the house was quiet for the first time since June.

Posted by Jane at 5:10 PM
Labels: school

"""


def _dumps() -> str:
    """The project's example dumps, one after another: a file of many posts."""
    paths = [ROOT / "examples" / "lowdown-example.txt"]
    paths += sorted((ROOT / "tests" / "corpus" / "lowdown").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    texts.append(_ONE_DAY)
    return "".join(t.replace("\r\n", "\n").rstrip("\n") + "\n\n" for t in texts)


def _variant(kind: str) -> bytes:
    text = _dumps() * 3
    if kind == "crlf":
        return text.replace("\n", "\r\n").encode("utf-8")
    if kind == "cp1252":
        return text.encode("cp1252", errors="replace")
    if kind == "late-cp1252":
        # UTF-8, then a stray cp1252 byte near the end: a stream read as it
        # comes switches there.
        cut = len(text) * 3 // 4
        return (
            text[:cut].encode("utf-8")
            + "caf\xe9\n\n".encode("cp1252")
            + (text[cut:].encode("utf-8"))
        )
    return text.encode("utf-8")


@pytest.fixture
def split(monkeypatch):
    """Split files from 1 KB, in batches of 4 KB of text; count the splits."""
    monkeypatch.setattr(articlekit.cli, "SPLIT_AT", 1 << 10)
    monkeypatch.setattr(articlekit.cli, "_BATCH", 1 << 12)
    calls: list[str] = []
    real = articlekit.cli._parse_split

    def spy(path, *args):
        calls.append(path)
        return real(path, *args)

    monkeypatch.setattr(articlekit.cli, "_parse_split", spy)
    return calls


def _run(capsys, *argv: str) -> tuple[int, bytes, str]:
    status = main(["parse", *argv])
    out, err = capsys.readouterr()
    return status, out.encode("utf-8", "surrogateescape"), err


@pytest.mark.parametrize("fmt", ["jsonl", "json", "text", "csv"])
@pytest.mark.parametrize("kind", ["lf", "crlf", "cp1252", "late-cp1252"])
@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
def test_the_same_bytes_as_one_job(
    tmp_path, capsys, monkeypatch, split, fmt, kind, stream
):
    if stream:
        # Read as a stream, as files above 1 MB are, and as the serial path
        # reads them too.
        monkeypatch.setattr(articlekit.api, "_WHOLE", 1 << 10)
    path = tmp_path / "export.txt"
    path.write_bytes(_variant(kind))
    one = _run(capsys, str(path), "--format", fmt, "--jobs", "1")
    assert split == []
    two = _run(capsys, str(path), "--format", fmt, "--jobs", "2")
    assert split == [str(path)]
    assert two[:2] == one[:2]
    assert two[2] == one[2]
    assert one[1].count(b"A Day At The Park") == 3


def test_sources_are_those_of_iter_articles(tmp_path, capsys, split):
    path = tmp_path / "export.txt"
    path.write_bytes(_variant("crlf"))
    status, out, _ = _run(capsys, str(path), "--format", "jsonl", "--jobs", "2")
    assert status == 0
    assert split == [str(path)]
    records = [json.loads(line) for line in out.splitlines()]
    expected = [a.source.to_dict() for a in iter_articles(path)]
    assert [r["source"] for r in records] == [dict(s, path=str(path)) for s in expected]
    text = path.read_bytes().decode("utf-8")
    assert len(records) > 10
    for record in records:
        start = record["source"]["offset"]
        assert text.count("\n", 0, start) + 1 == record["source"]["line"]
    # The post with no date of its own takes the day it sits under.
    borrowed = [r for r in records if r["headline"] == "Back To School"]
    assert borrowed
    assert all(r["date"] == "2014-10-05" for r in borrowed)


# A post whose text lost a character: an error, strict mode's reason to skip.
_LOST = "Mar 3, 2025\n\nA Post That Lost A Character\n\nLost \ufffd here.\n\n"


def _with_lost(where: str) -> bytes:
    text = _dumps()
    at = {"middle": len(text) * 3, "end": len(text) * 6}[where]
    whole = text * 6
    return (whole[:at] + _LOST + whole[at:]).encode("utf-8")


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv"])
@pytest.mark.parametrize("where", ["middle", "end"])
def test_strict_writes_nothing_of_the_file(tmp_path, capsys, split, fmt, where):
    path = tmp_path / "export.txt"
    path.write_bytes(_with_lost(where))
    one = _run(capsys, str(path), "--format", fmt, "--jobs", "1", "--strict")
    two = _run(capsys, str(path), "--format", fmt, "--jobs", "2", "--strict")
    assert split == [str(path)]
    assert one[0] == two[0] == 1
    assert b"A Day At The Park" not in two[1]
    assert two[1] == one[1]
    assert two[2] == one[2]
    assert "input.replacement" in two[2]


@pytest.mark.parametrize(
    "extra", [["--fail-on", "error"], ["--strict", "--ignore", "input.*"], []]
)
def test_fail_on_and_ignore_are_kept(tmp_path, capsys, split, extra):
    path = tmp_path / "export.txt"
    path.write_bytes(_with_lost("middle"))
    one = _run(capsys, str(path), "--jobs", "1", *extra)
    two = _run(capsys, str(path), "--jobs", "2", *extra)
    assert split == [str(path)]
    assert two[:2] == one[:2]
    assert two[2] == one[2]


def test_small_files_and_single_are_not_split(tmp_path, capsys, split, monkeypatch):
    path = tmp_path / "export.txt"
    path.write_bytes(_variant("lf"))
    _run(capsys, str(path), "--jobs", "2", "--single")
    monkeypatch.setattr(articlekit.cli, "SPLIT_AT", path.stat().st_size)
    _run(capsys, str(path), "--jobs", "2")
    assert split == []


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_a_blank_file_is_one_empty_post(tmp_path, capsys, split, fmt):
    path = tmp_path / "blank.txt"
    path.write_bytes(b"\n \n" * 1000)
    one = _run(capsys, str(path), "--format", fmt, "--jobs", "1")
    two = _run(capsys, str(path), "--format", fmt, "--jobs", "2")
    assert split == [str(path)]
    assert two == one
    assert b"input.empty" in two[1] or fmt == "csv"


def test_output_dir_gets_the_same_file(tmp_path, capsys, split):
    path = tmp_path / "export.txt"
    path.write_bytes(_variant("lf"))
    for jobs in ("1", "2"):
        given = ["--jobs", jobs, "--output-dir", str(tmp_path / jobs)]
        assert main(["parse", str(path), *given]) == 0
    assert split == [str(path)]
    one = (tmp_path / "1" / "export.json").read_bytes()
    assert (tmp_path / "2" / "export.json").read_bytes() == one
    assert one.count(b'"headline"') > 10


def test_records_go_out_before_the_file_is_read_to_its_end(
    tmp_path, split, monkeypatch
):
    path = tmp_path / "export.txt"
    path.write_bytes((_dumps() * 12).encode("utf-8"))
    written: list[int] = []
    at_end: list[int] = []
    real_writer, real_cuts = articlekit.cli._writer, articlekit.cli._file_cuts

    def writer(out):
        write = real_writer(out)

        def counted(blob):
            written.append(len(blob))
            return write(blob)

        return counted

    def cuts(*args, **kwargs):
        yield from real_cuts(*args, **kwargs)
        at_end.append(sum(written))  # what was out when the last post was cut

    monkeypatch.setattr(articlekit.cli, "_writer", writer)
    monkeypatch.setattr(articlekit.cli, "_file_cuts", cuts)
    out = tmp_path / "out.jsonl"
    given = ["--format", "jsonl", "--jobs", "2", "--output", str(out)]
    assert main(["parse", str(path), *given]) == 0
    assert split == [str(path)]
    assert 0 < at_end[0] < out.stat().st_size
