"""In-edition search: bare initial consonants (초성) find syllables, whole words first."""

from __future__ import annotations

from tests.search.search_editions import found, one_article


def test_initials_match_syllables_inside_words_and_across_spaces():
    ed = one_article("오상진 단장이 이끄는", "연구 주제마다 오상 진이", "우상진 씨", "오 상진")
    # Never "오상 진" nor "오 상진": each splits one initial off across a space.
    assert found(ed, "ㅇㅅㅈ") == [("a1", "body.0", "오상진"), ("a1", "body.2", "우상진")]
    assert found(ed, "ㅇㅅㅈㅇ") == [("a1", "body.1", "오상 진이")]
    assert found(ed, "ㄷㅈ") == [("a1", "body.0", "단장")]  # inside a word, not only at its start


def test_initials_ignore_spacing_like_every_other_query():
    ed = one_article("인공지능사업단", "인공지능 사업단", "인공 지능\n사업단", "인공 지능 사업 단")
    assert found(ed, "ㅇㄱㅈㄴㅅㅇㄷ") == [
        ("a1", "body.0", "인공지능사업단"),
        ("a1", "body.1", "인공지능 사업단"),
        ("a1", "body.2", "인공 지능\n사업단"),
    ]
    assert found(ed, '"ㅇㄱㅈㄴ ㅅㅇㄷ"') == found(ed, "ㅇㄱㅈㄴㅅㅇㄷ")[1:]
    ed = one_article("프론트엔드 개발자")
    assert found(ed, "ㅍㄹㅌㅇㄷㄱㅂㅈ") == [("a1", "body.0", "프론트엔드 개발자")]


def test_whole_word_initials_come_first():
    ed = one_article("이상진행 중", "오상진 단장", "음시작하며")
    # 오상진 starts and ends on word boundaries; "이상진" and "음시작" start on one.
    assert found(ed, "ㅇㅅㅈ") == [
        ("a1", "body.1", "오상진"),
        ("a1", "body.0", "이상진"),
        ("a1", "body.2", "음시작"),
    ]
    ed = one_article("그 사업단장은", "사업단 출범")
    # 사업단 in body.1 is a word; in body.0 it starts one.
    assert found(ed, "ㅅㅇㄷ") == [("a1", "body.1", "사업단"), ("a1", "body.0", "사업단")]


def test_mixed_syllables_and_initials():
    ed = one_article("오상진 단장", "우상진 씨")
    assert found(ed, "오ㅅㅈ") == [("a1", "body.0", "오상진")]
    assert found(ed, "ㅇ상ㅈ") == [("a1", "body.0", "오상진"), ("a1", "body.1", "우상진")]


def test_double_consonants_are_their_own_initials():
    ed = one_article("까치 가치")
    assert found(ed, "ㄱㅊ") == [("a1", "body.0", "가치")]
    assert found(ed, "ㄲㅊ") == [("a1", "body.0", "까치")]


def test_typed_jamo_in_the_text_match_themselves():
    ed = one_article("ㅋㅋ 웃음")
    assert found(ed, "ㅋㅋ") == [("a1", "body.0", "ㅋㅋ")]
    assert found(ed, "크크") == []


def test_a_choseong_phrase_needs_no_spaces():
    ed = one_article("오상진 인공지능 단장")
    assert found(ed, '"ㅇㅅㅈ ㅇㄱ"') == [("a1", "body.0", "오상진 인공")]
    assert found(ed, '"ㅇㅅㅈㅇㄱ"') == [("a1", "body.0", "오상진 인공")]
