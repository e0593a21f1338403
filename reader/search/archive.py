"""Search across every edition of a folder: an SQLite FTS5 index kept beside them.

    with Archive("editions") as archive:
        archive.update(progress)              # only changed editions are reindexed
        for result in archive.search("실증밸리 from:2025"):
            result.date, result.title, result.hits   # hits as in the edition

The index is ``.broadsheet-index.sqlite3`` in the folder, or, when the folder is
read-only, a file in the cache dir ($BROADSHEET_HOME/cache, else platformdirs').
It is a cache: a file from another schema, tokenizer or Unicode version, or one
SQLite cannot read, is deleted and rebuilt.

Matching is exactly the in-edition search's: the FTS5 tables (see archive_fts)
only propose candidate items, a superset of the matches; each is confirmed and
highlighted by reader.search on the item's leaves, stored beside the index
(msgpack without spans, zlib with a dictionary sampled from the first edition
indexed). The stored items also regenerate an item's tokens for FTS5's 'delete'
command, so the tables need no content (SQLite 3.40 has no contentless_delete).

Order: newest first by windows of candidates (FIRST_WINDOW = 20 newest, the
first page, and CHOSEONG_SPARE = 4 more when a term is 초성; then twice as many
each time up to WINDOW = 512), and inside each window by Okapi bm25 (k1 1.2,
b 0.75), newest first on ties. Every candidate of a window is confirmed before
any is ranked, so each term's frequency is exact: its occurrences in the item as
the matcher finds them, one in a headline, subheadline or ad title counting
TITLE_WEIGHT times (a BM25F-style boost). The document length is the characters
of the item's stored leaves, against the average of the window's matches. A
term's idf is taken over the items whose row ids lie between the window's oldest
and newest candidate: how many of them the term's own MATCH finds, one query per
term and window (about 0.1 ms), and only for queries of two terms or more, since
one term's idf orders nothing.

What was measured and dropped, on ten years of daily 40-page editions: FTS5's
bm25() counts every match of each phrase in the whole table on every query
(31 ms for 인공지능 even with LIMIT); document counts from an fts5vocab 'row'
table are no cheaper (it walks the token's whole doclist: 113 ms for 광주, 16 ms
for 인공); term frequencies need the text, and reading a candidate costs about
0.09 ms (decompressing and decoding it 0.02 ms, confirming it 0.06 ms), so a
window must stay small for the first page to come within a few milliseconds.
The first window is the first page, and each candidate that fails confirmation
costs that page the next window, twice as big. A plain term's candidates hardly
ever fail: none of 2,000 for each plain query of the archive benchmark (only
punctuation inside a term, or a term across two leaves, fools the bigrams). A
초성 term's often do (2.5 to 5 % for ㅇㅅㅈ and ㅌㅅㅈㄹ: 40 to 60 % of their
windows of 20 would fall short, 0 to 3 % of their windows of 24), hence the
spare candidates. bm25 reorders what is newest, and the later, bigger windows
rank more of the archive at once.

Row ids carry the order: day << 24 | slot << 16 | item index, where day is the
edition's date as a proleptic ordinal and slot tells apart editions of one day;
undated editions take days below UNDATED_DAYS (before year 12). A date filter is
a range of row ids. Wider row ids would make the index bigger: FTS5 stores
the gaps between them.

An Archive's connection belongs to the thread that opened it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import os
import sqlite3
import time
import unicodedata
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

import msgspec

from reader import store
from reader.model import SCHEMA as EDITION_SCHEMA
from reader.model import Article, Block, Edition, Item, Text
from reader.search.archive_confirm import Confirmed, Confirmer
from reader.search.archive_fts import (
    TEXT_COLUMNS,
    WORD_COLUMNS,
    Match,
    item_columns,
    match_expressions,
)
from reader.search.archive_query import ArchiveQuery, key, parse_archive_query
from reader.search.edition import Hit
from reader.search.query import Query
from reader.settings import folder_cache
from reader.store import BroadsheetError

SCHEMA = 1
INDEX_NAME = ".broadsheet-index.sqlite3"
FIRST_WINDOW = 20  # the first page
CHOSEONG_SPARE = 4  # more in a 초성 query's first window: its candidates fail more often
WINDOW = 512
TITLE_WEIGHT = 3  # an occurrence in a headline, subheadline or ad title counts thrice
BM25_K1 = 1.2
BM25_B = 0.75

_ITEM_BITS = 16
_SLOT_BITS = 8
_DAY_SHIFT = _ITEM_BITS + _SLOT_BITS
UNDATED_DAYS = 4096
_LAST_ROWID = (1 << 63) - 1
_TIMEOUT = 5.0  # seconds to wait for another broadsheet's write
_ZDICT_SIZE = 32 * 1024  # zlib's window
_ZDICT_CHUNK = 1024
_DECODER = msgspec.msgpack.Decoder(Item)  # one decoder for every stored item: made once


Progress = Callable[[int, int], None]


class ArchiveResult(msgspec.Struct, frozen=True):
    """One article or ad that matches, and its hits as the edition's search gives them."""

    edition_id: str
    edition_path: str
    paper: str | None
    date: str | None  # ISO yyyy-mm-dd
    item_id: str
    kind: str  # "article" | "ad"
    page: int
    section: str
    title: str
    hits: list[Hit]


