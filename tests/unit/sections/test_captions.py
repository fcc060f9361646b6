"""Tests for the captions section (``articlekit.sections.captions``)."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from articlekit import Caption, Parser, ParseState, Severity, parse_article
from articlekit.pipeline import spec_of
from articlekit.sections import DEFAULT_SECTIONS
from articlekit.sections.captions import (
    LABELS,
    make_caption_reader,
    make_captions_parser,
    parse_captions,
    read_caption,
)

SECTIONS = dict(DEFAULT_SECTIONS)

WORDS = "A crew inspects the cracked supports of the harbour bridge on Monday."
CAPTION = f"{WORDS} Photo: Sam Lee/Harbour Gazette"
SECOND_CAPTION = (
    "Ferries wait at the north pier on Tuesday. "
    "Photo: Ana Ruiz/Agence France-Presse/Getty Images"
)

BODY = (
    "The city council voted to close the old harbour bridge after engineers "
    "found deep cracks in its main supports.",
    "Repairs could take two years and cost more than the bridge did to build, "
    "officials said on Tuesday.",
    "Traffic was diverted to the ring road on Monday morning, and ferries ran "
    "every ten minutes instead of every half hour.",
)

LONG_BODY = (
    "Engineers said the Image of the bridge that circulated online on Monday "
    "was fake, and that the structure had been inspected twice since the "
    "storm. They added that repairs would start next week and that the bridge "
    "would stay closed for months while the council looked for the money."
)


# The seed's highlights paragraph, right after the byline.
HIGHLIGHTS = "Engineers found deep cracks in the supports of the old bridge."


def make_dump(*body: str, footer: bool = True) -> str:
    """Build a dump in the seed's layout whose body is ``body``."""
    parts = [
        "Mar 3, 2023",
        "Harbour Bridge Closes As Cracks Spread Through Supports",
        "Commuters face months of detours while the council finds the money. JL",
        "Jane Roe reports in the Harbour Gazette:",
        HIGHLIGHTS,
        *body,
    ]
    if footer:
        parts += ["No comments:", "Post a Comment"]
    return "\n\n".join(parts) + "\n"


