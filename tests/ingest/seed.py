"""Where the shipped seed page lives, found from this file (never an absolute path)."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SEED_NAME = "광남일보-2026-02-04"
SEED = REPO / "editions" / f"{SEED_NAME}.txt"
SEED_JSON = REPO / "editions" / f"{SEED_NAME}.json"
PACKAGED_JSON = REPO / "reader" / "data" / f"{SEED_NAME}.json"


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
