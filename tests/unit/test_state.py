"""Unit tests for the parse state's claiming (articlekit.state)."""

from __future__ import annotations

import pytest

from articlekit import ParseState


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
        assert state.first_claimed_by("body") is state.blocks[0]
