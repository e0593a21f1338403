"""Row ids, which carry the archive's order: day << 24 | slot << 16 | item index.

The day is the edition's date as a proleptic ordinal; the slot tells apart the
editions of one day; undated editions take days below UNDATED_DAYS (before year
12). So newest first is row ids downwards, and a date filter is a range of row
ids. Wider row ids would make the index bigger: FTS5 stores the gaps between them.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from reader.errors import BroadsheetError
from reader.i18n import _
from reader.search.archive.query import ArchiveQuery

ITEM_BITS = 16
SLOT_BITS = 8
DAY_SHIFT = ITEM_BITS + SLOT_BITS
MAX_ITEMS = 1 << ITEM_BITS  # articles and ads of one edition
UNDATED_DAYS = 4096
LAST_ROWID = (1 << 63) - 1


def day(date: str | None) -> int | None:
    """The proleptic ordinal of an ISO date; None when there is none to order by."""
    try:
        found = dt.date.fromisoformat(date).toordinal() if date else 0
    except ValueError:
        return None
    return found if found >= UNDATED_DAYS else None


def edition_rows(base: int) -> tuple[int, int]:
    """The first and last row id an edition may use."""
    return base, base + MAX_ITEMS - 1


def edition_base(rowid: str) -> str:
    """SQL for the base of the edition that a row id (an SQL expression) belongs to."""
    return f"{rowid} >> {ITEM_BITS} << {ITEM_BITS}"


def free_base(db: sqlite3.Connection, day: int | None) -> int:
    """The first free row id base of the day (or among the undated), after the last used."""
    first, end = (day, day + 1) if day else (0, UNDATED_DAYS)
    first, end = first << DAY_SHIFT, end << DAY_SHIFT
    (last,) = db.execute(
        "SELECT max(base) FROM editions WHERE base >= ? AND base < ?", (first, end)
    ).fetchone()
    if last is None or last + MAX_ITEMS < end:
        return first if last is None else int(last) + MAX_ITEMS
    taken = {
        base
        for (base,) in db.execute(
            "SELECT base FROM editions WHERE base >= ? AND base < ?", (first, end)
        )
    }
    for base in range(first, end, MAX_ITEMS):
        if base not in taken:
            return base
    most = (end - first) // MAX_ITEMS
    raise BroadsheetError(None, _("more than {count} editions of one day").format(count=most))


def date_range(q: ArchiveQuery) -> tuple[int, int]:
    """The row ids a query's date filters allow, lowest and highest."""
    lo = 0
    if q.start is not None or q.end is not None:
        lo = max(q.start.toordinal() if q.start else 0, UNDATED_DAYS) << DAY_SHIFT
    hi = ((q.end.toordinal() + 1) << DAY_SHIFT) - 1 if q.end is not None else LAST_ROWID
    return lo, hi
