"""Another broadsheet writing the same index meanwhile: its work is seen, never broken."""

from __future__ import annotations

import shutil

from reader import store
from reader.search.archive import Archive
from reader.search.archive import index as index_module
from reader.search.archive import update as update_module


def test_an_index_opened_empty_reads_the_dictionary_another_process_wrote(folder_copy, tmp_path):
    empty = tmp_path / "other"
    empty.mkdir()
    with Archive(empty) as first:
        first.update()  # no edition yet: no zlib dictionary
        for path in store.find_editions(folder_copy):
            shutil.copy2(path, empty)
        with Archive(empty) as second:
            assert second.update().added == 4  # writes the dictionary and the items
        gone = store.find_editions(empty)[0]
        gone.unlink()
        for path in store.find_editions(empty):
            path.touch()
        report = first.update()  # removes the gone edition's items: unpacks them
        assert (report.removed, report.editions) == (1, 3)
        assert {r.paper for r in first.search("광주")}


def test_an_index_another_process_creates_while_this_one_looks_is_kept(folder_copy, monkeypatch):
    looked = index_module._current
    others: list[Archive] = []
    calls: list[int] = []

    def meanwhile(db, fingerprint):
        verdict = looked(db, fingerprint)
        calls.append(1)
        if len(calls) == 1:  # the first look finds no index; another creates and fills it now
            others.append(Archive(folder_copy))
            others[0].update()
        return verdict

    monkeypatch.setattr(index_module, "_current", meanwhile)
    with Archive(folder_copy) as first:
        assert first.update().unchanged == 4  # the other's work is there, not deleted
    others[0].close()


def test_an_edition_deleted_after_the_listing_is_removed_not_unreadable(folder_copy, monkeypatch):
    with Archive(folder_copy) as archive:
        archive.update()
        for path in store.find_editions(folder_copy):
            path.touch()
        listed = store.find_editions(folder_copy)
        monkeypatch.setattr(update_module.store, "find_editions", lambda folder: listed)
        listed[1].unlink()  # deleted after the listing, before it is read
        report = archive.update()
        assert report.failed == []
        assert (report.removed, report.unchanged, report.editions) == (1, 3, 3)
        assert archive.update().removed == 0
