"""Fixtures shared by the command-line tests."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from reader import edition_lock, store
from tests.hostile.corpus import seed_text
from tests.pdf.paper import png, write
from tests.pdf.test_folio_masthead import _front, _inner


@pytest.fixture
def pages(tmp_path) -> tuple[Path, Path]:
    """The seed paper's day as a two-page text, and as its front page alone."""
    two, one = tmp_path / "two.txt", tmp_path / "one.txt"
    two.write_text(seed_text() + "\f" + seed_text(), encoding="utf-8")
    one.write_text(seed_text(), encoding="utf-8")
    return two, one


@pytest.fixture
def photo_pages(tmp_path: Path) -> Callable[[str], tuple[Path, Path]]:
    """Writes A01.pdf, the front page, and A03.pdf, page 3 of 사회 under the given folio, in
    tmp_path, the same photo on each; returns the two files."""

    def write_pages(folio: str) -> tuple[Path, Path]:
        picture = png(120, 80)
        front, third = _front(), _inner(3, "사회", folio)
        for sheet in (front, third):
            sheet.image(300, 560, 540, 720, picture)
        return write(tmp_path / "A01.pdf", [front]), write(tmp_path / "A03.pdf", [third])

    return write_pages


@pytest.fixture
def read_only_mount(monkeypatch: pytest.MonkeyPatch) -> None:
    """The edition lock's folder refuses a new file, as a read-only mount does."""
    opened = os.open

    def read_only(path, flags, *args):
        if flags & os.O_CREAT:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return opened(path, flags, *args)

    monkeypatch.setattr(edition_lock.os, "open", read_only)


@pytest.fixture
def fill_disk(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """Once called, writing an edition file fails as on a full disk; photos are written."""
    real = store.atomic_write

    def write(path, data):
        if str(path).endswith(".json"):
            raise OSError(28, "No space left on device")
        real(path, data)

    return lambda: monkeypatch.setattr(store, "atomic_write", write)
