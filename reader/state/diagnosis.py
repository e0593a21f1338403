"""Why a state file cannot be used: damaged, locked, full, read-only or too new.

Tells the failures of the user's circumstances (which switch the session to
memory) from bugs in our SQL (which stay exceptions), and says each in the one
line the app shows.
"""

from __future__ import annotations

import sqlite3

from reader.errors import first_line
from reader.state.schema import TooNew


class Damaged(Exception):
    """The file fails SQLite's quick check; ``args[0]`` is what the check said."""


class MigrationFailed(Exception):
    """A migration step failed on this file; ``args[0]`` says how."""


# Primary SQLite error codes that come from the circumstances, not from a bug.
ENVIRONMENT = frozenset(
    {
        "SQLITE_BUSY",
        "SQLITE_LOCKED",
        "SQLITE_FULL",
        "SQLITE_READONLY",
        "SQLITE_IOERR",
        "SQLITE_CANTOPEN",
        "SQLITE_PERM",
    }
)

NOT_SAVED = "reading state is kept in memory and not saved this session"


def error_name(e: BaseException) -> str:
    """The primary code: SQLITE_BUSY_SNAPSHOT and SQLITE_IOERR_WRITE mean BUSY and IOERR."""
    name = getattr(e, "sqlite_errorname", "") or ""
    return "_".join(name.split("_")[:2])


def is_environmental(e: sqlite3.Error) -> bool:
    """Locks, full disks, damaged files: not bugs in our SQL (those stay exceptions)."""
    return isinstance(e, sqlite3.OperationalError) or type(e) is sqlite3.DatabaseError


def is_damage(e: BaseException) -> bool:
    if isinstance(e, Damaged):
        return True
    name = error_name(e)
    return name in ("SQLITE_NOTADB", "SQLITE_CORRUPT") or (
        type(e) is sqlite3.DatabaseError and not name
    )


def explain(e: BaseException, latest: int) -> str:
    """The reason, in one line, that the state is not saved; ``latest`` is our version."""
    if isinstance(e, TooNew):
        return (
            f"state database version {e.args[0]} is newer than this broadsheet reads "
            f"({latest}); upgrade broadsheet; {NOT_SAVED}"
        )
    if isinstance(e, MigrationFailed):
        return f"cannot upgrade the state database ({e.args[0]}); file left as is; {NOT_SAVED}"
    if is_damage(e):
        detail = " ".join(str(e.args[0]).split()) if e.args else "damaged"
        return (
            f"state database is damaged ({detail}); file left as is (move it away to start "
            f"afresh); {NOT_SAVED}"
        )
    name = error_name(e)
    if name in ("SQLITE_BUSY", "SQLITE_LOCKED"):
        return f"state database is locked by another program; {NOT_SAVED}"
    if name == "SQLITE_FULL":
        return f"disk full; {NOT_SAVED}"
    if name == "SQLITE_READONLY":
        return f"state database is read-only; {NOT_SAVED}"
    if isinstance(e, OSError):
        return f"cannot create the state folder ({e.strerror or type(e).__name__}); {NOT_SAVED}"
    return f"cannot open the state database ({first_line(e)}); {NOT_SAVED}"
