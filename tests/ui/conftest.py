"""UI tests never read the user's settings or state: BROADSHEET_HOME points at a temp folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.settings import ENV_HOME


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    monkeypatch.setenv(ENV_HOME, str(folder))
    return folder


@pytest.fixture(autouse=True)
def read_after(monkeypatch: pytest.MonkeyPatch) -> None:
    """No article counts as read by the clock in the middle of a test, however slow the
    machine: tests of the read timer shorten it themselves."""
    monkeypatch.setattr("reader.ui.screens.reader.READ_AFTER", 3600.0)
