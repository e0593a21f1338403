"""The rows of a search of all editions, as drawn at the list's width: the paper only when
the list holds more than one, the title and a hit's context given the rest of the row,
the match in sight, and the title never repeated as the context."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from rich.cells import cell_len
from rich.style import Style

from reader.dates import day_column
from reader.library import Library, open_library
from reader.search.archive import Archive
from reader.ui.widgets.search_hits import HitList
from reader.ui.widgets.search_rows import ArchiveRow, RowStyles, columns
from tests.editions import PHOTO, first_words, generated, seed, shelf
from tests.ui.conftest import drive, search

QUERY = "예산"  # in five headlines of the three editions, and in the text of fifteen more
TITLE_PATHS = ("headline", "title")  # the leaves of an article's or an ad's title
# The date and its weekday, padded to the list's longest; the title; the context.
ROW = re.compile(r"(\d{4}-\d\d-\d\d \w+) {2,}(\S.*?)(?: {2,}(\S.*))?$")


def one_paper(tmp_path: Path) -> tuple[Library, int]:
    editions = [generated(11 + n, dt.date(2016, 1, 5 + n)) for n in range(3)]
    return open_library(shelf(tmp_path / "eds", *editions))


def two_papers(tmp_path: Path) -> tuple[Library, int]:
    return open_library(shelf(tmp_path / "eds", seed(), generated(11, dt.date(2016, 1, 5))))


def drawn(app) -> list[str]:
    """The rows in sight, as the list draws them, without its border."""
    hit_list = app.screen.query_one(HitList)
    lines = [hit_list.render_line(y).text for y in range(hit_list.size.height)]
    return [line.strip("│ ") for line in lines if line.strip("│ ╭╰─")]


async def rows_of(app, pilot, query: str):
    await search(app, pilot, query, key="S")
    results = app.screen.search_results.results
    rows = drawn(app)
    assert len(rows) > 3
    return list(zip(rows, results, strict=False))


@drive(one_paper, size=(80, 24))
async def test_one_paper_is_not_named_and_every_row_shows_its_match(app, pilot, screen):
    listed = await rows_of(app, pilot, QUERY)
    assert {r.paper for r in screen.search_results.results} == {"한빛일보"}
    in_titles = 0
    for row, result in listed:
        date, title, context = ROW.match(row).groups()
        assert date == day_column(result.date) and "한빛일보" not in row
        assert QUERY in row, row  # the hit, in the title or in the context
        if any(h.path in TITLE_PATHS for h in result.hits):
            in_titles += 1
            assert QUERY in title
            # The context is a hit elsewhere, never the title again.
            assert context is None or result.title.rstrip("…")[:6] not in context
        assert cell_len(title.rstrip()) >= min(cell_len(result.title), 24)
    assert in_titles


@drive(one_paper, size=(120, 40))
async def test_wide_titles_are_whole_and_the_contexts_line_up(app, pilot, screen):
    listed = await rows_of(app, pilot, QUERY)
    assert max(cell_len(result.title) for _row, result in listed) > 24  # wider than the old column
    starts = set()
    for row, result in listed:
        _date, title, context = ROW.match(row).groups()
        assert title == result.title
        if context is not None:
            starts.add(cell_len(row[: row.index(context)]))
    assert len(starts) == 1


@drive(two_papers, size=(120, 40))
async def test_two_papers_are_named(app, pilot, screen):
    listed = await rows_of(app, pilot, "광주")
    assert {r.paper for r in screen.search_results.results} == {"광남일보", "한빛일보"}
    for row, result in listed:
        date, paper, _rest = ROW.match(row).groups()
        assert (date, paper.split()[0]) == (day_column(result.date), result.paper)


def first_words_rows(tmp_path: Path, width: int) -> dict[str, str]:
    """The rows of a search for 김장 among items titled by their first words, drawn at
    `width` cells by the list's own renderer, by item."""
    folder = shelf(tmp_path / "eds", first_words())
    with Archive(folder) as archive:
        archive.update()
        found = list(archive.search("김장"))
    laid = columns(found)
    styles = RowStyles(Style(), Style(bold=True), Style(dim=True))
    return {r.item_id: ArchiveRow(r, laid, styles).text(width).plain for r in found}


def test_an_item_titled_by_its_hit_words_says_them_once(tmp_path):
    for width in (60, 100, 160):
        rows = first_words_rows(tmp_path, width)
        caption = PHOTO.body[1].text
        # the caption once, whole where it fits, its match in sight: not title and context
        assert rows["photo"].count("상인들이") == 1, rows["photo"]
        assert "김장" in rows["photo"]
        if width >= 100:
            assert caption in rows["photo"]


def test_a_hit_past_the_first_words_keeps_them_as_the_title(tmp_path):
    # near miss: the bulletin's title is its first paragraph, the hit in its second, and
    # a headline's hit is in the headline: both rows keep title and context apart
    rows = first_words_rows(tmp_path, 100)
    assert "군청 소식 한 줄" in rows["bulletin"] and "김장 나눔" in rows["bulletin"]
    assert rows["headed"].count("김장") == 1 and "김장 배추값 올라" in rows["headed"]
