"""`d` in the edition picker deletes the highlighted edition once `y` confirms it: its
file, photos and reading state go, the list and the shelf lose it; any other key keeps
it, and the edition open is never deleted."""

from __future__ import annotations

from pathlib import Path

from reader.library import open_library
from reader.state import State
from reader.ui.screens.editions import EditionPicker
from reader.ui.widgets.footer import KeyFooter
from tests.editions import multi_page, seed, shelf
from tests.ui.conftest import notifications, settle, wait_until
from tests.ui.session import run


def labels(app) -> list[str]:
    options = app.screen.query_one("#editions")
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


def asked(app) -> str | None:
    """The question `d` asks, while it is asked."""
    line = app.screen.query_one("#picker-asked")
    return str(line.render()) if line.display else None


async def picker(app, pilot) -> None:
    await pilot.press("e")
    await wait_until(pilot, lambda: isinstance(app.screen, EditionPicker))


def test_d_then_y_deletes_the_highlighted_edition_and_other_keys_keep_it(tmp_path: Path):
    folder = shelf(tmp_path / "eds", seed(), multi_page("2026-02-05"), multi_page("2026-02-06"))
    (folder / "광남일보-2026-02-05").mkdir()
    (folder / "광남일보-2026-02-05" / "p1-photo1-0123456789ab.jpg").write_bytes(b"x")
    with State.open(strict=True) as state:
        state.mark_read("광남일보-2026-02-05", "p2-1")
    lib, start = open_library(folder)

    async def body(app, pilot, screen):
        await picker(app, pilot)
        footer = {k.description: k.display for k in app.screen.query_one(KeyFooter).keys}
        assert footer["Delete"] == "d"
        await pilot.press("d")  # on the edition open
        await settle(app, pilot)
        assert notifications(app)[-1].message == (
            "The edition open cannot be deleted: open another first."
        )
        await pilot.press("down", "d", "n")  # asked, then kept
        await settle(app, pilot)
        assert (folder / "광남일보-2026-02-05.json").exists()
        assert asked(app) is None  # the question goes with its answer
        await pilot.press("d", "escape")  # Esc keeps it, and the picker
        await settle(app, pilot)
        assert isinstance(app.screen, EditionPicker)
        assert (folder / "광남일보-2026-02-05.json").exists()
        await pilot.press("d")
        await settle(app, pilot)
        assert asked(app) == (
            "Delete 광남일보 · Thursday, February 5, 2026 with its photos, search entries "
            "and reading state? y deletes it, any other key keeps it."
        )
        await pilot.press("y")
        await settle(app, pilot)
        assert notifications(app)[-1].message == (
            f"removed {folder / '광남일보-2026-02-05.json'} with 1 photo, 1 read mark, 0 bookmarks"
        )
        assert sorted(p.name for p in folder.iterdir() if not p.name.startswith(".")) == [
            "광남일보-2026-02-04.json",
            "광남일보-2026-02-06.json",
        ]
        assert [label[2:].split(" · ")[1] for label in labels(app)] == [
            "Friday, February 6, 2026",
            "Wednesday, February 4, 2026",
        ]
        assert labels(app)[0].startswith("▶ ")  # the one open is still marked
        await pilot.press("escape")
        await wait_until(pilot, lambda: not isinstance(app.screen, EditionPicker))
        assert [e.date for e in screen.library.entries] == ["2026-02-04", "2026-02-06"]
        assert screen.library.entries[screen.edition_index].date == "2026-02-06"
        await pilot.press("less_than_sign")  # over the gap, to the 4th
        await wait_until(pilot, lambda: screen.edition.id == "광남일보-2026-02-04")

    run(lib, body, start=start)
    with State.open(strict=True) as state:
        assert state.read_ids("광남일보-2026-02-05") == set()


def test_a_remapped_confirm_key_confirms_and_y_then_keeps(tmp_path: Path):
    folder = shelf(tmp_path / "eds", seed(), multi_page("2026-02-05"), multi_page("2026-02-06"))
    lib, start = open_library(folder)

    async def body(app, pilot, screen):
        await picker(app, pilot)
        await pilot.press("down", "d")
        await settle(app, pilot)
        assert asked(app) == (
            "Delete 광남일보 · Thursday, February 5, 2026 with its photos, search entries "
            "and reading state? x deletes it, any other key keeps it."
        )
        await pilot.press("y")  # no longer the confirming key: keeps it
        await settle(app, pilot)
        assert asked(app) is None and (folder / "광남일보-2026-02-05.json").exists()
        await pilot.press("d", "x")
        await settle(app, pilot)
        assert not (folder / "광남일보-2026-02-05.json").exists()
        assert isinstance(app.screen, EditionPicker) and asked(app) is None

    run(lib, body, start=start, keymap={"confirm_remove_edition": "x"})


def test_the_korean_question_puts_no_particle_after_the_editions_name(tmp_path: Path, korean):
    # A name ends in any syllable, a digit or a file's extension: the particle after it
    # (을 or 를) would be a guess, so the question names the edition before its colon.
    folder = shelf(tmp_path / "eds", seed(), multi_page("2026-02-05"))
    lib, start = open_library(folder)

    async def body(app, pilot, screen):
        await picker(app, pilot)
        await pilot.press("down", "d")
        await settle(app, pilot)
        assert asked(app) == (
            "광남일보 · 2026년 2월 4일 수요일: 이 호를 사진, 검색 색인, 읽은 기록과 함께 "
            "지울까요? y 키는 지우고, 다른 키는 그대로 둡니다."
        )

    run(lib, body, start=start)
