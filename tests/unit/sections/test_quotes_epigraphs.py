"""Unit tests for the epigraphs of the quotes section (quotes._epigraphs)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articlekit import _text, parse_article
from articlekit.sections.quotes import _epigraphs
from tests.unit.sections.quote_dumps import dump, pairs


class TestEpigraphs:
    def test_dash_on_the_same_line(self) -> None:
        """A saying signed with a dash on its own line is a quotation by that name."""
        text = dump("Every river finds its way to the sea in the end.  -Mara Quill")
        article = parse_article(text)
        assert pairs(article) == [
            ("Every river finds its way to the sea in the end.", "Mara Quill")
        ]
        quote = article.quotes[0]
        assert quote.speaker_span.slice(text) == "Mara Quill"

    def test_dash_and_source_on_the_next_line(self) -> None:
        """A saying with “— NAME, SOURCE” on the next line is that person's."""
        text = dump(
            "Every river finds its way to the sea in the end.",
            "— Mara Quill, The Long Shore",
        )
        assert pairs(parse_article(text)) == [
            ("Every river finds its way to the sea in the end.", "Mara Quill")
        ]

    def test_a_dash_inside_a_sentence_is_no_epigraph(self) -> None:
        """A dash before a lower-case clause is punctuation, not a signature."""
        text = dump("The river rose fast. - and then it fell again by Monday.")
        assert parse_article(text).quotes == ()

    @pytest.mark.parametrize("looks", [64, 0])
    @given(
        texts=st.lists(st.text(alphabet="a -–—―", min_size=1, max_size=8), max_size=5)
    )
    def test_body_look_agrees_with_each_paragraph(
        self, looks: int, texts: list[str]
    ) -> None:
        """The one look over the body says yes whenever a paragraph could be signed.

        With ``looks`` at 0 the pair scans that take over from the look
        before each dash are held to the same answer.
        """
        dashes = "-–—―"
        could = any(" " + d in t for t in texts for d in dashes) or any(
            t[:1] in dashes for t in texts[1:]
        )
        saved, _text.LOOKS = _text.LOOKS, looks
        try:
            assert _epigraphs.may_be_signed("\n".join(texts)) == could
        finally:
            _text.LOOKS = saved
