"""Tests for articlekit.pipeline."""

from __future__ import annotations

import copy
import pickle

import pytest

from articlekit import (
    DuplicateSectionError,
    Parser,
    Pipeline,
    SectionOrderError,
    UnknownSectionError,
    section,
)
from articlekit.pipeline import spec_of
from articlekit.sections import DEFAULT_SECTIONS


def _noop(state):
    return False


def _pipeline():
    return Pipeline(DEFAULT_SECTIONS)


class TestNames:
    def test_default_order(self):
        """The default pipeline runs the sections in the documented order."""
        assert _pipeline().names() == (
            "date", "posted_by", "labels", "headline", "comments", "byline",
            "summary", "highlights", "captions", "body", "quotes",
        )  # fmt: skip

    def test_active_names_skip_disabled(self):
        """active_names() leaves out disabled sections."""
        assert "quotes" not in _pipeline().disable("quotes").active_names()


class TestInsert:
    def test_insert_before(self):
        """insert_before puts the section just before its anchor."""
        names = _pipeline().insert_before("byline", "source", _noop).names()
        assert names[names.index("source") + 1] == "byline"

    def test_insert_after(self):
        """insert_after puts the section just after its anchor."""
        names = _pipeline().insert_after("byline", "source", _noop).names()
        assert names[names.index("source") - 1] == "byline"

    def test_unknown_anchor_raises(self):
        """An unknown anchor raises UnknownSectionError, never appends."""
        pipeline = _pipeline()
        with pytest.raises(UnknownSectionError, match="nope"):
            pipeline.insert_before("nope", "source", _noop)
        assert "source" not in pipeline

    def test_unknown_section_error_is_a_key_error(self):
        """UnknownSectionError is also a KeyError."""
        with pytest.raises(KeyError):
            _pipeline().disable("nope")

    def test_duplicate_raises(self):
        """Adding an existing name raises DuplicateSectionError (a ValueError)."""
        with pytest.raises(DuplicateSectionError, match="byline"):
            _pipeline().insert_after("date", "byline", _noop)
        with pytest.raises(ValueError, match="byline"):
            _pipeline().append("byline", _noop)

    def test_non_callable_raises(self):
        """A parser that is not callable raises TypeError at once."""
        with pytest.raises(TypeError, match="not callable"):
            _pipeline().append("x", "not a function")


class TestSwitches:
    def test_disable_and_enable(self):
        """A disabled section comes back with enable()."""
        pipeline = _pipeline().disable("quotes", "captions")
        pipeline.enable("quotes")
        assert "quotes" in pipeline.active_names()
        assert "captions" not in pipeline.active_names()

    def test_only(self):
        """only() keeps just the named sections enabled, in pipeline order."""
        assert _pipeline().only("body", "date").active_names() == ("date", "body")

    def test_replace_keeps_place(self):
        """replace() swaps the parser and keeps the section's position."""
        pipeline = _pipeline()
        before = pipeline.names()
        pipeline.replace("byline", _noop)
        assert pipeline.names() == before
        assert pipeline["byline"] is _noop

    def test_remove(self):
        """remove() takes the section out entirely."""
        assert "quotes" not in _pipeline().remove("quotes").names()

    def test_calls_chain(self):
        """Every changing method returns the pipeline."""
        pipeline = _pipeline()
        assert (
            pipeline.disable("quotes").enable("quotes").replace("body", _noop)
            is pipeline
        )


class TestCopy:
    def test_copy_is_independent(self):
        """Changing a copy leaves the original alone."""
        original = _pipeline().disable("quotes")
        copy = original.copy()
        copy.enable("quotes").append("extra", _noop)
        assert "quotes" not in original.active_names()
        assert "extra" not in original

    def test_repr_brackets_disabled(self):
        """repr() shows disabled sections in brackets."""
        assert "[quotes]" in repr(_pipeline().disable("quotes"))


@section(sets=("byline",))
def _sets_byline(state):
    return False


@section(reads=("byline",))
def _reads_byline(state):
    return False


class TestDeclarations:
    def test_spec_of_an_undeclared_function_is_empty(self):
        spec = spec_of(_noop)
        assert (spec.lines, spec.reads, spec.sets) == (None, frozenset(), frozenset())

    def test_section_records_what_it_declares(self):
        spec = spec_of(_reads_byline)
        assert spec.reads == frozenset({"byline"})

    def test_an_unknown_landmark_is_refused(self):
        with pytest.raises(ValueError, match="no landmark named bylin"):
            section(reads=("bylin",))

    def test_lines_must_be_a_filter(self):
        with pytest.raises(TypeError, match="LineFilter"):
            section(lines="Photo")  # type: ignore[arg-type]

    def test_the_default_order_is_sound(self):
        """No built-in section reads what a later one sets."""
        assert _pipeline().check() == ()
        assert _pipeline().missing() == {}

    def test_a_reader_before_its_setter_is_an_order_error(self):
        pipeline = Pipeline([("reader", _reads_byline), ("setter", _sets_byline)])
        assert pipeline.check() == (
            "section 'reader' reads byline, set by 'setter', which runs after it",
        )
        with pytest.raises(SectionOrderError, match="'reader' reads byline"):
            pipeline.runs()

    def test_moving_the_setter_first_mends_it(self):
        pipeline = Pipeline([("reader", _reads_byline), ("setter", _sets_byline)])
        pipeline.move("setter", before="reader")
        assert [name for name, _, _ in pipeline.runs()] == ["setter", "reader"]

    def test_a_disabled_setter_leaves_the_landmark_missing(self):
        """With the byline off, the sections that read it say what they lack."""
        missing = _pipeline().disable("byline").missing()
        assert missing["summary"] == ("byline",)
        assert missing["highlights"] == ("byline",)

    def test_runs_follow_changes(self):
        pipeline = _pipeline()
        before = pipeline.runs()
        pipeline.disable("quotes")
        assert len(pipeline.runs()) == len(before) - 1


class TestPipelineIsAValue:
    """A pipeline pickles and copies, each copy its own."""

    @pytest.mark.parametrize(
        "copier",
        [copy.copy, copy.deepcopy, lambda p: pickle.loads(pickle.dumps(p))],
        ids=["copy", "deepcopy", "pickle"],
    )
    def test_copies_are_independent(self, copier):
        """Names, order and switches are kept; changing the copy changes it alone."""
        pipeline = Parser().pipeline.disable("quotes")
        pipeline.move("labels", after="headline")
        pipeline.runs()  # cached runs are not carried over as they are
        twin = copier(pipeline)
        assert twin.names() == pipeline.names()
        assert twin.active_names() == pipeline.active_names()
        assert [fn for _, fn in twin] == [fn for _, fn in pipeline]
        twin.enable("quotes").remove("labels")
        assert "labels" in pipeline
        assert "quotes" not in pipeline.active_names()
        assert len(twin.runs()) == len(pipeline.runs())
