import unicodedata

import pytest

from reader.search.normalize import INITIALS, TO_INITIAL, fold, normalize


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
