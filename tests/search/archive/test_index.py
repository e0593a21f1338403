"""The index file: rebuilt when stale or damaged, kept in the cache for a read-only folder."""

from __future__ import annotations

import os
import sqlite3

import pytest

from reader.errors import BroadsheetError
from reader.search.archive import INDEX_NAME, SCHEMA, Archive, index_path
from reader.search.archive import index as index_module


def test_an_index_of_an_older_schema_is_rebuilt(folder_copy):
    with Archive(folder_copy) as archive:
        archive.update()
        path = archive.path
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA - 1}")
    db.execute("DROP TABLE items")
    db.execute("CREATE TABLE items(whatever)")  # what an older layout might look like
    db.commit()
    db.close()
    with Archive(folder_copy) as archive:
        assert archive.update().added == 4
        assert list(archive.search("ㅇㅅㅈ"))


def test_an_index_made_with_other_tokens_is_rebuilt(folder_copy):
    with Archive(folder_copy) as archive:
        archive.update()
        archive.index.db.execute("UPDATE meta SET value = 'other' WHERE key = 'fingerprint'")
    with Archive(folder_copy) as archive:
        assert archive.update().added == 4


def test_a_damaged_index_is_rebuilt(folder_copy):
    (folder_copy / INDEX_NAME).write_bytes(b"not a database at all" * 100)
    with Archive(folder_copy) as archive:
        assert archive.update().added == 4


@pytest.mark.parametrize(
    "damage",
    [
        "DROP TABLE meta",
        "DROP TABLE items",
        "DROP TABLE word_fts",
        "DROP TABLE text_fts_data",  # one of FTS5's own tables
        "ALTER TABLE editions DROP COLUMN paper",
    ],
)
def test_an_index_with_a_table_gone_or_changed_is_rebuilt(folder_copy, capsys, damage):
    from reader.cli import main

    with Archive(folder_copy) as archive:
        archive.update()
        path = archive.path
    db = sqlite3.connect(path)
    db.execute(damage)
    db.commit()
    db.close()
    assert main(["search", "ㅇㅅㅈ", "--all", str(folder_copy), "--json"]) == 0
    out = capsys.readouterr()
    assert out.err == ""
    assert '"match":"오상진"' in out.out
    with Archive(folder_copy) as archive:
        assert archive.update().added == 0  # rebuilt whole by the search above


def test_a_read_only_folder_keeps_its_index_in_the_cache(folder_copy, monkeypatch, tmp_path):
    home = tmp_path / "home"
    monkeypatch.setenv("BROADSHEET_HOME", str(home))
    folder_copy.chmod(0o555)
    try:
        if os.geteuid() == 0:  # root may write anywhere: make the folder look read-only
            monkeypatch.setattr(index_module, "_writable", lambda folder: False)
        where = index_path(folder_copy)
        assert where.parent == home / "cache" / "archive"
        with Archive(folder_copy) as archive:
            assert archive.path == where
            assert archive.update().added == 4
            assert list(archive.search("ㅇㅅㅈ"))
        assert not any(p.name.startswith(INDEX_NAME) for p in folder_copy.iterdir())
        assert where.exists()
    finally:
        folder_copy.chmod(0o755)


def test_a_folder_that_is_not_one(tmp_path):
    with pytest.raises(BroadsheetError, match="not a folder"):
        Archive(tmp_path / "missing")
