"""Fixtures shared by the command-line tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.corpus import seed_text


@pytest.fixture
def pages(tmp_path) -> tuple[Path, Path]:
    """The seed paper's day as a two-page text, and as its front page alone."""
    two, one = tmp_path / "two.txt", tmp_path / "one.txt"
    two.write_text(seed_text() + "\f" + seed_text(), encoding="utf-8")
    one.write_text(seed_text(), encoding="utf-8")
    return two, one
