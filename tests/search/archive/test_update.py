"""Keeping the index in step with its folder: incremental, crash-safe."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import msgspec
import pytest

from reader import store
from reader.model import Article, Block
from reader.search.archive import INDEX_NAME, Archive
from reader.search.archive import update as update_module


def vocabulary(archive: Archive) -> set[tuple[str, str, int]]:
    """Every token of both FTS tables with its document count."""
    db = archive.index.db
    db.execute("CREATE VIRTUAL TABLE temp.tv USING fts5vocab(main, text_fts, row)")
    db.execute("CREATE VIRTUAL TABLE temp.wv USING fts5vocab(main, word_fts, row)")
    rows = {("text", t, n) for t, n in db.execute("SELECT term, doc FROM temp.tv")}
    rows |= {("words", t, n) for t, n in db.execute("SELECT term, doc FROM temp.wv")}
    db.execute("DROP TABLE temp.tv")
    db.execute("DROP TABLE temp.wv")
    return rows


def loads(monkeypatch) -> list[str]:
    """The names of the edition files the archive decodes from now on."""
    seen: list[str] = []
    decode = store.from_json

    def counting(data, path=None):
        seen.append(Path(path).name)
        return decode(data, path)

    monkeypatch.setattr(store, "from_json", counting)
    return seen


def changed(edition, text: str):
    """The edition with one more article, so its file's bytes change."""
    page = edition.pages[0]
    extra = Article(id="extra-1", body=[Block("paragraph", text)])
    pages = [msgspec.structs.replace(page, items=[*page.items, extra]), *edition.pages[1:]]
    return msgspec.structs.replace(edition, pages=pages)


def test_first_update_indexes_every_edition(folder_copy, editions):
    with Archive(folder_copy) as archive:
        report = archive.update()
        assert (report.added, report.updated, report.removed, report.unchanged) == (4, 0, 0, 0)
        assert report.failed == []
        assert report.editions == 4
        assert report.items == sum(len(list(e.items())) for e in editions)
        assert archive.path == folder_copy.resolve() / INDEX_NAME
    assert store.find_editions(folder_copy) == sorted(folder_copy.glob("*.json"))  # index unseen


def test_only_changed_editions_are_read_again(folder_copy, editions, monkeypatch):
    seed, _, autumn, undated = editions
    with Archive(folder_copy) as archive:
        archive.update()
    seen = loads(monkeypatch)
    with Archive(folder_copy) as archive:
        report = archive.update()
        assert (report.added, report.updated, report.unchanged) == (0, 0, 4)
        assert seen == []

        store.save(changed(autumn, "새로 실린 쀍뛟 기사"), folder_copy)  # change one
        os.utime(folder_copy / f"{seed.id}.json", ns=(1, 1))  # touch one: same bytes
        (folder_copy / f"{undated.id}.json").unlink()  # remove one
        store.save(msgspec.structs.replace(autumn, id="extra"), folder_copy)  # add one
        report = archive.update()
        assert (report.added, report.updated, report.removed, report.unchanged) == (1, 1, 1, 2)
        assert sorted(seen) == sorted([f"{autumn.id}.json", "extra.json"])
        assert [r.edition_id for r in archive.search("쀍뛟")] == [autumn.id]
        assert not [r for r in archive.search("광주") if r.edition_id == undated.id]
        assert archive.update().unchanged == 4  # the touched file's new mtime was kept
    assert len(seen) == 2


def test_incremental_updates_leave_the_index_a_fresh_build_would_make(folder_copy, editions):
    with Archive(folder_copy) as archive:
        archive.update()
        store.save(changed(editions[1], "바뀐 기사"), folder_copy)
        (folder_copy / f"{editions[3].id}.json").unlink()
        archive.update()
        updated = vocabulary(archive)
    fresh_folder = folder_copy.parent / "fresh"
    shutil.copytree(folder_copy, fresh_folder, ignore=shutil.ignore_patterns(".*"))
    with Archive(fresh_folder) as fresh:
        fresh.update()
        assert updated == vocabulary(fresh)  # the deletes removed exactly what was inserted
    for path in store.find_editions(folder_copy):
        path.unlink()
    with Archive(folder_copy) as archive:
        report = archive.update()
        assert (report.removed, report.editions, report.items) == (3, 0, 0)
        assert vocabulary(archive) == set()
        assert list(archive.search("광주")) == []


