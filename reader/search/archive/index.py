"""The index file of a folder: where it lives, its tables, opening it, its transactions.

The index is ``.broadsheet-index.sqlite3`` in the folder, or, when the folder is
read-only or the package's own sample, a file in the cache dir ($BROADSHEET_HOME/cache,
else platformdirs'). It is a cache: a file from another schema, tokenizer or Unicode
version, or one SQLite cannot read, is deleted and rebuilt.
"""

from __future__ import annotations

import functools
import hashlib
import os
import sqlite3
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reader import hanja, library
from reader.errors import BroadsheetError
from reader.i18n import _
from reader.model import SCHEMA as EDITION_SCHEMA
from reader.model import Article, Block, Text
from reader.search.archive.codec import Codec
from reader.search.archive.fts import TEXT_COLUMNS, WORD_COLUMNS, item_columns
from reader.settings import folder_cache

SCHEMA = 4  # 2: an undated edition's rows are of its file name's day; 3: items.printed;
# 4: items.section_inferred
INDEX_NAME = ".broadsheet-index.sqlite3"
_TIMEOUT = 5.0  # seconds to wait for another broadsheet's write


def _writable(folder: Path) -> bool:
    own = folder / INDEX_NAME
    return os.access(folder, os.W_OK | os.X_OK) and (
        not own.exists() or os.access(own, os.R_OK | os.W_OK)
    )


def index_path(folder: str | os.PathLike[str]) -> Path:
    """Where the index of a folder lives: in it, or in the cache when it is read-only
    or the shipped sample's."""
    where = Path(folder).resolve()
    if _writable(where) and not library.is_shipped(where):
        return where / INDEX_NAME
    return folder_cache("archive", where, ".sqlite3")


def _fingerprint() -> str:
    """Changes whenever the tokens of the same text would: then 'delete' would miss.
    Installing, removing or updating the Hanja dictionary changes it too."""
    probe = Article(
        id="p",
        headline=Text("‘광주를’ 빌려드립니다 ＡＩ·Ⅻ"),
        body=[
            Block(
                "paragraph",
                "오상진 단장\n「ㄱ」 ﬁ İ ß e\u0301 \u1100\u1161\u11a8 ①½ 𝐀 _% ㆍ 4,120 30 퍼센트",
            )
        ],
    )
    # The probe has no Hanja (reading one would read the dictionary): its identity
    # stands for the readings.
    text = (
        f"{item_columns(probe)!r} {unicodedata.unidata_version} {EDITION_SCHEMA} {hanja.identity()}"
        " meta:hanja"  # since the archive's Hanja are kept (meta 'hanja'): rebuilt once
    )
    return hashlib.sha256(text.encode()).hexdigest()[:16]


# The FTS tables hold no content: the stored items regenerate an item's tokens for
# FTS5's 'delete' command (SQLite 3.40 has no contentless_delete).
# IF NOT EXISTS (dropped from sqlite_master's text): creating is idempotent.
_CREATE = f"""
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value NOT NULL);
CREATE TABLE IF NOT EXISTS editions(
    base INTEGER PRIMARY KEY,       -- row id of its first item
    name TEXT NOT NULL UNIQUE,      -- file name in the folder
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    edition_id TEXT NOT NULL,
    paper TEXT,
    date TEXT,
    items INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS sections(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS items(
    id INTEGER PRIMARY KEY,         -- the row id in both FTS tables
    page INTEGER NOT NULL,          -- the page's place in its edition (Page.number)
    printed TEXT,                   -- the number the page prints (A6), if it prints one
    section INTEGER NOT NULL REFERENCES sections(id),
    section_inferred INTEGER NOT NULL,  -- the ingest gave the section (the page prints none)
    data BLOB NOT NULL              -- zlib(msgpack(item without spans), zdict)
);
CREATE TABLE IF NOT EXISTS failed(
    name TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    reason TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS text_fts USING fts5({", ".join(TEXT_COLUMNS)},
    content='', tokenize='ascii');
CREATE VIRTUAL TABLE IF NOT EXISTS word_fts USING fts5({", ".join(WORD_COLUMNS)},
    content='', tokenize='ascii', detail=none);
PRAGMA user_version = {SCHEMA};
"""


