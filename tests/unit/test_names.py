"""Unit tests for the private name helpers (articlekit._names)."""

from __future__ import annotations

import pytest

from articlekit._names import (
    NOT_NAMES,
    clean_name,
    is_name_word,
    leading_name,
    trailing_name,
)


class TestIsNameWord:
    @pytest.mark.parametrize(
        "word", ["Jane", "Roe", "O'Brien", "Él", "3M", "7-Eleven", "HTS", "St."]
    )
    def test_capitalised_words(self, word: str) -> None:
        """A word starting with a capital (or a digit and holding one) is a name word."""
        assert is_name_word(word) is True

    @pytest.mark.parametrize("word", ["2024", "19-year-old", "40s"])
    def test_numbers_and_ages_are_not_name_words(self, word: str) -> None:
        """A number or an age ("19-year-old") names nobody."""
        assert is_name_word(word) is False

    @pytest.mark.parametrize("word", ["al", "van", "bin", "de", "Abu"])
    def test_particles(self, word: str) -> None:
        """Lower-case particles ("van", "al") can sit inside a name."""
        assert is_name_word(word) is True

    @pytest.mark.parametrize("word", ["al-Jawlani", "bin-Salman", "el-Sisi"])
    def test_particle_hyphen_capital(self, word: str) -> None:
        """A particle joined by a hyphen to a capitalised word is a name word."""
        assert is_name_word(word) is True

    def test_particle_apostrophe_capital(self) -> None:
        """d'Alembert, an example in the helper's own comment, is a name word."""
        assert is_name_word("d'Alembert") is True

    @pytest.mark.parametrize(
        "word", ["", "jane", "élan", "said", "bin-salman", "al-qaeda-linked"]
    )
    def test_lowercase_words_rejected(self, word: str) -> None:
        """Empty and lower-case words (other than particles) are not."""
        assert is_name_word(word) is False


class TestTrailingName:
    def test_name_ending_text(self) -> None:
        """The run of name words that ends the text is returned."""
        assert trailing_name("the plan backed by Jane Roe") == "Jane Roe"

    def test_whole_text_is_name(self) -> None:
        """Text that is only a name gives the name."""
        assert trailing_name("Jane Roe") == "Jane Roe"

    def test_title_dropped(self) -> None:
        """A title in front of the name is dropped."""
        assert trailing_name("a speech by President Jane Roe") == "Jane Roe"

    def test_abbreviated_title_dropped(self) -> None:
        """An abbreviated title with its stop (Mr.) is dropped."""
        assert trailing_name("a letter from Mr. Roe") == "Roe"

    def test_inner_particle_kept(self) -> None:
        """A particle inside the name stays."""
        assert trailing_name("a symphony by Ludwig van Beethoven") == (
            "Ludwig van Beethoven"
        )

    def test_comma_between_words_ends_name(self) -> None:
        """A comma between two words ends the name."""
        assert trailing_name("Acme, Jane Roe") == "Jane Roe"

    def test_text_ending_with_lowercase_word(self) -> None:
        """Text that ends with an ordinary word has no trailing name."""
        assert trailing_name("Jane Roe said") is None

    def test_role_without_name(self) -> None:
        """A role with no name gives None."""
        assert trailing_name("the official") is None

    def test_title_alone_kept(self) -> None:
        """A title with nothing after it is kept rather than dropped to nothing."""
        assert trailing_name("a statement from the Prime Minister") == (
            "Prime Minister"
        )

    def test_possessive_rejected(self) -> None:
        """A possessive is not the name itself."""
        assert trailing_name("the plan of John Doe’s") is None

    def test_too_long_run_rejected(self) -> None:
        """A run far longer than max_words is not a name."""
        text = "by Aa Bb Cc Dd Ee Ff Gg Hh Ii Jj"
        assert trailing_name(text) is None

    def test_empty_text(self) -> None:
        """Empty text has no name."""
        assert trailing_name("") is None

    def test_docstring_example(self) -> None:
        """HTS leader Abu Mohammed al-Jawlani gives the whole name."""
        assert trailing_name("HTS leader Abu Mohammed al-Jawlani") == (
            "Abu Mohammed al-Jawlani"
        )

    def test_trailing_comma_keeps_full_name(self) -> None:
        """A comma after the last word does not cut the name to the surname."""
        assert trailing_name("a report by Jane Roe,") == "Jane Roe"

    def test_final_stop_not_part_of_name(self) -> None:
        """A sentence's final stop is not part of the name."""
        assert trailing_name("the plan was backed by Jane Roe.") == "Jane Roe"


