"""`broadsheet search` without an EDITION searches what `broadsheet` opens without a
PATH: ./editions when it holds editions, else the sample shipped with broadsheet (never
its data files), so a word read in the reader is found by the command too."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from reader.cli import main
from reader.library import open_library, shipped_dir
from tests.editions import multi_page, shelf

ROOT = Path(__file__).resolve().parents[2]
SEED_JSON = ROOT / "editions" / "광남일보-2026-02-04.json"


@pytest.fixture
def sample(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A shipped folder as the package has it (the sample and the start clue's weights),
    and a current folder without ./editions."""
    shipped = tmp_path / "data"
    shipped.mkdir()
    shutil.copy(SEED_JSON, shipped / SEED_JSON.name)
    (shipped / "start_clue.json").write_text('{"bias": 0.5, "weights": {}}', encoding="utf-8")
    monkeypatch.setattr("reader.library.shipped_dir", lambda: shipped)
    (tmp_path / "home").mkdir()
    monkeypatch.chdir(tmp_path / "home")
    return shipped


def test_without_editions_here_the_reader_and_search_read_the_sample(sample, capsys):
    library, _start = open_library(None)
    assert [entry.path for entry in library.entries] == [sample / SEED_JSON.name]
    assert main(["search", "ㅇㅅㅈ"]) == 0
    out = capsys.readouterr()
    assert out.out.startswith("광남일보-2026-02-04  (4)\n")
    assert out.err == ""


def test_search_all_without_a_folder_searches_the_sample_and_says_nothing_of_its_data(
    sample, capsys
):
    assert main(["search", "ㅇㅅㅈ", "--all"]) == 0
    out = capsys.readouterr()
    assert out.out.startswith("2026-02-04 Wed 광남일보 p1 Interview")  # as the list names it
    assert out.err == ""


def test_search_all_from_an_empty_folder_writes_nothing_into_the_package(
    tmp_path, monkeypatch, capsys
):
    monkeypatch.chdir(tmp_path)
    before = sorted(p.name for p in shipped_dir().iterdir())
    assert main(["search", "ㅇㅅㅈ", "--all"]) == 0
    out = capsys.readouterr()
    assert sorted(p.name for p in shipped_dir().iterdir()) == before
    assert out.out.startswith("2026-02-04 Wed 광남일보 p1 Interview")  # as the list names it
    assert out.err == ""


def test_index_without_editions_here_indexes_the_sample_search_all_reads(sample, capsys):
    # Index and `search --all` agree on the folder, as the reader and search do.
    assert main(["index"]) == 0
    out = capsys.readouterr()
    assert out.out.startswith("editions: 1 added, 0 updated, 0 removed, 0 unchanged, 0 unread")
    assert out.err == ""
    assert sorted(p.name for p in sample.iterdir()) == sorted([SEED_JSON.name, "start_clue.json"])
    assert main(["search", "ㅇㅅㅈ", "--all"]) == 0
    assert capsys.readouterr().out.startswith("2026-02-04 Wed 광남일보 p1 Interview")
    assert main(["index"]) == 0  # the index search --all kept: nothing to read again
    assert capsys.readouterr().out.startswith("editions: 0 added, 0 updated, 0 removed, 1 unch")


def test_the_sample_folder_named_lists_no_unreadable_edition(sample, capsys):
    assert main(["index", str(sample)]) == 0
    out = capsys.readouterr()
    assert ", 0 unreadable\n" in out.out
    assert out.err == ""
    assert sorted(p.name for p in sample.iterdir()) == sorted([SEED_JSON.name, "start_clue.json"])


def test_editions_here_come_before_the_sample(sample, tmp_path, capsys):
    shelf(tmp_path / "home" / "editions", multi_page("2026-02-05"))
    assert main(["search", "광주", "--json"]) == 0
    assert '"edition":"광남일보-2026-02-05"' in capsys.readouterr().out.replace(" ", "")
    assert main(["search", "광주", "--all", "--json"]) == 0
    dates = {r["date"] for r in json.loads(capsys.readouterr().out)["results"]}
    assert dates == {"2026-02-05"}


def test_nothing_here_and_nothing_shipped_asks_for_an_edition(sample, capsys):
    for name in list(sample.iterdir()):
        name.unlink()
    assert main(["search", "광주"]) == 2
    assert capsys.readouterr().err == (
        "broadsheet: no edition files in ./editions and none shipped; name an EDITION\n"
    )
