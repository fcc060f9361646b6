"""Unit tests for the parse state: reading, claiming, landmarks, drafts."""

from __future__ import annotations

import attrs
import pytest

from articlekit import (
    ArticleKitDeprecationWarning,
    Byline,
    LineFilter,
    ParseState,
    Span,
    parse_article,
)


def _state(lines: int) -> ParseState:
    return ParseState("".join(f"line {i}\n" for i in range(lines)))


class TestClaim:
    def test_a_long_run_is_claimed_whole(self):
        """A run of blocks in order (the slice path) claims every one of them."""
        state = _state(20)
        state.enter("body")
        state.claim(*state.blocks[3:15])
        assert [state.owner(b) for b in state.blocks[3:15]] == ["body"] * 12
        assert state.owner(state.blocks[2]) is None
        assert state.owner(state.blocks[15]) is None
        assert state.unclaimed() == [*state.blocks[:3], *state.blocks[15:]]

    def test_a_run_with_a_claimed_block_raises(self):
        state = _state(20)
        state.enter("date")
        state.claim(state.blocks[9])
        state.enter("body")
        with pytest.raises(ValueError, match="already claimed by 'date'"):
            state.claim(*state.blocks[:15])

    def test_blocks_out_of_order_are_claimed_one_by_one(self):
        state = _state(20)
        state.enter("body")
        chosen = [*state.blocks[10:20], state.blocks[0]]
        state.claim(*chosen)
        assert state.claimed_by("body") == [state.blocks[0], *state.blocks[10:20]]


_DUMP = (
    "\ufeffMar 3, 2025\n"
    "Frost Fans\n"
    "Growers pay. JL\n"
    "Jane Roe reports in the Financial Times:\n"
    "Apple growers installed fans.\n"
    "No comments:\n"
)


class TestReading:
    def test_a_bom_takes_no_column(self):
        """The same file with and without a BOM gives the same columns."""
        with_bom = ParseState("\ufeffJane\n  Roe\n")
        without = ParseState("Jane\n  Roe\n")
        assert [b.column for b in with_bom.blocks] == [1, 3]
        assert [b.column for b in with_bom.blocks] == [b.column for b in without.blocks]

    def test_diagnostic_columns_skip_zero_width_marks(self):
        state = ParseState("\ufeff\u200bword here\n")
        state.enter("x")
        diagnostic = state.report("x.y", span=state.block(0).span)
        assert (diagnostic.line, diagnostic.column) == (1, 1)

    def test_texts_and_blocks_agree(self):
        state = ParseState(_DUMP)
        assert list(state.texts) == [b.text for b in state.blocks]
        assert len(state) == 6

    def test_blocks_are_built_once(self):
        """Asking twice for a block gives the same object."""
        state = ParseState(_DUMP)
        assert state.block(2) is state.blocks[2]

    def test_first_block_at(self):
        state = ParseState("ab\ncd\n")
        assert [state.first_block_at(n) for n in (0, 1, 3, 6)] == [0, 1, 1, 2]

    def test_raw_lines_give_back_the_text(self):
        text = "a\r\n\nb\rc"
        assert "".join(ParseState(text).raw_lines()) == text


