"""Unit tests for the quotes section (articlekit.sections.quotes): the whole section.

The package's parts have tests of their own: test_quotes_marks.py,
test_quotes_attribution.py, test_quotes_speakers.py, test_quotes_epigraphs.py.
"""

from __future__ import annotations

from typing import Any

import pytest

import articlekit.sections.quotes
from articlekit import Parser, parse_article
from articlekit.sections import DEFAULT_SECTIONS
from articlekit.sections.quotes import SPEECH_VERBS, make_quotes_parser, parse_quotes
from articlekit.sections.quotes._section import FRAGMENT_CHARS, FRAGMENTS_BASE
from tests.unit.sections.quote_dumps import (
    DATE,
    FOOTER,
    HEADLINE,
    LEAD,
    codes,
    dump,
    pairs,
)


def test_public_names() -> None:
    """The package exports the section, its factory and its word lists."""
    assert articlekit.sections.quotes.__all__ == [
        "ORGANISATION_NOUNS",
        "SPEECH_VERBS",
        "make_quotes_parser",
        "parse_quotes",
    ]
    assert ("quotes", parse_quotes) in DEFAULT_SECTIONS


class TestParseQuotes:
    def test_curly_said_name_with_appositive(self) -> None:
        """“…,” said NAME, an economist at X. gives NAME without the appositive."""
        text = dump(
            "“The plan is a partial fix at best,” said Jane Roe, an economist "
            "at Acme Bank."
        )
        article = parse_article(text)
        assert pairs(article) == [("“The plan is a partial fix at best,”", "Jane Roe")]

    def test_organisation_subject_after_quote(self) -> None:
        """“…,” the Finance Ministry said. gives the organisation without "the"."""
        text = dump(
            "“Stationed units have moved outside the city,” the Finance Ministry said."
        )
        article = parse_article(text)
        assert pairs(article) == [
            ("“Stationed units have moved outside the city,”", "Finance Ministry")
        ]

    def test_surname_then_verb_after_quote(self) -> None:
        """“…,” Roe said. gives the surname alone."""
        text = dump("“We will not give up the fight,” Roe said.")
        article = parse_article(text)
        assert pairs(article) == [("“We will not give up the fight,”", "Roe")]

    def test_present_tense_verb(self) -> None:
        """“…,” says NAME. is attributed like said."""
        text = dump("“The plan is a partial fix at best,” says Jane Roe.")
        article = parse_article(text)
        assert pairs(article) == [("“The plan is a partial fix at best,”", "Jane Roe")]

    def test_question_asked_by_name(self) -> None:
        """A quotation ending in a question mark, then asked NAME."""
        text = dump("“Where is the money?” asked Jane Roe.")
        article = parse_article(text)
        assert pairs(article) == [("“Where is the money?”", "Jane Roe")]

    def test_name_said_colon_before_quote(self) -> None:
        """NAME said: “…” gives NAME."""
        text = dump("Jane Roe said: “The plan is a partial fix at best.”")
        article = parse_article(text)
        assert pairs(article) == [("“The plan is a partial fix at best.”", "Jane Roe")]

    def test_name_wrote_comma_before_quote(self) -> None:
        """NAME wrote, “…” gives NAME."""
        text = dump("Jane Roe wrote, “The plan is a partial fix at best.”")
        article = parse_article(text)
        assert pairs(article) == [("“The plan is a partial fix at best.”", "Jane Roe")]

    def test_according_to_name(self) -> None:
        """According to NAME, “…” gives NAME."""
        text = dump("According to Jane Roe, “the plan is a partial fix at best.”")
        article = parse_article(text)
        assert pairs(article) == [("“the plan is a partial fix at best.”", "Jane Roe")]

    def test_straight_double_quotes(self) -> None:
        """Straight double marks are quotation marks too."""
        text = dump('"The plan is a partial fix at best," said Jane Roe.')
        article = parse_article(text)
        assert pairs(article) == [('"The plan is a partial fix at best,"', "Jane Roe")]

    def test_fragment_tied_by_earlier_speech_verb(self) -> None:
        """A fragment after NAME ... told reporters that ... is NAME's quote."""
        text = dump(
            "Jane Roe on Tuesday told reporters that the plan was "
            "“a partial fix at best.”"
        )
        article = parse_article(text)
        assert pairs(article) == [("“a partial fix at best.”", "Jane Roe")]

    def test_title_after_verb_dropped(self) -> None:
        """said President NAME gives NAME without the title."""
        text = dump("“The plan is a partial fix at best,” said President Jane Roe.")
        article = parse_article(text)
        assert pairs(article) == [("“The plan is a partial fix at best,”", "Jane Roe")]

    def test_two_word_title_before_verb_dropped(self) -> None:
        """Prime Minister NAME said gives NAME without the title."""
        text = dump(
            "“The plan is a partial fix at best,” Prime Minister John Doe said."
        )
        article = parse_article(text)
        assert pairs(article) == [("“The plan is a partial fix at best,”", "John Doe")]

    def test_title_dropped_from_subject_of_earlier_verb(self) -> None:
        """Prime Minister NAME said the plan was “…” gives NAME."""
        text = dump(
            "Prime Minister John Doe said the plan was “a partial fix at best.”"
        )
        article = parse_article(text)
        assert pairs(article) == [("“a partial fix at best.”", "John Doe")]

    def test_lowercase_role_after_verb_dropped(self) -> None:
        """said economist NAME gives NAME, the role dropped."""
        text = dump("“The plan is a partial fix at best,” said economist Jane Roe.")
        article = parse_article(text)
        assert pairs(article) == [("“The plan is a partial fix at best,”", "Jane Roe")]

    def test_employer_and_role_before_name_dropped(self) -> None:
        """“…,” Acme Bank economist NAME said. gives NAME, not the employer."""
        text = dump(
            "“The plan is a partial fix at best,” Acme Bank economist Jane Roe said."
        )
        article = parse_article(text)
        assert pairs(article) == [("“The plan is a partial fix at best,”", "Jane Roe")]

    def test_appositive_between_name_and_verb(self) -> None:
        """“…,” NAME, an economist at X, said. gives NAME."""
        text = dump(
            "“The plan is a partial fix at best,” Jane Roe, an economist at "
            "Acme Bank, said."
        )
        article = parse_article(text)
        assert pairs(article) == [("“The plan is a partial fix at best,”", "Jane Roe")]

    def test_relative_clause_after_name(self) -> None:
        """“…,” said NAME, who heads X. gives NAME."""
        text = dump(
            "“The plan is a partial fix at best,” said Jane Roe, who heads the "
            "Acme Bank."
        )
        article = parse_article(text)
        assert pairs(article) == [("“The plan is a partial fix at best,”", "Jane Roe")]

    def test_split_quote_pronoun_resolved_to_person_quoted_before(self) -> None:
        """“A,” he said, “B.” gives two quotes by the person quoted just before."""
        text = dump(
            "“We will fight on,” said John Doe, a commander.",
            "“The city is ours,” he said, “and we will keep it.”",
        )
        article = parse_article(text)
        assert pairs(article) == [
            ("“We will fight on,”", "John Doe"),
            ("“The city is ours,”", "John Doe"),
            ("“and we will keep it.”", "John Doe"),
        ]

    def test_split_quote_pronoun_resolved_to_person_named_before(self) -> None:
        """“A,” she said, “B.” gives two quotes by the person named just before."""
        text = dump(
            "Jane Roe spoke to the crowd outside the ministry.",
            "“We will fight on,” she said, “and we will win.”",
        )
        article = parse_article(text)
        assert pairs(article) == [
            ("“We will fight on,”", "Jane Roe"),
            ("“and we will win.”", "Jane Roe"),
        ]

    def test_split_quote_surname_said(self) -> None:
        """“A,” Roe said, “B.” gives two quotes by Roe."""
        text = dump("“The plan is a partial fix,” Roe said, “and it will not last.”")
        article = parse_article(text)
        assert pairs(article) == [
            ("“The plan is a partial fix,”", "Roe"),
            ("“and it will not last.”", "Roe"),
        ]

    def test_split_quote_said_name(self) -> None:
        """“A,” said NAME, “B.” gives two quotes by NAME."""
        text = dump(
            "“The plan is a partial fix,” said Jane Roe, “and it will not last.”"
        )
        article = parse_article(text)
        assert pairs(article) == [
            ("“The plan is a partial fix,”", "Jane Roe"),
            ("“and it will not last.”", "Jane Roe"),
        ]

    def test_follow_on_quote_after_attribution(self) -> None:
        """“A,” said NAME. “B.” gives both quotes to NAME."""
        text = dump(
            "“The city will fall within days,” said Jane Roe. "
            "“We have seen this before.”"
        )
        article = parse_article(text)
        assert pairs(article) == [
            ("“The city will fall within days,”", "Jane Roe"),
            ("“We have seen this before.”", "Jane Roe"),
        ]

    def test_multi_paragraph_follow_on_quote_keeps_speaker(self) -> None:
        """“A,” said NAME. “B… left open, then “C.” gives NAME all three."""
        text = dump(
            "“The city will fall within days,” said Jane Roe. "
            "“We have seen this before.",
            "“It is only a matter of time.”",
        )
        article = parse_article(text)
        assert pairs(article) == [
            ("“The city will fall within days,”", "Jane Roe"),
            ("“We have seen this before.", "Jane Roe"),
            ("“It is only a matter of time.”", "Jane Roe"),
        ]

    def test_straight_scare_quotes_skipped(self) -> None:
        """A quoted fragment with no speech verb ("family together") is no quote."""
        text = dump('The charity launched a "family together" project in the spring.')
        article = parse_article(text)
        assert article.quotes == ()

    def test_curly_scare_quotes_after_named_person_skipped(self) -> None:
        """A scare quote in a sentence with no speech verb is no quote."""
        text = dump("Jane Roe runs the charity. It is a “family together” project.")
        article = parse_article(text)
        assert article.quotes == ()

    def test_unattributed_sentence_is_quote(self) -> None:
        """A whole sentence in quotes with no speaker is a quote by nobody."""
        text = dump("“The city will fall within days.” The rebels advanced.")
        article = parse_article(text)
        assert pairs(article) == [("“The city will fall within days.”", None)]
        assert codes(article) == ["quote.unattributed"]

    def test_unattributed_straight_sentence_is_quote(self) -> None:
        """The same holds in straight double marks."""
        text = dump('"The city will fall within days." The rebels advanced.')
        article = parse_article(text)
        assert pairs(article) == [('"The city will fall within days."', None)]
        assert codes(article) == ["quote.unattributed"]

    def test_unattributed_diagnostic_points_at_quote(self) -> None:
        """The quote.unattributed diagnostic spans the quotation."""
        text = dump("“The city will fall within days.” The rebels advanced.")
        article = parse_article(text)
        (diagnostic,) = [
            d for d in article.diagnostics if d.code == "quote.unattributed"
        ]
        assert text[diagnostic.start : diagnostic.end] == article.quotes[0].text

    def test_attributed_quote_reports_nothing(self) -> None:
        """A closed, attributed quotation gives no quotes diagnostic."""
        text = dump("“We will not give up the fight,” Roe said.")
        article = parse_article(text)
        assert codes(article) == []

    def test_open_quote_continues_into_next_paragraph(self) -> None:
        """A quotation left open continues into the next paragraph, same speaker."""
        text = dump(
            "Jane Roe said: “The city will fall within days.",
            "“It is only a matter of time.”",
        )
        article = parse_article(text)
        assert pairs(article) == [
            ("“The city will fall within days.", "Jane Roe"),
            ("“It is only a matter of time.”", "Jane Roe"),
        ]
        assert [q.paragraph for q in article.quotes] == [1, 2]
        assert codes(article) == ["quote.unclosed"]

    def test_open_quote_over_three_paragraphs(self) -> None:
        """Each paragraph left open gives its own quote.unclosed; one speaker."""
        text = dump(
            "Jane Roe said: “The city will fall within days.",
            "“It is only a matter of time.",
            "“We will be ready,” she said.",
        )
        article = parse_article(text)
        assert pairs(article) == [
            ("“The city will fall within days.", "Jane Roe"),
            ("“It is only a matter of time.", "Jane Roe"),
            ("“We will be ready,”", "Jane Roe"),
        ]
        assert codes(article) == ["quote.unclosed", "quote.unclosed"]

    def test_open_straight_quote_continues(self) -> None:
        """A straight mark left open continues into the next paragraph too."""
        text = dump(
            'Jane Roe said: "The city will fall within days.',
            '"It is only a matter of time."',
        )
        article = parse_article(text)
        assert pairs(article) == [
            ('"The city will fall within days.', "Jane Roe"),
            ('"It is only a matter of time."', "Jane Roe"),
        ]
        assert codes(article) == ["quote.unclosed"]

    def test_unclosed_diagnostic_points_at_quote(self) -> None:
        """The quote.unclosed diagnostic spans the open quotation."""
        text = dump(
            "Jane Roe said: “The city will fall within days.",
            "“It is only a matter of time.”",
        )
        article = parse_article(text)
        (diagnostic,) = [d for d in article.diagnostics if d.code == "quote.unclosed"]
        assert text[diagnostic.start : diagnostic.end] == (
            "“The city will fall within days."
        )

    def test_quote_in_caption_is_not_body_quote(self) -> None:
        """A quotation in a caption paragraph is not a body quote."""
        text = dump("“Hello,” she said. Photo: Jane Doe/Reuters")
        article = parse_article(text)
        assert article.quotes == ()
        assert [c.text for c in article.captions] == ["“Hello,” she said."]

    def test_paragraph_counts_body_paragraphs_only(self) -> None:
        """Quote.paragraph indexes the body, a caption between not counted."""
        text = dump(
            "Jane Roe addressed the crowd on Monday.",
            "Rebels outside the city on Tuesday. Photo: John Doe/Reuters",
            "“We will fight on,” she said.",
        )
        article = parse_article(text)
        assert pairs(article) == [("“We will fight on,”", "Jane Roe")]
        assert article.quotes[0].paragraph == 2
        assert article.body[2] == "“We will fight on,” she said."

    def test_quote_in_headline_is_not_body_quote(self) -> None:
        """A quotation in the headline is not a body quote."""
        text = dump(
            "The army withdrew to the south.", headline="Roe Says “The Plan Is Dead”"
        )
        article = parse_article(text)
        assert article.headline == "Roe Says “The Plan Is Dead”"
        assert article.quotes == ()

    def test_quote_in_summary_is_not_body_quote(self) -> None:
        """A quotation in the blogger's summary is not a body quote."""
        text = "\n\n".join(
            [
                DATE,
                HEADLINE,
                "“This is the end of the regime,” one analyst told me. JL",
                "Jane Roe reports in the Daily Planet:",
                LEAD,
                "The army withdrew to the south.",
                FOOTER,
            ]
        )
        article = parse_article(text)
        assert article.summary is not None
        assert article.quotes == ()

    def test_quote_in_reader_comment_is_not_body_quote(self) -> None:
        """A quotation below the comment footer is not a body quote."""
        text = "\n\n".join(
            [
                DATE,
                HEADLINE,
                LEAD,
                "The army withdrew to the south.",
                "1 comment:",
                "Reader One said...",
                "“This will not last,” said John Doe, and he was right.",
                "Post a Comment",
            ]
        )
        article = parse_article(text)
        assert article.comments is not None
        assert article.quotes == ()

    def test_quote_in_highlights_counted_once(self) -> None:
        """A quotation repeated in the highlights is read once, from the body."""
        quoted = "“We will not give up the fight,” said John Doe."
        text = "\n\n".join(
            [
                DATE,
                HEADLINE,
                "The retreat is a defeat for Russia. JL",
                "Jane Roe reports in the Daily Planet:",
                f"{quoted} The rebels entered the city.",
                "The rebels entered the city.",
                quoted,
                FOOTER,
            ]
        )
        article = parse_article(text)
        assert pairs(article) == [("“We will not give up the fight,”", "John Doe")]
        assert article.quotes[0].paragraph == 1

    @pytest.mark.parametrize(
        "paragraph",
        [
            "“The plan is a partial fix at best,” said Jane Roe, an economist.",
            "“Stationed units have moved outside the city,” the Finance Ministry said.",
            "“We will not give up the fight,” Roe said.",
            "Jane Roe said: “The plan is a partial fix at best.”",
            "Jane Roe wrote, “The plan is a partial fix at best.”",
            "According to Jane Roe, “the plan is a partial fix at best.”",
            '"The plan is a partial fix at best," said Jane Roe.',
            "Jane Roe on Tuesday told reporters the plan was “a partial fix.”",
            "“The plan is a partial fix at best,” said President Jane Roe.",
            "“The plan is a partial fix at best,” Prime Minister John Doe said.",
            "“The plan is a partial fix,” Roe said, “and it will not last.”",
        ],
    )
    def test_spans_slice_input(self, paragraph: str) -> None:
        """span slices the input to the quote, speaker_span to the speaker."""
        text = dump(paragraph)
        article = parse_article(text)
        assert article.quotes != ()
        for quote in article.quotes:
            assert quote.span is not None
            assert quote.speaker_span is not None
            assert quote.span.slice(text) == quote.text
            assert quote.speaker_span.slice(text) == quote.speaker

    def test_spans_slice_input_with_crlf(self) -> None:
        """Spans are offsets into the input as given, \\r\\n line ends included."""
        text = dump("Jane Roe said: “The plan is a partial fix at best.”").replace(
            "\n", "\r\n"
        )
        article = parse_article(text)
        (quote,) = article.quotes
        assert quote.span is not None
        assert quote.speaker_span is not None
        assert quote.span.slice(text) == "“The plan is a partial fix at best.”"
        assert quote.speaker_span.slice(text) == "Jane Roe"

    def test_resolved_pronoun_has_no_speaker_span(self) -> None:
        """A speaker resolved from a pronoun is not named there: no speaker_span."""
        text = dump(
            "Jane Roe spoke to the crowd outside the ministry.",
            "“We will fight on,” she said.",
        )
        article = parse_article(text)
        (quote,) = article.quotes
        assert quote.speaker == "Jane Roe"
        assert quote.speaker_span is None

    def test_unattributed_quote_has_no_speaker_span(self) -> None:
        """A quote by nobody has a span but no speaker_span."""
        text = dump("“The city will fall within days.” The rebels advanced.")
        article = parse_article(text)
        (quote,) = article.quotes
        assert quote.span is not None
        assert quote.speaker_span is None

    def test_quote_diagnostics_do_not_raise_in_strict_mode(self) -> None:
        """quote.unclosed and quote.unattributed are notes: strict parses."""
        text = dump(
            "“The city will fall within days.” The rebels advanced.",
            "Jane Roe said: “It is only a matter of time.",
        )
        article = parse_article(text, strict=True)
        assert pairs(article) == [
            ("“The city will fall within days.”", None),
            ("“It is only a matter of time.", "Jane Roe"),
        ]

    def test_body_without_marks_has_no_quotes(self) -> None:
        """A body with no quotation marks gives no quotes and no diagnostics."""
        text = dump("Jane Roe said the plan was a partial fix at best.")
        article = parse_article(text)
        assert article.quotes == ()
        assert codes(article) == []


