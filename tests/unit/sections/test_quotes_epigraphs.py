"""Unit tests for the epigraphs of the quotes section (quotes._epigraphs)."""

from __future__ import annotations

from articlekit import parse_article
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

    def test_a_signature_on_the_line_is_the_attribution(self) -> None:
        """The dash and the name that sign a saying are its attribution."""
        for saying, sign, name in [
            (
                "Every river finds its way to the sea in the end.",
                "-Mara Quill",
                "Mara Quill",
            ),
            ("Who keeps the lamps lit at night?", "— Tom Vance", "Tom Vance"),
        ]:
            text = dump(f"{saying}  {sign}")
            quote = parse_article(text).quotes[0]
            assert quote.attribution_span.slice(text) == sign
            assert quote.speaker_span.slice(text) == name

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

    def test_a_tilde_signs_a_saying(self) -> None:
        """A tilde signs a saying as a dash does."""
        text = dump("Every river finds its way to the sea in the end. ~ Mara Quill")
        assert pairs(parse_article(text)) == [
            ("Every river finds its way to the sea in the end.", "Mara Quill")
        ]

    def test_a_quoted_saying_signed_with_a_tilde_or_a_dash(self) -> None:
        """A saying in quotation marks, signed, is the signer's, appositive and all."""
        for line, who in [
            ("“Slow down. It all goes by so fast.” ~ Ben Ortiz, broadcaster, on careers",
             "Ben Ortiz"),
            ('"Measure twice and cut once, always." — Ada Lind', "Ada Lind"),
        ]:  # fmt: skip
            article = parse_article(dump(line))
            assert [q.speaker for q in article.quotes] == [who]
            assert article.quotes[0].text.strip('“”"').endswith(("fast.", "always."))