class TestLandmarks:
    def test_setters_record_where_their_parts_lie(self):
        """A part set through its setter is a landmark at its block."""
        state = ParseState(_DUMP)
        state.enter("mine")
        state.set_date(None, state.block(0).span, line="Mar 3, 2025")
        state.set_headline("Frost Fans", state.block(1).span)
        state.set_byline(Byline(authors=("Jane Roe",), span=state.block(3).span))
        state.set_body([state.block(4)])
        landmarks = state.landmarks
        assert (landmarks.date, landmarks.headline, landmarks.byline) == (0, 1, 3)
        assert landmarks.top == 1
        assert landmarks.body == (4,)
        assert landmarks.footer is None

    def test_top_is_the_date_without_a_headline(self):
        state = ParseState(_DUMP)
        state.set_date(None, state.block(0).span)
        assert state.landmarks.top == 0

    def test_a_byline_without_a_span_is_where_its_section_claimed(self):
        state = ParseState(_DUMP)
        state.enter("mine")
        state.claim(state.block(3))
        state.set_byline(Byline(authors=("Jane Roe",)))
        assert state.landmarks.byline == 3

    def test_looked_for_tells_absent_from_unknown(self):
        """A footer searched for and not found differs from one never searched."""
        state = ParseState(_DUMP)
        assert not state.landmarks.looked_for("footer")
        state.looked_for(["footer"])
        assert state.landmarks.looked_for("footer")
        assert state.landmarks.footer is None

    def test_an_unknown_landmark_raises(self):
        with pytest.raises(KeyError, match="no landmark named 'bylin'"):
            ParseState(_DUMP).landmarks.first("bylin")

    def test_first_claimed_by_is_deprecated(self):
        state = ParseState(_DUMP)
        with pytest.warns(ArticleKitDeprecationWarning):
            assert state.first_claimed_by("date") is None


class TestDrafts:
    def test_drafts_are_read_only(self):
        """A section cannot write a draft field around its checked setter."""
        state = ParseState(_DUMP)
        with pytest.raises(AttributeError):
            state.headline = 42  # type: ignore[misc]

    @pytest.mark.parametrize(
        ("setter", "args"),
        [
            ("set_headline", (42, Span(start=0, end=1))),
            ("set_headline", ("x", (0, 1))),
            ("set_date", ("2024-12-05", Span(start=0, end=1))),
            ("set_byline", ("Jane Roe",)),
            ("set_labels", ("a, b", Span(start=0, end=1))),
            ("set_body", (["text"],)),
            ("add_caption", ({"text": "x"},)),
            ("set_comments", (3,)),
        ],
    )
    def test_setters_refuse_wrong_types(self, setter, args):
        state = ParseState(_DUMP)
        with pytest.raises(TypeError):
            getattr(state, setter)(*args)

    def test_a_built_article_is_valid(self):
        """What the setters let through builds an article the validators accept."""
        article = parse_article(_DUMP)
        attrs.validate(article)
        assert article.byline is not None
        attrs.validate(article.byline)


class TestIndices:
    def test_unclaimed_indices_match_the_blocks(self):
        state = ParseState(_DUMP)
        state.enter("x")
        state.claim(1, state.block(3))
        assert state.unclaimed_indices() == [0, 2, 4, 5]
        assert state.unclaimed_indices(2, 5) == [2, 4]
        assert [b.index for b in state.unclaimed(2, 5)] == [2, 4]

    def test_candidate_indices_keep_to_the_range(self):
        state = ParseState("Photo: a\nb\nPhoto: c\nPhoto: d\n")
        state.enter("x", lines=LineFilter(first="P"))
        assert state.candidate_indices() == [0, 2, 3]
        assert state.candidate_indices(1, 3) == [2]
        assert state.candidate_indices(-2) == [2, 3]

    def test_claim_run_claims_every_block_of_the_run(self):
        state = ParseState(_DUMP)
        state.enter("body")
        state.claim_run(2, 5)
        assert [state.owner(i) for i in range(6)] == [
            None,
            None,
            "body",
            "body",
            "body",
            None,
        ]

    def test_claim_run_over_a_claimed_block_raises(self):
        state = ParseState(_DUMP)
        state.enter("date")
        state.claim(3)
        state.enter("body")
        with pytest.raises(ValueError, match=r"block 3 .* already claimed by 'date'"):
            state.claim_run(2, 5)

    def test_set_body_takes_indices_without_blocks(self):
        """A body set by index has the texts and spans of those blocks."""
        state = ParseState(_DUMP)
        state.set_body([4])
        assert state.body == ("Apple growers installed fans.",)
        assert state.body_spans[0].slice(state.text) == state.body[0]
        assert state.landmarks.body == (4,)

    def test_set_body_refuses_a_bad_index(self):
        with pytest.raises(IndexError):
            ParseState(_DUMP).set_body([99])
