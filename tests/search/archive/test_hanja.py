"""The archive finds by sound exactly what the edition search finds (issue 16): readings
are indexed, so Hanja are candidates for Hangul and 초성 queries and the reverse."""

from __future__ import annotations

import shutil

import pytest

from reader import store
from reader.search.archive import Archive
from reader.search.archive.fts import item_columns
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
