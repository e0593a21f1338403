"""A search names a hit's page as the reader does: by the number it prints (`printed`),
the hit's `page` staying its place in the edition (what its ids are made of)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from reader.cli import main
from reader.search.archive import Archive
from tests.cli.test_ingest_pages import FIFTH, FRONT

NAME = "한빛일보-2026-12-09.json"


def _pages_added(tmp_path: Path, capsys) -> Path:
    """Page 5 ingested first (its place 1), then the front page (place 2)."""
    out = tmp_path / "out"
    for name, text in (("A05", FIFTH), ("A01", FRONT)):
        source = tmp_path / f"{name}.txt"
        source.write_text(text, encoding="utf-8")
        assert main(["ingest", str(source), "-o", str(out)]) == 0
    capsys.readouterr()
    return out


def _json(capsys, *args: str) -> dict:
    main(["search", *args, "--json"])
    return json.loads(capsys.readouterr().out)


def test_a_hit_names_its_pages_printed_number(tmp_path, capsys):
    out = _pages_added(tmp_path, capsys)
    [hit] = _json(capsys, "공영주차장", str(out / NAME))["hits"]
    assert (hit["item_id"], hit["page"], hit["printed"]) == ("p1-1", 1, "5")
    [result] = _json(capsys, "공영주차장", "--all", str(out))["results"]
    assert (result["item_id"], result["page"], result["printed"]) == ("p1-1", 1, "5")
    assert main(["search", "공영주차장", str(out / NAME)]) == 0
    assert " p5 " in capsys.readouterr().out.splitlines()[1]
    assert main(["search", "공영주차장", "--all", str(out)]) == 0
    assert "한빛일보 p5 " in capsys.readouterr().out.splitlines()[0]


def test_a_page_printing_no_number_is_named_by_its_place(tmp_path, capsys):
    """Near miss: the same page without its running head's number."""
    source = tmp_path / "bare.txt"
    source.write_text(FIFTH.replace("5 경제 ", "경제 "), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["ingest", str(source), "-o", str(out)]) == 0
    capsys.readouterr()
    [hit] = _json(capsys, "공영주차장", str(out / NAME))["hits"]
    assert (hit["page"], hit["printed"]) == (1, None)
    [result] = _json(capsys, "공영주차장", "--all", str(out))["results"]
    assert (result["page"], result["printed"]) == (1, None)
    assert main(["search", "공영주차장", "--all", str(out)]) == 0
    assert "한빛일보 p1 " in capsys.readouterr().out.splitlines()[0]


def test_an_index_written_before_printed_numbers_is_rebuilt_with_them(tmp_path, capsys):
    out = _pages_added(tmp_path, capsys)
    with Archive(out) as archive:
        archive.update()
        path = archive.path
    db = sqlite3.connect(path)  # the index as the schema before kept it: no printed column
    db.execute("ALTER TABLE items DROP COLUMN printed")
    db.execute("PRAGMA user_version = 2")
    db.commit()
    db.close()
    [result] = _json(capsys, "공영주차장", "--all", str(out))["results"]
    assert (result["page"], result["printed"]) == (1, "5")