class TestLeadingName:
    def test_name_starting_text(self) -> None:
        """The run of name words that starts the text is returned."""
        assert leading_name("Jane Roe said the plan failed") == "Jane Roe"

    def test_comma_ends_name(self) -> None:
        """A comma after a word ends the name (an appositive follows)."""
        assert leading_name("Jane Roe, an economist at Acme Bank") == "Jane Roe"

    def test_title_dropped(self) -> None:
        """A title in front of the name is dropped."""
        assert leading_name("President Jane Roe.") == "Jane Roe"

    def test_abbreviated_title_dropped(self) -> None:
        """An abbreviated title (Dr.) does not end the name and is dropped."""
        assert leading_name("Dr. Jane Roe said") == "Jane Roe"

    def test_inner_particle_kept(self) -> None:
        """A particle inside the name stays."""
        assert leading_name("Ludwig van Beethoven wrote") == "Ludwig van Beethoven"

    def test_final_stop_stripped(self) -> None:
        """A stop after the last word is not part of the name."""
        assert leading_name("Roe.") == "Roe"

    def test_leading_article_dropped(self) -> None:
        """A capitalised article opening the text is not part of the name."""
        assert leading_name("The Finance Ministry said") == "Finance Ministry"

    def test_lowercase_start(self) -> None:
        """Text that starts with an ordinary word has no leading name."""
        assert leading_name("the Finance Ministry said") is None

    def test_title_alone_kept(self) -> None:
        """A title with nothing after it is kept."""
        assert leading_name("Finance Minister") == "Finance Minister"

    def test_possessive_rejected(self) -> None:
        """A possessive is not the name itself."""
        assert leading_name("John Doe's plan") is None

    def test_empty_text(self) -> None:
        """Empty text has no name."""
        assert leading_name("") is None

    def test_full_stop_ends_name(self) -> None:
        """A stop after a word ends the name, as the helper's comment says."""
        assert leading_name("Jane Roe. Rebels advanced on the city.") == "Jane Roe"


class TestCleanName:
    def test_plain_name_unchanged(self) -> None:
        """A name with nothing to drop is joined with spaces."""
        assert clean_name(["Jane", "Roe"]) == "Jane Roe"

    def test_everything_up_to_last_title_dropped(self) -> None:
        """Foreign Minister Wang Yi gives Wang Yi."""
        assert clean_name(["Foreign", "Minister", "Wang", "Yi"]) == "Wang Yi"

    def test_several_titles_dropped(self) -> None:
        """Prime Minister John Doe gives John Doe."""
        assert clean_name(["Prime", "Minister", "John", "Doe"]) == "John Doe"

    def test_abbreviated_title_dropped(self) -> None:
        """Mr. and Mr (with or without the stop) are dropped."""
        assert clean_name(["Mr.", "Roe"]) == "Roe"
        assert clean_name(["Mr", "Roe"]) == "Roe"

    def test_titles_alone_kept(self) -> None:
        """Titles with no name after them are kept whole."""
        assert clean_name(["Finance", "Minister"]) == "Finance Minister"

    def test_leading_article_dropped(self) -> None:
        """A leading article is dropped."""
        assert clean_name(["The", "Finance", "Ministry"]) == "Finance Ministry"

    def test_edge_particles_dropped(self) -> None:
        """Particles at either edge are dropped, inner ones kept."""
        assert clean_name(["al", "Assad"]) == "Assad"
        assert clean_name(["Bashar", "al"]) == "Bashar"
        assert clean_name(["Ahmed", "bin", "Salman"]) == "Ahmed bin Salman"

    def test_non_name_words_only(self) -> None:
        """Words that are never names (On Tuesday) give None."""
        assert clean_name(["On", "Tuesday"]) is None

    def test_empty(self) -> None:
        """No words give None."""
        assert clean_name([]) is None

    def test_six_words_accepted(self) -> None:
        """A name of six words is accepted."""
        words = ["Aa", "Bb", "Cc", "Dd", "Ee", "Ff"]
        assert clean_name(words) == "Aa Bb Cc Dd Ee Ff"

    def test_seven_words_rejected(self) -> None:
        """More than six words are not a name."""
        assert clean_name(["Aa", "Bb", "Cc", "Dd", "Ee", "Ff", "Gg"]) is None

    @pytest.mark.parametrize("last", ["Roe's", "Roe’s"])
    def test_possessive_rejected(self, last: str) -> None:
        """A possessive, straight or curly apostrophe, is not a name."""
        assert clean_name(["Jane", last]) is None

    def test_input_list_not_mutated(self) -> None:
        """The caller's list is left as it was."""
        words = ["The", "President", "Jane", "Roe", "al"]
        clean_name(words)
        assert words == ["The", "President", "Jane", "Roe", "al"]


class TestNotNames:
    def test_weekdays_and_months_open_sentences(self) -> None:
        """The English weekday and month names, from the vocabulary, are no names."""
        assert {"monday", "sunday", "january", "may", "december"} <= NOT_NAMES
        assert clean_name(["Monday"]) is None
        assert leading_name("May Roe said") == "Roe"
