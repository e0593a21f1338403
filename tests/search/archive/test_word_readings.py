"""The archive finds a Hanja word by its own readings, as the edition search does: its
other spellings of a Hangul term come from the readings of the words it holds."""

from __future__ import annotations

from reader import store
from reader.search import parse_query
from reader.search.archive import Archive
from reader.search.archive.fts import match_expressions
from tests.search.archive.dated import dated_edition
from tests.search.archive.test_exact import actual, expected
from tests.search.test_search_word_readings import paper


def test_the_archive_finds_words_by_their_own_readings_as_the_edition_does(tmp_path):
    ed = paper()
    edition = dated_edition("day", "2024-10-21", [item for _, item in ed.items()])
    store.save(edition, tmp_path)
    with Archive(tmp_path) as archive:
        archive.update()
        for query, items in (
            ("변리", ["hangul", "patent"]),
            ("편리", ["hangul", "shop"]),
            ("갱신", ["patent", "shop"]),
            ("경신", ["patent", "shop"]),
            ("갱생", ["shop"]),
            ("경생", []),
            ("세명", ["hangul"]),
            ("교토", ["shop"]),
            ("便利", ["hangul", "shop"]),
            ("변ㄹ", ["hangul", "patent"]),
        ):
            found = actual(archive, query)
            assert sorted({item for _, item in found}) == items, query
            assert found == expected([edition], query), query


def test_a_words_other_reading_is_an_other_spelling_where_the_archive_holds_it():
    # 京都 is read 경도 and listed as 교토 too: the index holds 경도. Each syllable
    # stands for its own (교 for 경, 토 for 도): the edition's matcher confirms.
    expr = match_expressions(parse_query("교토"), frozenset("京都")).text
    assert expr == '{body head} : ("교토" OR "교도" OR "경토" OR "경도")'
    assert match_expressions(parse_query("교토"), frozenset("京")).text == '{body head} : ("교토")'
