"""An edition ingested without its masthead, named hanbit-2026-02-06.json: the picker and
the search of all editions date it by its file name and say so, and `<` `>` reach it
among the editions of the paper whose sources share its prefix."""

from __future__ import annotations

from pathlib import Path

import msgspec

from reader.library import Entry, Library, open_library
from reader.model import Masthead
from reader.ui.render.masthead import entry_title
from reader.ui.screens.editions import EditionPicker
from reader.ui.widgets.masthead import MastheadBar
from tests.editions import from_source, multi_page, shelf
from tests.ui.conftest import drive, notifications, rows, search, settle, wait_until


def week(tmp_path: Path) -> tuple[Library, int]:
    folder = shelf(
        tmp_path / "eds",
        from_source("2026-02-05"),
        from_source("2026-02-06", masthead=False),
        from_source("2026-02-07"),
    )
    lib, _start = open_library(folder)
    return lib, lib.find("광남일보-2026-02-07") or 0


@drive(week)
async def test_the_picker_dates_it_by_its_name_and_the_keys_reach_it(app, pilot, screen):
    await pilot.press("e")
    await wait_until(pilot, lambda: isinstance(app.screen, EditionPicker))
    options = app.screen.query_one("#editions")
    labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
    assert labels[1].startswith(
        "  광남일보 · Friday, February 6, 2026 · date from the file name · new · 3 articles"
    )
    await pilot.press("escape")
    await wait_until(pilot, lambda: not isinstance(app.screen, EditionPicker))
    await pilot.press("less_than_sign")
    await wait_until(pilot, lambda: screen.edition.id == "hanbit-2026-02-06")
    await pilot.press("less_than_sign")
    await wait_until(pilot, lambda: screen.edition.id == "광남일보-2026-02-05")


@drive(week)
async def test_the_search_of_all_editions_dates_it_by_its_name(app, pilot, screen):
    await search(app, pilot, "반도체 수출", key="S")
    dated = [row for row in rows(app) if "(file name)" in row]
    assert dated and dated[0].startswith("2026-02-06 Fri (file name)  ")
    assert any(row.startswith("2026-02-05 Thu              ") for row in rows(app))


def no_paper(date: str, name: str, encoding: str = "utf-8"):
    edition = multi_page(date)
    source = msgspec.structs.replace(edition.source, name=name, encoding=encoding)
    return msgspec.structs.replace(edition, source=source, id=name, masthead=None)


def scans(tmp_path: Path) -> tuple[Library, int]:
    """A PDF ingested without masthead or date in its name (scan_0417.pdf), beside a
    paper's edition of no date and an edition of no paper dated by its masthead."""
    dated = multi_page("2026-02-05")
    source = msgspec.structs.replace(dated.source, name="02_economy", encoding="pdf")
    paperless = msgspec.structs.replace(
        dated, id="02_economy", source=source, masthead=Masthead(date="2026-02-05")
    )
    extra = msgspec.structs.replace(
        dated,
        id="광남일보-호외",
        source=msgspec.structs.replace(dated.source, name="광남일보-호외"),
        masthead=Masthead(paper="광남일보", issue=8021),
    )
    folder = shelf(tmp_path / "scans", no_paper("", "scan_0417", "pdf"), paperless, extra)
    lib, _start = open_library(folder)
    scan = lib.find("scan_0417") or 0
    lib.load(scan)  # as `broadsheet FILE` loads the one it opens
    return lib, scan


@drive(scans)
async def test_editions_of_no_paper_or_date_are_named_by_their_file(app, pilot, screen):
    # It was named by its shelf id, 'scan_0417', in the masthead line, and by the shelf's
    # file, 'scan_0417.json', in the picker: neither said it had no date.
    assert screen.edition.id == "scan_0417"
    assert screen.query_one(MastheadBar).render().plain.strip() == "scan_0417.pdf · undated"
    await pilot.press("e")
    await wait_until(pilot, lambda: isinstance(app.screen, EditionPicker))
    options = app.screen.query_one("#editions")
    labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
    assert labels[0].startswith("  02_economy.pdf · Thursday, February 5, 2026 · new · ")
    assert labels[1].startswith("  광남일보 · undated · new · 3 articles")
    assert labels[2].startswith("▶ scan_0417.pdf · undated · 3 articles")
    await pilot.press("home", "enter")  # the edition of no paper, dated by its folio
    await wait_until(pilot, lambda: screen.edition.id == "02_economy")
    line = screen.query_one(MastheadBar).render().plain
    assert line.strip() == "02_economy.pdf · Thursday, February 5, 2026"  # was its date alone


def test_an_edition_of_a_text_source_is_named_as_ingested_and_a_dated_one_not_undated():
    # The near misses: a text source has no file ending of its own to give; a date known
    # says no 'undated'; a file of no source is named by the shelf's file.
    text = Entry(name="letters.json", source="letters", encoding="utf-8")
    assert entry_title(text) == "letters · undated"
    dated = Entry(name="02_economy.json", source="02_economy", encoding="pdf", date="2026-02-05")
    assert entry_title(dated) == "02_economy.pdf · Thursday, February 5, 2026"
    assert entry_title(Entry(name="old.json")) == "old.json · undated"


def no_papers(tmp_path: Path) -> tuple[Library, int]:
    folder = shelf(
        tmp_path / "s4",
        no_paper("2026-02-05", "03_regional_briefs"),
        no_paper("2026-02-06", "04_letters"),
    )
    lib, _start = open_library(folder)
    return lib, lib.find("04_letters") or 0


@drive(no_papers)
async def test_an_edition_of_no_paper_has_no_next_and_says_why(app, pilot, screen):
    await pilot.press("less_than_sign")
    await settle(app, pilot)
    assert screen.edition.id == "04_letters"
    assert notifications(app)[-1].message == (
        "04_letters names no paper, so no edition is next to it or before it (e lists them all)."
    )


@drive(no_papers)
async def test_a_key_held_where_no_edition_is_next_says_why_once(app, pilot, screen):
    # Four presses raised four notices of the same words, stacked up the screen.
    await pilot.press(*["greater_than_sign"] * 4, *["less_than_sign"] * 2)
    await settle(app, pilot)
    assert screen.edition.id == "04_letters"
    assert [n.message for n in notifications(app)] == [
        "04_letters names no paper, so no edition is next to it or before it (e lists them all)."
    ]
