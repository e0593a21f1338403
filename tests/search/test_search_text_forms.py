"""In-edition search: the forms of text a query finds whatever the paper prints (case,
spacing, middle dots, numbers, percent signs, Latin marks, quotes, NFD)."""

from __future__ import annotations

from reader.search import search_edition
from tests.search.search_editions import found, one_article


def test_latin_is_case_folded():
    ed = one_article("광주는 AI 실증 무대")
    assert found(ed, "ai") == [("a1", "body.0", "AI")]
    assert found(ed, "Ai 실증") == [("a1", "body.0", "AI 실증")]


def test_spacing_is_ignored_both_ways():
    ed = one_article("오상진 인공지능 사업단장", "AI 전용 데이터센터 구축")
    assert found(ed, "인공지능사업단") == [("a1", "body.0", "인공지능 사업단")]
    assert found(ed, "데이터 센터") == [("a1", "body.1", "데이터센터")]


def test_a_quoted_space_needs_a_space_in_the_text():
    ed = one_article("한의원 원장", "한 의원이 말했다", "데이터센터")
    assert found(ed, '"한 의원"') == [("a1", "body.1", "한 의원")]
    assert found(ed, "한의원") == [("a1", "body.0", "한의원")]
    assert found(ed, '"데이터 센터"') == []


def test_a_match_crosses_a_space_only_between_pieces_of_two():
    ed = one_article(
        "발주자의 원사업자", "소정의 원고료", "국회 의원 선거", "국회의원", "반대 토론", "대통령"
    )
    assert found(ed, "의원") == [("a1", "body.2", "의원"), ("a1", "body.3", "의원")]
    assert found(ed, "국회의원") == [("a1", "body.2", "국회 의원"), ("a1", "body.3", "국회의원")]
    assert found(ed, "ㄱㅎㅇㅇ") == found(ed, "국회의원")
    assert found(ed, "ㄷㅌㄹ") == [("a1", "body.5", "대통령")]


def test_latin_letters_never_cross_a_space_the_query_lacks():
    ed = one_article("county subscribers", "the countys")
    assert found(ed, "countys") == [("a1", "body.1", "countys")]
    assert found(ed, "county subscribers") == [("a1", "body.0", "county subscribers")]


def test_a_latin_term_starts_a_word():
    ed = one_article("award to HOWARD toward", "the war years", "warehouse wars", "said AI")
    assert found(ed, "war") == [
        ("a1", "body.1", "war"),
        ("a1", "body.2", "war"),
        ("a1", "body.2", "war"),
    ]
    assert found(ed, "AI") == [("a1", "body.3", "AI")]


def test_latin_whole_words_come_first():
    ed = one_article("warehouse", "the war years")
    assert found(ed, "war") == [("a1", "body.1", "war"), ("a1", "body.0", "war")]


def test_middle_dots_are_one():
    ed = one_article("김\u318d이 공동대표", "김\u00b7이 공동", "a\u2027b", "c\u30fbd", "e\uff65f")
    assert found(ed, "김\u00b7이") == [
        ("a1", "body.0", "김\u318d이"),
        ("a1", "body.1", "김\u00b7이"),
    ]
    assert found(ed, "김\u318d이") == found(ed, "김\u00b7이")
    assert [m for *_, m in found(ed, "\u00b7")][2:] == ["\u2027", "\u30fb", "\uff65"]


def test_a_thousands_comma_is_not_there():
    ed = one_article("입장료 4,120원", "1,234,567명", "1,2번")
    assert found(ed, "4120원") == [("a1", "body.0", "4,120원")]
    assert found(ed, "4,120원") == found(ed, "4120원")
    assert found(ed, "1234567") == [("a1", "body.1", "1,234,567")]
    assert found(ed, "12번") == []


def test_a_number_is_found_whole_and_only_well_formed_groups_fold():
    ed = one_article("예산 4,120,000원과 12,000,000원", "2000년 2,000명", "0,500 m 2,3,4,567")
    assert found(ed, "2000") == [("a1", "body.1", "2000"), ("a1", "body.1", "2,000")]
    assert found(ed, "412") == []
    assert found(ed, "4120000원") == [("a1", "body.0", "4,120,000원")]
    assert found(ed, "0500") == []
    assert found(ed, "4567") == []
    assert found(ed, "2,3,4,567") == [("a1", "body.2", "2,3,4,567")]


def test_a_term_matches_across_a_line_break():
    ed = one_article("‘광\n주를 빌려드립니다’를 모토로")
    assert found(ed, "광주를 빌려드립니다") == [("a1", "body.0", "광\n주를 빌려드립니다")]


def test_a_percent_is_found_as_the_sign_or_the_word():
    ed = one_article("약 70%가 현장에서", "30 퍼센트는 남았다", "50센트짜리")
    assert found(ed, "70퍼센트") == [("a1", "body.0", "70%")]
    assert found(ed, "30%") == [("a1", "body.1", "30 퍼센트")]
    assert found(ed, "퍼센트") == [("a1", "body.0", "%"), ("a1", "body.1", "퍼센트")]
    assert found(ed, "센트") == [("a1", "body.2", "센트")]  # a cent is no percent


def test_latin_words_are_found_with_or_without_their_marks():
    ed = one_article("Café Müller opened", "a cafe in Zurich")
    assert found(ed, "cafe") == [("a1", "body.0", "Café"), ("a1", "body.1", "cafe")]
    assert found(ed, "zürich") == [("a1", "body.1", "Zurich")]
    assert found(ed, "muller") == [("a1", "body.0", "Müller")]


def test_quotes_after_a_word_match_in_any_form():
    # Where a quote opens a phrase it is a mark of the query (test_search_query.py).
    ed = one_article("‘광주를 빌려드립니다’", "'AI' 실증")
    assert found(ed, "빌려드립니다'") == [("a1", "body.0", "빌려드립니다’")]
    assert found(ed, "ai’") == [("a1", "body.1", "AI'")]


def test_quote_marks_of_every_kind_make_a_phrase_of_what_they_hold():
    ed = one_article("작은 정부를 말했다", "정부가 작은 일을", "「토지」 완간")
    for query in ("‘작은 정부’", "'작은 정부'", "「작은 정부」", "《작은 정부》", "〈작은 정부〉"):
        assert found(ed, query) == [("a1", "body.0", "작은 정부")], query
    # The marks are not searched for: the text need not have them, or may have others.
    assert found(ed, "『토지』") == [("a1", "body.2", "토지")]


def test_an_apostrophe_inside_a_word_is_no_quote_mark():
    ed = one_article("The council's decision", "a council decision")
    assert found(ed, "council's") == [("a1", "body.0", "council's")]
    assert found(ed, "'council's decision'") == [("a1", "body.0", "council's decision")]


def test_nfd_text_is_found_and_highlighted_whole():
    nfd = "\u110b\u1169\u1109\u1161\u11bc\u110c\u1175\u11ab 단장"  # 오상진, decomposed
    ed = one_article(nfd)
    hits = search_edition(ed, "오상진")
    assert [(h.start, h.end) for h in hits] == [(0, 8)]
    assert found(ed, "ㅇㅅㅈ") == [("a1", "body.0", nfd[:8])]
