"""`broadsheet remove` takes only what belongs to the file removed: a copy of the same
edition beside it, or a link to it, keeps the photos and reading state; removing a link
removes the link only; each says what it kept."""

from __future__ import annotations

import shutil
from pathlib import Path

from reader.cli import main
from reader.photo_files import photo_folder
from reader.state import State
from tests.cli.test_remove import GONE, indexed, week

PHOTO = "p1-photo1-0123456789ab.jpg"


def kept(folder: Path) -> None:
    """The edition's photos, read mark and bookmark are all still there."""
    assert (folder / photo_folder(GONE) / PHOTO).is_file()
    with State.open(strict=True) as state:
        assert state.read_ids(GONE) == {"p2-1"}
        assert GONE in [b.edition_id for b in state.bookmarks()]


def test_removing_a_copy_keeps_the_photos_and_state_the_original_uses(tmp_path, capsys):
    folder = week(tmp_path)
    copy = folder / f"{GONE} (1).json"
    shutil.copy2(folder / f"{GONE}.json", copy)
    capsys.readouterr()
    assert main(["remove", str(copy)]) == 0
    assert capsys.readouterr().out == (
        f"removed {copy}; its photos and reading state are kept: "
        f"{folder / GONE}.json is the same edition\n"
    )
    assert not copy.exists() and (folder / f"{GONE}.json").is_file()
    kept(folder)


def test_removing_a_link_removes_the_link_only(tmp_path, capsys):
    folder = week(tmp_path)
    other = tmp_path / "B"
    other.mkdir()
    link = other / f"{GONE}.json"
    link.symlink_to(folder / f"{GONE}.json")
    capsys.readouterr()
    assert main(["remove", str(link)]) == 0
    assert capsys.readouterr().out == (
        f"removed the link {link}; {folder / GONE}.json, the edition file it led to, keeps "
        "its photos and reading state\n"
    )
    assert not link.is_symlink() and (folder / f"{GONE}.json").is_file()
    kept(folder)


def test_removing_the_file_a_link_leads_to_is_refused_while_the_link_is_there(tmp_path, capsys):
    folder = week(tmp_path)
    link = folder / "today.json"
    link.symlink_to(f"{GONE}.json")
    capsys.readouterr()
    assert main(["remove", str(folder / f"{GONE}.json")]) == 2
    assert capsys.readouterr().err == (
        f"broadsheet: {folder / GONE}.json: {link} links to it: remove the link first; "
        "nothing removed\n"
    )
    assert link.is_file() and f"{GONE}.json" in indexed(folder)
    kept(folder)
    assert main(["remove", str(link), str(folder / f"{GONE}.json")]) == 0  # in that order
    assert not link.is_symlink() and not (folder / photo_folder(GONE) / PHOTO).exists()


def test_removing_a_link_whose_file_is_gone_takes_what_only_it_used(tmp_path, capsys):
    folder = week(tmp_path)
    link = folder / "today.json"
    link.symlink_to(f"{GONE}.json")
    with State.open(strict=True) as state:
        state.set_position(GONE, "p2-1", edition_path=link)  # last read through the link
    (folder / f"{GONE}.json").unlink()  # by hand, not by broadsheet
    capsys.readouterr()
    assert main(["remove", str(link)]) == 0
    assert capsys.readouterr().out == (
        f"removed the broken link {link} with 2 photos, 1 read mark, 1 bookmark\n"
    )
    assert not link.is_symlink() and not (folder / photo_folder(GONE) / PHOTO).exists()
    with State.open(strict=True) as state:
        assert state.read_ids(GONE) == set() and state.get_position(GONE) is None


def test_a_copy_in_another_folder_keeps_the_reading_state_it_was_read_with(tmp_path, capsys):
    folder = week(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    copy = other / f"{GONE}.json"
    shutil.copy2(folder / f"{GONE}.json", copy)
    with State.open(strict=True) as state:
        state.set_position(GONE, "p2-1", scroll=12.0, edition_path=copy)
        state.add_bookmark(GONE, "p3-1", "항만 물동량 회복", edition_path=copy)
    capsys.readouterr()
    assert main(["remove", str(folder / f"{GONE}.json")]) == 0
    assert capsys.readouterr().out == (
        f"removed {folder / GONE}.json with 2 photos, its search entries; its reading state is "
        f"kept: {copy} is the same edition\n"
    )
    assert copy.is_file() and not (folder / photo_folder(GONE) / PHOTO).exists()
    with State.open(strict=True) as state:
        assert state.read_ids(GONE) == {"p2-1"}
        assert len(state.bookmarks(GONE)) == 2
        position = state.get_position(GONE)
        assert position is not None and position.scroll == 12.0
