"""Newest edition first; inside an edition bm25 with title hits weighted up, the rarer
term weighing more."""

from __future__ import annotations

from reader import store
from reader.model import Article, Block, Text
from tests.search.archive.dated import dated_edition, found_order


def test_a_title_hit_ranks_above_a_body_hit_of_the_same_date(tmp_path):
    body = Article(id="body", body=[Block("paragraph", "오늘 실증밸리 소식과 다른 이야기")])
    title = Article(id="title", headline=Text("실증밸리"), body=[Block("paragraph", "다른 이야기")])
    store.save(dated_edition("day", "2024-01-01", [body, title]), tmp_path)
    assert found_order(tmp_path, "실증밸리") == [("day", "title"), ("day", "body")]


def test_a_title_hit_ranks_above_a_body_that_says_it_many_times(tmp_path):
    """As in the search of one edition: a headline that names it says what the story is
    about; bm25 alone put the body that repeats it first."""
    body = Article(id="body", body=[Block("paragraph", "실증밸리 소식 " * 8)])
    title = Article(
        id="title", headline=Text("실증밸리 첫발"), body=[Block("paragraph", "다른 이야기 " * 8)]
    )
    store.save(dated_edition("day", "2024-01-01", [body, title]), tmp_path)
    assert found_order(tmp_path, "실증밸리") == [("day", "title"), ("day", "body")]
    # Near miss: a title with neither term ranks by bm25 like any other item.
    both = Article(id="both", body=[Block("paragraph", "광주 실증밸리 " * 4)])
    one = Article(id="one", headline=Text("광주 소식"), body=[Block("paragraph", "실증밸리")])
    other = Article(id="other", headline=Text("첫발"), body=[Block("paragraph", "광주 실증밸리")])
    store.save(dated_edition("two", "2024-01-02", [other, both, one]), tmp_path)
    assert found_order(tmp_path, "광주 실증밸리")[:3] == [
        ("two", "one"),
        ("two", "both"),
        ("two", "other"),
    ]


def test_the_newest_edition_comes_first_whatever_ranks_higher(tmp_path):
    """In one window of candidates too: the old edition's title hit ranks higher, yet the
    list stays in date order, as the reader reads the dates down it."""
    body = Article(id="body", body=[Block("paragraph", "오늘 실증밸리 소식과 다른 이야기")])
    title = Article(id="title", headline=Text("실증밸리"), body=[Block("paragraph", "다른 이야기")])
    store.save(dated_edition("old", "2016-01-04", [body, title]), tmp_path)
    store.save(dated_edition("new", "2025-11-19", [body]), tmp_path)
    store.save(dated_edition("newest", "2026-02-04", [body]), tmp_path)
    order = [("newest", "body"), ("new", "body"), ("old", "title"), ("old", "body")]
    assert found_order(tmp_path, "실증밸리") == order


def test_equal_scores_in_one_edition_keep_the_paper_order(tmp_path):
    first = Article(id="first", body=[Block("paragraph", "오늘 실증밸리 소식과 다른 이야기")])
    second = Article(id="second", body=[Block("paragraph", "오늘 실증밸리 소식과 다른 이야기")])
    store.save(dated_edition("day", "2024-01-01", [first, second]), tmp_path)
    assert found_order(tmp_path, "실증밸리") == [("day", "first"), ("day", "second")]


def test_more_occurrences_rank_higher(tmp_path):
    once = Article(id="once", body=[Block("paragraph", "실증밸리 소식 다른 이야기 하나 둘")])
    twice = Article(id="twice", body=[Block("paragraph", "실증밸리 소식 다른 이야기 실증밸리")])
    store.save(dated_edition("day", "2024-01-01", [once, twice]), tmp_path)
    assert found_order(tmp_path, "실증밸리") == [("day", "twice"), ("day", "once")]


def test_the_rarer_term_weighs_more(tmp_path):
    """Each term weighs by how few of the window's items hold it (its idf)."""
    common = Article(id="common", body=[Block("paragraph", "광주 광주 광주 실증밸리")])
    rare = Article(id="rare", body=[Block("paragraph", "광주 실증밸리 실증밸리")])
    others = [Article(id=f"o{n}", body=[Block("paragraph", "광주 소식")]) for n in range(6)]
    store.save(dated_edition("day", "2024-01-01", [rare, *others, common]), tmp_path)
    assert found_order(tmp_path, "광주 실증밸리") == [("day", "rare"), ("day", "common")]
    assert found_order(tmp_path, "실증밸리 광주") == [("day", "rare"), ("day", "common")]


def test_a_choseong_query_puts_whole_words_first(tmp_path):
    """Short 초성 terms match inside many words: an item where one is a whole word leads,
    whatever bm25 says (inside shows it three times, in its headline)."""
    inside = Article(
        id="inside", headline=Text("이상진행"), body=[Block("paragraph", "이상진행 이상진행")]
    )
    whole = Article(id="whole", body=[Block("paragraph", "오상진 단장과 다른 이야기 여럿")])
    store.save(dated_edition("day", "2024-01-01", [inside, whole]), tmp_path)
    assert found_order(tmp_path, "ㅇㅅㅈ") == [("day", "whole"), ("day", "inside")]