class TestMakeQuotesParser:
    @staticmethod
    def _parser(**options: Any) -> Parser:
        """A default parser whose quotes section is built with ``options``."""
        parser = Parser()
        parser.pipeline.replace("quotes", make_quotes_parser(**options))
        return parser

    def test_defaults_match_parse_quotes(self) -> None:
        """A parser built with no options reads what the default one reads."""
        text = dump(
            "“The plan is a partial fix,” Roe said, “and it will not last.”",
            "“The city will fall within days.” The rebels advanced.",
        )
        article = self._parser().parse(text)
        assert pairs(article) == pairs(parse_article(text))

    def test_min_words_skips_short_quotes(self) -> None:
        """Quotes of fewer than min_words words are skipped."""
        text = dump("“Never,” said Jane Roe.", "“We will fight on,” said John Doe.")
        article = self._parser(min_words=2).parse(text)
        assert pairs(article) == [("“We will fight on,”", "John Doe")]

    def test_default_min_words_keeps_one_word_quote(self) -> None:
        """By default an attributed one-word quote counts."""
        text = dump("“Never,” said Jane Roe.")
        article = parse_article(text)
        assert pairs(article) == [("“Never,”", "Jane Roe")]

    def test_custom_verbs_replace_the_defaults(self) -> None:
        """Only the verbs given tie a quote: wrote no longer attributes."""
        text = dump("Jane Roe wrote, “The plan is a partial fix at best.”")
        article = self._parser(verbs=("said",)).parse(text)
        assert pairs(article) == [("“The plan is a partial fix at best.”", None)]

    def test_custom_verb_attributes(self) -> None:
        """A verb added to the list ties a quote to its speaker."""
        text = dump("“The plan is a partial fix at best,” mused Jane Roe.")
        article = self._parser(verbs=(*SPEECH_VERBS, "mused")).parse(text)
        assert pairs(article) == [("“The plan is a partial fix at best,”", "Jane Roe")]


