"""State: read marks, positions, articles left part-read and bookmarks; where the file lives;
restarts and sharing."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import platformdirs
import pytest

from reader.settings import ENV_HOME
from reader.state import MIGRATIONS, State, state_path
from tests.state.files import ED, ED2, raw

# --- where the file lives ------------------------------------------------------


def test_state_path_follows_broadsheet_home(home: Path):
    assert state_path() == home / "state.sqlite3"


def test_state_path_defaults_to_platformdirs_user_data(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv(ENV_HOME)
    expected = platformdirs.user_data_path("broadsheet", appauthor=False) / "state.sqlite3"
    assert state_path() == expected
    monkeypatch.setenv(ENV_HOME, "  ")  # blank counts as unset
    assert state_path() == expected


def test_open_creates_a_current_wal_database(home: Path):
    with State.open() as s:
        assert s.persistent and s.warning is None
        assert s.path == home / "state.sqlite3"
    conn = raw(home / "state.sqlite3")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


# --- read marks ----------------------------------------------------------------


def test_mark_read_and_unread(state: State):
    assert state.read_ids(ED) == set()
    state.mark_read(ED, "p1-a1")
    state.mark_read(ED, "p1-a1")  # twice is once
    state.mark_read(ED, "p1-a2")
    assert state.read_ids(ED) == {"p1-a1", "p1-a2"}
    state.mark_unread(ED, "p1-a1")
    state.mark_unread(ED, "p1-a1")  # unread stays unread
    assert state.read_ids(ED) == {"p1-a2"}


def test_read_marks_are_per_edition(state: State):
    state.mark_read(ED, "p1-a1")
    assert state.read_ids(ED2) == set()


def test_empty_ids_are_a_programming_error(state: State):
    with pytest.raises(ValueError):
        state.mark_read("", "p1-a1")
    with pytest.raises(ValueError):
        state.add_bookmark(ED, "", "t")


# --- positions -----------------------------------------------------------------


def test_position_set_get_and_last(state: State, tmp_path: Path):
    assert state.get_position(ED) is None
    assert state.last_position() is None
    state.set_position(ED, "p1-a1", leaf="body.5", scroll=12.5, edition_path=tmp_path / "a.json")
    state.set_position(ED2, "p2-a1", scroll=3)
    pos = state.get_position(ED)
    assert pos is not None
    assert (pos.item_id, pos.leaf, pos.scroll) == ("p1-a1", "body.5", 12.5)
    assert pos.edition_path == str(tmp_path / "a.json")
    assert state.last_position().edition_id == ED2
    state.set_position(ED, "p1-a2")  # reading the first edition again makes it the last
    last = state.last_position()
    assert last.edition_id == ED and last.item_id == "p1-a2"
    assert last.leaf is None and last.scroll == 0.0
    assert last.edition_path == str(tmp_path / "a.json")  # kept when not given


def test_position_path_is_stored_absolute(state: State, tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    state.set_position(ED, "p1-a1", edition_path="editions/kj.json")
    assert state.get_position(ED).edition_path == str(tmp_path / "editions" / "kj.json")


@pytest.mark.parametrize("scroll", [-1, float("nan"), float("inf")])
def test_position_rejects_bad_scroll(state: State, scroll: float):
    with pytest.raises(ValueError):
        state.set_position(ED, "p1-a1", scroll=scroll)


# --- articles left part-read ----------------------------------------------------


def test_an_article_left_part_read_is_kept_until_left_at_its_top(home: Path):
    with State.open() as s:
        s.leave(ED, "p1-a1", leaf="body.4", scroll=17)
        s.leave(ED, "p1-a2", leaf="body.2", scroll=5)
        s.leave(ED2, "p1-a1", leaf="body.9", scroll=40)  # the same id in another edition
        s.leave(ED, "p1-a2", leaf=None, scroll=0)  # back at its top, or read to its end
    with State.open() as s:  # a later session
        left = s.all_left()
        assert set(left) == {(ED, "p1-a1"), (ED2, "p1-a1")}
        place = left[ED, "p1-a1"]
        assert (place.item_id, place.leaf, place.scroll) == ("p1-a1", "body.4", 17)
        s.leave(ED, "p1-a1", leaf="body.6", scroll=25)  # left further down: the new place
        assert s.all_left()[ED, "p1-a1"].scroll == 25


def test_forgetting_an_edition_forgets_its_articles_left_part_read(state: State):
    state.leave(ED, "p1-a1", leaf="body.4", scroll=17)
    state.leave(ED2, "p1-a1", leaf="body.4", scroll=17)
    state.forget(ED)
    assert set(state.all_left()) == {(ED2, "p1-a1")}


@pytest.mark.parametrize("scroll", [-1, float("nan"), float("inf")])
def test_a_part_read_place_rejects_bad_scroll(state: State, scroll: float):
    with pytest.raises(ValueError):
        state.leave(ED, "p1-a1", leaf=None, scroll=scroll)


# --- bookmarks -----------------------------------------------------------------


def test_bookmarks_newest_first_across_editions(state: State):
    a = state.add_bookmark(ED, "p1-a1", "AI 실증")
    b = state.add_bookmark(ED2, "p2-a1", "경제", leaf="body.3", edition_path="e/k.json")
    c = state.add_bookmark(ED, "p1-a1", "AI 실증 (문단)", leaf="body.2")
    assert [x.id for x in state.bookmarks()] == [c.id, b.id, a.id]
    assert [x.id for x in state.bookmarks(ED)] == [c.id, a.id]
    assert b.leaf == "body.3" and a.leaf is None
    assert b.edition_path == os.path.abspath("e/k.json")
    assert a.created_at < b.created_at < c.created_at
    assert a.created_at.tzinfo is not None
    assert [(x.item_id, x.leaf) for x in state.bookmarks(ED)] == [
        ("p1-a1", "body.2"),
        ("p1-a1", None),
    ]


def test_bookmark_again_updates_title_not_duplicates(state: State):
    first = state.add_bookmark(ED, "p1-a1", "old")
    again = state.add_bookmark(ED, "p1-a1", "new")
    assert again.id == first.id and again.created_at == first.created_at
    assert [b.title for b in state.bookmarks()] == ["new"]


def test_delete_bookmarks(state: State):
    whole = state.add_bookmark(ED, "p1-a1", "t")
    leaf = state.add_bookmark(ED, "p1-a1", "t", leaf="body.1")
    assert state.delete_bookmark(whole.id) is True
    assert [b.leaf for b in state.bookmarks()] == ["body.1"]
    assert state.delete_bookmark(leaf.id) is True
    assert state.delete_bookmark(leaf.id) is False
    assert state.bookmarks() == []


# --- restarts and sharing ------------------------------------------------------


def test_state_survives_a_restart(home: Path):
    with State.open() as s:
        s.mark_read(ED, "p1-a1")
        s.set_position(ED, "p1-a2", leaf="body.4", scroll=7)
        s.add_bookmark(ED, "p1-a1", "AI 실증")
    with State.open() as again:
        assert "p1-a1" in again.read_ids(ED)
        pos = again.last_position()
        assert (pos.edition_id, pos.item_id, pos.leaf, pos.scroll) == (ED, "p1-a2", "body.4", 7)
        assert [b.title for b in again.bookmarks()] == ["AI 실증"]


def test_two_open_states_see_each_others_changes(home: Path):
    # Each change commits on its own, so a second broadsheet sees it at once.
    with State.open() as one, State.open() as two:
        one.mark_read(ED, "p1-a1")
        assert "p1-a1" in two.read_ids(ED)
        two.mark_unread(ED, "p1-a1")
        assert "p1-a1" not in one.read_ids(ED)
        two.add_bookmark(ED, "p1-a1", "t")
        assert len(one.bookmarks()) == 1


def test_usable_from_a_worker_thread(state: State):
    errors: list[BaseException] = []

    def work() -> None:
        try:
            state.mark_read(ED, "p9-a9")
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)

    t = threading.Thread(target=work)
    t.start()
    t.join()
    assert errors == [] and "p9-a9" in state.read_ids(ED)
