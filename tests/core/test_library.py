"""Finding and loading editions for the reader: the shelf (reader.library)."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest

from reader import library as library_mod
from reader import store
from reader.catalog import catalog_path
from reader.errors import BroadsheetError
from reader.library import Entry, Library, open_library
from tests.editions import SEED_JSON, SEED_TXT, multi_page, seed, shelf


def test_open_one_file():
    lib, start = open_library(SEED_JSON)
    assert len(lib) == 1 and start == 0
    assert lib.entries[0].edition == seed()


def test_open_page_text_ingests_in_memory(tmp_path: Path):
    lib, start = open_library(SEED_TXT)
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
    lib = Library(
        [Entry.of(seed()), Entry(name="bad", error="bad: broken"), Entry.of(multi_page())]
    )
    assert lib.step(0, 1) == 1 and lib.entries[1].date == "2026-02-05"
    assert lib.step(1, 1) is None and lib.step(0, -1) is None


# --- heads remembered between runs (reader.catalog) ---------------------------------


def _head_reads(monkeypatch) -> list[str]:
    """The edition files whose heads are read from disk (not from the catalog)."""
    reads: list[str] = []
    decode = store._head_decoder.decode

    class Counting:
        def decode(self, data):
            head = decode(data)
            reads.append(head.id)
            return head

    monkeypatch.setattr(store, "_head_decoder", Counting())
    return reads


def _shown(lib: Library) -> list[tuple]:
    return [(e.name, e.id, e.paper, e.date, e.articles, e.error is None) for e in lib.entries]


def test_a_folder_reads_only_new_and_changed_heads_on_the_next_run(tmp_path, monkeypatch):
    folder = shelf(tmp_path / "eds", seed(), multi_page("2026-02-05"), broken=True)
    reads = _head_reads(monkeypatch)
    first, start = open_library(folder)
    assert sorted(reads) == sorted(e.id for e in first.entries if e.id)  # every head, once
    reads.clear()
    again, again_start = open_library(folder)
    assert reads == []  # the catalog knew them all
    assert (_shown(again), again_start) == (_shown(first), start)
    assert again.entries[again_start].edition == multi_page("2026-02-05")

    # A new edition is read; a changed one is read again and shows its new head.
    shelf(folder, multi_page("2026-02-06", issue=8022))
    changed = multi_page("2026-02-03", issue=8019)
    path = folder / "광남일보-2026-02-05.json"
    path.write_bytes(store.to_json(changed))
    reads.clear()
    lib, start = open_library(folder)
    assert sorted(reads) == sorted([changed.id, "광남일보-2026-02-06"])
    assert lib.entries[start].date == "2026-02-06"
    assert [e.date for e in lib.entries] == ["2026-02-03", "2026-02-04", "2026-02-06", None]
    assert next(e for e in lib.entries if e.name == path.name).date == "2026-02-03"

    # A removed one is gone, and the catalog forgets it.
    (folder / "광남일보-2026-02-06.json").unlink()
    reads.clear()
    lib, _ = open_library(folder)
    assert reads == [] and [e.date for e in lib.entries] == ["2026-02-03", "2026-02-04", None]
    records = msgspec.msgpack.decode(catalog_path(folder).read_bytes())["records"]
    assert {name for name, _, _ in records} == {"광남일보-2026-02-04.json", path.name}


@pytest.mark.parametrize("damage", [b"", b"\x00garbage\xff", b"\x93\x01\x01\x90"])
def test_a_damaged_catalog_is_read_again_from_the_files(tmp_path, monkeypatch, damage):
    folder = shelf(tmp_path / "eds", seed(), multi_page("2026-02-05"))
    expected = _shown(open_library(folder)[0])
    catalog_path(folder).write_bytes(damage)
    reads = _head_reads(monkeypatch)
    lib, _ = open_library(folder)
    assert _shown(lib) == expected and len(reads) == 2
    reads.clear()
    open_library(folder)  # and it was written anew
    assert reads == []


def test_an_unwritable_cache_only_costs_the_reads(tmp_path, monkeypatch):
    folder = shelf(tmp_path / "eds", seed(), multi_page("2026-02-05"))
    blocked = tmp_path / "home"
    blocked.write_text("a file where the cache folder would be", encoding="utf-8")
    monkeypatch.setenv("BROADSHEET_HOME", str(blocked))
    reads = _head_reads(monkeypatch)
    for _ in range(2):
        lib, start = open_library(folder)
        assert lib.entries[start].date == "2026-02-05"
    assert len(reads) == 4


def test_an_edition_file_opens_among_the_editions_beside_it(tmp_path: Path):
    folder = shelf(tmp_path / "eds", seed(), multi_page("2026-02-05"), multi_page("2026-02-06"))
    lib, start = open_library(folder / "광남일보-2026-02-05.json")
    assert [e.date for e in lib.entries] == ["2026-02-04", "2026-02-05", "2026-02-06"]
    assert start == 1 and lib.entries[start].edition is not None
    assert lib.step(start, -1) == 0 and lib.step(start, 1) == 2


def test_an_edition_is_found_by_its_id_and_by_its_file(tmp_path: Path):
    folder = shelf(tmp_path / "eds", seed(), multi_page("2026-02-06"))
    other = shelf(tmp_path / "other", multi_page("2026-02-05"))
    lib, start = open_library(folder)
    assert len(lib) == 2 and lib.find("광남일보-2026-02-06") == start == 1
    assert lib.find("광남일보-2026-02-05") is None and lib.entry("광남일보-2026-02-05") is None
    assert lib.folder_of(start) == folder
    # A file of another folder is put on the shelf, in date order.
    assert lib.index_of(other / "광남일보-2026-02-05.json") == 1
    assert [e.date for e in lib.entries] == ["2026-02-04", "2026-02-05", "2026-02-06"]
    assert lib.index_of(folder / ".." / "eds" / "광남일보-2026-02-06.json") == 2  # known
    assert lib.entry("광남일보-2026-02-05") is lib.entries[1] and len(lib) == 3


def _ingested_from(edition, source: str, *, masthead: bool = True):
    """An edition as ingested from a source of that name, its masthead found or not."""
    source_of = msgspec.structs.replace(edition.source, name=source)
    if masthead:
        return msgspec.structs.replace(edition, source=source_of)
    return msgspec.structs.replace(edition, source=source_of, id=source, masthead=None)


def test_an_undated_edition_takes_its_date_and_paper_from_its_file_name(tmp_path: Path):
    """hanbit-2026-02-06.json, no masthead, beside 광남일보 editions ingested from
    hanbit-... sources: it is that paper's, between the 5th and the 7th."""
    folder = shelf(
        tmp_path / "eds",
        _ingested_from(multi_page("2026-02-05"), "hanbit-2026-02-05"),
        _ingested_from(multi_page("2026-02-06"), "hanbit-2026-02-06", masthead=False),
        _ingested_from(multi_page("2026-02-07"), "hanbit-2026-02-07"),
        _ingested_from(multi_page("2026-02-08"), "scan-2026-02-08", masthead=False),
    )
    lib, start = open_library(folder)
    shown = [(e.name, e.paper, e.date, e.named) for e in lib.entries]
    assert shown == [
        ("광남일보-2026-02-05.json", "광남일보", "2026-02-05", False),
        ("hanbit-2026-02-06.json", "광남일보", "2026-02-06", True),
        ("광남일보-2026-02-07.json", "광남일보", "2026-02-07", False),
        ("scan-2026-02-08.json", "scan", "2026-02-08", True),
    ]
    assert lib.step(0, 1) == 1 and lib.step(1, 1) == 2 and lib.step(2, 1) is None


