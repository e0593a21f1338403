"""Why a state file cannot be used: damaged, locked, full, read-only or too new.

Tells the failures of the user's circumstances (which switch the session to
memory) from bugs in our SQL (which stay exceptions), and says each in the one
line the app shows.
"""

from __future__ import annotations

import sqlite3

from reader.errors import first_line
from reader.i18n import _
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
    return _("{reason}; reading state is kept in memory and not saved this session").format(
        reason=cause(e, latest)
    )


def cause(e: BaseException, latest: int) -> str:
    """Why the state file cannot be used, in a few words."""
    if isinstance(e, TooNew):
        reason = _(
            "state database version {version} is newer than this broadsheet reads ({latest}); "
            "upgrade broadsheet"
        )
        return reason.format(version=e.args[0], latest=latest)
    if isinstance(e, MigrationFailed):
        reason = _("cannot upgrade the state database ({reason}); file left as is")
        return reason.format(reason=e.args[0])
    if is_damage(e):
        detail = " ".join(str(e.args[0]).split()) if e.args else _("damaged")
        reason = _(
            "state database is damaged ({reason}); file left as is (move it away to start afresh)"
        )
        return reason.format(reason=detail)
    name = error_name(e)
    if name in ("SQLITE_BUSY", "SQLITE_LOCKED"):
        return _("state database is locked by another program")
    if name == "SQLITE_FULL":
        return _("disk full")
    if name == "SQLITE_READONLY":
        return _("state database is read-only")
    if isinstance(e, OSError):
        reason = e.strerror or type(e).__name__
        return _("cannot create the state folder ({reason})").format(reason=reason)
    return _("cannot open the state database ({reason})").format(reason=first_line(e))
