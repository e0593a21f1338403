"""The picker's delete asks the reading state file, not what the session loaded, and says
what `broadsheet remove` says: a copy elsewhere keeps the state under `--fresh`, a state
file of a newer broadsheet is left unchanged, a file another reader removed leaves the
list."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from reader.library import open_library
from reader.state import MIGRATIONS, State
from reader.ui.screens.editions import EditionPicker
from tests.editions import multi_page, shelf
from tests.ui.conftest import notifications, settle, wait_until
from tests.ui.session import run

X = "광남일보-2026-02-05"


def labels(app) -> list[str]:
    options = app.screen.query_one("#editions")
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def delete_second(app, pilot) -> None:
    """`e`, Down to the edition after the one open, `d`, `y`."""
    await pilot.press("e")
    await wait_until(pilot, lambda: isinstance(app.screen, EditionPicker))
    await pilot.press("down", "d", "y")
    await settle(app, pilot)


def two_folders(tmp_path: Path) -> tuple[Path, Path]:
    """A/ holds the seed and X (opened on the seed), B/ a copy of X, read there."""
    a = shelf(tmp_path / "A", multi_page("2026-02-06", 8022), multi_page())
    b = tmp_path / "B"
    b.mkdir()
    shutil.copy2(a / f"{X}.json", b / f"{X}.json")
    with State.open(strict=True) as state:
        state.mark_read(X, "p2-1")
        state.set_position(X, "p2-1", edition_path=b / f"{X}.json")
    return a, b


def test_fresh_deleting_keeps_the_state_a_copy_in_another_folder_uses(tmp_path: Path):
    a, b = two_folders(tmp_path)
    lib, start = open_library(a / "광남일보-2026-02-06.json")

    async def body(app, pilot, screen):
        await delete_second(app, pilot)
        assert notifications(app)[-1].message == (
            f"removed {a / X}.json with 0 photos; its reading state is kept: "
            f"{b / X}.json is the same edition"
        )

    run(lib, body, start=start, fresh=True)
    assert not (a / f"{X}.json").exists()
    with State.open(strict=True) as state:
        assert state.read_ids(X) == {"p2-1"}
        assert state.get_position(X) is not None


def test_a_newer_state_file_is_said_unchanged_as_the_cli_says(tmp_path: Path, home: Path):
    folder = shelf(tmp_path / "eds", multi_page("2026-02-06", 8022), multi_page())
    with State.open(strict=True) as state:
        state.mark_read(X, "p2-1")
    with sqlite3.connect(home / "state.sqlite3") as db:
        db.execute("PRAGMA user_version = 99")  # a later broadsheet's file
    lib, start = open_library(folder)

    async def body(app, pilot, screen):
        await delete_second(app, pilot)
        assert notifications(app)[-1].message == (
            f"removed {folder / X}.json with 0 photos; its reading state was not changed: "
            f"state database version 99 is newer than this broadsheet reads ({len(MIGRATIONS)}); "
            "upgrade broadsheet"
        )

    run(lib, body, start=start)
    with sqlite3.connect(home / "state.sqlite3") as db:
        marks = db.execute("SELECT count(*) FROM read_marks WHERE edition_id = ?", (X,))
        assert marks.fetchone() == (1,)


def test_a_file_another_reader_removed_is_said_gone_and_leaves_the_list(tmp_path: Path):
    folder = shelf(tmp_path / "eds", multi_page("2026-02-06", 8022), multi_page())
    lib, start = open_library(folder)

    async def body(app, pilot, screen):
        (folder / f"{X}.json").unlink()  # another broadsheet's `remove`, meanwhile
        await delete_second(app, pilot)
        assert notifications(app)[-1].message == (
            f"{folder / X}.json: no such file: it is gone already; nothing removed"
        )
        assert len(labels(app)) == 1

    run(lib, body, start=start)
