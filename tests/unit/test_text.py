"""Tests for the private text helpers: line streams, options, words, sentences."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from articlekit._input import iter_lines
from articlekit._options import strings
from articlekit._sentences import sentences
from articlekit._words import (
    _PUNCT_TO_SPACE,
    WIDE_SPACES,
    PhraseFinder,
    ascii_words,
    clean_cut,
    rough_words,
)


class TestIterLines:
    def test_chunks_split_anywhere_give_the_same_lines(self):
        """Lines come out whole however the chunks cut them, \\r\\n included."""
        text = "a\r\nbb\rccc\n\nd"
        chunks = [text[i : i + 1] for i in range(len(text))]
        assert list(iter_lines(chunks)) == text.splitlines(keepends=True)

    def test_a_long_line_without_breaks(self):
        """A line longer than any chunk comes out as one line."""
        assert list(iter_lines(["ab"] * 1000)) == ["ab" * 1000]


class TestSentences:
    def test_splits_at_stops_before_capitals(self):
        """Sentences end at . ! ? before a capital, a digit or an opening mark."""
        assert sentences("One is here. Two! “Three?” 4 more.") == [
            "One is here.",
            "Two!",
            "“Three?”",
            "4 more.",
        ]


class TestPhraseFinder:
    def test_single_words_and_pairs(self):
        """One-word and two-word phrases are found with their offsets."""
        find = PhraseFinder(["said", "pointed out"])
        text = "She said it; he pointed out that. Pointed  out too"
        assert [text[s:e] for s, e in find(text)] == [
            "said",
            "pointed out",
            "Pointed  out",
        ]

    def test_lower_only(self):
        """With lower=True a capitalised word (United States) is not a verb."""
        find = PhraseFinder(["states"], lower=True)
        assert find("the United States states it") == [(18, 24)]

    def test_whole_words_only(self):
        """A phrase inside a longer word is not found."""
        assert PhraseFinder(["said"])("unsaid saids") == []

    def test_window(self):
        """start and end limit the search to a window of the text."""
        find = PhraseFinder(["said"])
        assert find("said x said", 1) == [(7, 11)]

    def test_phrases_never_overlap(self):
        """A listed second word ("it" of "put it") inside a phrase is not found again."""
        find = PhraseFinder(["put it", "it"])
        text = "as he put it, it was"
        assert [text[s:e] for s, e in find(text)] == ["put it", "it"]
        assert find(text) == find.walk(text)

    @pytest.mark.parametrize("text", ["“said,”", "(said)", "said—", "said…"])
    def test_might_hold_is_a_superset(self, text):
        """might_hold is never False where the exact search finds a phrase."""
        find = PhraseFinder(["said"])
        assert find(text) != []
        assert find.might_hold(text) is True


class TestStrings:
    def test_one_string_is_a_type_error(self):
        """A single string for a list option raises TypeError."""
        with pytest.raises(TypeError, match="not one"):
            strings("labels", "Photo")

    def test_non_strings_are_a_type_error(self):
        """An item that is not a string raises TypeError."""
        with pytest.raises(TypeError, match="not a string"):
            strings("labels", ["Photo", 3])


class TestPhraseFinderAgreesWithTheWalk:
    @given(
        st.lists(
            st.sampled_from(
                ["said", "Said", "pointed", "out", "put", "it", "x-said", "unsaid",
                 "'said", "said'", "—said", "said,", "according", "to", "ß", "straße",
                 "said2", " ", "  ", "\n", "“", "”", ".", "İ"]
            ),
            max_size=30,
        ).map("".join),
        st.booleans(),
    )  # fmt: skip
    def test_find_equals_walk(self, text, lower):
        """The str.find search finds exactly what the word-by-word walk finds."""
        find = PhraseFinder(
            ["said", "pointed out", "put it", "according to"], lower=lower
        )
        assert find(text) == find.walk(text)


class TestCleanCut:
    @given(
        st.lists(
            st.sampled_from(
                ["said", "Said", "pointed", "out", "put", "it", "x-said", "unsaid",
                 "'said", "said'", "’said", "said’", "—said", "said,", "ß", "ſaid",
                 " ", "  ", "\n", "\xa0", "“", "”", ".", "-", "İ", "K"]
            ),
            max_size=30,
        ).map("".join),
        st.integers(0, 200),
        st.integers(0, 200),
        st.booleans(),
    )  # fmt: skip
    def test_slice_finds_what_the_whole_search_finds(self, text, a, b, lower):
        """A clean slice's search gives the whole search's phrases inside it."""
        lo, hi = sorted((min(a, len(text)), min(b, len(text))))
        find = PhraseFinder(["said", "pointed out", "put it", "it", "out"], lower=lower)
        if clean_cut(text, lo, hi):
            inside = [(s, e) for s, e in find(text) if s >= lo and e <= hi]
            assert find(text, lo, hi) == inside

    def test_word_across_an_edge(self):
        """A slice that cuts a word, or a phrase at its start, is not clean."""
        assert not clean_cut("unsaid", 2, 6)
        assert not clean_cut("put it", 4, 6)
        assert clean_cut("“Yes,” said Roe.", 6, 15)


# Short texts of pasted-web characters: punctuation, odd spaces, letters
# whose casefold changes length or lands in ASCII, and anything else.
_PASTED = st.text(
    alphabet=st.sampled_from(
        list("aZé1 ,.'’“”—\u00a0\u2003\u3000\x85\u2028ßİſ\U0001f600")
    )
    | st.characters(),
    max_size=40,
)


class TestRoughWords:
    def test_wide_spaces_are_every_space_above_ascii(self):
        """WIDE_SPACES holds exactly the characters above U+007F that split() cuts at."""
        spaces = {chr(c) for c in range(0x80, 0x10000) if chr(c).isspace()}
        assert set(WIDE_SPACES) == spaces

    @given(_PASTED)
    def test_same_words_as_the_str_translation(self, text):
        """The bytes look finds the words the str translation would."""
        low = text.casefold()
        expected = [
            w.encode("utf-8", "surrogatepass")
            for w in low.translate(_PUNCT_TO_SPACE).split()
        ]
        assert rough_words(low) == expected

    @given(_PASTED)
    def test_ascii_words_hold_every_ascii_rough_word(self, text):
        """Each rough word of plain ASCII letters is an ASCII word too."""
        low = text.casefold()
        ascii_only = [w for w in rough_words(low) if w.isascii() and w.isalpha()]
        assert set(ascii_only) <= set(ascii_words(low))

    def test_finder_with_wider_words_keeps_the_rough_look(self):
        """First words beyond ASCII letters are looked for as before."""
        find = PhraseFinder(["déclaré", "said"])
        assert find("Il a déclaré: oui") == [(5, 12)]
        assert find("She said so") == [(4, 8)]


class TestSentencesAgreeWithTheSplit:
    # The split this module used before: a look-behind at every space.
    OLD = regex.compile(r"(?<=[.!?…][\"'”’)\]]?)\s+(?=[\p{Lu}\p{N}\"“‘'(\[])")

    @given(st.text(alphabet=st.sampled_from(list("aB1 .!?…\"'”’)]“‘([\n\t\u00a0Ä"))))
    def test_same_sentences(self, text):
        """sentences() gives what a split at the old pattern gave."""
        assert sentences(text) == [s for s in self.OLD.split(text) if s]
