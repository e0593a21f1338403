"""Rows another program wrote that no broadsheet would (a time that is not one, a blob
where a text belongs) are passed over by every read, and bookmarking such a row's place
again replaces it whole."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reader.state import State

ED = "광남일보-2026-02-05"
OTHER = "광남일보-2026-02-06"


def rows(home: Path, *statements: tuple[str, tuple[object, ...]]) -> None:
    with sqlite3.connect(home / "state.sqlite3") as db:
        for sql, args in statements:
            db.execute(sql, args)


def test_bookmarking_the_place_of_an_unreadable_bookmark_replaces_it_whole(home: Path):
    with State.open(strict=True):
        pass  # the file and its tables
    rows(
        home,
        (
            "INSERT INTO bookmarks (edition_id, edition_path, item_id, leaf, title, created_at)"
            " VALUES (?, NULL, ?, '', ?, 'not-a-time')",
            (ED, "p2-1", "반도체 수출 (옛 제목)"),
        ),
    )
    with State.open(strict=True) as state:
        assert state.bookmarks() == [] and state.stored() == 1  # passed over at the start
        added = state.add_bookmark(ED, "p2-1", "반도체 수출 석 달째 증가")
        assert added.title == "반도체 수출 석 달째 증가" and added.created_at.year >= 2026
        assert [(b.edition_id, b.item_id, b.title) for b in state.bookmarks()] == [
            (ED, "p2-1", "반도체 수출 석 달째 증가")
        ]
        assert state.stored() == 1


def test_blobs_for_texts_are_passed_over_by_every_read(home: Path, tmp_path: Path):
    with State.open(strict=True) as state:
        state.mark_read(ED, "p2-1")
        state.set_position(ED, "p2-1", edition_path=tmp_path / f"{ED}.json")
    rows(
        home,
        (
            "INSERT INTO positions VALUES (?, X'2f746d70', 'p1-1', NULL, 0.0, ?)",
            (OTHER, "2026-02-06T07:00:00.000000+00:00"),
        ),
        (
            "INSERT INTO positions VALUES (X'00ff', 'p.json', 'p1-1', NULL, 0.0, ?)",
            ("2026-02-06T07:00:00.000000+00:00",),
        ),
        (
            "INSERT INTO bookmarks (edition_id, edition_path, item_id, leaf, title, created_at)"
            " VALUES (?, X'00ff', 'p1-1', '', '경제', ?)",
            (OTHER, "2026-02-06T07:00:00.000000+00:00"),
        ),
        (
            "INSERT INTO bookmarks (edition_id, edition_path, item_id, leaf, title, created_at)"
            " VALUES (?, ?, 'p1-2', '', X'00', ?)",
            (OTHER, "/e/x.json", "2026-02-06T07:00:00+00:00"),
        ),
        ("INSERT INTO read_marks VALUES (?, X'00ff', ?)", (ED, "2026-02-06T07:00:00+00:00")),
    )
    with State.open(strict=True) as state:
        # A text path stands whatever the row's other columns hold: the edition was there.
        assert state.edition_paths() == {ED: {str(tmp_path / f"{ED}.json")}, OTHER: {"/e/x.json"}}
        assert list(state.all_positions()) == [ED]
        assert state.bookmarks() == []
        assert state.read_ids(ED) == {"p2-1"}
        assert state.all_read_ids() == {ED: {"p2-1"}}
        assert state.stored() - len(state.all_positions()) == 4  # all four passed over
