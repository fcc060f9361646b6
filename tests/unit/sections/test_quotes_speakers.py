"""Unit tests for naming the speaker in the quotes section (quotes._speakers)."""

from __future__ import annotations

from articlekit import parse_article
from tests.unit.sections.quote_dumps import dump, pairs


class TestSpeakerShapes:
    def test_name_after_comma_without_verb(self) -> None:
        """“…,” NAME, who … (no verb) still names the speaker."""
        text = dump(
            "“This has been a long time coming,” Jane Roe, who starts college in the fall."
        )
        assert pairs(parse_article(text)) == [
            ("“This has been a long time coming,”", "Jane Roe")
        ]

    def test_long_role_before_name_after_verb(self) -> None:
        """said mechanical engineer and team member NAME gives NAME."""
        text = dump(
            "“It flew perfectly,” said mechanical engineer and team member Jane Roe."
        )
        assert pairs(parse_article(text)) == [("“It flew perfectly,”", "Jane Roe")]

    def test_subject_next_to_the_verb_wins(self) -> None:
        """After X fell to Y, NAME said “…”: the name next to the verb speaks."""
        text = dump(
            "After the Wolverines fell to Ohio State, 71-52, Tom Vance said “nobody was very good today.”"
        )
        assert pairs(parse_article(text)) == [
            ("“nobody was very good today.”", "Tom Vance")
        ]

    def test_age_and_origin_around_the_name(self) -> None:
        """Another student, 19-year-old NAME, from X, said: “…” gives NAME."""
        text = dump(
            "Another student, 19-year-old Cian Byrne, from Ireland, said: “We came to be heard by the Government.”"
        )
        assert pairs(parse_article(text)) == [
            ("“We came to be heard by the Government.”", "Cian Byrne")
        ]

    def test_organisation_named_by_common_nouns(self) -> None:
        """The media union later stated: “…” gives the union as speaker."""
        text = dump(
            "The media union later stated: “It is unacceptable for reporters to be threatened.”"
        )
        assert pairs(parse_article(text)) == [
            ("“It is unacceptable for reporters to be threatened.”", "media union")
        ]

    def test_role_resolves_to_the_person_quoted_before(self) -> None:
        """“…,” the party leader said: the role stands for the last speaker."""
        text = dump(
            "Prime Minister Jane Roe said there was “no place in politics” for it.",
            "“I find it appalling,” the party leader said.",
        )
        assert pairs(parse_article(text)) == [
            ("“no place in politics”", "Jane Roe"),
            ("“I find it appalling,”", "Jane Roe"),
        ]

    def test_role_resolves_to_the_subject_of_a_sentence_before(self) -> None:
        """The 69-year-old called for “…”: the subject of the sentence before."""
        text = dump(
            "Senator Mara Quill was in town on Friday. The 69-year-old called for a ban on “any more new roads in the valley”."
        )
        assert pairs(parse_article(text)) == [
            ("“any more new roads in the valley”", "Mara Quill")
        ]

    def test_possessive_ties_a_fragment(self) -> None:
        """his claims that … “…” gives the person “his” stands for."""
        text = dump(
            "“We will win,” said Jane Roe.",
            "She was pressed over her claims that the town was “bashed and attacked”.",
        )
        assert pairs(parse_article(text)) == [
            ("“We will win,”", "Jane Roe"),
            ("“bashed and attacked”", "Jane Roe"),
        ]

    def test_subject_of_to_say(self) -> None:
        """got NAME to say it was “…” gives NAME."""
        text = dump('We even got Wesley to say it was "the best day ever!!"')
        assert pairs(parse_article(text)) == [('"the best day ever!!"', "Wesley")]

    def test_unnamed_speaker_stays_unnamed(self) -> None:
        """“…,” one of the supporters yelled: nobody named, and no one inherited."""
        text = dump(
            "“We will win,” said Jane Roe.",
            "“You live in a make-believe world,” one of her supporters yelled at a reporter.",
        )
        assert pairs(parse_article(text)) == [
            ("“We will win,”", "Jane Roe"),
            ("“You live in a make-believe world,”", None),
        ]

    def test_capitalised_words_are_not_verbs(self) -> None:
        """“States” in “United States” is no speech verb."""
        text = dump(
            'Jane Roe said she could see a "real chance" for a deal with the United States.'
        )
        assert pairs(parse_article(text)) == [('"real chance"', "Jane Roe")]

    def test_time_word_that_casefolding_lengthens(self) -> None:
        """A time word whose capitals casefold to more letters is still dropped."""
        article = parse_article(
            "Dec 5, 2024\nA Headline\nJane Roe on FRİDAY said the plan was "
            "“a big mistake” for everyone.\n"
        )
        assert [q.speaker for q in article.quotes] == ["Jane Roe"]

    def test_time_phrase_of_several_words_before_the_verb(self) -> None:
        """NAME on a cold Wednesday told …: the time phrase is no part of the name."""
        text = dump(
            "Jane Roe on a cold Wednesday told reporters that the plan was “a big mistake” for everyone."
        )
        assert pairs(parse_article(text)) == [("“a big mistake”", "Jane Roe")]

    def test_adverb_in_ly_before_the_verb(self) -> None:
        """NAME bluntly told …: an adverb between the name and its verb is dropped."""
        text = dump(
            "Jane Roe bluntly told reporters that the plan was “a big mistake” for everyone."
        )
        assert pairs(parse_article(text)) == [("“a big mistake”", "Jane Roe")]
