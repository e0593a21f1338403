"""All editions searched from the search bar as its query is typed: a query that finds
nothing is searched again with its last syllable still being composed
(reader.search.composing), its filters kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader import store
from reader.search.archive import Archive
from reader.search.stream import ArchiveStream, Found, News
from tests.search.test_search_composing import ED


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("typing")
    store.save(ED, folder)
    with Archive(folder) as archive:
        archive.update()
    return folder


def archive_hits(folder: Path, query: str) -> list[str]:
    news: list[News] = []
    ArchiveStream(folder).search(query, 1, news.append, lambda: False)
    (last,) = [n for n in news if isinstance(n, Found)][-1:]
    assert last.results.complete
    return [h.line[h.start : h.end] for r in last.results.results for h in r.hits]


def test_all_editions_are_searched_as_typed_so_far_when_the_query_finds_nothing(folder):
    assert archive_hits(folder, "광줏") == ["광주시"]
    assert archive_hits(folder, "section:section 대통려") == ["대통령"]
    # A filter typed after it: the reader went on from the syllable, which is done.
    assert archive_hits(folder, "대통려 section:section") == []
    assert archive_hits(folder, "과") == ["과"]
    with Archive(folder) as archive:  # the command's search is not the bar's
        assert list(archive.search("광줏")) == []
