"""Unit tests for the quotes section (articlekit.sections.quotes)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articlekit import Article, Parser, _text, parse_article
from articlekit.sections.quotes import SPEECH_VERBS, make_quotes_parser

DATE = "Dec 5, 2024"
HEADLINE = "Rebels Take The City Of Hama"
# A first body paragraph with no quotation and no name in it, so that the
# paragraphs under test are never read as a summary and never resolve a
# pronoun to anyone.
LEAD = "The rebels entered the city on Thursday after a week of fighting."
FOOTER = "No comments:"


def _dump(*paragraphs: str, headline: str = HEADLINE) -> str:
    """Build a dump in the seed's layout: date, headline, body, footer."""
    return "\n\n".join([DATE, headline, LEAD, *paragraphs, FOOTER]) + "\n"


def _pairs(article: Article) -> list[tuple[str, str | None]]:
    """The (text, speaker) pair of every quote, in order."""
    return [(q.text, q.speaker) for q in article.quotes]


def _codes(article: Article) -> list[str]:
    """The codes of the quotes section's diagnostics, in order."""
    return [d.code for d in article.diagnostics if d.section == "quotes"]


class TestParseQuotes:
    def test_curly_said_name_with_appositive(self) -> None:
        """“…,” said NAME, an economist at X. gives NAME without the appositive."""
        text = _dump(
            "“The plan is a partial fix at best,” said Jane Roe, an economist "
            "at Acme Bank."
        )
        article = parse_article(text)
        assert _pairs(article) == [("“The plan is a partial fix at best,”", "Jane Roe")]

    def test_organisation_subject_after_quote(self) -> None:
        """“…,” the Finance Ministry said. gives the organisation without "the"."""
        text = _dump(
            "“Stationed units have moved outside the city,” the Finance Ministry said."
        )
        article = parse_article(text)
        assert _pairs(article) == [
            ("“Stationed units have moved outside the city,”", "Finance Ministry")
        ]

    def test_surname_then_verb_after_quote(self) -> None:
        """“…,” Roe said. gives the surname alone."""
        text = _dump("“We will not give up the fight,” Roe said.")
        article = parse_article(text)
        assert _pairs(article) == [("“We will not give up the fight,”", "Roe")]

    def test_present_tense_verb(self) -> None:
        """“…,” says NAME. is attributed like said."""
        text = _dump("“The plan is a partial fix at best,” says Jane Roe.")
        article = parse_article(text)
        assert _pairs(article) == [("“The plan is a partial fix at best,”", "Jane Roe")]

    def test_question_asked_by_name(self) -> None:
        """A quotation ending in a question mark, then asked NAME."""
        text = _dump("“Where is the money?” asked Jane Roe.")
        article = parse_article(text)
        assert _pairs(article) == [("“Where is the money?”", "Jane Roe")]

    def test_name_said_colon_before_quote(self) -> None:
        """NAME said: “…” gives NAME."""
        text = _dump("Jane Roe said: “The plan is a partial fix at best.”")
        article = parse_article(text)
        assert _pairs(article) == [("“The plan is a partial fix at best.”", "Jane Roe")]

    def test_name_wrote_comma_before_quote(self) -> None:
        """NAME wrote, “…” gives NAME."""
        text = _dump("Jane Roe wrote, “The plan is a partial fix at best.”")
        article = parse_article(text)
        assert _pairs(article) == [("“The plan is a partial fix at best.”", "Jane Roe")]

    def test_according_to_name(self) -> None:
        """According to NAME, “…” gives NAME."""
        text = _dump("According to Jane Roe, “the plan is a partial fix at best.”")
        article = parse_article(text)
        assert _pairs(article) == [("“the plan is a partial fix at best.”", "Jane Roe")]

    def test_straight_double_quotes(self) -> None:
        """Straight double marks are quotation marks too."""
        text = _dump('"The plan is a partial fix at best," said Jane Roe.')
        article = parse_article(text)
        assert _pairs(article) == [('"The plan is a partial fix at best,"', "Jane Roe")]

    def test_fragment_tied_by_earlier_speech_verb(self) -> None:
        """A fragment after NAME ... told reporters that ... is NAME's quote."""
        text = _dump(
            "Jane Roe on Tuesday told reporters that the plan was "
            "“a partial fix at best.”"
        )
        article = parse_article(text)
        assert _pairs(article) == [("“a partial fix at best.”", "Jane Roe")]

    def test_title_after_verb_dropped(self) -> None:
        """said President NAME gives NAME without the title."""
        text = _dump("“The plan is a partial fix at best,” said President Jane Roe.")
        article = parse_article(text)
        assert _pairs(article) == [("“The plan is a partial fix at best,”", "Jane Roe")]

    def test_two_word_title_before_verb_dropped(self) -> None:
        """Prime Minister NAME said gives NAME without the title."""
        text = _dump(
            "“The plan is a partial fix at best,” Prime Minister John Doe said."
        )
        article = parse_article(text)
        assert _pairs(article) == [("“The plan is a partial fix at best,”", "John Doe")]

    def test_title_dropped_from_subject_of_earlier_verb(self) -> None:
        """Prime Minister NAME said the plan was “…” gives NAME."""
        text = _dump(
            "Prime Minister John Doe said the plan was “a partial fix at best.”"
        )
        article = parse_article(text)
        assert _pairs(article) == [("“a partial fix at best.”", "John Doe")]

    def test_lowercase_role_after_verb_dropped(self) -> None:
        """said economist NAME gives NAME, the role dropped."""
        text = _dump("“The plan is a partial fix at best,” said economist Jane Roe.")
        article = parse_article(text)
        assert _pairs(article) == [("“The plan is a partial fix at best,”", "Jane Roe")]

    def test_employer_and_role_before_name_dropped(self) -> None:
        """“…,” Acme Bank economist NAME said. gives NAME, not the employer."""
        text = _dump(
            "“The plan is a partial fix at best,” Acme Bank economist Jane Roe said."
        )
        article = parse_article(text)
        assert _pairs(article) == [("“The plan is a partial fix at best,”", "Jane Roe")]

    def test_appositive_between_name_and_verb(self) -> None:
        """“…,” NAME, an economist at X, said. gives NAME."""
        text = _dump(
            "“The plan is a partial fix at best,” Jane Roe, an economist at "
            "Acme Bank, said."
        )
        article = parse_article(text)
        assert _pairs(article) == [("“The plan is a partial fix at best,”", "Jane Roe")]

    def test_relative_clause_after_name(self) -> None:
        """“…,” said NAME, who heads X. gives NAME."""
        text = _dump(
            "“The plan is a partial fix at best,” said Jane Roe, who heads the "
            "Acme Bank."
        )
        article = parse_article(text)
        assert _pairs(article) == [("“The plan is a partial fix at best,”", "Jane Roe")]

    def test_split_quote_pronoun_resolved_to_person_quoted_before(self) -> None:
        """“A,” he said, “B.” gives two quotes by the person quoted just before."""
        text = _dump(
            "“We will fight on,” said John Doe, a commander.",
            "“The city is ours,” he said, “and we will keep it.”",
        )
        article = parse_article(text)
        assert _pairs(article) == [
            ("“We will fight on,”", "John Doe"),
            ("“The city is ours,”", "John Doe"),
            ("“and we will keep it.”", "John Doe"),
        ]

    def test_split_quote_pronoun_resolved_to_person_named_before(self) -> None:
        """“A,” she said, “B.” gives two quotes by the person named just before."""
        text = _dump(
            "Jane Roe spoke to the crowd outside the ministry.",
            "“We will fight on,” she said, “and we will win.”",
        )
        article = parse_article(text)
        assert _pairs(article) == [
            ("“We will fight on,”", "Jane Roe"),
            ("“and we will win.”", "Jane Roe"),
        ]

    def test_split_quote_surname_said(self) -> None:
        """“A,” Roe said, “B.” gives two quotes by Roe."""
        text = _dump("“The plan is a partial fix,” Roe said, “and it will not last.”")
        article = parse_article(text)
        assert _pairs(article) == [
            ("“The plan is a partial fix,”", "Roe"),
            ("“and it will not last.”", "Roe"),
        ]

    def test_split_quote_said_name(self) -> None:
        """“A,” said NAME, “B.” gives two quotes by NAME."""
        text = _dump(
            "“The plan is a partial fix,” said Jane Roe, “and it will not last.”"
        )
        article = parse_article(text)
        assert _pairs(article) == [
            ("“The plan is a partial fix,”", "Jane Roe"),
            ("“and it will not last.”", "Jane Roe"),
        ]

    def test_follow_on_quote_after_attribution(self) -> None:
        """“A,” said NAME. “B.” gives both quotes to NAME."""
        text = _dump(
            "“The city will fall within days,” said Jane Roe. "
            "“We have seen this before.”"
        )
        article = parse_article(text)
        assert _pairs(article) == [
            ("“The city will fall within days,”", "Jane Roe"),
            ("“We have seen this before.”", "Jane Roe"),
        ]

    def test_multi_paragraph_follow_on_quote_keeps_speaker(self) -> None:
        """“A,” said NAME. “B… left open, then “C.” gives NAME all three."""
        text = _dump(
            "“The city will fall within days,” said Jane Roe. "
            "“We have seen this before.",
            "“It is only a matter of time.”",
        )
        article = parse_article(text)
        assert _pairs(article) == [
            ("“The city will fall within days,”", "Jane Roe"),
            ("“We have seen this before.", "Jane Roe"),
            ("“It is only a matter of time.”", "Jane Roe"),
        ]

    def test_straight_scare_quotes_skipped(self) -> None:
        """A quoted fragment with no speech verb ("family together") is no quote."""
        text = _dump('The charity launched a "family together" project in the spring.')
        article = parse_article(text)
        assert article.quotes == ()

    def test_curly_scare_quotes_after_named_person_skipped(self) -> None:
        """A scare quote in a sentence with no speech verb is no quote."""
        text = _dump("Jane Roe runs the charity. It is a “family together” project.")
        article = parse_article(text)
        assert article.quotes == ()

    def test_unattributed_sentence_is_quote(self) -> None:
        """A whole sentence in quotes with no speaker is a quote by nobody."""
        text = _dump("“The city will fall within days.” The rebels advanced.")
        article = parse_article(text)
        assert _pairs(article) == [("“The city will fall within days.”", None)]
        assert _codes(article) == ["quote.unattributed"]

    def test_unattributed_straight_sentence_is_quote(self) -> None:
        """The same holds in straight double marks."""
        text = _dump('"The city will fall within days." The rebels advanced.')
        article = parse_article(text)
        assert _pairs(article) == [('"The city will fall within days."', None)]
        assert _codes(article) == ["quote.unattributed"]

    def test_unattributed_diagnostic_points_at_quote(self) -> None:
        """The quote.unattributed diagnostic spans the quotation."""
        text = _dump("“The city will fall within days.” The rebels advanced.")
        article = parse_article(text)
        (diagnostic,) = [
            d for d in article.diagnostics if d.code == "quote.unattributed"
        ]
        assert text[diagnostic.start : diagnostic.end] == article.quotes[0].text

    def test_attributed_quote_reports_nothing(self) -> None:
        """A closed, attributed quotation gives no quotes diagnostic."""
        text = _dump("“We will not give up the fight,” Roe said.")
        article = parse_article(text)
        assert _codes(article) == []

    def test_open_quote_continues_into_next_paragraph(self) -> None:
        """A quotation left open continues into the next paragraph, same speaker."""
        text = _dump(
            "Jane Roe said: “The city will fall within days.",
            "“It is only a matter of time.”",
        )
        article = parse_article(text)
        assert _pairs(article) == [
            ("“The city will fall within days.", "Jane Roe"),
            ("“It is only a matter of time.”", "Jane Roe"),
        ]
        assert [q.paragraph for q in article.quotes] == [1, 2]
        assert _codes(article) == ["quote.unclosed"]

    def test_open_quote_over_three_paragraphs(self) -> None:
        """Each paragraph left open gives its own quote.unclosed; one speaker."""
        text = _dump(
            "Jane Roe said: “The city will fall within days.",
            "“It is only a matter of time.",
            "“We will be ready,” she said.",
        )
        article = parse_article(text)
        assert _pairs(article) == [
            ("“The city will fall within days.", "Jane Roe"),
            ("“It is only a matter of time.", "Jane Roe"),
            ("“We will be ready,”", "Jane Roe"),
        ]
        assert _codes(article) == ["quote.unclosed", "quote.unclosed"]

    def test_open_straight_quote_continues(self) -> None:
        """A straight mark left open continues into the next paragraph too."""
        text = _dump(
            'Jane Roe said: "The city will fall within days.',
            '"It is only a matter of time."',
        )
        article = parse_article(text)
        assert _pairs(article) == [
            ('"The city will fall within days.', "Jane Roe"),
            ('"It is only a matter of time."', "Jane Roe"),
        ]
        assert _codes(article) == ["quote.unclosed"]

    def test_unclosed_diagnostic_points_at_quote(self) -> None:
        """The quote.unclosed diagnostic spans the open quotation."""
        text = _dump(
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
        text = _dump("“Hello,” she said. Photo: Jane Doe/Reuters")
        article = parse_article(text)
        assert article.quotes == ()
        assert [c.text for c in article.captions] == ["“Hello,” she said."]

    def test_paragraph_counts_body_paragraphs_only(self) -> None:
        """Quote.paragraph indexes the body, a caption between not counted."""
        text = _dump(
            "Jane Roe addressed the crowd on Monday.",
            "Rebels outside the city on Tuesday. Photo: John Doe/Reuters",
            "“We will fight on,” she said.",
        )
        article = parse_article(text)
        assert _pairs(article) == [("“We will fight on,”", "Jane Roe")]
        assert article.quotes[0].paragraph == 2
        assert article.body[2] == "“We will fight on,” she said."

    def test_quote_in_headline_is_not_body_quote(self) -> None:
        """A quotation in the headline is not a body quote."""
        text = _dump(
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
        assert _pairs(article) == [("“We will not give up the fight,”", "John Doe")]
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
        text = _dump(paragraph)
        article = parse_article(text)
        assert article.quotes != ()
        for quote in article.quotes:
            assert quote.span is not None
            assert quote.speaker_span is not None
            assert quote.span.slice(text) == quote.text
            assert quote.speaker_span.slice(text) == quote.speaker

    def test_spans_slice_input_with_crlf(self) -> None:
        """Spans are offsets into the input as given, \\r\\n line ends included."""
        text = _dump("Jane Roe said: “The plan is a partial fix at best.”").replace(
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
        text = _dump(
            "Jane Roe spoke to the crowd outside the ministry.",
            "“We will fight on,” she said.",
        )
        article = parse_article(text)
        (quote,) = article.quotes
        assert quote.speaker == "Jane Roe"
        assert quote.speaker_span is None

    def test_unattributed_quote_has_no_speaker_span(self) -> None:
        """A quote by nobody has a span but no speaker_span."""
        text = _dump("“The city will fall within days.” The rebels advanced.")
        article = parse_article(text)
        (quote,) = article.quotes
        assert quote.span is not None
        assert quote.speaker_span is None

    def test_quote_diagnostics_do_not_raise_in_strict_mode(self) -> None:
        """quote.unclosed and quote.unattributed are notes: strict parses."""
        text = _dump(
            "“The city will fall within days.” The rebels advanced.",
            "Jane Roe said: “It is only a matter of time.",
        )
        article = parse_article(text, strict=True)
        assert _pairs(article) == [
            ("“The city will fall within days.”", None),
            ("“It is only a matter of time.", "Jane Roe"),
        ]

    def test_body_without_marks_has_no_quotes(self) -> None:
        """A body with no quotation marks gives no quotes and no diagnostics."""
        text = _dump("Jane Roe said the plan was a partial fix at best.")
        article = parse_article(text)
        assert article.quotes == ()
        assert _codes(article) == []


class TestMakeQuotesParser:
    @staticmethod
    def _parser(**options: Any) -> Parser:
        """A default parser whose quotes section is built with ``options``."""
        parser = Parser()
        parser.pipeline.replace("quotes", make_quotes_parser(**options))
        return parser

    def test_defaults_match_parse_quotes(self) -> None:
        """A parser built with no options reads what the default one reads."""
        text = _dump(
            "“The plan is a partial fix,” Roe said, “and it will not last.”",
            "“The city will fall within days.” The rebels advanced.",
        )
        article = self._parser().parse(text)
        assert _pairs(article) == _pairs(parse_article(text))

    def test_min_words_skips_short_quotes(self) -> None:
        """Quotes of fewer than min_words words are skipped."""
        text = _dump("“Never,” said Jane Roe.", "“We will fight on,” said John Doe.")
        article = self._parser(min_words=2).parse(text)
        assert _pairs(article) == [("“We will fight on,”", "John Doe")]

    def test_default_min_words_keeps_one_word_quote(self) -> None:
        """By default an attributed one-word quote counts."""
        text = _dump("“Never,” said Jane Roe.")
        article = parse_article(text)
        assert _pairs(article) == [("“Never,”", "Jane Roe")]

    def test_custom_verbs_replace_the_defaults(self) -> None:
        """Only the verbs given tie a quote: wrote no longer attributes."""
        text = _dump("Jane Roe wrote, “The plan is a partial fix at best.”")
        article = self._parser(verbs=("said",)).parse(text)
        assert _pairs(article) == [("“The plan is a partial fix at best.”", None)]

    def test_custom_verb_attributes(self) -> None:
        """A verb added to the list ties a quote to its speaker."""
        text = _dump("“The plan is a partial fix at best,” mused Jane Roe.")
        article = self._parser(verbs=(*SPEECH_VERBS, "mused")).parse(text)
        assert _pairs(article) == [("“The plan is a partial fix at best,”", "Jane Roe")]


class TestQuoteMarks:
    def test_doubled_single_marks(self) -> None:
        """‘‘…’’ (two single marks for a double one) is one quotation."""
        text = _dump("‘‘We will rebuild the market by spring,’’ said Jane Roe.")
        assert _pairs(parse_article(text)) == [
            ("‘‘We will rebuild the market by spring,’’", "Jane Roe")
        ]

    def test_single_curly_marks(self) -> None:
        """A quotation in single curly marks counts; apostrophes inside do not end it."""
        text = _dump("‘We don’t know when the water will come back,’ said Jane Roe.")
        assert _pairs(parse_article(text)) == [
            ("‘We don’t know when the water will come back,’", "Jane Roe")
        ]

    def test_nested_single_quote_is_not_a_quotation_of_its_own(self) -> None:
        """A single-marked quotation inside a double-marked one is part of it."""
        text = _dump("“They told us ‘stay home’ and we did,” said Jane Roe.")
        assert _pairs(parse_article(text)) == [
            ("“They told us ‘stay home’ and we did,”", "Jane Roe")
        ]

    def test_low_high_marks(self) -> None:
        """„…“ (low-high marks) is a quotation."""
        text = _dump("„Wir schaffen das nicht allein,“ said Jane Roe.")
        assert _pairs(parse_article(text)) == [
            ("„Wir schaffen das nicht allein,“", "Jane Roe")
        ]


class TestEpigraphs:
    def test_dash_on_the_same_line(self) -> None:
        """A saying signed with a dash on its own line is a quotation by that name."""
        text = _dump("Every river finds its way to the sea in the end.  -Mara Quill")
        article = parse_article(text)
        assert _pairs(article) == [
            ("Every river finds its way to the sea in the end.", "Mara Quill")
        ]
        quote = article.quotes[0]
        assert quote.speaker_span.slice(text) == "Mara Quill"

    def test_dash_and_source_on_the_next_line(self) -> None:
        """A saying with “— NAME, SOURCE” on the next line is that person's."""
        text = _dump(
            "Every river finds its way to the sea in the end.",
            "— Mara Quill, The Long Shore",
        )
        assert _pairs(parse_article(text)) == [
            ("Every river finds its way to the sea in the end.", "Mara Quill")
        ]

    def test_a_dash_inside_a_sentence_is_no_epigraph(self) -> None:
        """A dash before a lower-case clause is punctuation, not a signature."""
        text = _dump("The river rose fast. - and then it fell again by Monday.")
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
        from articlekit.sections import quotes

        dashes = "-–—―"
        could = any(" " + d in t for t in texts for d in dashes) or any(
            t[:1] in dashes for t in texts[1:]
        )
        saved, _text.LOOKS = _text.LOOKS, looks
        try:
            assert quotes._may_be_signed("\n".join(texts)) == could
        finally:
            _text.LOOKS = saved


class TestSpeakerShapes:
    def test_name_after_comma_without_verb(self) -> None:
        """“…,” NAME, who … (no verb) still names the speaker."""
        text = _dump(
            "“This has been a long time coming,” Jane Roe, who starts college in the fall."
        )
        assert _pairs(parse_article(text)) == [
            ("“This has been a long time coming,”", "Jane Roe")
        ]

    def test_long_role_before_name_after_verb(self) -> None:
        """said mechanical engineer and team member NAME gives NAME."""
        text = _dump(
            "“It flew perfectly,” said mechanical engineer and team member Jane Roe."
        )
        assert _pairs(parse_article(text)) == [("“It flew perfectly,”", "Jane Roe")]

    def test_subject_next_to_the_verb_wins(self) -> None:
        """After X fell to Y, NAME said “…”: the name next to the verb speaks."""
        text = _dump(
            "After the Wolverines fell to Ohio State, 71-52, Tom Vance said “nobody was very good today.”"
        )
        assert _pairs(parse_article(text)) == [
            ("“nobody was very good today.”", "Tom Vance")
        ]

    def test_age_and_origin_around_the_name(self) -> None:
        """Another student, 19-year-old NAME, from X, said: “…” gives NAME."""
        text = _dump(
            "Another student, 19-year-old Cian Byrne, from Ireland, said: “We came to be heard by the Government.”"
        )
        assert _pairs(parse_article(text)) == [
            ("“We came to be heard by the Government.”", "Cian Byrne")
        ]

    def test_organisation_named_by_common_nouns(self) -> None:
        """The media union later stated: “…” gives the union as speaker."""
        text = _dump(
            "The media union later stated: “It is unacceptable for reporters to be threatened.”"
        )
        assert _pairs(parse_article(text)) == [
            ("“It is unacceptable for reporters to be threatened.”", "media union")
        ]

    def test_role_resolves_to_the_person_quoted_before(self) -> None:
        """“…,” the party leader said: the role stands for the last speaker."""
        text = _dump(
            "Prime Minister Jane Roe said there was “no place in politics” for it.",
            "“I find it appalling,” the party leader said.",
        )
        assert _pairs(parse_article(text)) == [
            ("“no place in politics”", "Jane Roe"),
            ("“I find it appalling,”", "Jane Roe"),
        ]

    def test_role_resolves_to_the_subject_of_a_sentence_before(self) -> None:
        """The 69-year-old called for “…”: the subject of the sentence before."""
        text = _dump(
            "Senator Mara Quill was in town on Friday. The 69-year-old called for a ban on “any more new roads in the valley”."
        )
        assert _pairs(parse_article(text)) == [
            ("“any more new roads in the valley”", "Mara Quill")
        ]

    def test_possessive_ties_a_fragment(self) -> None:
        """his claims that … “…” gives the person “his” stands for."""
        text = _dump(
            "“We will win,” said Jane Roe.",
            "She was pressed over her claims that the town was “bashed and attacked”.",
        )
        assert _pairs(parse_article(text)) == [
            ("“We will win,”", "Jane Roe"),
            ("“bashed and attacked”", "Jane Roe"),
        ]

    def test_subject_of_to_say(self) -> None:
        """got NAME to say it was “…” gives NAME."""
        text = _dump('We even got Wesley to say it was "the best day ever!!"')
        assert _pairs(parse_article(text)) == [('"the best day ever!!"', "Wesley")]

    def test_unnamed_speaker_stays_unnamed(self) -> None:
        """“…,” one of the supporters yelled: nobody named, and no one inherited."""
        text = _dump(
            "“We will win,” said Jane Roe.",
            "“You live in a make-believe world,” one of her supporters yelled at a reporter.",
        )
        assert _pairs(parse_article(text)) == [
            ("“We will win,”", "Jane Roe"),
            ("“You live in a make-believe world,”", None),
        ]

    def test_capitalised_words_are_not_verbs(self) -> None:
        """“States” in “United States” is no speech verb."""
        text = _dump(
            'Jane Roe said she could see a "real chance" for a deal with the United States.'
        )
        assert _pairs(parse_article(text)) == [('"real chance"', "Jane Roe")]


class TestContinuations:
    def test_labelled_answer_continues_the_last_speaker(self) -> None:
        """Opening statement: “…” (no verb of its own) is the last speaker's."""
        text = _dump(
            "After the game, Tom Vance said “nobody played well.”",
            "Opening statement: “The start of the second half was not pretty either.”",
        )
        assert _pairs(parse_article(text)) == [
            ("“nobody played well.”", "Tom Vance"),
            ("“The start of the second half was not pretty either.”", "Tom Vance"),
        ]

    def test_statement_under_an_introducing_paragraph(self) -> None:
        """Quotation paragraphs under “the statement put out by NAME” are NAME's."""
        text = _dump(
            "This is the full statement put out by shadow chancellor John Fenwick.",
            "“The budget claws back money from those on low incomes.”",
            "“We will oppose this unfair tax.”",
        )
        assert _pairs(parse_article(text)) == [
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
        assert "quote.truncated" in _codes(article)


class TestNotQuotations:
    def test_title_is_not_a_quotation(self) -> None:
        """Zarif told ABC's “This Week” program: a title, even after a verb."""
        text = _dump("Jane Roe told ABC's “This Week” program that talks would go on.")
        assert parse_article(text).quotes == ()

    def test_slogan_after_a_determiner_is_not_a_quotation(self) -> None:
        """spread the “Lance is an idiot-genius!” meme: a slogan used as a noun."""
        text = _dump(
            "Feel free to spread the “Lance is an idiot-genius!” meme on your own dime."
        )
        assert parse_article(text).quotes == ()

    def test_one_word_scare_quote_in_reported_speech(self) -> None:
        """said the seniors are a “close-knit” group: one word, a scare quote."""
        text = _dump(
            "Jane Roe said the seniors are a “close-knit” group she will miss."
        )
        assert parse_article(text).quotes == ()


class TestAttributionSpan:
    def test_after(self) -> None:
        """The attribution span covers the verb and the name after the quote."""
        text = _dump("“The plan is a partial fix,” said Jane Roe, an economist.")
        quote = parse_article(text).quotes[0]
        assert quote.attribution_span.slice(text) == "said Jane Roe"

    def test_before(self) -> None:
        """The attribution span covers NAME said: before the quote."""
        text = _dump("Jane Roe said: “The plan is a partial fix.”")
        quote = parse_article(text).quotes[0]
        assert quote.attribution_span.slice(text).startswith("Jane Roe said")

    def test_unattributed_has_none(self) -> None:
        """A quotation with no attribution has no attribution span."""
        text = _dump("“The plan is a partial fix at best.”")
        assert parse_article(text).quotes[0].attribution_span is None

    def test_cited_title_before_a_name_is_not_a_quotation(self) -> None:
        """(song: “Spring Street,” NAME): a short title cited with its author."""
        text = _dump("I played it all week (song: “Spring Street,” Dar Williams).")
        assert parse_article(text).quotes == ()


class TestCheapLooksKeepTheSpeaker:
    """The shortcuts that spare most quotations the attribution rules never lose one."""

    def test_according_to_in_capitals(self):
        """ACCORDING TO in capitals ties a fragment even with a verb a sentence away."""
        article = parse_article(
            "Dec 5, 2024\nA Headline\nJane Roe said the town was calm. "
            "ACCORDING TO MAYOR JOHN SMITH, “a big deal” happened there.\n"
        )
        assert [(q.text, q.speaker) for q in article.quotes] == [
            ("“a big deal”", "JOHN SMITH")
        ]

    def test_time_word_that_casefolding_lengthens(self):
        """A time word whose capitals casefold to more letters is still dropped."""
        article = parse_article(
            "Dec 5, 2024\nA Headline\nJane Roe on FRİDAY said the plan was "
            "“a big mistake” for everyone.\n"
        )
        assert [q.speaker for q in article.quotes] == ["Jane Roe"]


@pytest.mark.parametrize("before", ["‹", "\u2011", "™"])
def test_verb_next_to_other_punctuation(before: str) -> None:
    """A speech verb beside punctuation outside the rough look's list is found."""
    text = f"Hama Falls\n“We will hold the city,” {before}said John Smith.\n"
    article = parse_article(text)
    span = article.quotes[0].attribution_span
    assert span is not None
    assert span.slice(text).endswith("said")
    assert "quote.unattributed" not in [d.code for d in article.diagnostics]


class TestDenseParagraphs:
    """A paragraph dense with quoted fragments has only so many read for a speaker."""

    # A fragment next to a speech verb: each is read for a speaker.
    FRAGMENT = "Jane Roe said it was “a big mistake” again. "

    def test_prose_reads_every_fragment(self):
        """A few fragments, as prose has them, are all read and attributed."""
        article = parse_article(_dump(self.FRAGMENT * 3))
        assert _pairs(article) == [("“a big mistake”", "Jane Roe")] * 3
        assert "quote.dense" not in _codes(article)

    def test_dense_paragraph_passes_the_rest_over(self):
        """Past the paragraph's allowance, fragments are passed over and counted."""
        from articlekit.sections import quotes

        paragraph = self.FRAGMENT * 40
        allowance = quotes._FRAGMENTS_BASE + len(paragraph) // quotes._FRAGMENT_CHARS
        article = parse_article(_dump(paragraph))
        assert _pairs(article) == [("“a big mistake”", "Jane Roe")] * allowance
        dense = [d for d in article.diagnostics if d.code == "quote.dense"]
        assert len(dense) == 1
        assert dense[0].message.startswith(f"{40 - allowance} quoted fragments")
        start, end = dense[0].start, dense[0].end
        assert start is not None
        assert end is not None
        assert _dump(paragraph)[start:end] == paragraph.strip()

    def test_whole_sentences_are_never_capped(self):
        """Quoted sentences do not count against the allowance."""
        sentence = "“We will hold the city,” Jane Roe said. "
        article = parse_article(_dump(sentence * 40))
        assert len(article.quotes) == 40
        assert "quote.dense" not in _codes(article)

    def test_strict_mode_does_not_raise(self):
        """The diagnostic is information: strict parsing still returns."""
        article = parse_article(_dump(self.FRAGMENT * 40), strict=True)
        assert "quote.dense" in _codes(article)


def _single_reference(text: str, double: list[tuple[int, int, bool]]) -> list:
    """The single-mark pairing as it was written first: a search per mark."""
    from articlekit.sections import quotes

    found = []
    pos = 0
    while True:
        opening = quotes._SINGLE_OPEN().search(text, pos)
        if opening is None:
            break
        closing = quotes._SINGLE_CLOSE().search(text, opening.end())
        if closing is None:
            break
        nested = any(s <= opening.start() < e for s, e, _ in double)
        if not nested:
            found.append((opening.start(), closing.end(), True))
        pos = closing.end()
    return found


class TestMarkScans:
    """The scans over a paragraph's marks agree with their plain definitions."""

    @given(st.text(alphabet="‘’“”\"' ab.", max_size=60))
    def test_single_quotations_agree_with_a_search_per_mark(self, text: str) -> None:
        from articlekit.sections import quotes

        double = [
            (s, e, True) for s, e in (m.span() for m in quotes._QUOTED.finditer(text))
        ]
        assert quotes._single_quotations(text, double) == _single_reference(
            text, double
        )

    @given(
        st.lists(st.integers(0, 60), max_size=12).map(
            lambda xs: sorted({x * 2 for x in xs})
        ),
        st.integers(0, 130),
        st.integers(0, 130),
    )
    def test_first_and_last_between(self, starts: list[int], lo: int, hi: int) -> None:
        """Against the walk they replace, on spans in order that never overlap."""
        from articlekit.sections import quotes

        spans = [(s, s + 1) for s in starts]
        run = []
        i = next((k for k, sp in enumerate(spans) if sp >= (lo, -1)), len(spans))
        while i < len(spans) and spans[i][1] <= hi:
            run.append(spans[i])
            i += 1
        assert quotes._first_between(spans, lo, hi) == (run[0] if run else None)
        assert quotes._last_between(spans, lo, hi) == (run[-1] if run else None)

    @given(st.text(alphabet='“”" saidx.', max_size=60))
    def test_verb_outside_agrees_with_a_search_of_the_text_without_quotations(
        self, text: str
    ) -> None:
        from articlekit.sections import quotes

        find = quotes._Reader(["said"]).find_verbs
        quoted = [m.span() for m in quotes._QUOTED.finditer(text)]
        expected = bool(find(quotes._QUOTED.sub(" ", text)))
        assert quotes._verb_outside(find(text), quoted) == expected