class UpdateReport(msgspec.Struct):
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    failed: list[str] = []  # one line per edition file that cannot be read
    editions: int = 0  # in the index afterwards
    items: int = 0
    seconds: float = 0.0


def _writable(folder: Path) -> bool:
    own = folder / INDEX_NAME
    return os.access(folder, os.W_OK | os.X_OK) and (
        not own.exists() or os.access(own, os.R_OK | os.W_OK)
    )


def index_path(folder: str | os.PathLike[str]) -> Path:
    """Where the index of a folder lives: in it, or in the cache when it is read-only."""
    where = Path(folder).resolve()
    if _writable(where):
        return where / INDEX_NAME
    return folder_cache("archive", where, ".sqlite3")


# --- stored items ----------------------------------------------------------------


def _bare(value: object) -> object:
    """Builtins without the source spans: hits are offsets into leaf text."""
    if isinstance(value, dict):
        return {k: _bare(v) for k, v in value.items() if k != "spans"}
    if isinstance(value, list):
        return [_bare(v) for v in value]
    return value


def _encode(item: Item) -> bytes:
    return msgspec.msgpack.encode(_bare(msgspec.to_builtins(item)))


def _sample(data: bytes) -> bytes:
    """A zlib dictionary: evenly spaced pieces of typical stored items."""
    if len(data) <= _ZDICT_SIZE:
        return data
    count = _ZDICT_SIZE // _ZDICT_CHUNK
    step = (len(data) - _ZDICT_CHUNK) // (count - 1)
    return b"".join(data[i * step : i * step + _ZDICT_CHUNK] for i in range(count))


def _fingerprint() -> str:
    """Changes whenever the tokens of the same text would: then 'delete' would miss."""
    probe = Article(
        id="p",
        headline=Text("‘광주를’ 빌려드립니다 ＡＩ·Ⅻ"),
        body=[Block("paragraph", "오상진 단장\n「ㄱ」 ﬁ İ ß e\u0301 \u1100\u1161\u11a8 ①½ 𝐀 _%")],
    )
    text = f"{item_columns(probe)!r} {unicodedata.unidata_version} {EDITION_SCHEMA}"
    return hashlib.sha256(text.encode()).hexdigest()[:16]


