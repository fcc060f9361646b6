"""Unit tests for the attributions of the quotes section (quotes._attribution)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articlekit import parse_article
from articlekit.sections.quotes import _attribution, _marks
from tests.unit.sections.quote_dumps import dump


class TestAttributionSpan:
    def test_after(self) -> None:
        """The attribution span covers the verb and the name after the quote."""
        text = dump("“The plan is a partial fix,” said Jane Roe, an economist.")
        quote = parse_article(text).quotes[0]
        assert quote.attribution_span.slice(text) == "said Jane Roe"

    def test_before(self) -> None:
        """The attribution span covers NAME said: before the quote."""
        text = dump("Jane Roe said: “The plan is a partial fix.”")
        quote = parse_article(text).quotes[0]
        assert quote.attribution_span.slice(text).startswith("Jane Roe said")

    def test_unattributed_has_none(self) -> None:
        """A quotation with no attribution has no attribution span."""
        text = dump("“The plan is a partial fix at best.”")
        assert parse_article(text).quotes[0].attribution_span is None

    def test_cited_title_before_a_name_is_not_a_quotation(self) -> None:
        """(song: “Spring Street,” NAME): a short title cited with its author."""
        text = dump("I played it all week (song: “Spring Street,” Dar Williams).")
        assert parse_article(text).quotes == ()


class TestCheapLooksKeepTheSpeaker:
    """The looks that spare most fragments the attribution rules never lose one."""

    def test_according_to_in_capitals(self):
        """ACCORDING TO in capitals ties a fragment even with a verb a sentence away."""
        article = parse_article(
            "Dec 5, 2024\nA Headline\nJane Roe said the town was calm. "
            "ACCORDING TO MAYOR JOHN SMITH, “a big deal” happened there.\n"
        )
        assert [(q.text, q.speaker) for q in article.quotes] == [
            ("“a big deal”", "JOHN SMITH")
        ]


@pytest.mark.parametrize("before", ["‹", "\u2011", "™"])
def test_verb_next_to_other_punctuation(before: str) -> None:
    """A speech verb beside punctuation outside the rough look's list is found."""
    text = f"Hama Falls\n“We will hold the city,” {before}said John Smith.\n"
    article = parse_article(text)
    span = article.quotes[0].attribution_span
    assert span is not None
    assert span.slice(text).endswith("said")
    assert "quote.unattributed" not in [d.code for d in article.diagnostics]


class TestVerbSpans:
    """The bisections over a paragraph's verb spans agree with plain walks."""

    @given(
        st.lists(st.integers(0, 60), max_size=12).map(
            lambda xs: sorted({x * 2 for x in xs})
        ),
        st.integers(0, 130),
        st.integers(0, 130),
    )
    def test_first_and_last_between(self, starts: list[int], lo: int, hi: int) -> None:
        """Against the walk they replace, on spans in order that never overlap."""
        spans = [(s, s + 1) for s in starts]
        run = []
        i = next((k for k, sp in enumerate(spans) if sp >= (lo, -1)), len(spans))
        while i < len(spans) and spans[i][1] <= hi:
            run.append(spans[i])
            i += 1
        assert _attribution.first_between(spans, lo, hi) == (run[0] if run else None)
        assert _attribution.last_between(spans, lo, hi) == (run[-1] if run else None)

    @given(st.text(alphabet='“”" saidx.', max_size=60))
    def test_verb_outside_agrees_with_a_search_of_the_text_without_quotations(
        self, text: str
    ) -> None:
        """A verb outside the quotations is one found with the quotations blanked."""
        find = _attribution.Reader(["said"]).find_verbs
        quoted = [m.span() for m in _marks.QUOTED.finditer(text)]
        expected = bool(find(_marks.QUOTED.sub(" ", text)))
        assert _attribution.verb_outside(find(text), quoted) == expected

    @given(
        st.text(alphabet="“”’ saidtoldx.-ß", max_size=60),
        st.integers(0, 60),
        st.integers(0, 60),
    )
    def test_verbs_first_between_agrees_with_all_spans(
        self, text: str, a: int, b: int
    ) -> None:
        """A clause searched alone gives the first verb a search of all finds."""
        lo, hi = sorted((min(a, len(text)), min(b, len(text))))
        find = _attribution.Reader(["said", "told"]).find_verbs
        expected = _attribution.first_between(find(text), lo, hi)
        verbs = _attribution.Verbs(find, text, clauses=True)
        assert verbs.first_in_clause(lo, hi) == expected


def test_verb_finder_skips_nouns() -> None:
    """A verb word after an article or "following" is a noun; elsewhere a verb."""
    find = _attribution.VerbFinder(["reports", "saying", "said"])
    assert find("It came following reports that the dam broke.") == []
    assert find("As a saying has it, the saying goes.") == []
    text = "Roe reports that the dam broke, saying it was old."
    assert [text[a:b] for a, b in find(text)] == ["reports", "saying"]


def test_verb_finder_ing_word_after_article_and_adjective() -> None:
    """ "the old saying", "a stern warning": nouns; "the company reports": a verb."""
    find = _attribution.VerbFinder(["saying", "warning", "reports", "writing"])
    assert find("As the old saying goes, rain follows.") == []
    assert find("It came with a stern warning to the crew.") == []
    text = "The company reports a loss, the editing, writing that it was fine."
    assert [text[a:b] for a, b in find(text)] == ["reports", "writing"]
