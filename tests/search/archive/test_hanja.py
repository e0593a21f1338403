"""The archive finds by sound exactly what the edition search finds (issue 16): readings
are indexed, so Hanja are candidates for Hangul and 초성 queries and the reverse."""

from __future__ import annotations

import shutil

import pytest

from reader import store
from reader.model import Article, Block
from reader.search import parse_query
from reader.search.archive import Archive
from reader.search.archive.fts import item_columns, match_expressions
from tests.search.archive.dated import dated_edition
from tests.search.archive.test_exact import actual, expected
from tests.search.hanja_words import initials, present


@pytest.fixture(scope="module")
def hanja_archive(hanja_folder, tmp_path_factory):
    folder = tmp_path_factory.mktemp("hanja-archive")
    for path in store.find_editions(hanja_folder):
        shutil.copy(path, folder)
    with Archive(folder) as archive:
        archive.update()
        yield archive, [store.load(p) for p in store.find_editions(folder)]


def test_readings_hanja_and_initials_find_what_the_edition_finds(hanja_archive, hanja_edition):
    archive, editions = hanja_archive
    queries = ["여야", "與野", "ㅇㅇ", "與ㅇ", "여野", "李 대통령", "-여야 與野", "법률 국회"]
    for word, reading in present(hanja_edition).items():
        queries += [word, reading, initials(reading)]
    for query in queries:
        found = actual(archive, query)
        assert found == expected(editions, query), query
    assert actual(archive, "여야")  # not vacuous


def test_the_index_holds_readings_not_hanja(hanja_edition):
    for _, item in hanja_edition.items():
        body, head, cho, _ = item_columns(item)
        if "與野" in (item.title if hasattr(item, "title") else ""):
            assert "여야" in head.split() and "與野" not in head
            assert "ㅇㅇ" in cho.split()
            return
    raise AssertionError("no 與野 headline")


def test_hangul_finds_names_in_hanja_by_any_reading_as_the_edition_does(tmp_path):
    lines = ["金永植 교수", "金大中 前大統領", "十月 항쟁", "更新 기간", "柳寬順 열사", "김대중 씨"]
    items = [Article(id=f"a{n}", body=[Block("paragraph", t)]) for n, t in enumerate(lines)]
    edition = dated_edition("day", "2024-01-01", items)
    store.save(edition, tmp_path)
    with Archive(tmp_path) as archive:
        archive.update()
        for query, ids in (
            ("김영식", ["a0"]),
            ("김ㅇㅅ", ["a0"]),
            ("김대중", ["a1", "a5"]),
            ("金大中", ["a1", "a5"]),
            ("시월", ["a2"]),
            ("갱신", ["a3"]),
            ("류관순", ["a4"]),
        ):
            found = actual(archive, query)
            assert sorted(item for _, item in found) == ids, query
            assert found == expected([edition], query), query


def test_other_spellings_come_only_from_the_hanja_the_archive_holds(tmp_path):
    lines = ["金永植 교수", "정부 예산", "이재명 대표", "與野 합의"]
    items = [Article(id=f"a{n}", body=[Block("paragraph", t)]) for n, t in enumerate(lines)]
    store.save(dated_edition("day", "2024-01-01", items), tmp_path)
    with Archive(tmp_path) as archive:
        archive.update()
        held = archive.index.hanja()
        assert held == frozenset("金永植與野")
        # No Hanja here is read 정부 or 이재명 otherwise: the plain phrase alone, with
        # its positions, where the whole dictionary (隶 is 대 and 이, 柾 구 and 정)
        # made 30 ORed bigrams of 정부 and two ORs of pairs of 이재명.
        for query, text, ids in (("정부", '"정부"', ["a1"]), ("이재명", '"이재 재명"', ["a2"])):
            assert match_expressions(parse_query(query), held).text == f"{{body head}} : ({text})"
            assert [item for _, item in actual(archive, query)] == ids
        # A Hanja it holds still makes its spelling, after the plain one.
        expr = match_expressions(parse_query("김영식"), held).text
        assert expr == '{body head} : ("김영 영식" OR "금영 영식")'
        assert [item for _, item in actual(archive, "김영식")] == ["a0"]