class TestContinuations:
    def test_labelled_answer_continues_the_last_speaker(self) -> None:
        """Opening statement: “…” (no verb of its own) is the last speaker's."""
        text = dump(
            "After the game, Tom Vance said “nobody played well.”",
            "Opening statement: “The start of the second half was not pretty either.”",
        )
        assert pairs(parse_article(text)) == [
            ("“nobody played well.”", "Tom Vance"),
            ("“The start of the second half was not pretty either.”", "Tom Vance"),
        ]

    def test_statement_under_an_introducing_paragraph(self) -> None:
        """Quotation paragraphs under “the statement put out by NAME” are NAME's."""
        text = dump(
            "This is the full statement put out by shadow chancellor John Fenwick.",
            "“The budget claws back money from those on low incomes.”",
            "“We will oppose this unfair tax.”",
        )
        assert pairs(parse_article(text)) == [
            (
                "“The budget claws back money from those on low incomes.”",
                "John Fenwick",
            ),
            ("“We will oppose this unfair tax.”", "John Fenwick"),
        ]

    def test_quote_open_at_the_end_of_a_cut_dump_is_dropped(self) -> None:
        """A quotation still open where a cut-off dump ends is reported, not listed."""
        text = "\n\n".join(
            [
                DATE,
                HEADLINE,
                LEAD,
                "“I never let you celebrate fully. Every time we hit a mil",
            ]
        )
        article = parse_article(text)
        assert article.quotes == ()
        assert "quote.truncated" in codes(article)


