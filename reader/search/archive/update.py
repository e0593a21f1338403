"""Keeping the index in step with its folder: new, changed and removed edition files.

An edition file is read again only when its size or mtime changed, and
reindexed only when its bytes did; each edition is its own transaction, so a
crash keeps every edition indexed before it. Files that cannot be loaded are
reported and skipped (again each time, until they change).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import msgspec

from reader import library, store
from reader.errors import BroadsheetError
from reader.i18n import _
from reader.model import Edition, Item
from reader.name_dates import named_date
from reader.search.archive.codec import encode, sample
from reader.search.archive.fts import TEXT_COLUMNS, WORD_COLUMNS, item_columns, item_hanja
from reader.search.archive.index import Index
from reader.search.archive.rows import MAX_ITEMS, day, edition_rows, free_base

Progress = Callable[[int, int], None]


class UpdateReport(msgspec.Struct):
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    failed: list[str] = []  # one line per edition file that cannot be read
    editions: int = 0  # in the index afterwards
    items: int = 0
    seconds: float = 0.0


class _Known(NamedTuple):
    base: int
    size: int
    mtime_ns: int
    sha256: str


def update(index: Index, folder: Path, progress: Progress | None = None) -> UpdateReport:
    """Index new and changed editions, forget removed ones; one transaction each."""
    started = time.perf_counter()
    report = UpdateReport()
    db = index.db
    try:
        _update(index, folder, report, progress)
        report.editions, report.items = db.execute(
            "SELECT count(*), coalesce(sum(items), 0) FROM editions"
        ).fetchone()
        changed = report.added + report.updated + report.removed
        if changed * 4 >= report.editions > 0:
            # After a build or a big import, merge each FTS index into one segment, so
            # that a query looks each token up once. Small updates leave it to automerge.
            for table in ("text_fts", "word_fts"):
                db.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
        if changed:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # give the space back
    except sqlite3.Error as e:
        raise BroadsheetError(
            index.path, _("cannot update the index ({reason})").format(reason=e)
        ) from None
    report.seconds = time.perf_counter() - started
    return report


def _update(index: Index, folder: Path, report: UpdateReport, progress: Progress | None) -> None:
    db = index.db
    files = library.edition_files(folder)
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
        with index.transaction():
            _remove(index, name)
        report.removed += 1
    if failed.keys() - names:
        with index.transaction():
            db.executemany(
                "DELETE FROM failed WHERE name = ?", [(n,) for n in failed.keys() - names]
            )
    for done, path in enumerate(files, 1):
        _refresh(index, path, known.get(path.name), failed.get(path.name), report)
        if progress is not None:
            progress(done, len(files))


def _refresh(
    index: Index,
    path: Path,
    old: _Known | None,
    bad: tuple[int, int, str] | None,
    report: UpdateReport,
) -> None:
    db = index.db
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
    except FileNotFoundError:  # deleted since the folder was listed: gone, not unreadable
        if old is not None or bad is not None:
            with index.transaction():
                _remove(index, path.name)
                index.db.execute("DELETE FROM failed WHERE name = ?", (path.name,))
        if old is not None:
            report.removed += 1
        return
    except OSError as e:
        report.failed.append(str(BroadsheetError(path, e.strerror or _("cannot read"))))
        return
    stamp = (st.st_size, st.st_mtime_ns)
    sha = hashlib.sha256(data).hexdigest()
    if old is not None and old.sha256 == sha:  # touched, not changed
        with index.transaction():
            db.execute(
                "UPDATE editions SET size = ?, mtime_ns = ? WHERE base = ?", (*stamp, old.base)
            )
        report.unchanged += 1
        return
    try:
        edition = store.from_json(data, path)
        with index.transaction():
            _remove(index, path.name)
            _insert(index, path, stamp, sha, edition)
            db.execute("DELETE FROM failed WHERE name = ?", (path.name,))
    except BroadsheetError as e:
        with index.transaction():
            _remove(index, path.name)
            db.execute(
                "INSERT OR REPLACE INTO failed VALUES (?, ?, ?, ?)", (path.name, *stamp, str(e))
            )
        report.failed.append(str(e))
        return
    if old is None:
        report.added += 1
    else:
        report.updated += 1


def _remove(index: Index, name: str) -> None:
    """Forget an edition: its FTS rows are deleted with the tokens they were made of."""
    db = index.db
    row = db.execute("SELECT base FROM editions WHERE name = ?", (name,)).fetchone()
    if row is None:
        return
    span = edition_rows(row[0])
    stored = db.execute("SELECT id, data FROM items WHERE id BETWEEN ? AND ?", span).fetchall()
    _write_fts(db, [(rowid, index.codec.unpack(data)) for rowid, data in stored], delete=True)
    db.execute("DELETE FROM items WHERE id BETWEEN ? AND ?", span)
    db.execute("DELETE FROM editions WHERE base = ?", (row[0],))


def _write_fts(db: sqlite3.Connection, items: list[tuple[int, Item]], delete: bool = False) -> None:
    """Insert the items' tokens, or delete them (the same tokens, as FTS5 requires)."""
    columns = [(rowid, item_columns(item)) for rowid, item in items]
    # (body, head) go to text_fts, (cho, sym) to word_fts.
    for table, names, first in (("text_fts", TEXT_COLUMNS, 0), ("word_fts", WORD_COLUMNS, 2)):
        listed = ", ".join(("rowid", *names))
        sql = (
            f"INSERT INTO {table}({table}, {listed}) VALUES ('delete', ?, ?, ?)"
            if delete
            else f"INSERT INTO {table}({listed}) VALUES (?, ?, ?)"
        )
        db.executemany(sql, [(rowid, *cols[first : first + 2]) for rowid, cols in columns])


