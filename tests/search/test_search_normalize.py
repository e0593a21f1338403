import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.normalize import (
    _CHEAP,
    INITIALS,
    TO_INITIAL,
    by_clusters,
    fold,
    keeps_syllables,
    normalize,
)


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("AI 실증", "ai 실증"),
        ("ＡＩ", "ai"),  # full-width letters (NFKC)
        ("‘광주’ “AI”", "'광주' \"ai\""),
        ("ㅇㅅㅈ", "ㅇㅅㅈ"),  # keyboard jamo survive NFKC
        ("\uffbb", "ㅋ"),  # half-width jamo become keyboard jamo
        ("\u110b\u1169\u1109\u1161\u11bc\u110c\u1175\u11ab", "오상진"),  # NFD Hangul composes
        ("\u110b", "ㅇ"),  # a stray conjoining initial reads as the keyboard one
        ("  a \t\n\u00a0\u3000 b  ", "a b"),  # whitespace runs become one space, none at ends
        ("광\u200b주\u00ad", "광주"),  # zero-width space and soft hyphen are dropped
        ("Straße", "strasse"),
        ("AX 실증밸리…AI", "ax 실증밸리...ai"),
    ],
)
def test_fold(raw, folded):
    assert fold(raw) == folded


def test_nfkc_alone_would_break_keyboard_jamo():
    # The pitfall the compatibility-jamo mapping exists for (notes §1).
    assert unicodedata.normalize("NFKC", "ㅇㅅㅈ") != "ㅇㅅㅈ"


def test_offsets_point_into_the_original():
    raw = " \u110b\u1169 AI…x"
    n = normalize(raw)
    assert n.text == "오 ai...x"
    assert list(zip(n.starts, n.ends, strict=True)) == [
        (1, 3),  # 오 from the two NFD jamo
        (3, 4),  # the space
        (4, 5),
        (5, 6),
        (6, 7),  # the three dots all come from "…"
        (6, 7),
        (6, 7),
        (7, 8),
    ]


def test_compact_drops_spaces_and_keeps_offsets():
    c = normalize("데이터  센터").compact()
    assert c.text == "데이터센터"
    assert list(c.starts) == [0, 1, 2, 5, 6]
    assert list(c.ends) == [1, 2, 3, 6, 7]


def test_each_syllable_projects_to_its_initial():
    assert "오상진".translate(TO_INITIAL) == "ㅇㅅㅈ"
    assert "까".translate(TO_INITIAL) == "ㄲ"  # a double consonant is its own initial
    assert "힣".translate(TO_INITIAL) == "ㅎ"
    assert "AIㄳ".translate(TO_INITIAL) == "AIㄳ"
    assert len(INITIALS) == 19


# Text that takes every path of normalize(): Hangul (also NFD and compatibility
# jamo), fullwidth and other compatibility forms, curly quotes, case, format
# characters, combining marks and whitespace of every kind, in runs and at the ends.
tricky = st.sampled_from(
    list("가힣각AaZz09 .,·‘’“”‚‛„‟…※→ㄱㅇㅅㅏㄳㆍﾡＡｚ０ßİﬁ①㎡ⓒ")
    + ["\u1100", "\u1161", "\u11a8", "\u110b\u1169", "e\u0301", "\u0301", "\u3099"]
    + ["\u200b", "\u00ad", "\u200d", "\ufeff", "\n", "\t", "\r\n", "\u00a0", "\u3000", "  "]
    + ["1,000", "%", "퍼센트"]
)
texts = st.lists(st.one_of(tricky, tricky, st.characters()), max_size=40).map("".join)


@given(texts)
def test_the_fast_paths_fold_as_clusters_do(s):
    assert normalize(s) == by_clusters(s)


def test_every_cheap_character_folds_by_lowering():
    cheap = [chr(cp) for cp in range(0x10000) if _CHEAP.fullmatch(chr(cp))]
    assert len(cheap) > 11172
    for ch in cheap:
        s = f"가{ch}A{ch}{ch}"
        assert normalize(s) == by_clusters(s), hex(ord(ch))


@given(texts)
def test_syllables_kept_where_promised(s):
    syllables = {ch for ch in s + normalize(s).text if "가" <= ch <= "힣"}
    if keeps_syllables(s):
        assert all((ch in s) == (ch in normalize(s).text) for ch in syllables)


def test_newspaper_text_takes_a_fast_path():
    text = "‘광주를 빌려드립니다’ AI·ICT\n2026년 ※ 참고"
    assert keeps_syllables(text)
    n = normalize(text)
    assert n.text == "'광주를 빌려드립니다' ai·ict 2026년 ※ 참고"
    assert list(n.starts) == list(range(len(text)))
    assert list(n.ends) == list(range(1, len(text) + 1))
    assert normalize("Ａ ｂ") == by_clusters("Ａ ｂ")  # by the one-for-one table
    assert not keeps_syllables("\u1109\u1175\u11af")


def test_latin_letters_fold_without_their_marks():
    # A Korean keyboard types none of them: café is found as cafe, Zürich as zurich.
    assert fold("Café Zürich naïve Việt İstanbul") == "cafe zurich naive viet istanbul"
    assert fold("Cafe\u0301") == "cafe"  # decomposed too
    n = normalize("Cafe\u0301!")
    assert (list(n.starts), list(n.ends)) == ([0, 1, 2, 3, 5], [1, 2, 3, 5, 6])
    # Near misses: marks of other scripts are letters of their own (й is not и, が not か).
    assert fold("й ά が") == "й ά が"
    assert fold("ø æ") == "ø æ"  # no mark to drop: letters of their own


def test_a_percent_is_one_form_however_printed():
    assert fold("70%") == fold("70퍼센트") == fold("70 퍼센트") == fold("70 %") == "70%"
    n = normalize("약 70 퍼센트가")
    assert n.text == "약 70%가"
    assert (n.starts[4], n.ends[4]) == (5, 8)  # the sign spans 퍼센트
    # Near misses: a cent is no percent, and a space before a sign after no number stays.
    assert fold("50센트 퍼센티지 a %") == "50센트 퍼센티지 a %"
