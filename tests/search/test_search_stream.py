"""Searching all editions for the reader (reader.search.stream), without the app: what a
search sends, when, and what a newer query does to it. The clock is the test's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reader import store
from reader.ingest import ingest_text
from reader.search.archive import Archive
from reader.search.session import ArchiveResults
from reader.search.stream import ArchiveStream, Failed, Found, News, Progress, Updated
from tests.gen import generate_edition

QUERY = "광주"
DAYS = [(11, dt.date(2025, 3, 2)), (12, dt.date(2025, 6, 9)), (13, dt.date(2025, 9, 1))]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three generated editions, four pages each."""
    folder = tmp_path_factory.mktemp("editions")
    for seed, day in DAYS:
        text = generate_edition(seed, pages=4, date=day).text
        store.save(ingest_text(text, name=f"{day}.txt"), folder)
    return folder


@pytest.fixture(scope="module")
def everything(folder: Path) -> list[str]:
    """The item ids the archive finds for QUERY, in its order."""
    with Archive(folder) as archive:
        archive.update()
        return [r.item_id for r in archive.search(QUERY)]


class Clock:
    """Time that moves only by `step` a reading (0: it stands still)."""

    def __init__(self, step: float) -> None:
        self.now, self.step = 0.0, step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


def run(stream: ArchiveStream, run: int = 1, cancelled=lambda: False) -> list[News]:
    news: list[News] = []
    stream.search(QUERY, run, news.append, cancelled)
    return news


def found(news: list[News]) -> list[ArchiveResults]:
    return [n.results for n in news if isinstance(n, Found)]


def test_the_first_page_comes_at_once_then_all_when_time_stands_still(folder, everything):
    assert len(everything) > 5
    news = run(ArchiveStream(folder, first_page=5, clock=Clock(0.0)))
    assert [type(n) for n in news] == [Progress, Updated, Found, Found]
    assert news[0] == Progress(1, len(DAYS), len(DAYS))  # only the last of the progress
    report = news[1].report
    assert report.editions == len(DAYS) and not report.failed
    first, last = found(news)
    assert [r.item_id for r in first.results] == everything[:5] and not first.complete
    assert [r.item_id for r in last.results] == everything and last.complete
    assert {first.query, last.query} == {QUERY}


def test_more_come_every_so_often_when_time_moves(folder, everything):
    news = run(ArchiveStream(folder, first_page=5, post_every=0.2, clock=Clock(1.0)))
    assert [n.done for n in news if isinstance(n, Progress)] == [1, 2, 3]
    sizes = [len(r.results) for r in found(news)]
    # The first page, then one more each time the clock says it is time, then all.
    assert sizes == [*range(5, len(everything) + 1), len(everything)]
    assert [r.complete for r in found(news)] == [False] * (len(sizes) - 1) + [True]


def test_the_list_stops_at_its_cap(folder, everything):
    news = run(ArchiveStream(folder, first_page=3, rows=4, clock=Clock(0.0)))
    first, last = found(news)
    assert [r.item_id for r in last.results] == everything[:4] and not last.complete
    assert len(first.results) == 3


def test_the_index_is_brought_up_to_date_once_per_opening_of_the_bar(folder):
    stream = ArchiveStream(folder, clock=Clock(0.0))
    assert any(isinstance(n, Updated) for n in run(stream))
    assert stream.fresh
    assert not any(isinstance(n, (Updated, Progress)) for n in run(stream, 2))
    stream.fresh = False  # the bar opened again
    assert any(isinstance(n, Updated) for n in run(stream, 3))


def test_a_newer_query_stops_the_search_where_it_is(folder, everything):
    stream = ArchiveStream(folder, first_page=2, clock=Clock(0.0))
    news: list[News] = []

    def cancelled() -> bool:  # the newer query comes with the first page
        return bool(found(news))

    stream.search(QUERY, 1, news.append, cancelled)
    [page] = found(news)
    assert len(page.results) == 2 and not page.complete  # and nothing after it


def test_a_newer_query_stops_the_update_at_the_next_edition(tmp_path, folder):
    copy = tmp_path / "copy"
    copy.mkdir()
    for path in store.find_editions(folder):
        (copy / path.name).write_bytes(path.read_bytes())
    stream = ArchiveStream(copy, clock=Clock(1.0))
    news: list[News] = []
    stream.search(QUERY, 1, news.append, lambda: len(news) == 1)
    assert news == [Progress(1, 1, len(DAYS))]  # no report, no results
    assert not stream.fresh


def test_a_search_that_cannot_run_says_why(tmp_path):
    news = run(ArchiveStream(tmp_path / "gone"), run=7)
    assert len(news) == 1 and isinstance(news[0], Failed) and news[0].run == 7
    assert "not a folder of editions" in news[0].error


def test_each_search_has_its_run_and_only_the_latest_counts(tmp_path):
    stream = ArchiveStream(tmp_path)
    first = stream.next_run()
    assert stream.is_current(first)
    second = stream.next_run()
    assert second > first and stream.is_current(second) and not stream.is_current(first)
    stream.drop()  # Esc, or another scope: what is under way is stale
    assert not stream.is_current(second)
