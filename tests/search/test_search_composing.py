"""A query typed in the search bar, its last syllable still being composed by the input
method (reader.search.composing): what that syllable may become, and the hits of a query
that finds nothing as typed (all editions: tests/search/archive/test_as_typed.py)."""

from __future__ import annotations

from reader.model import leaves
from reader.search import EditionIndex, parse_query
from reader.search.composing import grown, moved, still_typing, widened
from reader.search.query import Term
from reader.search.session import EditionSearch, index_edition, search_index
from tests.search.search_editions import article, edition


def test_a_syllable_without_a_final_grows_by_any_final_and_compound_vowel():
    assert grown("가") == "".join(chr(0xAC00 + t) for t in range(28))  # 가 각 ... 갛
    assert {"광", "과", "괜", "괴", "굉"} <= set(grown("고"))
    assert "구" not in grown("고") and "교" not in grown("고")  # other vowels: other keys
    assert {"긍", "긔", "긜"} <= set(grown("그"))


def test_a_final_grows_only_into_the_compound_finals_it_begins():
    assert grown("갈") == "갈갉갊갋갌갍갎갏"
    assert grown("안") == "안앉않"
    assert grown("강") == "강"  # ㅇ begins no compound final
    assert "과" not in grown("곡")  # a vowel after a final starts the next syllable


def test_a_final_moves_on_to_begin_the_next_syllable():
    assert moved("줏") == ("주", "ㅅ")
    assert moved("갔") == ("가", "ㅆ")
    assert moved("앉") == ("안", "ㅈ")  # the last key of a compound final
    assert moved("닭") == ("달", "ㄱ")
    assert moved("주") is None


def test_only_the_last_syllable_of_a_query_typed_so_far_is_open():
    assert still_typing("광주 대통려").include == (Term("광주"), Term("대통려", open=True))
    assert still_typing('"대통려') == parse_query('"대통려', typing=True)  # an unclosed phrase
    assert still_typing('"대통려"') is None  # closed: done
    assert still_typing("대통려 ") is None  # a space after it: done
    assert still_typing("광주 -대통려") is None  # an exclusion leaves nothing to lead on to
    assert still_typing("광주ㅈ") is None and still_typing("AI") is None
    assert parse_query("대통려") == parse_query("대통려", typing=False)  # only the bar's


def found(ed, query) -> list[tuple[str, str]]:
    hits = EditionIndex(ed).search(query)
    texts = {(item.id, leaf.path): leaf.text for _p, item in ed.items() for leaf in leaves(item)}
    return [(h.path, texts[(h.item_id, h.path)][h.start : h.end]) for h in hits]


ED = edition(
    [
        article(
            "a1",
            "광주시는 대통령이 말했다",
            "결과는 관광 산업 안전",
            "광주 시민",
            headline="광주 실증",
        )
    ]
)


def test_an_open_syllable_finds_what_it_grows_into():
    assert found(ED, still_typing("대통려")) == [("body.0", "대통령")]
    assert found(ED, still_typing("관과")) == [("body.1", "관광")]
    assert found(ED, parse_query("대통려")) == []  # as a whole query: nothing


def test_an_open_syllable_finds_what_its_final_leaves_and_the_syllable_it_begins():
    assert found(ED, still_typing("광줏")) == [("body.0", "광주시")]
    assert found(ED, still_typing("앉")) == [("body.1", "안전")]
    # Near miss: the moved ㅅ must begin the next syllable, across no space the query
    # lacks between pieces shorter than two ("광주 시민" is 광주 and 시).
    assert ("body.2", "광주 시") not in found(ED, still_typing("광줏"))


def test_an_open_syllable_of_a_choseong_term_only_grows():
    assert found(ED, still_typing("ㄷ통려")) == [("body.0", "대통령")]
    assert found(ED, still_typing("ㄱ줏")) == []


def test_an_open_term_is_widened_to_choseong_for_the_archive_candidates():
    assert widened(Term("광줏", open=True)) == Term("광ㅈ", choseong=True)
    assert widened(Term("광주")) == Term("광주")


def bar_search(ed, query: str) -> list[str]:
    index, titles = index_edition(ed)
    results, _marks = search_index(EditionSearch(index, titles, query))
    return [h.line[h.start : h.end] for h in results.hits]


def test_the_bar_searches_a_query_that_finds_nothing_as_typed_so_far():
    assert bar_search(ED, "광줏") == ["광주시"]
    assert bar_search(ED, "대통려") == ["대통령"]


def test_the_bar_keeps_the_hits_of_a_query_that_finds_some():
    # 과 is there itself: its hits, never what it may grow into (광, 관).
    assert bar_search(ED, "과") == ["과"]
    assert bar_search(ED, "없는말") == []
