"""The core's measure of text in terminal cells is the UI's (Rich's), so a snippet the
core cuts to a row's width is laid out in that width."""

from __future__ import annotations

import sys
import unicodedata

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from reader.printable import cell_width, cut_to_width, reach_back


def test_the_reviews_examples_measure_as_rich_does():
    for text, cells in [
        ("e\u0301", 1),  # a combining acute
        ("\u200b", 0),  # a zero-width space
        (unicodedata.normalize("NFD", "가"), 2),  # an initial and a medial jamo
        ("👍🏽", 2),  # a skin-tone modifier
        ("광주\u200d시", 6),  # a stray joiner in extracted text
    ]:
        assert cell_width(text) == cells
        if "\u200d" not in text:  # Rich joins what follows a ZWJ (see below)
            assert cell_len(text) == cells


def _assigned_printable() -> list[str]:
    # Controls are shown by `visible` as one-cell pictures, so the core counts them
    # one; unassigned code points depend on each side's Unicode version.
    return [
        chr(code)
        for code in range(0x20, sys.maxunicode + 1)
        if unicodedata.category(chr(code)) not in ("Cc", "Cn", "Cs", "Co")
    ]


def test_every_assigned_character_measures_as_rich_measures_it():
    differ = [c for c in _assigned_printable() if cell_width(c) != cell_len(c)]
    assert [f"U+{ord(c):04X}" for c in differ] == []


# What a newspaper prints: Hangul syllables and jamo, Hanja, Latin, digits, punctuation,
# combining marks and the zero-width characters PDF extraction leaves.
NEWSPAPER = st.text(
    st.one_of(
        st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),
        st.characters(min_codepoint=0x1100, max_codepoint=0x11FF),
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
        st.characters(min_codepoint=0x20, max_codepoint=0x7E),
        st.sampled_from("·…‘’“”「」『』〈〉《》△▲○●□■※☎→—–ⅠⅡ①②％℃"),
        st.characters(min_codepoint=0x300, max_codepoint=0x36F),
        st.sampled_from("\u200b\u200c\u200d\u2060\ufeff\u00ad\ufe0e\ufe0f"),
    )
)


@given(NEWSPAPER)
def test_newspaper_text_measures_as_rich_measures_it(text):
    assert cell_width(text) == sum(cell_len(c) for c in text)
    # Rich reads two emoji rules into a string that the core, measuring character by
    # character (a cut may fall between any two), does not: it drops the character
    # after a zero-width joiner (an emoji sequence) and widens a narrow symbol before
    # VS16 (☎ + U+FE0F). Extracted newspaper text carries neither on purpose.
    if "\u200d" not in text[:-1] and "\ufe0f" not in text:
        assert cell_width(text) == cell_len(text)


def test_a_cut_keeps_a_mark_with_its_letter_and_counts_hangul_double():
    assert cut_to_width("cafe\u0301 au lait", 5) == "cafe\u0301…"
    assert cut_to_width("연단체모집 안내", 7) == "연단체…"
    assert cut_to_width("연단체", 6) == "연단체"
    assert cut_to_width("가나 다라", 6) == "가나…"  # the space before the cut dropped


def test_a_cut_right_after_the_texts_own_ellipsis_shows_one():
    assert cut_to_width("가나다… 라마바사", 8) == "가나다…"
    assert cut_to_width("창업 지원 본격화… 청년 몰린다", 18) == "창업 지원 본격화…"
    assert cut_to_width("Rates rise… again", 12) == "Rates rise…"
    assert cut_to_width("Rates rise… again", 13) == "Rates rise…"


def test_a_cut_from_the_end_leaves_no_mark_without_its_letter():
    text = "cafe\u0301"
    assert text[reach_back(text, len(text), 1) :] == "e\u0301"
    assert text[reach_back(text, len(text), 0) :] == ""


def test_snippets_cut_in_a_long_run_of_flags_keep_each_flag_whole_and_look_back_once(
    monkeypatch,
):
    from reader import printable

    looked: list[str] = []
    real = printable._regional
    monkeypatch.setattr(printable, "_regional", lambda c: looked.append(c) or real(c))
    flags = "🇰🇷" * 1500  # one paragraph of a fan's cheering, a hit at every flag
    cuts = [reach_back(flags, start, 40) for start in range(0, len(flags), 2)]
    assert all(lo % 2 == 0 for lo in cuts)  # never half a flag
    assert flags[cuts[-1] : len(flags) - 2] == "🇰🇷" * 20
    # The run's start is found once for the text, not walked back to at every hit.
    assert len(looked) < 10 * len(cuts)
