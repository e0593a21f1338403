"""`broadsheet remove EDITION`: the file, its photos, its search entries and its reading
state go, in one line; anything that is not an edition of a shelf is refused in one."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from reader.cli import main
from reader.photo_files import photo_folder
from reader.search.archive.index import index_path
from reader.state import MIGRATIONS, State
from tests.editions import multi_page, shelf

GONE = "광남일보-2026-02-05"
KEPT = "광남일보-2026-02-06"


def week(tmp_path: Path) -> Path:
    """Two editions, the first with two photos and a file of the reader's own beside
    them, both read and bookmarked, both in the search index."""
    folder = shelf(tmp_path / "editions", multi_page("2026-02-05"), multi_page("2026-02-06", 8022))
    photos = folder / photo_folder(GONE)
    photos.mkdir()
    for name in ("p1-photo1-0123456789ab.jpg", "p2-photo1-ba9876543210.png", "notes.txt"):
        (photos / name).write_bytes(b"x")
    with State.open(strict=True) as state:
        for edition_id in (GONE, KEPT):
            state.mark_read(edition_id, "p2-1")
            state.set_position(edition_id, "p2-1", edition_path=folder / f"{edition_id}.json")
            state.add_bookmark(edition_id, "p2-1", "반도체 수출 석 달째 증가")
    assert main(["search", "--all", "반도체", str(folder)]) == 0  # the index is made
    return folder


def indexed(folder: Path) -> list[str]:
    with sqlite3.connect(index_path(folder)) as db:
        return sorted(r[0] for r in db.execute("SELECT name FROM editions"))


def test_remove_takes_the_edition_and_all_that_is_kept_of_it(tmp_path, capsys):
    folder = week(tmp_path)
    capsys.readouterr()
    assert main(["remove", str(folder / f"{GONE}.json")]) == 0
    assert capsys.readouterr().out == (
        f"removed {folder / GONE}.json with 2 photos, its search entries, 1 read mark, 1 bookmark\n"
    )
    assert sorted(p.name for p in folder.iterdir() if not p.name.startswith(".")) == [
        GONE,  # the reader's own file stays, in its folder
        f"{KEPT}.json",
    ]
    assert [p.name for p in (folder / GONE).iterdir()] == ["notes.txt"]
    assert indexed(folder) == [f"{KEPT}.json"]
    with State.open(strict=True) as state:
        assert state.read_ids(GONE) == set() and state.get_position(GONE) is None
        assert [b.edition_id for b in state.bookmarks()] == [KEPT]
        assert state.read_ids(KEPT) == {"p2-1"}


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("missing.json", "no such file: it is gone already; nothing removed"),
        (".", "not an edition file of a shelf; nothing removed"),
        ("page.txt", "not an edition file of a shelf; nothing removed"),
        ("broken.json", "not an edition file ("),
    ],
)
def test_remove_refuses_what_is_not_an_edition_in_one_line(tmp_path, capsys, name, reason):
    folder = week(tmp_path)
    (folder / "page.txt").write_text("제목\n\n본문이다.\n", encoding="utf-8")
    (folder / "broken.json").write_text('{"schema": 1, "id": ', encoding="utf-8")
    before = sorted(p.name for p in folder.iterdir())
    capsys.readouterr()
    assert main(["remove", str(folder / name)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("broadsheet: ") and reason in err
    assert sorted(p.name for p in folder.iterdir()) == before


def test_an_edition_that_cannot_be_deleted_is_one_line_and_keeps_everything(
    tmp_path, capsys, monkeypatch
):
    folder = week(tmp_path)
    capsys.readouterr()
    unlink = Path.unlink

    def read_only(self: Path, missing_ok: bool = False) -> None:
        if self.suffix == ".json":
            raise PermissionError(13, "Permission denied", str(self))
        unlink(self, missing_ok)

    monkeypatch.setattr(Path, "unlink", read_only)
    assert main(["remove", str(folder / f"{GONE}.json")]) == 2
    assert capsys.readouterr().err == (
        f"broadsheet: {folder / GONE}.json: cannot remove (Permission denied)\n"
    )
    assert len(list((folder / GONE).iterdir())) == 3
    assert indexed(folder) == [f"{GONE}.json", f"{KEPT}.json"]
    with State.open(strict=True) as state:
        assert state.read_ids(GONE) == {"p2-1"}


def test_remove_says_so_when_the_reading_state_cannot_be_changed(tmp_path, capsys, home):
    folder = week(tmp_path)
    with sqlite3.connect(home / "state.sqlite3") as db:
        db.execute("PRAGMA user_version = 99")  # a later broadsheet's file
    capsys.readouterr()
    assert main(["remove", str(folder / f"{GONE}.json")]) == 1
    out = capsys.readouterr().out
    assert out == (
        f"removed {folder / GONE}.json with 2 photos, its search entries; its reading state "
        "was not changed: state database version 99 is newer than this broadsheet reads "
        f"({len(MIGRATIONS)}); upgrade broadsheet\n"
    )
    assert not (folder / f"{GONE}.json").exists()
    with sqlite3.connect(home / "state.sqlite3") as db:
        assert db.execute(
            "SELECT count(*) FROM read_marks WHERE edition_id = ?", (GONE,)
        ).fetchone() == (1,)


def test_remove_passes_over_state_rows_whose_path_is_not_text(tmp_path, capsys, home):
    folder = week(tmp_path)
    at = "2026-02-06T07:00:00.000000+00:00"
    with sqlite3.connect(home / "state.sqlite3") as db:
        db.execute(
            "INSERT INTO positions VALUES ('other-ed', X'2f746d70', 'p1', NULL, 0, ?)", (at,)
        )
        db.execute(
            "INSERT INTO bookmarks (edition_id, edition_path, item_id, leaf, title, created_at)"
            " VALUES ('other-ed', X'00ff', 'p1', '', '경제', ?)",
            (at,),
        )
    capsys.readouterr()
    assert main(["remove", str(folder / f"{GONE}.json")]) == 0
    assert capsys.readouterr().out == (
        f"removed {folder / GONE}.json with 2 photos, its search entries, 1 read mark, 1 bookmark\n"
    )


@pytest.mark.parametrize("bad_id", [f"./{GONE}", f"../editions/{GONE}", "..", "", "a\x00b"])
def test_an_id_that_is_a_path_is_refused_and_removes_no_one_elses_photos(tmp_path, capsys, bad_id):
    folder = week(tmp_path)
    evil = folder / "evil.json"
    data = json.loads((folder / f"{GONE}.json").read_text(encoding="utf-8"))
    evil.write_text(json.dumps({**data, "id": bad_id}, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    assert main(["validate", str(evil)]) == 2
    said = capsys.readouterr().err
    assert said.count("\n") == 1 and "is no folder's name" in said
    assert main(["remove", str(evil)]) == 2
    assert "is no folder's name" in capsys.readouterr().err
    assert evil.is_file() and len(list((folder / photo_folder(GONE)).iterdir())) == 3