class TestReadCaption:
    @pytest.mark.parametrize(
        "label",
        [
            "Photo",
            "Photograph",
            "Photos",
            "Image",
            "Illustration",
            "Credit",
            "PHOTO",
            "Photo credit",
        ],
    )
    def test_label_after_text(self, label: str) -> None:
        """Each credit label after the caption words splits text and credit."""
        caption = read_caption(f"{WORDS} {label}: Sam Lee")
        assert caption == Caption(
            text=WORDS, credit="Sam Lee", label=label, raw=f"{WORDS} {label}: Sam Lee"
        )

    @pytest.mark.parametrize(
        ("paragraph", "text", "credit", "label"),
        [
            (
                f"{WORDS} (Photo: Sam Lee)",
                WORDS,
                "Sam Lee",
                "Photo",
            ),
            (
                f"{WORDS} (AP Photo/Jane Doe)",
                WORDS,
                "AP Photo/Jane Doe",
                None,
            ),
            (
                f"{WORDS} (Photo by Jane Doe)",
                WORDS,
                "Jane Doe",
                "Photo by",
            ),
            ("Photo by Jane Doe", "", "Jane Doe", "Photo by"),
            ("Illustration: Ana Ruiz", "", "Ana Ruiz", "Illustration"),
            (f"{WORDS} Photo: Sam Lee.", WORDS, "Sam Lee", "Photo"),
            (f"{WORDS} (Photo: Sam Lee).", WORDS, "Sam Lee", "Photo"),
            (
                f"{WORDS}\u00a0Photo:\u00a0Sam Lee/AFP/Getty Images",
                WORDS,
                "Sam Lee/AFP/Getty Images",
                "Photo",
            ),
            (
                "A crew at dusk | Photo: Sam Lee",
                "A crew at dusk",
                "Sam Lee",
                "Photo",
            ),
            (
                "A crew at dusk. PHOTOGRAPH: SAM LEE/HARBOUR GAZETTE",
                "A crew at dusk.",
                "SAM LEE/HARBOUR GAZETTE",
                "PHOTOGRAPH",
            ),
        ],
        ids=[
            "bracketed-label",
            "ap-photo",
            "bracketed-photo-by",
            "photo-by-alone",
            "label-alone",
            "final-stop-dropped",
            "bracket-and-stop-dropped",
            "nbsp",
            "pipe",
            "all-capitals",
        ],
    )
    def test_caption_forms(
        self, paragraph: str, text: str, credit: str, label: str | None
    ) -> None:
        """Caption forms give the words before the label and a bare credit."""
        caption = read_caption(paragraph)
        assert caption is not None
        assert (caption.text, caption.credit, caption.label) == (text, credit, label)

    def test_raw_is_whole_paragraph(self) -> None:
        """``raw`` keeps the caption paragraph as written."""
        caption = read_caption(CAPTION)
        assert caption is not None
        assert caption.raw == CAPTION

    def test_multi_agency_credit(self) -> None:
        """A credit of several agencies is kept whole and split by ``credits``."""
        caption = read_caption(SECOND_CAPTION)
        assert caption is not None
        assert caption.credit == "Ana Ruiz/Agence France-Presse/Getty Images"
        assert caption.credits == ("Ana Ruiz", "Agence France-Presse", "Getty Images")

    def test_label_without_credit(self) -> None:
        """A label with nothing after it has credit None."""
        assert read_caption("Photo:") == Caption(
            text="", credit=None, label="Photo", raw="Photo:"
        )

    @pytest.mark.parametrize(
        "paragraph",
        [
            "The photo: a man walking along the river at dusk.",
            "The photo: A man walking",
            f"{WORDS} photo: Sam Lee",
            "Officials said they had seen the image: nothing in it was new.",
            "We took the bridge photo by the river at dusk",
            LONG_BODY,
            "",
        ],
        ids=[
            "lower-case-label",
            "lower-case-label-capital-after",
            "lower-case-label-after-text",
            "label-then-clause",
            "photo-by-in-running-text",
            "image-mid-sentence",
            "empty",
        ],
    )
    def test_rejects_body_text(self, paragraph: str) -> None:
        """Running text that mentions a photo is not a caption."""
        assert read_caption(paragraph) is None

    def test_rejects_paragraph_over_800_chars(self) -> None:
        """A paragraph over 800 characters is body even if it ends in a credit."""
        paragraph = f"{LONG_BODY} " * 3 + "Photo: Sam Lee"
        assert len(paragraph) > 800
        assert read_caption(paragraph) is None

    @pytest.mark.parametrize(
        "paragraph",
        [
            "Support for the plan fell to 38 percent, according to a "
            "Reuters/Ipsos poll.",
            "The firm reports its results under GAAP/IFRS rules.",
        ],
        ids=["reuters-ipsos-poll", "agency-inside-word"],
    )
    def test_rejects_agency_name_in_running_text(self, paragraph: str) -> None:
        """A body sentence ending with ``Reuters/Ipsos poll.`` is not a caption."""
        assert read_caption(paragraph) is None


class TestMakeCaptionReader:
    def test_custom_labels(self) -> None:
        """Given labels replace the default ones."""
        read = make_caption_reader(labels=("Foto",))
        caption = read("Foto: Ana Ruiz")
        assert caption is not None
        assert (caption.text, caption.credit, caption.label) == ("", "Ana Ruiz", "Foto")
        assert read_caption("Foto: Ana Ruiz") is None

    def test_custom_labels_add_capitals(self) -> None:
        """The all-capitals form of a given label is read too."""
        caption = make_caption_reader(labels=("Foto",))("Una grúa. FOTO: Ana Ruiz")
        assert caption is not None
        assert (caption.text, caption.label) == ("Una grúa.", "FOTO")

    def test_max_chars(self) -> None:
        """``max_chars`` bounds the length of a caption paragraph."""
        assert make_caption_reader(max_chars=20)(CAPTION) is None
        assert make_caption_reader(max_chars=len(CAPTION))(CAPTION) is not None


