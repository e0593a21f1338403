"""Candidates window by window, newest first, within the query's filters.

The first window is the first page (FIRST_WINDOW newest candidates, and
CHOSEONG_SPARE more when a term is 초성, whose candidates fail confirmation more
often); then twice as many each time, up to WINDOW, so that the first page
comes quickly and the later, bigger windows read more of the archive at once.
Each candidate that fails confirmation costs the first page the next window.

Candidates come from the FTS5 tables (see fts); filters are SQL on the row ids
(dates, see rows), the items (sections) and the editions (papers).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import NamedTuple

from reader.search.archive.fts import Match
from reader.search.archive.query import ArchiveQuery, key
from reader.search.archive.rows import edition_base
from reader.search.query import Query

FIRST_WINDOW = 20  # the first page
CHOSEONG_SPARE = 4  # more in a 초성 query's first window: its candidates fail more often
WINDOW = 512


class Scope(NamedTuple):
    """Filters as SQL: joins and conditions on "{t}", the FTS table, and parameters."""

    joins: str
    where: str
    params: dict[str, object]


def first_size(query: Query) -> int:
    """How many candidates the first window takes."""
    if any(t.choseong for t in query.include):
        return FIRST_WINDOW + CHOSEONG_SPARE
    return FIRST_WINDOW


def scope(db: sqlite3.Connection, q: ArchiveQuery) -> Scope | None:
    """The filters as SQL, or None when a filter matches nothing in the index."""
    joins: list[str] = []
    where: list[str] = []
    params: dict[str, object] = {}
    if q.sections:
        ids = [
            str(i)
            for i, name in db.execute("SELECT id, name FROM sections")
            if key(name).startswith(q.sections)
        ]
        if not ids:
            return None
        joins.append("JOIN items i ON i.id = {t}.rowid")
        where.append(f"i.section IN ({', '.join(ids)})")
    if q.papers:
        papers = [
            paper
            for (paper,) in db.execute("SELECT DISTINCT paper FROM editions")
            if paper is not None and key(paper).startswith(q.papers)
        ]
        if not papers:
            return None
        joins.append(f"JOIN editions e ON e.base = {edition_base('{t}.rowid')}")
        params.update({f"p{n}": paper for n, paper in enumerate(papers)})
        where.append(f"e.paper IN ({', '.join(f':p{n}' for n in range(len(papers)))})")
    return Scope(" ".join(joins), "".join(f" AND {w}" for w in where), params)


def window(
    db: sqlite3.Connection, table: str, expr: str, scope: Scope, lo: int, hi: int, size: int
) -> list[int]:
    """Row ids of the newest ``size`` candidates of one table in [lo, hi], newest first."""
    sql = (
        f"SELECT {table}.rowid FROM {table} {scope.joins.format(t=table)} "
        f"WHERE {table} MATCH :expr AND {table}.rowid BETWEEN :lo AND :hi"
        f"{scope.where.format(t=table)} ORDER BY {table}.rowid DESC LIMIT :size"
    )
    params = {**scope.params, "expr": expr, "lo": lo, "hi": hi, "size": size}
    return [rowid for (rowid,) in db.execute(sql, params)]


def in_range(db: sqlite3.Connection, table: str, expr: str, lo: int, hi: int) -> set[int]:
    """Row ids of every candidate of one table in [lo, hi]."""
    sql = f"SELECT rowid FROM {table} WHERE {table} MATCH ? AND rowid BETWEEN ? AND ?"
    return {rowid for (rowid,) in db.execute(sql, (expr, lo, hi))}


def windows(
    db: sqlite3.Connection, match: Match, scope: Scope, lo: int, hi: int, size: int
) -> Iterator[list[int]]:
    """Candidates window by window, newest first: ``size``, then twice as many
    each time up to WINDOW."""
    tables = [(t, e) for t, e in (("text_fts", match.text), ("word_fts", match.words)) if e]
    firsts = [window(db, table, expr, scope, lo, hi, size) for table, expr in tables]
    # With both tables, the one with fewer candidates (reaching further back) leads.
    if len(tables) == 2 and _reach(firsts[1], lo, size) < _reach(firsts[0], lo, size):
        tables.reverse()
        firsts.reverse()
    current = firsts[0]
    while current:
        bottom = current[-1] if len(current) == size else lo
        wanted = current
        if len(tables) == 2:
            other = in_range(db, *tables[1], bottom, current[0])
            wanted = [rowid for rowid in current if rowid in other]
        yield wanted
        if len(current) < size:
            return
        size = min(2 * size, WINDOW)
        current = window(db, *tables[0], scope, lo, bottom - 1, size)


def _reach(found: list[int], lo: int, size: int) -> tuple[int, int]:
    """How far down a first window reaches, and how full it is: fewer candidates reach lower."""
    return (found[-1] if len(found) == size else lo - 1, len(found))
