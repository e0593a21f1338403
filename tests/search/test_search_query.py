from hypothesis import given
from hypothesis import strategies as st

from reader.search.query import Query, Term, parse_query, phrase


def texts(q: Query) -> tuple[list[str], list[str]]:
    return [t.text for t in q.include], [t.text for t in q.exclude]


def test_words_are_separate_terms():
    assert texts(parse_query("데이터 센터")) == (["데이터", "센터"], [])


def test_quoted_words_are_one_term_without_spaces():
    assert texts(parse_query('"그린피 면제" 골프텔')) == (["그린피면제", "골프텔"], [])


def test_curly_quotes_delimit_phrases_too():
    assert texts(parse_query("“AI 실증”")) == (["ai실증"], [])


def test_single_quotes_and_paired_marks_delimit_phrases_too():
    (term,) = parse_query("‘작은 정부’").include
    assert term == Term("작은정부", breaks=(2,))
    assert texts(parse_query("'작은' 정부 -「큰 정부」 《토지")) == (
        ["작은", "정부", "토지"],
        ["큰정부"],
    )


def test_an_apostrophe_inside_or_after_a_word_is_part_of_it():
    assert texts(parse_query("council's it’s")) == (["council's", "it's"], [])
    assert texts(parse_query("'council's decision'")) == (["council'sdecision"], [])
    assert texts(parse_query("정부'")) == (["정부'"], [])


def test_an_unclosed_quote_runs_to_the_end():
    assert texts(parse_query('광주 "그린피 면')) == (["광주", "그린피면"], [])


def test_minus_excludes_words_and_phrases():
    assert texts(parse_query('광주 -광고 -"그린피 면제"')) == (["광주"], ["광고", "그린피면제"])


def test_minus_inside_a_word_is_literal():
    assert texts(parse_query("061-330")) == (["061-330"], [])


def test_a_lone_minus_and_empty_quotes_are_ignored():
    assert parse_query(' - "" -"" ') == Query()


def test_blank_queries_are_empty():
    for q in ["", "   ", "\t\n", "\u200b"]:
        assert parse_query(q).empty


def test_repeated_terms_count_once():
    assert texts(parse_query("AI ai Ａｉ")) == (["ai"], [])


def test_a_term_both_wanted_and_excluded_stays_in_both():
    assert texts(parse_query("광주 -광주")) == (["광주"], ["광주"])


def test_initial_consonants_make_a_choseong_term():
    (term,) = parse_query("오ㅅㅈ").include
    assert term == Term("오ㅅㅈ", choseong=True)


def test_a_choseong_phrase_drops_its_spaces_and_keeps_where_they_were():
    (term,) = parse_query('"ㅇㅅㅈ   단ㅈ"').include
    assert term == Term("ㅇㅅㅈ단ㅈ", choseong=True, breaks=(3,))


def test_unquoted_words_joined_as_a_phrase_may_meet_with_or_without_a_space():
    query = parse_query('국회 "한 의원" 선거')
    assert phrase(query.include) == Term("국회한의원선거", breaks=(3,), joins=(2, 5))


def test_vowels_and_compound_finals_are_not_initials():
    assert [t.choseong for t in parse_query("ㅏ ㄳ ㄱ").include] == [False, False, True]


@given(st.text())
def test_parse_query_never_raises(s):
    q = parse_query(s)
    for term in (*q.include, *q.exclude):
        assert term.text
        assert "\n" not in term.text
        assert " " not in term.text