class TestNotQuotations:
    def test_title_is_not_a_quotation(self) -> None:
        """Zarif told ABC's “This Week” program: a title, even after a verb."""
        text = dump("Jane Roe told ABC's “This Week” program that talks would go on.")
        assert parse_article(text).quotes == ()

    def test_slogan_after_a_determiner_is_not_a_quotation(self) -> None:
        """spread the “Lance is an idiot-genius!” meme: a slogan used as a noun."""
        text = dump(
            "Feel free to spread the “Lance is an idiot-genius!” meme on your own dime."
        )
        assert parse_article(text).quotes == ()

    def test_one_word_scare_quote_in_reported_speech(self) -> None:
        """said the seniors are a “close-knit” group: one word, a scare quote."""
        text = dump("Jane Roe said the seniors are a “close-knit” group she will miss.")
        assert parse_article(text).quotes == ()


class TestDenseParagraphs:
    """A paragraph dense with quoted fragments has only so many read for a speaker."""

    # A fragment next to a speech verb: each is read for a speaker.
    FRAGMENT = "Jane Roe said it was “a big mistake” again. "

    def test_prose_reads_every_fragment(self):
        """A few fragments, as prose has them, are all read and attributed."""
        article = parse_article(dump(self.FRAGMENT * 3))
        assert pairs(article) == [("“a big mistake”", "Jane Roe")] * 3
        assert "quote.dense" not in codes(article)

    def test_dense_paragraph_passes_the_rest_over(self):
        """Past the paragraph's allowance, fragments are passed over and counted."""
        paragraph = self.FRAGMENT * 40
        allowance = FRAGMENTS_BASE + len(paragraph) // FRAGMENT_CHARS
        article = parse_article(dump(paragraph))
        assert pairs(article) == [("“a big mistake”", "Jane Roe")] * allowance
        dense = [d for d in article.diagnostics if d.code == "quote.dense"]
        assert len(dense) == 1
        assert dense[0].message.startswith(f"{40 - allowance} quoted fragments")
        start, end = dense[0].start, dense[0].end
        assert start is not None
        assert end is not None
        assert dump(paragraph)[start:end] == paragraph.strip()

    def test_whole_sentences_are_never_capped(self):
        """Quoted sentences do not count against the allowance."""
        sentence = "“We will hold the city,” Jane Roe said. "
        article = parse_article(dump(sentence * 40))
        assert len(article.quotes) == 40
        assert "quote.dense" not in codes(article)

    def test_strict_mode_does_not_raise(self):
        """The diagnostic is information: strict parsing still returns."""
        article = parse_article(dump(self.FRAGMENT * 40), strict=True)
        assert "quote.dense" in codes(article)


