"""Searching all editions of the folder from the app: `S` or Tab in the bar, Enter, n / N."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reader.library import Library, open_library
from reader.search.archive import INDEX_NAME
from reader.search.session import ArchiveResults
from reader.ui.widgets.search_hits import HitList
from tests.editions import generated, library, seed, shelf
from tests.ui.conftest import (
    bar,
    current_marks,
    drive,
    notifications,
    open_search,
    rows,
    search,
    settle,
    status,
    typed,
)

ONLY_IN_MARCH = "골든타임"
"""In the 2025-03-02 edition only (two articles), not in the seed nor in June's."""


def editions_folder(folder: Path, *, broken: bool = False) -> Path:
    return shelf(
        folder,
        seed(),
        generated(11, dt.date(2025, 3, 2)),
        generated(12, dt.date(2025, 6, 9)),
        broken=broken,
    )


def three(tmp_path: Path) -> tuple[Library, int]:
    return open_library(editions_folder(tmp_path / "eds"))


def three_and_a_broken_one(tmp_path: Path) -> tuple[Library, int]:
    return open_library(editions_folder(tmp_path / "eds", broken=True))


def one_file_of_three(tmp_path: Path) -> tuple[Library, int]:
    return open_library(editions_folder(tmp_path / "eds") / "광남일보-2026-02-04.json")


async def search_all(app, pilot, query: str) -> None:
    await search(app, pilot, query, key="S")


@drive(three)
async def test_S_searches_all_editions_and_enter_opens_the_other_edition_at_the_hit(
    app, pilot, screen
):
    assert screen.edition.masthead.date == "2026-02-04"
    await search_all(app, pilot, ONLY_IN_MARCH)
    results = screen.search_results
    assert isinstance(results, ArchiveResults) and results.complete
    assert {r.date for r in results.results} == {"2025-03-02"}
    first = results.results[0]
    # The weekday named, as in the picker; one paper: not named.
    assert rows(app)[0].startswith(f"2025-03-02 Sun  {first.title}")
    await pilot.press("enter")
    await settle(app, pilot)
    assert screen.edition.masthead.date == "2025-03-02"
    assert screen.item_id == first.item_id
    [(item, path, mark)] = current_marks(screen)
    hit = first.hits[0]
    assert (item, path, mark.start, mark.end) == (first.item_id, hit.path, hit.start, hit.end)
    assert screen.article_view._rendered.current_hit_line() is not None
    assert (Path(app.library.entries[0].path).parent / INDEX_NAME).exists()


@drive(three)
async def test_n_goes_on_to_the_next_result(app, pilot, screen):
    await search_all(app, pilot, ONLY_IN_MARCH)
    found = screen.search_results.results
    assert len(found) == 2
    await pilot.press("enter", "n")
    await settle(app, pilot)
    assert screen.search_at == 1 and screen.item_id == found[1].item_id
    assert current_marks(screen)[0][0] == found[1].item_id


@drive(three)
async def test_the_status_counts_the_hits_n_steps_through_in_a_result(app, pilot, screen):
    await search_all(app, pilot, "광주")
    found = screen.search_results.results
    hits = len(found[0].hits)
    assert hits > 2 and len(found) > 1
    await pilot.press("enter")
    await settle(app, pilot)
    assert f"result 1 of {len(found)} · hit 1 of {hits}" in status(app)
    await pilot.press("n", "n")
    await settle(app, pilot)
    assert screen.search_at == 0 and f"result 1 of {len(found)} · hit 3 of {hits}" in status(app)


@drive(three)
async def test_filters_in_this_edition_are_named_not_searched_as_text(app, pilot, screen):
    await search(app, pilot, "오상진 from:2016-01-05")
    assert status(app).startswith(
        "this edition · from:2016-01-05: filters search all editions only · hit 1 of 4"
    )
    await typed(app, pilot, "ctrl+u", *"없는낱말 from:2016-01-05")
    assert status(app).startswith(
        "this edition · from:2016-01-05: filters search all editions only · no hits for “없는낱말”"
    )


