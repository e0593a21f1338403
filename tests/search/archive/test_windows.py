"""Candidates come window by window, newest first; the first window is the first page."""

from __future__ import annotations

from reader import store
from reader.model import Article, Block, Text
from reader.search.archive import windows as windows_module
from tests.search.archive.dated import dated_edition, found_order


def test_windows_are_newest_first(tmp_path, monkeypatch):
    """Ranking never lifts an item above a newer window's."""
    monkeypatch.setattr(windows_module, "FIRST_WINDOW", 1)
    strong = Article(id="strong", headline=Text("실증밸리"), body=[Block("paragraph", "실증밸리")])
    weak = Article(id="weak", body=[Block("paragraph", "긴 이야기 끝에 실증밸리 한 번")])
    store.save(dated_edition("old", "2020-01-01", [strong]), tmp_path)
    store.save(dated_edition("new", "2024-01-01", [weak]), tmp_path)
    assert found_order(tmp_path, "실증밸리") == [("new", "weak"), ("old", "strong")]


def test_the_first_window_is_the_first_page_with_spares_for_choseong(archive, monkeypatch):
    sizes = []
    window = windows_module.window

    def spy(db, table, expr, scope, lo, hi, size):
        sizes.append(size)
        return window(db, table, expr, scope, lo, hi, size)

    monkeypatch.setattr(windows_module, "window", spy)
    monkeypatch.setattr(windows_module, "CHOSEONG_SPARE", 3)
    for query, first in (("광주", 20), ("ㅇㅅㅈ", 23), ("광주 오ㅅㅈ", 23)):
        sizes.clear()
        next(archive.search(query))
        assert sizes[0] == first, query
