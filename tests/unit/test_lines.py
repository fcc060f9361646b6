"""Unit tests for line facts and line filters (articlekit.lines, the state's reading)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articlekit import Fact, LineFilter, ParseState
from articlekit.lines import FACT_TESTS, fact_of

# Lines in the shapes dumps are made of, and characters that sit on the
# edges of the facts (dashes, marks, odd spaces, digits of other scripts).
_PIECES = st.sampled_from(
    [
        "PHOTO", "Photo", "İ", "ſ", "K",
        "Dec 5, 2024", "10:15 AM", "3 comments:", "Photo: Jane Doe/Reuters",
        "“Yes,” she said", "'quoted'", "«non»", " - ", " — ", "x–y", "(a)", "[b]",
        "a/b", "two  spaces", "\u00a0", "\t", "é", "٣", "Labels:", "Jane", ".",
    ]
)  # fmt: skip
LINES = st.lists(
    st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=5).map(" ".join),
    max_size=12,
)
FILTERS = st.builds(
    LineFilter,
    facts=st.sampled_from(list(Fact)) | st.just(Fact(0)),
    all_facts=st.sampled_from(list(Fact)) | st.just(Fact(0)),
    first=st.sampled_from(["", "pl", "3d", "“"]),
    holding=st.sampled_from([(), ("comment",), ("photo", "said"), (": ",)]),
    ending=st.sampled_from([(), (":",), ("am", "pm")]),
    fold=st.booleans(),
    ascii_fold=st.booleans(),
    max_length=st.sampled_from([None, 0, 12, 40]),
)


def _state(lines: list[str]) -> ParseState:
    return ParseState("\n".join(lines))


class TestFacts:
    @pytest.mark.parametrize(
        ("text", "fact"),
        [
            ("Dec 5, 2024", Fact.DIGIT),
            ("Posted at 10:15 AM", Fact.TIME),
            ("Photo: Jane Doe", Fact.COLON),
            ("3 comments:", Fact.ENDS_COLON),
            ("“Yes,” she said.", Fact.QUOTE),
            ("Candlelight? -Jane Roe", Fact.DASH),
            ("AP Photo/Jo Li", Fact.SLASH),
            ("(AP Photo)", Fact.BRACKET),
            ("Two  spaces", Fact.ODD_SPACE),
            ("Café", Fact.NON_ASCII),
        ],
    )
    def test_each_fact_on_a_line_of_its_shape(self, text, fact):
        """Each fact holds for a line of its shape and not for plain words."""
        assert fact in fact_of(text)
        assert fact not in fact_of("plain words only")

    @pytest.mark.parametrize("text", ["two words", "tab\tinside", "no\xa0break"])
    def test_any_blank_inside_a_line_is_a_space(self, text):
        """SPACE holds for a line of more than one word, whatever blank parts them."""
        assert Fact.SPACE in fact_of(text)
        assert Fact.SPACE not in fact_of("one-word")

    def test_a_hyphen_inside_a_word_is_no_dash(self):
        """A dash counts only after a space: hyphenated words are not signatures."""
        assert Fact.DASH not in fact_of("a well-known fact")

    @given(LINES)
    def test_the_state_classifies_as_the_definition_does(self, lines):
        """The facts the state works out for each block are the definition's."""
        state = _state(lines)
        for block in state.blocks:
            assert state.facts(block) == fact_of(block.text)

    def test_every_blank_but_the_space_is_an_odd_space(self):
        """Each white space character inside a line, the ASCII space alone aside."""
        blanks = [chr(c) for c in range(0x110000) if chr(c).isspace()]
        odd = [c for c in blanks if Fact.ODD_SPACE in fact_of(f"a{c}b")]
        assert odd == [c for c in blanks if c != " "]

    def test_unprintable_marks_are_no_odd_space(self):
        """A soft hyphen or a zero-width space is unprintable but no blank."""
        assert Fact.ODD_SPACE not in fact_of("co\xadop\u200bera")

    def test_holds_asks_one_fact(self):
        state = _state(["Dec 5, 2024", "No digit here"])
        assert [state.holds(i, Fact.DIGIT) for i in range(2)] == [True, False]

    def test_every_fact_has_a_definition(self):
        assert set(FACT_TESTS) == set(Fact)


class TestLineFilter:
    def test_an_empty_filter_takes_every_line(self):
        state = _state(["one", "two"])
        state.enter("x", lines=LineFilter())
        assert [b.text for b in state.candidates()] == ["one", "two"]

    def test_holding_case_blind(self):
        """With fold, a filter's words match whatever the line's case."""
        state = _state(["3 COMMENTS:", "No reply", "Post a Comment"])
        state.enter("x", lines=LineFilter(holding=("comment",), fold=True))
        assert [b.text for b in state.candidates()] == ["3 COMMENTS:", "Post a Comment"]

    def test_ascii_fold_lowers_a_to_z_alone(self):
        """With ascii_fold, A-Z match in any case and other letters as written."""
        state = _state(["PHOTO BY Jane", "Photo ſtory", "İmage credit", "photo"])
        state.enter(
            "x", lines=LineFilter(holding=("photo b", "image"), ascii_fold=True)
        )
        assert [b.text for b in state.candidates()] == ["PHOTO BY Jane"]

    def test_whole_text_search_lands_on_its_paragraph(self):
        """Paragraphs of several bytes a character place every hit right."""
        texts = ["“Café” ſ 𝄞 İ"] * 8 + ["x PHOTO y", "naïve", "last photo"]
        state = _state(texts)
        state.enter("x", lines=LineFilter(holding=("photo",), ascii_fold=True))
        assert [b.index for b in state.candidates()] == [8, 10]

    def test_several_filters_take_either(self):
        """A tuple of filters takes a line that any one of them takes."""
        state = _state(["Labels: a", "Photo: b", "text"])
        either = (LineFilter(first="L"), LineFilter(first="P"))
        state.enter("x", lines=either)
        assert [b.text for b in state.candidates()] == ["Labels: a", "Photo: b"]

    def test_claimed_lines_are_no_candidates(self):
        state = _state(["Photo: a", "Photo: b"])
        state.enter("first")
        state.claim(state.block(0))
        state.enter("x", lines=LineFilter(first="P"))
        assert [b.text for b in state.candidates()] == ["Photo: b"]

    def test_exhaustive_state_gives_every_unclaimed_line(self):
        """exhaustive=True hands a section every line, whatever it declared."""
        state = ParseState("Photo: a\ntext\n", exhaustive=True)
        state.enter("x", lines=LineFilter(first="P"))
        assert [b.text for b in state.candidates()] == ["Photo: a", "text"]

    def test_a_bad_field_raises(self):
        with pytest.raises(TypeError):
            LineFilter(holding="photo")  # type: ignore[arg-type]

    @given(LINES, FILTERS, st.integers(0, 40))
    def test_the_state_filters_as_accepts_decides(self, lines, test, pad):
        """Filtering all the lines at once agrees with a look at each line.

        Long and short inputs take different paths (one scan of all the
        lines, or a look at each), so the lines are padded to reach both.
        """
        state = _state(lines + ["filler line"] * pad)
        state.enter("x", lines=test)
        assert [b.text for b in state.candidates()] == [
            b.text for b in state.blocks if test.accepts(b.text)
        ]