class TestGeneralAttribution:
    """Issue 16: attribution rules stated for shapes of text, not one dump."""

    @pytest.mark.parametrize(
        ("paragraph", "speaker"),
        [
            (
                "Mayor Jane Roe on Monday said the city rejects “in the firmest "
                "terms” the claims made following reports that the budget was cut.",
                "Jane Roe",
            ),
            (
                "John Doe said the league condemns “any form of abuse” heard "
                "in the stands after reports of chants.",
                "John Doe",
            ),
        ],
    )
    def test_unnamed_verb_after_yields_to_speaker_before(
        self, paragraph: str, speaker: str
    ) -> None:
        """A noun read as a verb after a fragment names nobody: the verb before wins."""
        article = parse_article(dump(paragraph))
        assert [who for _, who in pairs(article)] == [speaker]

    def test_pronoun_stands_for_person_reported_in_its_paragraph(self) -> None:
        """A person reported speaking before “…,” she said outranks an earlier speaker."""
        text = dump(
            "“We open on Monday,” said John Doe, the shop's owner.",
            "Mary Major thanked the staff. Major explained that the queue "
            "moved fast. “It was worth the wait,” she said.",
        )
        assert pairs(parse_article(text))[-1] == ("“It was worth the wait,”", "Major")

    def test_pronoun_stands_for_person_reported_in_paragraph_above(self) -> None:
        """“… the plan works, NAME said.” above “…,” he said gives NAME."""
        text = dump(
            "“The talks are over,” said Jane Roe, a union official.",
            "The company had hoped for more time, but the offer stays on the "
            "table for a week, Lee said.",
            "“We will wait and see,” he said.",
        )
        assert pairs(parse_article(text))[-1] == ("“We will wait and see,”", "Lee")

    def test_pronoun_skips_publication_reporting(self) -> None:
        """“The Daily Courier reported” above “…,” he said: a paper is nobody's antecedent."""
        text = dump(
            "“The talks are over,” said Jane Roe, a union official.",
            "The strike could last a month, The Daily Courier reported.",
            "“We will wait and see,” she said.",
        )
        assert pairs(parse_article(text))[-1] == ("“We will wait and see,”", "Jane Roe")

    def test_role_keeps_the_person_quoted(self) -> None:
        """“…,” the mayor said keeps the mayor quoted before, not a person reported since."""
        text = dump(
            "“The bridge will reopen,” said Mayor Jane Roe.",
            "Engineer John Doe said the repairs were nearly done.",
            "“We owe the crews a great deal,” the mayor said.",
        )
        assert pairs(parse_article(text))[-1] == (
            "“We owe the crews a great deal,”",
            "Jane Roe",
        )

    @pytest.mark.parametrize(
        ("paragraph", "speaker"),
        [
            (
                "In a short address, Jane Roe thanked the volunteers for the "
                "“long hours,” saying “the town owes them a great deal.”",
                "Jane Roe",
            ),
            (
                "After the final whistle, John Doe left the pitch, adding: "
                "“We were second best all night.”",
                "John Doe",
            ),
            (
                "Jane Roe thanked the crowd and said: “We will be back next year.”",
                "Jane Roe",
            ),
            (
                "The city council issued a notice, which stated: “The pool is "
                "closed until further notice.”",
                "city council",
            ),
        ],
    )
    def test_linked_verb_takes_main_clause_subject(
        self, paragraph: str, speaker: str
    ) -> None:
        """A participle, an "and"-verb or a "which"-verb speaks for the main subject."""
        article = parse_article(dump(paragraph))
        assert {who for _, who in pairs(article)} == {speaker}

    def test_title_alone_is_a_role(self) -> None:
        """“The Duchess …, writing:” stands for the duchess named before, not "Duchess"."""
        text = dump(
            "Duchess Mary Jones had not spoken since the spring.",
            "The Duchess later answered the critics, writing: “I made a "
            "mistake and I am sorry for it.”",
        )
        assert pairs(parse_article(text))[-1][1] == "Mary Jones"

    @pytest.mark.parametrize(
        "above",
        [
            "Below are excerpts of the interview on Acme's Channel Four:",
            "What follows is the statement read out on Acme's Morning Show:",
        ],
    )
    def test_question_word_and_possessive_run_name_nobody(self, above: str) -> None:
        """ "What …" opens no name, and "Acme's Channel" is a thing someone owns."""
        text = dump(above, "“We have nothing to add at this stage of the inquiry.”")
        assert pairs(parse_article(text))[-1][1] is None

    def test_standalone_quotation_takes_person_introduced_above(self) -> None:
        """A quotation alone in its paragraph is the person's the sentence above names."""
        text = dump(
            "The library reopened on Monday, and head librarian Jane Roe has "
            "been delighted by the crowds.",
            "“Every morning there is a queue at the door before we open.”",
            "Most visitors came for the new reading room.",
            "“The children have claimed the corner by the window for themselves.”",
            "Readers online, such as John Doe, praised the longer hours.",
            "“It is the best thing the council has done in years, I think.”",
        )
        assert [who for _, who in pairs(parse_article(text))] == [
            "Jane Roe",
            "Jane Roe",
            "John Doe",
        ]

    def test_signature_line_introduces_nobody(self) -> None:
        """A paragraph that does not end as a sentence (a signature) names no speaker."""
        text = dump(
            "“The bridge will reopen in May,” said Mayor Jane Roe.",
            "John Doe, Acme Council",
            "“We will hold the contractor to that date, every day of it.”",
        )
        assert pairs(parse_article(text))[-1][1] == "Jane Roe"

    def test_transcript_label_names_the_speaker(self) -> None:
        """``NAME: “…”`` under a paragraph that introduced NAME is NAME's quotation."""
        text = dump(
            "Here are parts of the interview Mayor Jane Roe gave on Sunday:",
            "...Mayor Roe: “We have set a clear plan and we will keep to it.”",
            "Host: “And the budget?”",
            "Roe: “The budget is fixed for three years, whatever happens.”",
        )
        assert pairs(parse_article(text)) == [
            ("“We have set a clear plan and we will keep to it.”", "Roe"),
            ("“The budget is fixed for three years, whatever happens.”", "Roe"),
        ]

    def test_heading_label_names_nobody(self) -> None:
        """``Opening Remarks: “…”`` is a heading: the text never met a person so named."""
        text = dump(
            "The coach met the press after the game.",
            "Opening Remarks: “We started slowly and never found our rhythm.”",
        )
        assert pairs(parse_article(text))[-1][1] != "Opening Remarks"

    @pytest.mark.parametrize(
        ("paragraph", "speaker"),
        [
            (
                "“The attack will not change our plans,” said Acme Army "
                "chief-of-staff, Lt. Gen. Jane Roe, in a statement on Monday.",
                "Jane Roe",
            ),
            (
                "“Prices will fall by the spring,” said Acme Bank economist, "
                "Dr. John Doe, on Tuesday.",
                "John Doe",
            ),
        ],
    )
    def test_role_then_name_between_commas(self, paragraph: str, speaker: str) -> None:
        """``said EMPLOYER role, Title NAME,`` names the person, titles dropped."""
        assert pairs(parse_article(dump(paragraph)))[0][1] == speaker

    @pytest.mark.parametrize("place", ["St. Paul", "Ft. Worth"])
    def test_abbreviation_ends_no_sentence(self, place: str) -> None:
        """The stop of ``St.`` ends no sentence: the second quotation keeps its speaker."""
        text = dump(
            f"“Rates may rise this year,” Jane Roe, head of the bank of {place}, said "
            "on Wednesday. “We will watch the data closely and act when needed.”"
        )
        assert [who for _, who in pairs(parse_article(text))] == ["Jane Roe"] * 2

    @pytest.mark.parametrize("mark", ['"', "“"])
    def test_hard_wrapped_quotation_crosses_the_line_break(self, mark: str) -> None:
        """A quotation open at a line's end closes on the next line, one speaker for both."""
        close = '"' if mark == '"' else "”"
        text = dump(
            "The roads will stay shut, although Jane Roe warned that the",
            "bridge could open by Friday.",
            f"{mark}We are not going to rush the repairs, but when the crews are",
            f"done you will know it the same day,{close} she said.",
        )
        assert pairs(parse_article(text)) == [
            (
                f"{mark}We are not going to rush the repairs, but when the crews are",
                "Jane Roe",
            ),
            (f"done you will know it the same day,{close}", "Jane Roe"),
        ]

    def test_open_paragraph_takes_speaker_of_the_next(self) -> None:
        """“A (left open) above “B,” said NAME: both paragraphs are NAME's."""
        text = dump(
            "“The first thing we did was count the boats that were left.",
            "“Then we counted the people, and nobody was missing,” said John Doe.",
        )
        assert [who for _, who in pairs(parse_article(text))] == ["John Doe"] * 2

    @pytest.mark.parametrize(
        "paragraph",
        [
            "Jane Roe rejected the claim, noting: “Nobody asked us before the vote.”",
            "Jane Roe wrote to the board, stating: “We will not sign this contract.”",
            "Jane Roe informed the staff: “The office closes at noon on Friday.”",
        ],
    )
    def test_verb_inflections(self, paragraph: str) -> None:
        """Participles and past forms the list once lacked tie a quotation to its speaker."""
        assert pairs(parse_article(dump(paragraph)))[0][1] == "Jane Roe"

    @pytest.mark.parametrize(
        "paragraph",
        [
            "Mayor Jane Roe said the town stands by its “open door” policy, "
            "following reports that the shelter was full.",
            "John Doe said the club would honour “every ticket sold” despite "
            "media reports of a cancelled match.",
        ],
    )
    def test_verb_word_after_article_is_a_noun(self, paragraph: str) -> None:
        """``following reports that`` is a noun phrase: the speaker is the one before."""
        speakers = [who for _, who in pairs(parse_article(dump(paragraph)))]
        assert speakers
        assert speakers[0] in ("Jane Roe", "John Doe")

    @pytest.mark.parametrize(
        ("paragraph", "speaker"),
        [
            (
                "The panel asked Jane Roe to say whether the plan was “fit for "
                "purpose” at all.",
                "Jane Roe",
            ),
            (
                "The paper got John Doe to write that the old rules were “a dead "
                "letter” by then.",
                "John Doe",
            ),
        ],
    )
    def test_infinitive_speaks_for_person_before_to(
        self, paragraph: str, speaker: str
    ) -> None:
        """``asked NAME to say … “…”``: the infinitive's subject is the speaker."""
        assert pairs(parse_article(dump(paragraph)))[0][1] == speaker

    @pytest.mark.parametrize(
        ("paragraph", "speaker"),
        [
            (
                "Mary Jones, the party's treasurer, is fighting back against "
                "the idea that the plan owed more to John Doe than Jim Brown. "
                "“If this had been our plan,” she said, “it would be fairer.”",
                "Mary Jones",
            ),
            (
                "Yesterday Ann Lee, a local grower, joined the march led by Tom "
                "Price. “We cannot sell below cost,” she said.",
                "Ann Lee",
            ),
        ],
    )
    def test_pronoun_takes_first_person_of_the_sentence(
        self, paragraph: str, speaker: str
    ) -> None:
        """With no reported speech, “…,” she said is the person the sentence names first."""
        assert {who for _, who in pairs(parse_article(dump(paragraph)))} == {speaker}
