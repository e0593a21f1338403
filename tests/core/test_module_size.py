"""Every module of reader/ stays under 400 lines: past that, it holds more than one job."""

from __future__ import annotations

from pathlib import Path

READER = Path(__file__).resolve().parents[2] / "reader"
LIMIT = 400


def test_every_module_is_under_the_limit() -> None:
    sizes = {p: len(p.read_text("utf-8").splitlines()) for p in READER.rglob("*.py")}
    assert len(sizes) > 50
    over = sorted(f"{p.relative_to(READER)}: {n}" for p, n in sizes.items() if n >= LIMIT)
    assert over == []