def _connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=_TIMEOUT, isolation_level=None)
    # WAL: searches read while an update writes; NORMAL is safe from corruption in WAL.
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    return db


@functools.cache
def _tables() -> frozenset[tuple[str, str, str | None]]:
    """The tables (FTS5's own too) and indexes a new index has, with their SQL."""
    db = sqlite3.connect(":memory:")
    try:
        db.executescript(_CREATE)
        return frozenset(db.execute("SELECT type, name, sql FROM sqlite_master"))
    finally:
        db.close()


def _current(db: sqlite3.Connection, fingerprint: str) -> bool:
    if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA:
        return False
    # A table dropped or changed by hand is a damaged cache like any other: rebuilt.
    if frozenset(db.execute("SELECT type, name, sql FROM sqlite_master")) != _tables():
        return False
    row = db.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
    return row is not None and row[0] == fingerprint


def _unreadable(e: sqlite3.DatabaseError) -> bool:
    """True when the file is no index at all; a lock or a permission is not that."""
    code = e.sqlite_errorcode & 0xFF
    return code in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT)


def _empty(db: sqlite3.Connection) -> bool:
    (count,) = db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return bool(count == 0)


def _create(db: sqlite3.Connection, fingerprint: str) -> None:
    """The tables, unless another process made them since: decided under the write lock,
    so two first openers both succeed (executescript would commit the lock away)."""
    db.execute("BEGIN IMMEDIATE")
    try:
        if not _current(db, fingerprint):
            for statement in filter(str.strip, _CREATE.split(";\n")):
                db.execute(statement)
            db.execute("INSERT OR REPLACE INTO meta VALUES ('fingerprint', ?)", (fingerprint,))
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def _open(path: Path) -> sqlite3.Connection:
    fingerprint = _fingerprint()
    try:
        db = None
        try:
            db = _connect(path)
            if _current(db, fingerprint):  # the common case: no write lock taken
                return db
            db.execute("BEGIN IMMEDIATE")
            stale = not _current(db, fingerprint) and not _empty(db)
            db.execute("ROLLBACK")
            if not stale:  # new, or made by another process meanwhile
                _create(db, fingerprint)
                return db
        except sqlite3.DatabaseError as e:
            if not _unreadable(e):
                raise
        if db is not None:
            db.close()
        # Another schema or tokenizer, or no database: it is only a cache, start again.
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        db = _connect(path)
        _create(db, fingerprint)
        return db
    except sqlite3.DatabaseError as e:
        raise BroadsheetError(
            path, _("cannot open the index ({reason})").format(reason=e)
        ) from None
    except OSError as e:
        reason = _("cannot open the index ({reason})").format(reason=e.strerror)
        raise BroadsheetError(path, reason) from None


class Index:
    """An open index file: its connection, the codec of its stored items, and the
    section ids looked up so far. Both caches are forgotten when a transaction rolls
    back, as what they hold may be gone with it."""

    def __init__(self, path: Path):
        self.path = path
        self.db = _open(path)
        self._reload()

    def _reload(self) -> None:
        self.sections: dict[str, int] = {}
        self._codec = Codec(None)

    @property
    def codec(self) -> Codec:
        """The codec; while it has no dictionary, another process may have stored the
        first edition since it was read, so the dictionary is read again."""
        if self._codec.zdict is None:
            row = self.db.execute("SELECT value FROM meta WHERE key = 'zdict'").fetchone()
            self._codec.zdict = row[0] if row else None
        return self._codec

    def hanja(self) -> frozenset[str]:
        """The Hanja of every edition indexed (and of some removed since)."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'hanja'").fetchone()
        return frozenset(row[0]) if row else frozenset()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            self._reload()
            raise
        self.db.execute("COMMIT")

    def close(self) -> None:
        self.db.close()
