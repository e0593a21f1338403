"""Search by sound in one edition: Hangul finds Hanja and the reverse, 초성 too, with
highlights on the Hanja themselves (issue 16)."""

import pytest

from reader.search import EditionIndex, search_edition
from tests.search.hanja_words import initials, places, present
from tests.search.search_editions import one_article


def spans(index: EditionIndex, query: str) -> set[tuple[str, str, int, int]]:
    return {(h.item_id, h.path, h.start, h.end) for h in index.search(query)}


@pytest.fixture(scope="module")
def index(hanja_edition) -> EditionIndex:
    return EditionIndex(hanja_edition)


def test_the_generated_page_has_what_the_tests_need(hanja_edition):
    words = present(hanja_edition)
    assert {"與野", "女性", "來日", "論理", "法律", "尹", "李", "北"} <= words.keys()
    paths = {p for w in words for _, p, _, _ in places(hanja_edition, w)}
    assert {"headline", "body.0"} <= paths


def test_each_reading_finds_its_hanja_exactly(index, hanja_edition):
    for word, reading in present(hanja_edition).items():
        assert places(hanja_edition, word) <= spans(index, reading), (word, reading)


def test_each_hanja_word_finds_itself_exactly(index, hanja_edition):
    for word in present(hanja_edition):
        assert places(hanja_edition, word) <= spans(index, word), word


def test_initials_of_a_reading_find_the_hanja(index, hanja_edition):
    for word, reading in present(hanja_edition).items():
        assert places(hanja_edition, word) <= spans(index, initials(reading)), word


def test_the_initial_sound_rule_decides_what_finds_a_word(index, hanja_edition):
    # A headline's 女性 begins a word: 여성 finds it, and so does 녀, 女's own reading.
    assert places(hanja_edition, "女性") <= spans(index, "여성")
    assert places(hanja_edition, "女性") <= spans(index, "녀성")
    # 法律 keeps its ㄹ inside the word: 율 is not 律's own reading, only the rule's.
    assert places(hanja_edition, "法律") <= spans(index, "법률")
    assert not places(hanja_edition, "法律") & spans(index, "법율")


def test_hangul_and_hanja_find_each_other():
    ed = one_article("與野 합의", "여야 대표", "旅夜 書懷", "여 야")
    found = [(h.path, h.snippet.match) for h in search_edition(ed, "여야")]
    assert found == [("body.0", "與野"), ("body.1", "여야"), ("body.2", "旅夜")]
    # A Hanja query finds its reading in Hangul, never another Hanja of the same sound.
    found = [(h.path, h.snippet.match) for h in search_edition(ed, "與野")]
    assert found == [("body.0", "與野"), ("body.1", "여야")]


def test_mixed_queries():
    ed = one_article("與野 합의", "여야 대표", "旅夜 書懷", "餘野")
    for query in ("與ㅇ", "與야", "여野", "ㅇ野"):
        found = [h.path for h in search_edition(ed, query)]
        assert found[:2] == ["body.0", "body.1"], query
        assert "body.2" not in found, query  # 旅 is not 與
    assert [h.path for h in search_edition(ed, "ㅇㅇ")][:4] == [f"body.{i}" for i in range(4)]


def test_one_hanja_alone_finds_only_itself():
    ed = one_article("李 대통령", "이 대통령", "리 선생", "行李", "성금 계약금 금리", "金 씨")
    assert [h.snippet.match for h in search_edition(ed, "李")] == ["李", "李"]
    assert [h.path for h in search_edition(ed, "金")] == ["body.5"]


def test_a_hanja_word_finds_hangul_only_where_its_reading_starts_a_word():
    ed = one_article("김대중 전 대통령", "김대중이 말했다", "김대중대통령기념관", "친김대중계")
    assert [h.path for h in search_edition(ed, "金大中")] == ["body.0", "body.1", "body.2"]


def test_a_hanja_word_finds_its_reading_before_any_ending():
    ed = one_article(
        "대통령으로서 책임",
        "대통령에게서 온 편지",
        "국회에서는 논의",
        "국회로부터 받은",
        "음악가들이 모였다",
        "부대통령은 말했다",
    )
    for query, paths in (
        ("大統領", ["body.0", "body.1"]),
        ("國會", ["body.2", "body.3"]),
        ("音樂", ["body.4"]),
    ):
        assert [h.path for h in search_edition(ed, query)] == paths, query
    (hit,) = search_edition(ed, "音樂")
    assert hit.snippet.match == "음악"  # the reading alone is highlighted, not its ending


def test_hangul_finds_names_by_their_characters_and_words_by_their_listed_readings():
    ed = one_article(
        "金永植 교수", "金大中 前大統領", "十月 항쟁", "更新 기간", "柳寬順 열사", "金永三 정부"
    )
    for query, path in (
        ("김영식", "body.0"),
        ("금영식", "body.0"),
        ("김대중", "body.1"),
        ("시월", "body.2"),
        ("십월", "body.2"),
        ("갱신", "body.3"),
        ("경신", "body.3"),
        ("류관순", "body.4"),
        ("유관순", "body.4"),
        ("김영삼", "body.5"),
    ):
        assert [h.path for h in search_edition(ed, query)] == [path], query
    # Highlights stay on the Hanja.
    (hit,) = search_edition(ed, "김영식")
    assert (hit.start, hit.end, hit.snippet.match) == (0, 3, "金永植")


def test_highlights_are_on_the_hanja_of_the_leaf_text():
    text = "  故 李\n대통령과 與野, 女性 단체"
    ed = one_article(text)
    for query, word in (("이", "李"), ("여야", "與野"), ("ㅇㅅ", "女性"), ("고", "故")):
        hits = [h for h in search_edition(ed, query) if text[h.start : h.end] == word]
        assert len(hits) == 1, query


def test_compatibility_ideographs_are_found_both_ways():
    ed = one_article("\uf900 字", "豈 字")  # the compatibility 豈 and the unified one
    assert [h.path for h in search_edition(ed, "개")] == ["body.0", "body.1"]
    assert [h.path for h in search_edition(ed, "\uf900")] == ["body.0", "body.1"]
    assert [h.path for h in search_edition(ed, "豈")] == ["body.0", "body.1"]