_CREATE = f"""
CREATE TABLE meta(key TEXT PRIMARY KEY, value NOT NULL);
CREATE TABLE editions(
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
CREATE TABLE sections(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE items(
    id INTEGER PRIMARY KEY,         -- the row id in both FTS tables
    page INTEGER NOT NULL,
    section INTEGER NOT NULL REFERENCES sections(id),
    data BLOB NOT NULL              -- zlib(msgpack(item without spans), zdict)
);
CREATE TABLE failed(
    name TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    reason TEXT NOT NULL
);
CREATE VIRTUAL TABLE text_fts USING fts5({", ".join(TEXT_COLUMNS)},
    content='', tokenize='ascii');
CREATE VIRTUAL TABLE word_fts USING fts5({", ".join(WORD_COLUMNS)},
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


def _current(db: sqlite3.Connection, fingerprint: str) -> bool:
    if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA:
        return False
    row = db.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
    return row is not None and row[0] == fingerprint


def _unreadable(e: sqlite3.DatabaseError) -> bool:
    """True when the file is no index at all; a lock or a permission is not that."""
    code = getattr(e, "sqlite_errorcode", 0) & 0xFF
    return code in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT)


def _open(path: Path) -> sqlite3.Connection:
    fingerprint = _fingerprint()
    try:
        db = None
        try:
            db = _connect(path)
            if _current(db, fingerprint):
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
        db.executescript(
            f"BEGIN; {_CREATE} INSERT INTO meta VALUES ('fingerprint', '{fingerprint}'); COMMIT;"
        )
        return db
    except sqlite3.DatabaseError as e:
        raise BroadsheetError(path, f"cannot open the index ({e})") from None
    except OSError as e:
        raise BroadsheetError(path, f"cannot open the index ({e.strerror})") from None


def _day(date: str | None) -> int | None:
    """The proleptic ordinal of an ISO date; None when there is none to order by."""
    try:
        day = dt.date.fromisoformat(date).toordinal() if date else 0
    except ValueError:
        return None
    return day if day >= UNDATED_DAYS else None


class _Known(NamedTuple):
    base: int
    size: int
    mtime_ns: int
    sha256: str


class _Scope(NamedTuple):
    """Filters as SQL: joins and conditions on "{t}", the FTS table, and parameters."""

    joins: str
    where: str
    params: dict[str, object]


class Archive:
    """The index of one folder of editions. Open it, update() it, search() it, close() it."""

    def __init__(self, folder: str | os.PathLike[str], index: str | os.PathLike[str] | None = None):
        self.folder = Path(folder)
        if not self.folder.is_dir():
            raise BroadsheetError(self.folder, "not a folder of editions")
        self.path = Path(index) if index is not None else index_path(self.folder)
        self._db = _open(self.path)
        self._reload()

    def _reload(self) -> None:
        """Forget what was cached from the database (after a rollback, it may be gone)."""
        self._sections: dict[str, int] = {}
        row = self._db.execute("SELECT value FROM meta WHERE key = 'zdict'").fetchone()
        self._zdict: bytes | None = row[0] if row else None

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            self._reload()
            raise
        self._db.execute("COMMIT")

    # --- stored items --------------------------------------------------------------

    def _pack(self, data: bytes) -> bytes:
        assert self._zdict is not None
        z = zlib.compressobj(9, zdict=self._zdict)
        return z.compress(data) + z.flush()

    def _unpack(self, data: bytes) -> Item:
        assert self._zdict is not None
        z = zlib.decompressobj(zdict=self._zdict)
        return _DECODER.decode(z.decompress(data) + z.flush())

    # --- updating ------------------------------------------------------------------

    def update(self, progress: Progress | None = None) -> UpdateReport:
        """Index new and changed editions, forget removed ones; one transaction each.

        An edition file is read again only when its size or mtime changed, and
        reindexed only when its bytes did. Files that cannot be loaded are
        reported in ``failed`` and skipped (again each time, until they change).
        """
        started = time.perf_counter()
        report = UpdateReport()
        try:
            self._update(report, progress)
            report.editions, report.items = self._db.execute(
                "SELECT count(*), coalesce(sum(items), 0) FROM editions"
            ).fetchone()
            changed = report.added + report.updated + report.removed
            if changed * 4 >= report.editions > 0:
                # After a build or a big import, merge each FTS index into one segment:
                # a query then looks each token up once (a 589-way OR: 13 ms -> 1.3 ms on
                # ten years). Small updates leave it to FTS5's automerge.
                for table in ("text_fts", "word_fts"):
                    self._db.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
            if changed:
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # give the space back
        except sqlite3.Error as e:
            raise BroadsheetError(self.path, f"cannot update the index ({e})") from None
        report.seconds = time.perf_counter() - started
        return report

    def _update(self, report: UpdateReport, progress: Progress | None) -> None:
        db = self._db
        files = store.find_editions(self.folder)
        names = {f.name for f in files}
        known = {
            name: _Known(*row)
            for name, *row in db.execute("SELECT name, base, size, mtime_ns, sha256 FROM editions")
        }
        failed = {
            name: (size, mtime_ns, reason)
            for name, size, mtime_ns, reason in db.execute("SELECT * FROM failed")
        }
        for name in sorted(known.keys() - names):
            with self._transaction():
                self._remove(name)
            report.removed += 1
        if failed.keys() - names:
            with self._transaction():
                db.executemany(
                    "DELETE FROM failed WHERE name = ?", [(n,) for n in failed.keys() - names]
                )
        for done, path in enumerate(files, 1):
            self._refresh(path, known.get(path.name), failed.get(path.name), report)
            if progress is not None:
                progress(done, len(files))

    def _refresh(
        self,
        path: Path,
        old: _Known | None,
        bad: tuple[int, int, str] | None,
        report: UpdateReport,
    ) -> None:
        try:
            st = path.stat()
            stamp = (st.st_size, st.st_mtime_ns)
            if old is not None and (old.size, old.mtime_ns) == stamp:
                report.unchanged += 1
                return
            if bad is not None and bad[:2] == stamp:
                report.failed.append(bad[2])
                return
            with path.open("rb") as f:
                st = os.fstat(f.fileno())
                data = f.read()
        except OSError as e:
            report.failed.append(str(BroadsheetError(path, e.strerror or "cannot read")))
            return
        stamp = (st.st_size, st.st_mtime_ns)
        sha = hashlib.sha256(data).hexdigest()
        if old is not None and old.sha256 == sha:  # touched, not changed
            with self._transaction():
                self._db.execute(
                    "UPDATE editions SET size = ?, mtime_ns = ? WHERE base = ?", (*stamp, old.base)
                )
            report.unchanged += 1
            return
        try:
            edition = store.from_json(data, path)
            with self._transaction():
                self._remove(path.name)
                self._insert(path, stamp, sha, edition)
                self._db.execute("DELETE FROM failed WHERE name = ?", (path.name,))
        except BroadsheetError as e:
            with self._transaction():
                self._remove(path.name)
                self._db.execute(
                    "INSERT OR REPLACE INTO failed VALUES (?, ?, ?, ?)", (path.name, *stamp, str(e))
                )
            report.failed.append(str(e))
            return
        if old is None:
            report.added += 1
        else:
            report.updated += 1

    def _remove(self, name: str) -> None:
        """Forget an edition: its FTS rows are deleted with the tokens they were made of."""
        db = self._db
        row = db.execute("SELECT base FROM editions WHERE name = ?", (name,)).fetchone()
        if row is None:
            return
        span = (row[0], row[0] + (1 << _ITEM_BITS) - 1)
        stored = db.execute("SELECT id, data FROM items WHERE id BETWEEN ? AND ?", span).fetchall()
        self._write_fts([(rowid, self._unpack(data)) for rowid, data in stored], delete=True)
        db.execute("DELETE FROM items WHERE id BETWEEN ? AND ?", span)
        db.execute("DELETE FROM editions WHERE base = ?", (row[0],))

    def _write_fts(self, items: list[tuple[int, Item]], delete: bool = False) -> None:
        """Insert the items' tokens, or delete them (the same tokens, as FTS5 requires)."""
        rows = [(rowid, *item_columns(item)) for rowid, item in items]
        for table, columns, part in (
            ("text_fts", TEXT_COLUMNS, slice(1, 3)),
            ("word_fts", WORD_COLUMNS, slice(3, 5)),
        ):
            names = ", ".join(("rowid", *columns))
            sql = (
                f"INSERT INTO {table}({table}, {names}) VALUES ('delete', ?, ?, ?)"
                if delete
                else f"INSERT INTO {table}({names}) VALUES (?, ?, ?)"
            )
            self._db.executemany(sql, [(row[0], *row[part]) for row in rows])

    def _insert(self, path: Path, stamp: tuple[int, int], sha: str, edition: Edition) -> None:
        db = self._db
        masthead = edition.masthead
        day = _day(masthead.date if masthead else None)
        items = list(edition.items())
        if len(items) > 1 << _ITEM_BITS:
            raise BroadsheetError(path, f"more than {1 << _ITEM_BITS} articles and ads")
        base = self._free_base(day)
        db.execute(
            "INSERT INTO editions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                base,
                path.name,
                *stamp,
                sha,
                edition.id,
                masthead.paper if masthead else None,
                dt.date.fromordinal(day).isoformat() if day else None,
                len(items),
            ),
        )
        encoded = [_encode(item) for _, item in items]
        if self._zdict is None:
            self._zdict = _sample(b"".join(encoded))
            db.execute("INSERT INTO meta VALUES ('zdict', ?)", (self._zdict,))
        db.executemany(
            "INSERT INTO items VALUES (?, ?, ?, ?)",
            [
                (base + n, page.number, self._section(page.section), self._pack(data))
                for n, ((page, _), data) in enumerate(zip(items, encoded, strict=True))
            ],
        )
        self._write_fts([(base + n, item) for n, (_, item) in enumerate(items)])

    def _free_base(self, day: int | None) -> int:
        """The first free row id base of the day (or among the undated), after the last used."""
        first, end = (day, day + 1) if day else (0, UNDATED_DAYS)
        first, end = first << _DAY_SHIFT, end << _DAY_SHIFT
        step = 1 << _ITEM_BITS
        (last,) = self._db.execute(
            "SELECT max(base) FROM editions WHERE base >= ? AND base < ?", (first, end)
        ).fetchone()
        if last is None or last + step < end:
            return first if last is None else last + step
        taken = {
            base
            for (base,) in self._db.execute(
                "SELECT base FROM editions WHERE base >= ? AND base < ?", (first, end)
            )
        }
        for base in range(first, end, step):
            if base not in taken:
                return base
        raise BroadsheetError(None, f"more than {(end - first) // step} editions of one day")

    def _section(self, name: str) -> int:
        if name not in self._sections:
            self._db.execute("INSERT OR IGNORE INTO sections(name) VALUES (?)", (name,))
            (self._sections[name],) = self._db.execute(
                "SELECT id FROM sections WHERE name = ?", (name,)
            ).fetchone()
        return self._sections[name]

    # --- searching -----------------------------------------------------------------

    def search(self, query: str | ArchiveQuery) -> Iterator[ArchiveResult]:
        """Matching articles and ads, newest first by windows, ranked in each window.

        A generator: each window of candidates is confirmed and ranked whole, so
        the first results come before the rest of the archive is read.
        """
        q = parse_archive_query(query) if isinstance(query, str) else query
        if q.empty:
            return
        match = match_expressions(q.query)
        try:
            scope = self._scope(q)
            if scope is None:
                return
            confirmer = Confirmer(q.query)
            # Each term's own candidates, for its weight (one term weighs alone).
            terms = [match_expressions(Query((t,))) for t in q.query.include]
            first = FIRST_WINDOW
            if any(t.choseong for t in q.query.include):
                first += CHOSEONG_SPARE
            for window in self._windows(match, scope, _lo(q), _hi(q), first):
                yield from self._ranked(window, confirmer, terms if len(terms) > 1 else [])
        except sqlite3.Error as e:
            raise BroadsheetError(self.path, f"cannot search the index ({e})") from None

    def _scope(self, q: ArchiveQuery) -> _Scope | None:
        """The filters as SQL, or None when a filter matches nothing in the index."""
        joins, where, params = [], [], {}
        if q.sections:
            ids = [
                str(i)
                for i, name in self._db.execute("SELECT id, name FROM sections")
                if key(name).startswith(q.sections)
            ]
            if not ids:
                return None
            joins.append("JOIN items i ON i.id = {t}.rowid")
            where.append(f"i.section IN ({', '.join(ids)})")
        if q.papers:
            papers = [
                paper
                for (paper,) in self._db.execute("SELECT DISTINCT paper FROM editions")
                if paper is not None and key(paper).startswith(q.papers)
            ]
            if not papers:
                return None
            joins.append(f"JOIN editions e ON e.base = {{t}}.rowid >> {_ITEM_BITS} << {_ITEM_BITS}")
            params.update({f"p{n}": paper for n, paper in enumerate(papers)})
            where.append(f"e.paper IN ({', '.join(f':p{n}' for n in range(len(papers)))})")
        return _Scope(" ".join(joins), "".join(f" AND {w}" for w in where), params)

    def _window(
        self, table: str, expr: str, scope: _Scope, lo: int, hi: int, size: int
    ) -> list[int]:
        """Row ids of the newest ``size`` candidates of one table in [lo, hi], newest first."""
        sql = (
            f"SELECT {table}.rowid FROM {table} {scope.joins.format(t=table)} "
            f"WHERE {table} MATCH :expr AND {table}.rowid BETWEEN :lo AND :hi"
            f"{scope.where.format(t=table)} ORDER BY {table}.rowid DESC LIMIT :size"
        )
        params = {**scope.params, "expr": expr, "lo": lo, "hi": hi, "size": size}
        return [rowid for (rowid,) in self._db.execute(sql, params)]

    def _in_range(self, table: str, expr: str, lo: int, hi: int) -> set[int]:
        sql = f"SELECT rowid FROM {table} WHERE {table} MATCH ? AND rowid BETWEEN ? AND ?"
        return {rowid for (rowid,) in self._db.execute(sql, (expr, lo, hi))}

    def _windows(
        self, match: Match, scope: _Scope, lo: int, hi: int, size: int
    ) -> Iterator[list[int]]:
        """Candidates window by window, newest first: ``size``, then twice as many
        each time up to WINDOW, so that the first page comes quickly."""
        tables = [(t, e) for t, e in (("text_fts", match.text), ("word_fts", match.words)) if e]
        firsts = [self._window(table, expr, scope, lo, hi, size) for table, expr in tables]
        # With both tables, the one with fewer candidates (reaching further back) leads.
        if len(tables) == 2 and _reach(firsts[1], lo, size) < _reach(firsts[0], lo, size):
            tables.reverse()
            firsts.reverse()
        window = firsts[0]
        while window:
            bottom = window[-1] if len(window) == size else lo
            wanted = window
            if len(tables) == 2:
                other = self._in_range(*tables[1], bottom, window[0])
                wanted = [rowid for rowid in window if rowid in other]
            yield wanted
            if len(window) < size:
                return
            size = min(2 * size, WINDOW)
            window = self._window(*tables[0], scope, lo, bottom - 1, size)

    def _ranked(
        self, window: list[int], confirmer: Confirmer, terms: list[Match]
    ) -> list[ArchiveResult]:
        """The window's matches, best first by bm25, newest first on ties."""
        if not window:
            return []
        rows = self._db.execute(
            "SELECT i.id, i.page, s.name, i.data, e.edition_id, e.name, e.paper, e.date "
            "FROM items i JOIN sections s ON s.id = i.section "
            f"JOIN editions e ON e.base = i.id >> {_ITEM_BITS} << {_ITEM_BITS} "
            "WHERE i.id IN (SELECT value FROM json_each(?))",
            (msgspec.json.encode(window),),
        ).fetchall()
        found = []
        for rowid, page, section, data, edition_id, name, paper, date in rows:
            item = self._unpack(data)
            confirmed = confirmer.confirm(item, page)
            if confirmed is None:
                continue
            result = ArchiveResult(
                edition_id=edition_id,
                edition_path=str(self.folder / name),
                paper=paper,
                date=date,
                item_id=item.id,
                kind="article" if isinstance(item, Article) else "ad",
                page=page,
                section=section,
                title=item.title if isinstance(item, Article) else item.name,
                hits=confirmed.hits,
            )
            found.append((rowid, confirmed, result))
        if not found:
            return []
        weights = self._weights(terms, window[-1], window[0]) if terms else [1.0]
        average = sum(c.length for _, c, _ in found) / len(found)
        scored = [(bm25(c, weights, average), rowid, r) for rowid, c, r in found]
        scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
        return [result for _, _, result in scored]

    def _weights(self, terms: list[Match], lo: int, hi: int) -> list[float]:
        """Each term's inverse document frequency among the items in [lo, hi]."""
        (total,) = self._db.execute(
            "SELECT count(*) FROM items WHERE id BETWEEN ? AND ?", (lo, hi)
        ).fetchone()
        weights = []
        for match in terms:
            sets = [
                self._in_range(table, expr, lo, hi)
                for table, expr in (("text_fts", match.text), ("word_fts", match.words))
                if expr
            ]
            df = len(set.intersection(*sets))
            weights.append(math.log(1 + (total - df + 0.5) / (df + 0.5)))
        return weights


def bm25(confirmed: Confirmed, weights: list[float], average: float) -> float:
    """Okapi bm25 of one match, its title occurrences weighing TITLE_WEIGHT each."""
    norm = BM25_K1 * (1 - BM25_B + BM25_B * confirmed.length / average) if average else 0.0
    score = 0.0
    for weight, (titles, others) in zip(weights, confirmed.counts, strict=True):
        tf = TITLE_WEIGHT * titles + others
        score += weight * tf * (BM25_K1 + 1) / (tf + norm)
    return score


def _reach(window: list[int], lo: int, size: int) -> tuple[int, int]:
    """How far down a first window reaches, and how full it is: fewer candidates reach lower."""
    return (window[-1] if len(window) == size else lo - 1, len(window))


def _lo(q: ArchiveQuery) -> int:
    if q.start is None and q.end is None:
        return 0
    return max(q.start.toordinal() if q.start else 0, UNDATED_DAYS) << _DAY_SHIFT


def _hi(q: ArchiveQuery) -> int:
    return ((q.end.toordinal() + 1) << _DAY_SHIFT) - 1 if q.end is not None else _LAST_ROWID