class TestCaptionCredits:
    def test_splits_at_slashes(self) -> None:
        """``credits`` splits the credit at each slash."""
        caption = Caption(text="", credit="Sam Lee/ AFP / Getty Images")
        assert caption.credits == ("Sam Lee", "AFP", "Getty Images")

    def test_single_credit(self) -> None:
        """A credit with no slash is one part."""
        assert Caption(text="", credit="Sam Lee").credits == ("Sam Lee",)

    def test_no_credit(self) -> None:
        """No credit gives no parts."""
        assert Caption(text="", credit=None).credits == ()


class TestParseCaptions:
    def test_claims_caption_paragraphs(self) -> None:
        """Every caption paragraph is claimed and added with its span."""
        text = make_dump(BODY[0], CAPTION, BODY[1], SECOND_CAPTION, BODY[2])
        state = ParseState(text)
        state.enter("captions")
        found = parse_captions(state)
        assert found is True
        assert [c.raw for c in state.captions] == [CAPTION, SECOND_CAPTION]
        assert [c.span.slice(text) for c in state.captions] == [CAPTION, SECOND_CAPTION]
        assert [b.text for b in state.claimed_by("captions")] == [
            CAPTION,
            SECOND_CAPTION,
        ]

    def test_no_captions(self) -> None:
        """With no caption, nothing is claimed and it returns False."""
        state = ParseState(make_dump(*BODY))
        state.enter("captions")
        found = parse_captions(state)
        assert found is False
        assert state.captions == ()
        assert state.diagnostics == ()

    def test_skips_claimed_paragraphs(self) -> None:
        """A paragraph another section claimed is not read as a caption."""
        state = ParseState(f"{CAPTION}\n")
        state.enter("body")
        state.claim(state.blocks[0])
        state.enter("captions")
        assert parse_captions(state) is False

    def test_empty_credit_diagnostic(self) -> None:
        """A label with no credit is a caption with a warning."""
        text = make_dump(BODY[0], WORDS, "Photo:", BODY[1])
        state = ParseState(text)
        state.enter("captions")
        parse_captions(state)
        start = text.index("Photo:")
        assert [c.credit for c in state.captions] == [None]
        assert [(d.code, d.severity, d.start, d.end) for d in state.diagnostics] == [
            ("caption.empty_credit", Severity.WARNING, start, start + len("Photo:"))
        ]


class TestMakeCaptionsParser:
    def test_custom_labels(self) -> None:
        """A parser built with other labels reads their captions."""
        caption = "Una grúa en el puente. Foto: Ana Ruiz"
        parser = Parser()
        parser.pipeline.replace("captions", make_captions_parser(labels=("Foto",)))
        article = parser.parse(make_dump(BODY[0], caption, BODY[1]))
        assert [(c.text, c.credit) for c in article.captions] == [
            ("Una grúa en el puente.", "Ana Ruiz")
        ]
        assert article.body == (BODY[0], BODY[1])

    def test_max_chars(self) -> None:
        """``max_chars`` is passed on to the reader."""
        parser = Parser()
        parser.pipeline.replace("captions", make_captions_parser(max_chars=20))
        article = parser.parse(make_dump(BODY[0], CAPTION, BODY[1]))
        assert article.captions == ()
        assert article.body == (BODY[0], CAPTION, BODY[1])


