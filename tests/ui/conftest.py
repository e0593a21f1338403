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