@drive(three, keymap={"toggle_search_scope": "ctrl+t"})
async def test_the_status_names_the_remapped_scope_key(app, pilot, screen):
    await search(app, pilot, ONLY_IN_MARCH)
    assert "^t all editions" in status(app) and "tab" not in status(app)
    await typed(app, pilot, "ctrl+t")
    assert bar(app).scope == "archive"


@drive(three)
async def test_tab_toggles_the_scope_and_the_status_says_which(app, pilot, screen):
    await search(app, pilot, ONLY_IN_MARCH)
    assert status(app).startswith("this edition · no hits for “골든타임”")
    assert "tab all editions" in status(app)
    await typed(app, pilot, "tab")
    assert bar(app).scope == "archive"
    assert status(app).startswith("all editions · 3 editions · result 1 of 2 · Enter opens")
    assert screen.query_one(HitList).border_title == "Search · all editions"
    await typed(app, pilot, "tab")
    assert bar(app).scope == "edition" and status(app).startswith("this edition · no hits")


@drive(three)
async def test_an_empty_phrase_in_all_editions_says_what_the_command_says(app, pilot, screen):
    await search_all(app, pilot, '""')
    assert "all editions · 3 editions · the query is empty: search needs a word to find" in (
        status(app)
    )


@drive(three)
async def test_a_query_without_hits_in_any_edition_says_so(app, pilot, screen):
    await search_all(app, pilot, "없는낱말없는낱말")
    assert screen.search_results == ArchiveResults("없는낱말없는낱말", (), complete=True)
    assert "all editions · 3 editions · no hits for “없는낱말없는낱말”" in status(app)
    await pilot.press("enter")
    await settle(app, pilot)
    assert screen.edition.masthead.date == "2026-02-04"


@drive(three_and_a_broken_one)
async def test_a_broken_edition_file_does_not_stop_the_search(app, pilot, screen):
    await search_all(app, pilot, ONLY_IN_MARCH)
    assert len(screen.search_results.results) == 2
    assert any("광남일보-2026-01-01.json" in n.message for n in notifications(app))


@drive(one_file_of_three)
async def test_opened_on_one_file_the_archive_is_its_folder(app, pilot, screen):
    assert len(app.library) == 3  # the file's folder is the shelf
    await search_all(app, pilot, ONLY_IN_MARCH)
    await pilot.press("enter")
    await settle(app, pilot)
    assert screen.edition.masthead.date == "2025-03-02"
    assert len(app.library) == 3
    assert app.library.entries[screen.edition_index].edition is screen.edition


@drive(library(seed()))
async def test_without_a_folder_there_is_no_archive_scope(app, pilot, screen):
    await search(app, pilot, "오상진")
    await pilot.press("tab")
    assert bar(app).scope == "edition" and status(app).startswith("hit 1 of 4")
    await pilot.press("escape", "S")
    await settle(app, pilot)
    assert bar(app).scope == "edition" and not bar(app).has_class("-active")


@drive(three)
async def test_indexing_progress_shows_and_stale_results_are_dropped(app, pilot, screen):
    from reader.search.stream import Found
    from reader.ui.messages import ArchiveNews

    # Progress is set before any query, so no finished search can replace the status.
    await open_search(app, pilot, "S")
    screen.archive_progress = (1, 3)
    assert "all editions · 3 editions · indexing… 1/3" in status(app)
    await typed(app, pilot, *"없는낱말")
    await typed(app, pilot, *["backspace"] * 4, *ONLY_IN_MARCH)
    assert len(screen.search_results.results) == 2
    run = screen.searching.session.archive.run
    stale = Found(run - 1, ArchiveResults("없는낱말", (), complete=True))
    screen.post_message(ArchiveNews(stale))
    await settle(app, pilot)
    assert screen.search_results.query == ONLY_IN_MARCH and len(rows(app)) == 2