def test_unreadable_editions_are_reported_and_skipped(folder_copy, monkeypatch):
    bad = folder_copy / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    newer = folder_copy / "newer.json"
    newer.write_bytes(b'{"schema": 99}')
    with Archive(folder_copy) as archive:
        report = archive.update()
        assert report.added == 4
        assert len(report.failed) == 2
        assert report.failed[0].startswith(f"{bad}: not valid JSON")
        assert "newer than this broadsheet reads" in report.failed[1]
        assert all("\n" not in line for line in report.failed)
        seen = loads(monkeypatch)
        assert archive.update().failed == report.failed  # reported again, not read again
        assert seen == []
        shutil.copy(folder_copy / "광남일보-2026-02-04.json", bad)
        report = archive.update()
        assert (report.added, len(report.failed)) == (1, 1)
        assert {r.edition_path for r in archive.search("ㅇㅅㅈ")} >= {str(bad)}


def test_an_edition_that_turns_bad_leaves_the_index(folder_copy):
    with Archive(folder_copy) as archive:
        archive.update()
        (folder_copy / "광남일보-2026-02-04.json").write_text("{}", encoding="utf-8")
        report = archive.update()
        assert (report.editions, len(report.failed)) == (3, 1)
        assert "광남일보" not in {r.paper for r in archive.search("ㅇㅅㅈ")}


def test_a_crash_midway_keeps_the_editions_indexed_before_it(folder_copy, monkeypatch):
    third = store.find_editions(folder_copy)[2].name
    columns = update_module.item_columns
    insert = update_module._insert
    current: list[str] = []
    calls = {"n": 0}

    def tracking(index, path, *args):
        current.append(path.name)
        return insert(index, path, *args)

    def failing(item):
        if current and current[-1] == third:
            calls["n"] += 1
            if calls["n"] == 4:
                raise RuntimeError("power cut")
        return columns(item)

    monkeypatch.setattr(update_module, "_insert", tracking)
    monkeypatch.setattr(update_module, "item_columns", failing)
    with Archive(folder_copy) as archive, pytest.raises(RuntimeError, match="power cut"):
        archive.update()
    monkeypatch.undo()
    assert calls["n"] == 4
    with Archive(folder_copy) as archive:
        indexed = {name for (name,) in archive.index.db.execute("SELECT name FROM editions")}
        assert indexed == {p.name for p in store.find_editions(folder_copy)[:2]}
        (count,) = archive.index.db.execute("SELECT count(*) FROM items").fetchone()
        assert count == sum(
            n for (n,) in archive.index.db.execute("SELECT items FROM editions")
        )  # nothing of the third
        assert {r.edition_path for r in archive.search("광주")} <= {
            str(folder_copy / name) for name in indexed
        }
        assert list(archive.search("광주"))
        report = archive.update()
        assert (report.added, report.unchanged, report.editions) == (2, 2, 4)


def test_an_update_can_be_retried_after_a_crash(folder_copy, monkeypatch):
    """A rolled-back first edition takes its sections and zlib dictionary with it."""
    columns = update_module.item_columns
    calls = {"n": 0}

    def failing_once(item):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("power cut")
        return columns(item)

    monkeypatch.setattr(update_module, "item_columns", failing_once)
    with Archive(folder_copy) as archive:
        with pytest.raises(RuntimeError):
            archive.update()
        assert archive.update().added == 4
    with Archive(folder_copy) as archive:
        assert {r.section for r in archive.search("광주")}
        assert list(archive.search("ㅇㅅㅈ"))
