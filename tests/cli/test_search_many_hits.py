"""`broadsheet search` on a paragraph of thousands of hits: rows stay bounded, one a place."""

from __future__ import annotations

import re

from reader import store
from reader.cli import main
from reader.cli.search_rows import PIPED_ROW
from tests.search.search_editions import one_article

PARAGRAPH = "광주 시민들이 모였다. " * 3000  # 3000 hits of 광주 in one paragraph


def _rows(out: str) -> list[str]:
    return [re.sub(r"\x1b\[[0-9;]*m", "", line) for line in out.splitlines()]


def test_a_piped_row_of_thousands_of_hits_is_bounded(capsys, monkeypatch, tmp_path):
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    store.save(one_article(PARAGRAPH), tmp_path)
    assert main(["search", "광주", str(tmp_path / "test-2026-02-04.json")]) == 0
    out = _rows(capsys.readouterr().out)
    (row,) = [r for r in out if r.startswith("  paragraph")]
    assert row.startswith("  paragraph 1 (3000)  광주 시민들이 모였다.")
    assert len(row) < PIPED_ROW + 200 < len(PARAGRAPH)
    assert row.endswith("…")  # the paragraph goes on past what the row shows
    assert out[-1] == "3000 hits in 1 edition"


def test_an_archive_search_groups_a_places_hits_in_one_row(capsys, monkeypatch, tmp_path):
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    store.save(one_article(PARAGRAPH), tmp_path)
    assert main(["search", "광주", "--all", str(tmp_path), "--limit", "1"]) == 0
    out = _rows(capsys.readouterr().out)
    rows = [r for r in out if r.startswith("  ")]
    assert len(rows) == 1 and rows[0].startswith("  paragraph 1 (3000)  광주")
    assert len(rows[0]) < PIPED_ROW + 200
    assert out[-1] == "1 result in 1 edition"
