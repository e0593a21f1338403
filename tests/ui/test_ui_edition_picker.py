"""The edition picker (`e`): newest first, a long entry wrapped under its own text, and
Down at the oldest (Up at the newest) stays there and says so."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest
from rich.cells import cell_len

from reader.library import Library, open_library
from reader.ui.screens.editions import ROW_CHROME, EditionPicker
from tests.editions import multi_page, other_paper, seed, shelf
from tests.ui.conftest import drive, notifications, settle, wait_until

LONG = "THE CEDAR BLUFF EVENING TRIBUNE"


def _shelf(tmp_path: Path) -> tuple[Library, int]:
    old = multi_page("1917-06-14", 12)
    old = msgspec.structs.replace(
        old, id="cedar-1917-06-14", masthead=msgspec.structs.replace(old.masthead, paper=LONG)
    )
    return open_library(shelf(tmp_path / "eds", seed(), multi_page("2026-02-05"), old))


async def _picker(app, pilot):
    await pilot.press("e")
    await wait_until(pilot, lambda: isinstance(app.screen, EditionPicker))
    return app.screen.query_one("#editions")


@drive(_shelf, size=(80, 24))
async def test_the_picker_lists_newest_first_and_wraps_under_the_text(app, pilot, screen):
    options = await _picker(app, pilot)
    labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
    assert [label[2:].split(" · ")[1] for label in labels] == [
        "Thursday, February 5, 2026",
        "Wednesday, February 4, 2026",
        "Thursday, June 14, 1917",
    ]
    assert options.highlighted == 0 and labels[0].startswith("▶ ")  # the one open: the newest
    lines = [options.render_line(y).text for y in range(options.size.height)]
    first = next(i for i, line in enumerate(lines) if LONG in line)
    wrapped = lines[first + 1]
    assert wrapped.strip() and "CEDAR" not in wrapped and "2026" not in wrapped
    indent = len(wrapped) - len(wrapped.lstrip())
    assert indent == lines[first].index(LONG)  # a hanging indent: under the title, not the mark


@drive(_shelf, size=(80, 24))
async def test_down_at_the_oldest_stays_and_says_so(app, pilot, screen):
    options = await _picker(app, pilot)
    await pilot.press("down", "down")
    assert options.highlighted == 2
    await pilot.press("down")
    await settle(app, pilot)
    assert options.highlighted == 2  # no silent wrap to the top
    assert notifications(app)[-1].message == "The oldest edition is the last"
    await pilot.press("up", "up", "up")
    await settle(app, pilot)
    assert options.highlighted == 0
    assert notifications(app)[-1].message == "The newest edition is the first"


@drive(_shelf, size=(80, 24))
async def test_a_key_held_at_the_end_says_so_once(app, pilot, screen):
    options = await _picker(app, pilot)
    await pilot.press("G", "down", "down", "down", "j", "j")
    await settle(app, pilot)
    assert options.highlighted == 2
    ends = [n for n in notifications(app) if n.message == "The oldest edition is the last"]
    assert len(ends) == 1  # it was one notice per press: a tower of the same words


def _korean_shelf(tmp_path: Path) -> tuple[Library, int]:
    """The newest opened; an older one of another paper, never opened: its row is long."""
    hanbit = other_paper("한빛일보", "2025-11-18", 4410)
    return open_library(shelf(tmp_path / "eds", multi_page("2026-12-07"), hanbit))


@pytest.mark.usefixtures("korean")
@drive(_korean_shelf, size=(64, 24))
async def test_a_row_breaks_between_its_parts_not_inside_one(app, pilot, screen):
    """On a terminal narrower than the row (at 80 columns the picker widens to fit it)."""
    options = await _picker(app, pilot)
    lines = [options.render_line(y).text.strip() for y in range(options.size.height)]
    first = next(i for i, line in enumerate(lines) if "한빛일보" in line)
    # It was "… · 안 읽음" and "3" under it: the count away from its words; then "… ·"
    # and "안 읽음 3": a separator left dangling at the line's end.
    assert lines[first].endswith("새 호"), lines[first : first + 2]
    assert lines[first + 1] == "기사 3건 · 안 읽음 3", lines[first : first + 2]


@pytest.mark.usefixtures("korean")
@drive(_korean_shelf, size=(200, 50))
async def test_on_a_wide_terminal_the_picker_widens_to_its_longest_row(app, pilot, screen):
    """At 200 columns the picker kept 72, and the long row broke beside empty columns."""
    options = await _picker(app, pilot)
    lines = [options.render_line(y).text.strip() for y in range(options.size.height)]
    row = next(line for line in lines if "한빛일보" in line)
    assert row.endswith("안 읽음 3"), lines
    assert options.option_count == len([line for line in lines if line])
    assert app.screen.query_one("#picker-dialog").size.width < 200 * 0.95


def _long_error(folder: Path) -> Path:
    """A broken file whose name makes its error longer than a wide terminal's picker."""
    (folder / f"{'evening-tribune-extra ' * 9}1917-06-14.json").write_text("{", encoding="utf-8")
    return folder


def _shelf_with_a_long_error(tmp_path: Path) -> tuple[Library, int]:
    return open_library(_long_error(shelf(tmp_path / "eds", seed())))


def _long_row_and_a_long_error(tmp_path: Path) -> tuple[Library, int]:
    hanbit = other_paper(LONG * 2, "2025-11-18", 4410)
    return open_library(_long_error(shelf(tmp_path / "eds", multi_page("2026-12-07"), hanbit)))


@drive(_shelf_with_a_long_error, size=(200, 50))
async def test_a_long_error_wraps_inside_the_pickers_width(app, pilot, screen):
    """It widened the picker to the screen's edge (95 % of it): the dialogs' 72 cells
    were left for one line of the error."""
    options = await _picker(app, pilot)
    assert app.screen.query_one("#picker-dialog").outer_size.width == 72
    lines = [options.render_line(y).text.rstrip() for y in range(options.size.height)]
    start = next(i for i, line in enumerate(lines) if "✗" in line)
    error = [line.strip() for line in lines[start:] if line.strip()]
    assert len(error) > 2  # wrapped, under itself
    assert " ".join(error).count("evening-tribune-extra") == 9  # nothing of it lost


@drive(_long_row_and_a_long_error, size=(200, 50))
async def test_a_long_edition_row_still_widens_the_picker_beside_an_error(app, pilot, screen):
    # near miss: an edition's own row wider than 72 cells still widens the picker to it
    options = await _picker(app, pilot)
    rows = [str(o.prompt) for o in options.options if not o.disabled]
    widest = max(cell_len(row) for row in rows)
    assert widest + ROW_CHROME > 72
    assert app.screen.query_one("#picker-dialog").outer_size.width == widest + ROW_CHROME
