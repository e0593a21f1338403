"""A small archive: the shipped real edition and a few generated ones, ingested."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from reader import store
from reader.ingest import ingest_text
from reader.model import Edition
from reader.search.archive import Archive
from tests.gen import generate_edition

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "editions" / "광남일보-2026-02-04.json"
PAGES = 6
# (seed, date): seed 15 prints no masthead, so that edition is undated.
GENERATED = [(11, dt.date(2025, 3, 2)), (12, dt.date(2025, 11, 20)), (15, dt.date(2026, 1, 8))]


def generated(seed: int, date: dt.date) -> Edition:
    return ingest_text(generate_edition(seed, pages=PAGES, date=date).text, name=f"gen-{seed}")


@pytest.fixture(scope="session")
def editions() -> list[Edition]:
    return [store.load(SEED), *(generated(seed, date) for seed, date in GENERATED)]


@pytest.fixture(scope="session")
def archive_folder(tmp_path_factory, editions) -> Path:
    """A folder with the four editions and its index, built once (do not modify it)."""
    folder = tmp_path_factory.mktemp("archive")
    shutil.copy(SEED, folder)
    for edition in editions[1:]:
        store.save(edition, folder)
    with Archive(folder) as archive:
        archive.update()
    return folder


@pytest.fixture
def archive(archive_folder):
    with Archive(archive_folder) as opened:
        yield opened


@pytest.fixture
def folder_copy(tmp_path, archive_folder) -> Path:
    """A copy of the archive's editions (without its index), free to change."""
    target = tmp_path / "editions"
    target.mkdir()
    for path in store.find_editions(archive_folder):
        shutil.copy2(path, target)
    return target