class TestParseArticle:
    def test_seed_like_caption(self) -> None:
        """A caption among body paragraphs gives its words and credit."""
        text = make_dump(BODY[0], CAPTION, BODY[1])
        article = parse_article(text)
        assert [(c.text, c.credit, c.label) for c in article.captions] == [
            (WORDS, "Sam Lee/Harbour Gazette", "Photo")
        ]

    def test_caption_span_slices_to_paragraph(self) -> None:
        """Each caption's span maps back to its paragraph."""
        text = make_dump(BODY[0], CAPTION, BODY[1], SECOND_CAPTION, BODY[2])
        article = parse_article(text)
        assert [c.span.slice(text) for c in article.captions] == [
            CAPTION,
            SECOND_CAPTION,
        ]

    def test_captions_are_not_body(self) -> None:
        """Caption paragraphs are excluded from the body."""
        article = parse_article(
            make_dump(BODY[0], CAPTION, BODY[1], SECOND_CAPTION, BODY[2])
        )
        assert article.body == BODY

    def test_captions_in_reading_order(self) -> None:
        """Captions come in the order they appear."""
        article = parse_article(make_dump(SECOND_CAPTION, *BODY, CAPTION))
        assert [c.raw for c in article.captions] == [SECOND_CAPTION, CAPTION]

    def test_credits_of_multi_agency_caption(self) -> None:
        """``credits`` splits a multi-agency credit of a parsed caption."""
        article = parse_article(make_dump(BODY[0], SECOND_CAPTION, BODY[1]))
        assert [c.credits for c in article.captions] == [
            ("Ana Ruiz", "Agence France-Presse", "Getty Images")
        ]

    def test_photo_by_on_its_own_line(self) -> None:
        """``Photo by Jane Doe`` alone is a caption with empty text."""
        text = make_dump(BODY[0], "Photo by Jane Doe", BODY[1])
        article = parse_article(text)
        assert [(c.text, c.credit) for c in article.captions] == [("", "Jane Doe")]
        assert article.captions[0].span.slice(text) == "Photo by Jane Doe"
        assert article.body == (BODY[0], BODY[1])

    def test_label_without_credit(self) -> None:
        """A bare ``Photo:`` line is a caption with a ``caption.empty_credit``."""
        article = parse_article(make_dump(BODY[0], "Photo:", BODY[1]))
        assert [(c.text, c.credit) for c in article.captions] == [("", None)]
        assert "caption.empty_credit" in [d.code for d in article.diagnostics]

    def test_body_mentions_stay_body(self) -> None:
        """Paragraphs that mention a photo or image in passing stay body."""
        lower = "The photo: a man walking along the river at dusk."
        article = parse_article(make_dump(BODY[0], lower, LONG_BODY, BODY[1]))
        assert article.captions == ()
        assert article.body == (BODY[0], lower, LONG_BODY, BODY[1])

    def test_no_captions_no_diagnostic(self) -> None:
        """A dump without captions reports nothing about captions."""
        article = parse_article(make_dump(*BODY))
        assert article.captions == ()
        assert [d for d in article.diagnostics if d.section == "captions"] == []

    def test_to_dict(self) -> None:
        """``to_dict`` gives each caption's text and credit."""
        data = parse_article(make_dump(BODY[0], CAPTION, BODY[1])).to_dict()
        assert [(c["text"], c["credit"]) for c in data["captions"]] == [
            (WORDS, "Sam Lee/Harbour Gazette")
        ]

    def test_poll_sentence_stays_body(self) -> None:
        """A body paragraph citing a ``Reuters/Ipsos poll`` is not a caption."""
        poll = (
            "Support for closing the bridge fell to 38 percent, according to a "
            "Reuters/Ipsos poll."
        )
        article = parse_article(make_dump(BODY[0], poll, BODY[1]))
        assert article.captions == ()
        assert article.body == (BODY[0], poll, BODY[1])


