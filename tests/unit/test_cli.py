"""Tests for the articlekit command line."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from articlekit import __version__
from articlekit.cli import main

DUMP = "Dec 5, 2024\n\nPort Strike Enters Third Week\n\nTraffic fell by two-thirds.\n\nNo comments:\n"


@pytest.fixture
def dump_file(tmp_path):
    path = tmp_path / "post.txt"
    path.write_text(DUMP, encoding="utf-8")
    return path


class TestParseCommand:
    def test_json_is_to_dict(self, dump_file, capsys):
        """--format json prints to_dict() of the article."""
        assert main(["parse", str(dump_file)]) == 0
        data = json.loads(capsys.readouterr().out)
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
        assert json.loads(capsys.readouterr().out)["date"] == "2024-12-05"

    def test_several_posts_give_json_lines(self, tmp_path, capsys):
        """An input with several posts prints one JSON object per line."""
        path = tmp_path / "archive.txt"
        path.write_text(
            DUMP + "\nDec 6, 2024\nSecond Post\nMore text.\n", encoding="utf-8"
        )
        assert main(["parse", str(path)]) == 0
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
        assert (
            json.loads(capsys.readouterr().out)["headline"]
            == "Port Strike Enters Third Week"
        )

    def test_missing_file_exits_2(self, tmp_path, capsys):
        """An unreadable file exits with status 2 and a message."""
        assert main(["parse", str(tmp_path / "nope.txt")]) == 2
        assert "cannot read" in capsys.readouterr().err

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
        assert json.loads(result.stdout)["headline"] == "Port Strike Enters Third Week"
