"""Finding and loading editions for the reader, and `broadsheet [PATH]` errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cli import main
from reader.store import BroadsheetError
from reader.ui import library as library_mod
from reader.ui.library import Entry, Library, open_library
from tests.ui.editions import REPO, SEED_JSON, multi_page, seed, shelf


def test_open_one_file():
    lib, start = open_library(SEED_JSON)
    assert len(lib) == 1 and start == 0
    assert lib.entries[0].edition == seed()


def test_open_page_text_ingests_in_memory(tmp_path: Path):
    lib, start = open_library(REPO / "editions" / "광남일보-2026-02-04.txt")
    edition = lib.entries[start].edition
    assert edition is not None and edition.masthead.issue == 8020
    assert not list(tmp_path.iterdir())


def test_folder_opens_the_newest_by_masthead_date(tmp_path: Path):
    older, newer = seed(), multi_page("2026-02-05")
    folder = shelf(tmp_path / "eds", newer, older, broken=True)
    lib, start = open_library(folder)
    assert [e.date for e in lib.entries] == ["2026-02-04", "2026-02-05", None]
    assert lib.entries[start].edition == newer
    # Others are known from their heads only until asked for.
    assert lib.entries[0].edition is None and lib.entries[0].articles == 1
    broken = lib.entries[2]
    assert broken.error and "광남일보-2026-01-01.json" in broken.error and "\n" not in broken.error
    assert lib.load(0) == older


def test_folder_skips_an_unloadable_newest(tmp_path: Path):
    folder = shelf(tmp_path / "eds", seed())
    # Valid head, invalid body: only the full load finds out.
    bad = (folder / "광남일보-2026-02-04.json").read_text(encoding="utf-8")
    bad = bad.replace('"2026-02-04"', '"2026-03-01"').replace('"kind": "lead"', '"kind": "leed"')
    (folder / "z.json").write_text(bad, encoding="utf-8")
    lib, start = open_library(folder)
    assert lib.entries[start].date == "2026-02-04"
    assert any(e.error for e in lib.entries)


def test_no_path_prefers_editions_folder_then_shipped(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    lib, start = open_library(None)  # nothing here: the shipped copy
    assert lib.entries[start].path.parent == library_mod.shipped_dir()
    shelf(tmp_path / "editions", multi_page("2026-02-05"))
    lib, start = open_library(None)
    assert lib.entries[start].date == "2026-02-05"


def test_nothing_anywhere_is_one_clear_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(library_mod, "shipped_dir", lambda: tmp_path / "none")
    with pytest.raises(BroadsheetError, match="give a PATH"):
        open_library(None)


def test_step_skips_failed_entries():
    lib = Library([Entry.of(seed()), Entry(name="bad", error="bad: broken"),
                   Entry.of(multi_page())])
    assert lib.step(0, 1) == 1 and lib.entries[1].date == "2026-02-05"
    assert lib.step(1, 1) is None and lib.step(0, -1) is None


@pytest.mark.parametrize("make", [
    lambda p: p / "missing.json",
    lambda p: (p / "empty.json").write_bytes(b"") and p / "empty.json",
    lambda p: shelf(p / "broken", broken=True),
])
def test_cli_errors_are_one_line_and_exit_2(tmp_path, capsys, make):
    path = make(tmp_path)
    assert main([str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("broadsheet: ") and err.count("\n") == 1


def test_cli_opens_the_app_with_settings(tmp_path, monkeypatch, home):
    home.mkdir()
    (home / "settings.toml").write_text(
        'show_ads = false\nmeasure = 60\n[keys]\nnext_article = "n"\nnope = "x"\n',
        encoding="utf-8",
    )
    seen = {}

    from reader.ui.app import BroadsheetApp

    def fake_run(self):
        seen.update(app=self)

    monkeypatch.setattr(BroadsheetApp, "run", fake_run)
    assert main([str(SEED_JSON)]) == 0
    app = seen["app"]
    assert app._show_ads is False and app._measure == 60
    assert any("keys.nope" in w for w in app._warnings)