class TestCaptionShapes:
    @pytest.mark.parametrize(
        ("paragraph", "expected"),
        [
            (
                "Firefighters on the ridge. © Photograph: Jo Li/Reuters",
                ("Firefighters on the ridge.", "Jo Li/Reuters", "© Photograph"),
            ),
            (
                "Firefighters on the ridge.Photo: Jo Li",
                ("Firefighters on the ridge.", "Jo Li", "Photo"),
            ),
            (
                "Firefighters on the ridge. AP Photo/Jo Li",
                ("Firefighters on the ridge.", "AP Photo/Jo Li", None),
            ),
            (
                "Firefighters on the ridge. (AP Photo/Ringo H.W. Chiu, File)",
                ("Firefighters on the ridge.", "AP Photo/Ringo H.W. Chiu, File", None),
            ),
            (
                "Firefighters on the ridge (Screen shot courtesy of Jo Li)",
                ("Firefighters on the ridge", "Jo Li", "Screen shot courtesy of"),
            ),
            (
                "A moon over the hills. (photo by Jo Li)",
                ("A moon over the hills.", "Jo Li", "photo by"),
            ),
            ("Photo by Jo Li", ("", "Jo Li", "Photo by")),
            (
                "PHOTO: JO LI/AFP via Getty Images",
                ("", "JO LI/AFP via Getty Images", "PHOTO"),
            ),
        ],
        ids=[
            "copyright",
            "glued",
            "agency",
            "agency-brackets",
            "screen-shot",
            "photo-by-brackets",
            "photo-by-alone",
            "capitals",
        ],
    )
    def test_label_shapes(self, paragraph: str, expected: tuple) -> None:
        """Every credit label seen in real dumps gives text, credit and label."""
        caption = read_caption(paragraph)
        assert caption is not None
        assert (caption.text, caption.credit, caption.label) == expected

    @pytest.mark.parametrize(
        "counter", ["Image 3 of 42", "Photo 2/9", "Slide 12 of 40:", "ſlide 2 of 9:"]
    )
    def test_gallery_counter_is_not_caption_text(self, counter: str) -> None:
        """A gallery counter before the caption words is dropped from the text."""
        caption = read_caption(
            f"{counter} Firefighters on the ridge. Photograph: Jo Li"
        )
        assert caption is not None
        assert caption.text == "Firefighters on the ridge."

    def test_quote_inside_a_caption_is_not_a_body_quote(self) -> None:
        """A quotation in a caption paragraph is not listed among the quotes."""
        text = make_dump("“We lost everything,” said Jane Roe. Photo: Jo Li/Reuters")
        article = parse_article(text)
        assert [c.credit for c in article.captions] == ["Jo Li/Reuters"]
        assert article.quotes == ()


class TestLabelSearchWindow:
    def test_copyright_sign_far_before_the_label(self):
        """A copyright sign with a long run of spaces before the label stays in it."""
        caption = read_caption("A man walks. ©" + " " * 20 + "Photo: Jane Doe")
        assert caption is not None
        assert caption.text == "A man walks."
        assert caption.label.startswith("©")

    def test_no_labels_turns_colon_labels_off(self):
        """make_caption_reader(labels=()) reads no colon credit at all."""
        assert make_caption_reader(labels=())("A man walks: Jane Doe") is None


