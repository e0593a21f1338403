"""Reading state: read marks, resume positions and bookmarks, in one SQLite file.

The file is ``state.sqlite3`` in platformdirs' user data dir, or in
``$BROADSHEET_HOME`` when that variable is set. The schema is versioned with
``PRAGMA user_version`` and upgraded by ``MIGRATIONS`` in one transaction.

The reading state must never stop the reader from opening. When the file is
damaged, locked by another program, unreadable, or from a newer broadsheet,
``State.open`` returns a state kept in memory (with a copy of what could still
be read) and sets ``State.warning``: one line for the app to show. The user's
file is never deleted or rewritten then. A failure later in the session
(another program takes the lock, the disk fills) switches to memory the same
way and reports through ``State.warning`` and ``State.on_warning``.

Modules: paths (where the file lives), schema (tables and migrations),
diagnosis (why a file cannot be used, in one line), opening (the file, or a
database in memory), runner (transactions that fall back to memory), records
(Position, Bookmark and their rows), state (State, what the app calls).
"""

from reader.errors import StateWarning
from reader.state.opening import DEFAULT_TIMEOUT
from reader.state.paths import data_dir, state_path
from reader.state.records import Bookmark, Position
from reader.state.schema import MIGRATIONS, Migration, migrate
from reader.state.state import State

__all__ = [
    "DEFAULT_TIMEOUT",
    "MIGRATIONS",
    "Bookmark",
    "Migration",
    "Position",
    "State",
    "StateWarning",
    "data_dir",
    "migrate",
    "state_path",
]
