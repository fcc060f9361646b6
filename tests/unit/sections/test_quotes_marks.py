"""Unit tests for the quotation marks of the quotes section (quotes._marks)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from articlekit import parse_article
from articlekit.sections.quotes import _marks
from tests.unit.sections.quote_dumps import dump, pairs


class TestQuoteMarks:
    def test_doubled_single_marks(self) -> None:
        """‘‘…’’ (two single marks for a double one) is one quotation."""
        text = dump("‘‘We will rebuild the market by spring,’’ said Jane Roe.")
        assert pairs(parse_article(text)) == [
            ("‘‘We will rebuild the market by spring,’’", "Jane Roe")
        ]

    def test_doubled_single_marks_hold_apostrophes(self) -> None:
        """An apostrophe inside ‘‘…’’ (a lone ’) does not end the quotation."""
        for inner in (
            "We didn’t expect the crowd to be this big.",
            "The team’s form has turned and the fans can’t wait.",
        ):
            text = dump(f"‘‘{inner}’’ said Jane Roe.")
            assert pairs(parse_article(text)) == [(f"‘‘{inner}’’", "Jane Roe")]

    def test_single_curly_marks(self) -> None:
        """A quotation in single curly marks counts; apostrophes inside do not end it."""
        text = dump("‘We don’t know when the water will come back,’ said Jane Roe.")
        assert pairs(parse_article(text)) == [
            ("‘We don’t know when the water will come back,’", "Jane Roe")
        ]

    def test_nested_single_quote_is_not_a_quotation_of_its_own(self) -> None:
        """A single-marked quotation inside a double-marked one is part of it."""
        text = dump("“They told us ‘stay home’ and we did,” said Jane Roe.")
        assert pairs(parse_article(text)) == [
            ("“They told us ‘stay home’ and we did,”", "Jane Roe")
        ]

    def test_low_high_marks(self) -> None:
        """„…“ (low-high marks) is a quotation."""
        text = dump("„Wir schaffen das nicht allein,“ said Jane Roe.")
        assert pairs(parse_article(text)) == [
            ("„Wir schaffen das nicht allein,“", "Jane Roe")
        ]


def _single_reference(text: str, double: list[tuple[int, int, bool]]) -> list:
    """The single-mark pairing by a walk over the characters, one at a time.

    An open mark waits for the next closing mark; a pair that opens inside
    a double-marked quotation is dropped.
    """
    opens = {m.start() for m in _marks.SINGLE_OPEN().finditer(text)}
    closes = {m.start() for m in _marks.SINGLE_CLOSE().finditer(text)}
    found = []
    opening = None
    for at in range(len(text)):
        if opening is None:
            if at in opens:
                opening = at
        elif at in closes:
            if not any(s <= opening < e for s, e, _ in double):
                found.append((opening, at + 1, True))
            opening = None
    return found


class TestMarkScans:
    """The scans over a paragraph's marks agree with their plain definitions."""

    @given(st.text(alphabet="‘’“”\"' ab.", max_size=60))
    def test_single_quotations_agree_with_a_walk_over_the_marks(
        self, text: str
    ) -> None:
        """Each opening mark pairs with the next closing one, outside double marks."""
        double = [
            (s, e, True) for s, e in (m.span() for m in _marks.QUOTED.finditer(text))
        ]
        assert _marks.single_quotations(text, double) == _single_reference(text, double)

    @given(st.text(alphabet="‘’“”\"' ab.", max_size=60))
    def test_quotations_are_in_order_and_within_the_text(self, text: str) -> None:
        """Every quotation opens with a mark, and they come in order of their starts."""
        found, double = _marks.quotations(text)
        assert [q[:2] for q in found] == sorted(q[:2] for q in found)
        assert set(double) <= {(s, e) for s, e, _ in found}
        for start, end, _ in found:
            assert 0 <= start < end <= len(text)
            assert text[start] in '‘“„"'