class TestDeclaredLines:
    """The section declares the lines a caption can stand on, from its labels."""

    @pytest.mark.parametrize(
        "paragraph",
        [
            CAPTION,
            SECOND_CAPTION,
            "PHOTO: Jo Li",
            "Firefighters on the ridge. © Photograph: Jo Li/Reuters",
            "Image credit: NASA",
            "(AP Photo/Sam Lee)",
            "Firefighters on the ridge. (AP Photo/Ringo H.W. Chiu, File)",
            "A view. (AFP/Jo Li)",
            "(EPA/Jo Li)",
            "photo by Ann Bell",
            "A moon over the hills. (pHoTo bY Jo Li)",
            "Courtesy of Jo Li",
            "Screenshot via Twitter",
            "Firefighters on the ridge (Screen shot courtesy of Jo Li)",
            "A view of the bay. Map from Acme Cartography",
        ],
    )
    def test_every_caption_passes(self, paragraph: str) -> None:
        """A paragraph the reader takes is among the declared lines."""
        assert read_caption(paragraph) is not None
        lines = spec_of(parse_captions).lines
        assert isinstance(lines, tuple)
        assert any(one.accepts(paragraph) for one in lines)

    @pytest.mark.parametrize(
        "paragraph",
        [
            *BODY,
            "The bridge was built by the council in 1952.",
            "Photo: " + "a" * 800,
        ],
    )
    def test_body_text_does_not(self, paragraph: str) -> None:
        """Paragraphs with no colon, slash or credit word are not read at all."""
        lines = spec_of(parse_captions).lines
        assert isinstance(lines, tuple)
        assert not any(one.accepts(paragraph) for one in lines)

    def test_no_labels_no_colon_lines(self) -> None:
        """Without colon labels, a colon alone makes no candidate."""
        lines = spec_of(make_captions_parser(labels=())).lines
        assert isinstance(lines, tuple)
        assert not any(one.accepts("Credit: Ana Ruiz") for one in lines)

    @given(
        lead=st.sampled_from(["", "A view of the port. ", "A view (", "ſtill: "]),
        label=st.sampled_from(
            [
                *LABELS,
                *(label.upper() for label in LABELS),
                "© Photo",
                "AP Photo/",
                *(
                    f"({service}/"
                    for service in ("AP", "AAP", "EPA", "Reuters", "TASS")
                ),
                "Photo by",
                "PHOTO BY",
                "photo courtesy of",
                "Screen shot via",
                "COURTESY",
                "Map from",
            ]
        ),
        colon=st.sampled_from([":", " :", ""]),
        credit=st.text(alphabet="Ab .)(/:\xa0ſK", max_size=12),
    )
    def test_reader_never_takes_an_undeclared_line(
        self, lead: str, label: str, colon: str, credit: str
    ) -> None:
        """Whatever the reader takes, some declared filter accepts."""
        paragraph = f"{lead}{label}{colon} {credit}".strip()
        lines = spec_of(parse_captions).lines
        assert isinstance(lines, tuple)
        if read_caption(paragraph) is not None:
            assert any(one.accepts(paragraph) for one in lines)

    def test_label_beyond_ascii_is_still_found(self) -> None:
        """Labels with letters beyond ASCII are read through the declared lines."""
        parse = make_captions_parser(labels=["Légende"])
        state = ParseState("A view of the port.\n\nThe quay at dawn. LÉGENDE: Anne Roy")
        state.enter("captions", lines=spec_of(parse).lines)
        assert parse(state)
        assert [c.credit for c in state.captions] == ["Anne Roy"]

    def test_blank_label_looks_at_every_colon(self) -> None:
        """A blank label makes every paragraph with a colon a candidate."""
        parse = make_captions_parser(labels=["Credit", " "])
        state = ParseState("Boats in the bay. Credit: Jo Li\n\nAt sea : Jo Li")
        state.enter("captions", lines=spec_of(parse).lines)
        assert parse(state)
        assert [c.label for c in state.captions] == ["Credit", ""]

    def test_cue_in_capitals(self) -> None:
        article = parse_article("Title\n\nA storm over the bay. PHOTO: JO LI\n")
        assert [c.credit for c in article.captions] == ["JO LI"]


class TestGreedyCredit:
    """The greedy label patterns give the credit a lazy one gave, exactly."""

    @staticmethod
    def _lazy(greedy: str) -> str:
        return greedy.replace("{0,150})", "{0,150}?)").replace("{1,100})", "{1,100}?)")

    @given(
        label=st.sampled_from(["Photo", "PHOTO", "Photo by", "Courtesy of", "Image"]),
        credit=st.text(alphabet="Ab .)(:/\xa0\n\x1f", max_size=20),
        lead=st.sampled_from(["", "(", "A view. ", "A view. ("]),
    )
    @example(label="Photo", credit="Ab. .", lead="")
    @example(label="Photo by", credit="Ab. . .", lead="")
    @example(label="Photo", credit="Ab .  ", lead="")
    @example(label="Photo", credit="Ab. )", lead="(")
    @example(label="Photo by", credit=":.\n", lead="")
    @example(label="Photo", credit="X. .\n.", lead="")
    @example(label="Photo", credit="A" * 147 + ". . .", lead="A street. ")
    @example(label="Photo by", credit="A" * 97 + ". . .", lead="A street. ")
    @example(label="Photo", credit=". .\n.", lead="Bartholomew (Jane   .Doe .X")
    def test_same_credit_as_the_lazy_pattern(
        self, label: str, credit: str, lead: str
    ) -> None:
        import regex

        from articlekit.sections import captions

        text = f"{lead}{label}{':' if ' ' not in label else ''} {credit}"
        for greedy in (captions._label_pattern(captions.LABELS), captions._BY()):
            lazy = regex.compile(self._lazy(greedy.pattern), greedy.flags)
            assert lazy.pattern != greedy.pattern
            one, two = greedy.search(text), lazy.search(text)
            assert (one is None) == (two is None)
            if one is not None and two is not None:
                # (The ends may differ by a final line break, which "$"
                # may stand before; the reader uses only the start.)
                assert one.start() == two.start()
                assert one.start("credit") == two.start("credit")
                least = 1 if greedy is captions._BY() else 0
                start, end = one.span("credit")
                assert captions._lazy_end(text, start, end, least) == two.end("credit")