def _insert(index: Index, path: Path, stamp: tuple[int, int], sha: str, edition: Edition) -> None:
    db = index.db
    masthead = edition.masthead
    dated = day(masthead.date if masthead else None)
    when = dated
    if when is None and (named := named_date(path.stem)) is not None:
        # Ordered and filtered by the date its rows show: the file name's (name_dates).
        when = day(named[1])
    items = list(edition.items())
    if len(items) > MAX_ITEMS:
        raise BroadsheetError(path, _("more than {count} articles and ads").format(count=MAX_ITEMS))
    base = free_base(db, when)
    db.execute(
        "INSERT INTO editions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            base,
            path.name,
            *stamp,
            sha,
            edition.id,
            masthead.paper if masthead else None,
            dt.date.fromordinal(dated).isoformat() if dated else None,
            len(items),
        ),
    )
    encoded = [encode(item) for _, item in items]
    codec = index.codec
    if codec.zdict is None:
        codec.zdict = sample(b"".join(encoded))
        db.execute("INSERT INTO meta VALUES ('zdict', ?)", (codec.zdict,))
    db.executemany(
        "INSERT INTO items VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                base + n,
                page.number,
                page.printed,
                _section(index, page.section),
                page.section_inferred,
                codec.pack(data),
            )
            for n, ((page, _), data) in enumerate(zip(items, encoded, strict=True))
        ],
    )
    _write_fts(db, [(base + n, item) for n, (_, item) in enumerate(items)])
    _add_hanja(db, set().union(*(item_hanja(item) for _, item in items)))


def _add_hanja(db: sqlite3.Connection, found: set[str]) -> None:
    """Add to the Hanja the archive holds (never less: a removed edition's stay, which
    only widens a query's candidates)."""
    row = db.execute("SELECT value FROM meta WHERE key = 'hanja'").fetchone()
    held = set(row[0]) if row else set()
    if not found <= held:
        value = "".join(sorted(held | found))
        db.execute("INSERT OR REPLACE INTO meta VALUES ('hanja', ?)", (value,))


def _section(index: Index, name: str) -> int:
    if name not in index.sections:
        index.db.execute("INSERT OR IGNORE INTO sections(name) VALUES (?)", (name,))
        (index.sections[name],) = index.db.execute(
            "SELECT id FROM sections WHERE name = ?", (name,)
        ).fetchone()
    return index.sections[name]


def forget(index: Index, name: str) -> bool:
    """Forget one edition file removed from the folder (`broadsheet remove`), in its own
    transaction; False when it was not indexed."""
    with index.transaction():
        known = index.db.execute("SELECT 1 FROM editions WHERE name = ?", (name,)).fetchone()
        _remove(index, name)
    return known is not None
