"""The masthead line says which day the reader is on: an edition older than another of its
paper on the shelf ends it with the key to the newer one (the issue, then the lunar date
give way for it), and an edition that prints no masthead is named as the shelf names it,
by its paper and its file name's date, never by the file's stem."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len

from reader.library import Library, open_library
from reader.model import Masthead
from reader.ui.render.masthead import masthead_line, masthead_text
from reader.ui.widgets.masthead import MastheadBar
from tests.editions import from_source, seed, shelf
from tests.ui.conftest import drive, settle
from tests.ui.session import shelf_of_three

NOTE = "newer edition: >"
FULL = "광남일보 · Wednesday, February 4, 2026 (lunar 12/17) · 조간 No. 8020"


def test_the_note_ends_the_line_and_the_masthead_keeps_all_it_can():
    line = masthead_line(seed().masthead, "", NOTE, 100)
    assert line.plain.startswith(FULL) and line.plain.endswith("  " + NOTE)
    assert line.cell_len == 100


def test_for_the_note_the_issue_then_the_lunar_date_give_way_then_the_line_is_cut():
    masthead = seed().masthead
    no_issue = "광남일보 · Wednesday, February 4, 2026 (lunar 12/17)"
    no_lunar = "광남일보 · Wednesday, February 4, 2026"
    for width, kept in ((80, no_issue), (60, no_lunar)):
        line = masthead_line(masthead, "", NOTE, width)
        assert line.plain == kept + " " * (width - cell_len(kept) - len(NOTE)) + NOTE
    cut = masthead_line(masthead, "", NOTE, 40).plain
    assert cut.startswith("광남일보 · Wedn") and "…  " + NOTE in cut and cell_len(cut) == 40


@pytest.mark.usefixtures("korean")
def test_a_korean_line_is_cut_by_cells():
    note = "더 최근 호: >"
    line = masthead_line(seed().masthead, "", note, 30).plain
    assert cell_len(line) == 30 and line.endswith("…  " + note)  # no half a syllable


def test_without_a_note_the_line_is_the_masthead_whatever_the_width():
    # The near miss: the newest edition keeps its issue, even where a note would not fit.
    assert (
        masthead_line(seed().masthead, "", "", 40).plain
        == FULL
        == (masthead_text(seed().masthead).plain)
    )


def test_a_masthead_without_a_date_gives_way_to_the_shelf_title():
    undated = Masthead(paper="광남일보", issue=8021)
    title = "광남일보 · Friday, February 6, 2026 · date from the file name"
    assert masthead_line(None, title, "", 120).plain == title
    assert masthead_line(undated, title, NOTE, 120).plain.startswith(title)


LONG_NAME = "광주_시민_소식지_2026년_가을호_마을_공동체_게시판_알림_모음_제2부.txt"


@pytest.mark.parametrize("undated", [" · undated", " · 날짜 없음"])
def test_a_long_file_name_is_cut_in_its_middle_and_the_title_keeps_its_end(undated):
    """On a narrow line the file's name keeps its start and its end (the part, the date), and
    the title what it says after the name."""
    title = LONG_NAME + undated
    line = masthead_line(None, title, "", 60, LONG_NAME).plain
    assert cell_len(line) <= 60 < cell_len(title)
    assert line.startswith("광주_시민") and line.endswith("제2부.txt" + undated)
    assert line.count("…") == 1
    with_note = masthead_line(None, title, NOTE, 78, LONG_NAME).plain
    assert with_note.endswith(NOTE) and "제2부.txt" + undated in with_note
    assert cell_len(with_note) <= 78


def test_a_title_that_fits_or_names_a_paper_is_not_cut_in_the_middle():
    title = LONG_NAME + " · undated"
    assert masthead_line(None, title, "", 120, LONG_NAME).plain == title  # it fits
    paper = "광주 시민 소식지 마을 공동체 게시판 모음 가을호 특별판 · undated"
    assert masthead_line(None, paper, "", 40, LONG_NAME).plain == paper  # the bar cuts it
    # too narrow to keep enough of the name: cut at its end as before
    assert masthead_line(None, title, "", 20, LONG_NAME).plain == title


def shown(screen) -> str:
    return screen.query_one(MastheadBar).render().plain


@drive(shelf_of_three, size=(80, 24))
async def test_the_line_says_when_a_newer_edition_of_the_paper_is_on_the_shelf(app, pilot, screen):
    assert screen.edition.masthead.date == "2026-02-06"
    assert NOTE not in shown(screen)  # the newest
    await pilot.press("less_than_sign")
    await settle(app, pilot)
    assert screen.edition.masthead.date == "2026-02-05"
    line = shown(screen)
    assert line.startswith("광남일보 · Thursday, February 5, 2026") and line.endswith(NOTE)
    assert cell_len(line) == screen.query_one(MastheadBar).size.width
    await pilot.press("greater_than_sign")
    await settle(app, pilot)
    assert NOTE not in shown(screen)


@drive(shelf_of_three, size=(80, 24), keymap={"next_edition": "ctrl+n"})
async def test_the_note_names_the_key_as_remapped(app, pilot, screen):
    await pilot.press("less_than_sign")
    await settle(app, pilot)
    assert shown(screen).endswith("newer edition: ^n")


def undated_then_dated(tmp_path: Path) -> tuple[Library, int]:
    folder = shelf(
        tmp_path / "eds", from_source("2026-02-06", masthead=False), from_source("2026-02-07")
    )
    lib, _start = open_library(folder)
    undated = lib.find("hanbit-2026-02-06") or 0
    lib.load(undated)  # as `broadsheet FILE` loads the one it opens
    return lib, undated


@drive(undated_then_dated)
async def test_an_edition_without_a_masthead_is_named_by_its_paper_and_date(app, pilot, screen):
    assert screen.edition.id == "hanbit-2026-02-06" and screen.edition.masthead is None
    line = shown(screen)
    assert line.startswith("광남일보 · Friday, February 6, 2026 · date from the file name")
    assert "hanbit-2026-02-06" not in line and line.endswith(NOTE)


def test_a_masthead_of_no_paper_is_named_by_the_file_it_came_from():
    # An inner page's folio dates an edition and names no paper: the line said the date
    # alone, and the reader could not tell which file (the picker's name) it was.
    folio = Masthead(date="2026-12-11", issue=41)
    line = masthead_line(folio, "", "", 80, "10_interview.pdf").plain
    assert line == "10_interview.pdf · Friday, December 11, 2026 · No. 41"
    # The near miss: a masthead naming its paper keeps it, bold, and the file is not said.
    named = masthead_line(seed().masthead, "", "", 100, "10_interview.pdf")
    assert named.plain == FULL and "10_interview" not in named.plain
    assert named.spans[0].style == "bold"