class TestLabelsSpelledBeyondAscii:
    """Custom labels whose casefold is ASCII but whose spelling is not."""

    @pytest.mark.parametrize("label", ["ß", "ſtuff", "\u212aelvin", "ﬁgure", "Légende"])
    def test_found_as_spelled(self, label: str) -> None:
        parse = make_captions_parser(labels=[label])
        state = ParseState(f"A street in the old town.\n\nThe quay. {label}: Jane Doe")
        state.enter("captions", lines=spec_of(parse).lines)
        assert parse(state)
        assert [c.credit for c in state.captions] == ["Jane Doe"]

    def test_capitals_whose_casefold_differs(self) -> None:
        """The label in capitals is read even when its casefold is not the label's."""
        read = make_caption_reader(labels=["Fotoğrafçı"])
        caption = read("Istanbul’da bir sokak. FOTOĞRAFÇI: Ali Yılmaz")
        assert caption is not None
        assert caption.credit == "Ali Yılmaz"


class TestGeneralCredits:
    """Issue 16: credit shapes stated in general, each on invented captions."""

    @pytest.mark.parametrize(
        ("text", "words", "credit"),
        [
            (
                "Ferries wait at the pier. Photo: courtesy of Harbour Trust.",
                "Ferries wait at the pier.",
                "courtesy of Harbour Trust",
            ),
            ("Credit: / Acme Images", "", "/ Acme Images"),
            (
                "A crew on the bridge. Image: via Acme Pictures",
                "A crew on the bridge.",
                "via Acme Pictures",
            ),
        ],
    )
    def test_colon_credit_opening_with_source_word_or_slash(
        self, text: str, words: str, credit: str
    ) -> None:
        """After a colon label a credit may open with "courtesy of", "via" or "/"."""
        caption = read_caption(text)
        assert caption is not None
        assert (caption.text, caption.credit) == (words, credit)

    def test_colon_label_before_running_text_is_no_credit(self) -> None:
        """A lower-case clause after ``Photo:`` that opens with no source word is no credit."""
        assert read_caption("The photo: a man walks his dog along the pier.") is None
        assert read_caption("Photo: the man walks his dog along the pier") is None

    @pytest.mark.parametrize(
        ("tail", "credit"),
        [
            (
                "(left photo by Sam Lee; right photo by Ana Ruiz)",
                "Sam Lee; right photo by Ana Ruiz",
            ),
            (
                "(top left photo by Ana Ruiz; top right and bottom photos by Sam Lee)",
                "Ana Ruiz; top right and bottom photos by Sam Lee",
            ),
        ],
    )
    def test_composite_credit(self, tail: str, credit: str) -> None:
        """A bracketed credit of several pictures, each placed, is one credit."""
        caption = read_caption(f"{WORDS} {tail}")
        assert caption is not None
        assert (caption.text, caption.credit) == (WORDS, credit)

    @pytest.mark.parametrize(
        "text",
        [
            "Video by Sam Lee",
            "The crowd at the pier on Monday. (Video by Ana Ruiz)",
        ],
    )
    def test_video_credit_is_no_photo_credit(self, text: str) -> None:
        """``Video by`` credits a video, not a picture: no caption."""
        assert read_caption(text) is None
