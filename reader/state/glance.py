"""What the first screen needs from the reading state, read before the app starts.

The reader opens on the article where reading stopped, with the read marks of its
edition: a few small queries on a read-only connection. The state file is not
created, checked, upgraded or written before the first screen (State.open does
that afterwards, on the reading state's own thread). A file that cannot be read
that way (damaged, locked, of another version) tells nothing here; State.open
then finds out why and says so.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import msgspec

from reader.state import reads
from reader.state.opening import connect
from reader.state.records import Position
from reader.state.schema import MIGRATIONS, user_version

WAIT = 0.2
"""Seconds to wait for a lock: a reader of a WAL file waits for no writer, but a file in
another journal mode can keep it out while written."""


class Glance(msgspec.Struct, frozen=True):
    """The first edition's reading state; `edition_id` None when it could not be read.

    `left`: where reading stopped, when an edition that arrived since opens instead;
    `arrived`: the editions that arrived since then (written after it, never opened),
    the one opened first."""

    edition_id: str | None = None
    position: Position | None = None
    read: frozenset[str] = frozenset()
    left: Position | None = None
    arrived: tuple[str, ...] = ()


Choose = Callable[[Position | None, frozenset[str]], tuple[str | None, tuple[str, ...]]]
"""Given where reading stopped last (its edition and when) and the editions ever opened:
the edition to show first, and the editions that arrived since the last reading."""


def glance(path: Path, choose: Choose, *, fresh: bool = False) -> Glance:
    """The state of the edition that `choose` picks, given where reading stopped last
    (None when `fresh`, or when none was). A missing or empty file is a state with nothing in
    it; a file that does not answer leaves `choose` uncalled."""
    if not path.is_file():
        return Glance(choose(None, frozenset())[0])
    try:
        conn = connect(f"{path.resolve().as_uri()}?mode=ro", WAIT, uri=True)
    except sqlite3.Error:
        return Glance()
    try:
        version = user_version(conn)
        if version == 0:
            return Glance(choose(None, frozenset())[0])
        if version > len(MIGRATIONS):
            return Glance()  # a later broadsheet's file: State.open says so
        # An earlier version's tables may answer as they are; if not, State.open upgrades.
        last = None if fresh else reads.last_position(conn)
        opened = frozenset(reads.opened_ids(conn))
        edition_id, arrived = choose(last, opened)
        if edition_id is None:
            return Glance()
        position = None if fresh else reads.get_position(conn, edition_id)
        marks = frozenset(reads.read_ids(conn, edition_id))
        left = last if arrived and last is not None else None
        return Glance(edition_id, position, marks, left, arrived)
    except sqlite3.Error:
        return Glance()
    finally:
        conn.close()
