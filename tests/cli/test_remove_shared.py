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


def test_removing_the_file_a_link_beside_it_leads_to_keeps_what_the_link_used(tmp_path, capsys):
    folder = week(tmp_path)
    link = folder / "today.json"
    link.symlink_to(f"{GONE}.json")
    capsys.readouterr()
    assert main(["remove", str(folder / f"{GONE}.json")]) == 0
    assert capsys.readouterr().out == (
        f"removed {folder / GONE}.json; its photos and reading state are kept: {link} links to it\n"
    )
    assert f"{GONE}.json" not in indexed(folder)
    kept(folder)
