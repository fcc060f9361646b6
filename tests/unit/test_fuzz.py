"""Tests for the fuzz harness (fuzz/fuzz_parse.py) and its plain driver (fuzz/driver.py)."""

from __future__ import annotations

import importlib
import random
import sys

import pytest

from tests.conftest import ROOT

FUZZ = ROOT / "fuzz"


@pytest.fixture(scope="module")
def harness():
    """The harness module, imported from fuzz/ (atheris or not)."""
    sys.path.insert(0, str(FUZZ))
    try:
        yield importlib.import_module("fuzz_parse")
    finally:
        sys.path.remove(str(FUZZ))


class TestOneInput:
    @pytest.mark.parametrize(
        "seed", sorted(p.name for p in (FUZZ / "corpus").iterdir())
    )
    def test_seeds_run_clean(self, harness, seed):
        """Every seed of the corpus passes every check of the harness."""
        harness.TestOneInput((FUZZ / "corpus" / seed).read_bytes())

    def test_a_streaming_difference_is_a_finding(self, harness, monkeypatch):
        """Chunks read otherwise than the whole text raise AssertionError."""
        real = harness.articlekit.iter_articles

        def drop_the_last_chunk(source):
            return real(source if isinstance(source, str) else list(source)[:-1])

        monkeypatch.setattr(harness.articlekit, "iter_articles", drop_the_last_chunk)
        data = (FUZZ / "corpus" / "archive.txt").read_bytes()
        text = data.decode("utf-8")
        assert len(harness.cuts(data, text)) > 1  # (this seed's hash cuts it)
        with pytest.raises(AssertionError, match=r"\[stream\]"):
            harness.check_stream(data, text, harness.articlekit.parse_article(text))


class TestCuts:
    def test_chunks_join_to_the_text(self, harness):
        """The chunks of a text, joined, are the text."""
        text = "Dec 5, 2024\r\nA Title\r\nSome text.\r\n" * 5
        assert "".join(harness.cuts(text.encode(), text)) == text

    def test_same_input_same_chunks(self, harness):
        """The cuts depend on the input alone, so a crash replays."""
        text = "Dec 5, 2024\nA Title\nSome text.\n" * 5
        assert harness.cuts(b"x", text) == harness.cuts(b"x", text)


class TestDriver:
    def test_mutations_are_reproducible(self, harness):
        """The same random seed gives the same mutated inputs."""
        seeds = [b"Dec 5, 2024\nA Title\nSome text.\n"]
        first = [
            harness.driver.mutate(random.Random(3), seeds[0], seeds, 4096)
            for _ in range(5)
        ]
        again = [
            harness.driver.mutate(random.Random(3), seeds[0], seeds, 4096)
            for _ in range(5)
        ]
        assert first == again

    def test_mutations_respect_the_length_bound(self, harness):
        """No mutated input is longer than max_len."""
        rng = random.Random(0)
        seeds = [b"Dec 5, 2024\nA Title\nSome text.\n" * 20]
        assert all(
            len(harness.driver.mutate(rng, seeds[0], seeds, 64)) <= 64
            for _ in range(200)
        )

    def test_clean_runs_are_counted(self, harness):
        """A target that never fails runs every execution clean."""
        assert harness.driver.run(lambda data: None, [b"a"], runs=50) == (50, None)

    def test_a_failure_is_saved_and_reported(self, harness, tmp_path, capsys):
        """The first input that raises is written out, and the count stops there."""

        def fails_on_a_digit(data: bytes) -> None:
            if any(48 <= b <= 57 for b in data):
                raise ValueError("a digit")

        clean, crash = harness.driver.run(
            fails_on_a_digit,
            [b"no digits here", b"Dec 5, 2024"],
            runs=100,
            artifact_prefix=f"{tmp_path}/",
        )
        assert clean == 1
        assert crash is not None
        assert crash.read_bytes() == b"Dec 5, 2024"
        assert "ValueError: a digit" in capsys.readouterr().err

    def test_random_mode_runs_the_harness_clean(self, harness, tmp_path, capsys):
        """``--random`` runs the harness over mutations of the seed corpus."""
        status = harness._random_main(
            [
                "--random",
                "--runs",
                "30",
                "--artifact-prefix",
                f"{tmp_path}/",
                str(FUZZ / "corpus"),
            ]
        )
        assert (status, capsys.readouterr().out) == (0, "30 executions ran clean\n")
