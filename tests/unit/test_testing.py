"""Tests for articlekit.testing, the golden-corpus helpers."""

from __future__ import annotations

import json

import pytest

from articlekit import Parser
from articlekit.testing import check_case, golden_cases, read_dump

DUMP = "Dec 5, 2024\r\nPort Strike Enters Third Week\r\nTraffic fell by two-thirds.\r\nNo comments:\r\n"


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "blog").mkdir()
    (tmp_path / "blog" / "one.txt").write_bytes(DUMP.encode())
    return tmp_path


class TestGoldenCases:
    def test_finds_dumps_in_sub_folders(self, corpus):
        """Every .txt under the folder is a case, named by its relative path."""
        cases = golden_cases(corpus)
        assert [str(c) for c in cases] == ["blog/one"]
        assert cases[0].expected.name == "one.expected.json"

    def test_missing_folder_raises(self, tmp_path):
        """A folder that does not exist raises FileNotFoundError."""
        with pytest.raises(FileNotFoundError, match="no golden corpus"):
            golden_cases(tmp_path / "nope")


class TestCheckCase:
    def test_missing_expected_file_is_reported(self, corpus):
        """A case without its expected file fails with a clear line."""
        (case,) = golden_cases(corpus)
        assert check_case(case) == ["blog/one: one.expected.json is missing"]

    def test_update_then_pass(self, corpus):
        """update=True writes the expected file; the next check passes."""
        (case,) = golden_cases(corpus)
        check_case(case, update=True)
        assert check_case(case) == []
        assert json.loads(case.expected.read_text())["headline"] == (
            "Port Strike Enters Third Week"
        )

    def test_a_different_parser_shows_the_differing_keys(self, corpus):
        """Disabling the headline changes body, headline and spans, one line each."""
        (case,) = golden_cases(corpus)
        check_case(case, update=True)
        parser = Parser()
        parser.pipeline.disable("headline")
        problems = check_case(case, parser=parser)
        keys = [p.split(":")[1].strip() for p in problems]
        assert keys == ["body", "headline", "spans"]

    def test_transform_limits_the_keys(self, corpus):
        """transform= keeps only the keys a test pins."""
        (case,) = golden_cases(corpus)
        keep = lambda d: {"headline": d["headline"]}  # noqa: E731
        check_case(case, update=True, transform=keep)
        assert json.loads(case.expected.read_text()) == {
            "headline": "Port Strike Enters Third Week"
        }


class TestReadDump:
    def test_keeps_line_ends(self, corpus):
        """read_dump keeps \\r\\n as stored."""
        assert read_dump(corpus / "blog" / "one.txt") == DUMP
