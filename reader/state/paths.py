"""Where the reading state lives: ``state.sqlite3`` in the user data dir."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from reader.settings import APP_NAME, home_override

STATE_FILE = "state.sqlite3"


def data_dir() -> Path:
    """``$BROADSHEET_HOME`` when set, else platformdirs' user data dir."""
    return home_override() or platformdirs.user_data_path(APP_NAME, appauthor=False)


def state_path() -> Path:
    return data_dir() / STATE_FILE