def test_undated_editions_of_no_paper_are_no_run_of_editions(tmp_path: Path):
    folder = shelf(
        tmp_path / "s4",
        _ingested_from(multi_page("2026-02-05"), "03_regional_briefs", masthead=False),
        _ingested_from(multi_page("2026-02-06"), "04_letters", masthead=False),
        _ingested_from(multi_page("2026-02-07"), "05_reader_qa", masthead=False),
    )
    lib, start = open_library(folder / "04_letters.json")
    assert [e.paper for e in lib.entries] == [None, None, None]
    assert lib.step(start, 1) is None and lib.step(start, -1) is None


def test_page_text_read_in_memory_has_no_folder():
    lib, start = open_library(SEED_TXT)
    assert lib.folder_of(start) is None


def test_a_symlinked_edition_file_finds_its_photos_beside_the_file_it_names(tmp_path: Path):
    folder = shelf(tmp_path / "eds", seed())
    (tmp_path / "links").mkdir()
    link = tmp_path / "links" / "광남일보-2026-02-04.json"
    link.symlink_to(Path("..") / "eds" / "광남일보-2026-02-04.json")
    lib, start = open_library(link)
    assert lib.folder_of(start) == folder  # where an ingest through the link saves them


def test_an_empty_folder_says_the_ingest_command_that_fills_it(tmp_path: Path):
    folder = tmp_path / "my papers"
    folder.mkdir()
    (folder / "notes.md").write_text("not a page", encoding="utf-8")
    with pytest.raises(BroadsheetError) as caught:
        open_library(folder)
    line = str(caught.value)
    assert "\n" not in line
    assert f"broadsheet ingest -o '{folder}' PAGE.pdf" in line  # quoted, as a shell reads it


def test_a_folder_of_page_text_is_no_empty_folder(tmp_path: Path):
    (tmp_path / "p1.txt").write_text(SEED_TXT.read_text(encoding="utf-8"), encoding="utf-8")
    library, index = open_library(tmp_path)  # the near miss: pages, ingested in memory
    assert library.load(index).pages
