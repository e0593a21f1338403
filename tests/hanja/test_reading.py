"""Readings of Hanja runs in text: words from the dictionary, the sound rules, offsets."""

import unicodedata

import pytest

from reader.hanja import has_hanja, read_form, readings
from reader.normalize import normalize


def read(text: str) -> str:
    return read_form(normalize(text).text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("李", "이"),  # the initial-sound rule where a reading begins a word
        ("女性", "여성"),
        ("來日", "내일"),
        ("論理", "논리"),
        ("法律", "법률"),  # not inside one
        ("與野", "여야"),
        ("新女性", "신여성"),  # a word inside a run begins a word
        ("北韓", "북한"),  # 北 as its words read it, not 배
        ("敗北", "패배"),  # a word the dictionary reads its own way
        ("不動産", "부동산"),
        ("比率", "비율"),
        ("李舜臣", "이순신"),
        ("己巳年", "기사년"),
    ],
)
def test_words_and_characters_read_as_a_korean_reader_says_them(text, reading):
    assert read(text) == reading


def test_a_run_after_a_digit_or_a_letter_begins_no_word():
    assert read("2026年度 예산") == "2026년도 예산"
    assert read("1里") == "1리"


def test_the_read_form_keeps_everything_else_and_every_offset():
    text = "與野, 來日 國會서 合意 (AI·ㅋㅋ)"
    form = read(text)
    assert form == "여야, 내일 국회서 합의 (ai·ㅋㅋ)"
    assert len(form) == len(normalize(text).text)


def test_readings_are_at_the_hanja_of_the_text_as_it_is():
    text = "  故 李\n대통령과 女性 단체"
    found = readings(text)
    assert found == [(2, 3, "고"), (4, 5, "이"), (11, 13, "여성")]
    assert [text[a:b] for a, b, _ in found] == ["故", "李", "女性"]


def test_compatibility_ideographs_read_as_their_unified_forms():
    compat = "\uf900"  # 豈 of the compatibility block; NFKC makes it U+8C48
    unified = unicodedata.normalize("NFKC", compat)
    assert unified != compat
    assert readings(compat) == readings(unified) == [(0, 1, "개")]
    # Twelve of the block are unified ideographs themselves (NFKC keeps them).
    assert unicodedata.normalize("NFKC", "\ufa0e") == "\ufa0e"
    assert has_hanja("\ufa0e")


def test_text_without_hanja_has_no_readings():
    assert readings("여야 합의, AI 실증") == []
    assert read("여야 합의") == "여야 합의"
