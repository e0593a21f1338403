"""The small archive of tests/conftest.py, opened; its editions under a shorter name."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.model import Edition
from reader.search.archive import Archive


@pytest.fixture(scope="session")
def editions(archive_editions: list[Edition]) -> list[Edition]:
    return archive_editions


@pytest.fixture
def archive(archive_folder: Path) -> Iterator[Archive]:
    with Archive(archive_folder) as opened:
        yield opened
