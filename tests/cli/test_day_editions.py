"""An inner page whose folio gives the date alone joins the folder's one edition of its day
(reader/day_editions.py); with two editions of that day it is written on its own, the
ingest names them, and `--to EDITION` adds it to the one the reader means."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from reader import store
from tests.cli.test_ingest_pages import DATE, FRONT, NAME, _ingest, page_files
from tests.ingest.test_conventions import MORE

OTHER = "누리신문-2026-12-09.json"
# The inner page's running head: its number, its section and the date, no paper.
INNER = f"3 사회 {DATE}\n\n시내버스 노선 개편 시민 의견 듣는다\n\n▶1면에서 계속\n\n{MORE}\n"


@pytest.fixture
def pages(tmp_path: Path) -> dict[str, Path]:
    return page_files(
        tmp_path,
        {
            "A01": FRONT,
            "A03": INNER,
            "B01": FRONT.replace("한빛일보", "누리신문"),
            "C01": FRONT.replace("12월 9일 수요일", "12월 10일 목요일"),
            "A05": INNER.replace("3 사회", "5 경제"),
        },
    )


def test_an_inner_page_joins_the_folders_one_edition_of_its_day(tmp_path, pages, capsys):
    out = tmp_path / "out"
    assert _ingest(capsys, pages["A01"], "-o", out)[0] == 0
    code, said, err = _ingest(capsys, pages["A03"], "-o", out)
    assert code == 0
    assert said.splitlines()[0] == (
        f"added page 3 to {out / NAME} (now 2 pages): 1 page, 1 article, 0 ads (utf-8)"
    )
    assert err == (
        f"broadsheet: {pages['A03']}: the masthead gives the date alone: added to the "
        "folder's one edition of 2026-12-09 (to write it on its own: --replace)\n"
    )
    assert sorted(os.listdir(out)) == [NAME]
    edition = store.load(out / NAME)
    assert store.check(edition) == []
    assert [(p.number, p.printed) for p in edition.pages] == [(1, "1"), (2, "3")]
    assert edition.masthead is not None and edition.masthead.paper == "한빛일보"
    first, third = edition.articles()
    assert first.jump_on is not None and first.jump_on.item == third.id == "p2-1"


def test_two_editions_of_the_day_leave_the_page_on_its_own_and_name_them(tmp_path, pages, capsys):
    """Near miss: two papers of one day; the page joins neither, the ingest names both
    and the command that adds it to one, and --to adds it there."""
    out = tmp_path / "out"
    for name in ("A01", "B01"):
        assert _ingest(capsys, pages[name], "-o", out)[0] == 0
    code, said, err = _ingest(capsys, pages["A03"], "-o", out)
    assert code == 0 and said.startswith(f"wrote {out / 'A03.json'}: 1 page,")
    assert err == (
        f"broadsheet: {pages['A03']}: the masthead gives the date alone and the folder holds "
        "more than one edition of 2026-12-09: written on its own; these could take it: "
        f"누리신문-2026-12-09, 한빛일보-2026-12-09; to add it to one: broadsheet ingest "
        f"{pages['A03']} -o {out} --to '누리신문-2026-12-09'\n"
    )
    assert [len(store.load(out / n).pages) for n in (NAME, OTHER)] == [1, 1]
    code, said, _err = _ingest(capsys, pages["A03"], "-o", out, "--to", NAME.removesuffix(".json"))
    assert code == 0 and said.startswith(f"added page 3 to {out / NAME} (now 2 pages)")
    assert [p.printed for p in store.load(out / NAME).pages] == ["1", "3"]
    assert [p.printed for p in store.load(out / OTHER).pages] == ["1"]


def test_an_edition_of_another_day_or_of_no_paper_takes_no_inner_page(tmp_path, pages, capsys):
    """Near misses: the front page of the next day, and another loose inner page of the
    same day (A05, which names no paper: it may be any paper's)."""
    out = tmp_path / "out"
    for name in ("C01", "A05"):
        assert _ingest(capsys, pages[name], "-o", out)[0] == 0
    code, said, err = _ingest(capsys, pages["A03"], "-o", out)
    assert code == 0 and said.startswith(f"wrote {out / 'A03.json'}: 1 page,")
    assert "added to" not in err and "could take it" not in err
    assert sorted(os.listdir(out)) == ["A03.json", "A05.json", "한빛일보-2026-12-10.json"]


def test_the_days_edition_holding_the_page_is_neither_joined_nor_replaced(tmp_path, pages, capsys):
    """Near miss: the day's edition prints page 3 already (both pages in one source)."""
    out = tmp_path / "out"
    both = tmp_path / "both.txt"
    both.write_text(FRONT + "\f" + INNER, encoding="utf-8")
    assert _ingest(capsys, both, "-o", out)[0] == 0
    before = (out / NAME).read_bytes()
    code, said, _err = _ingest(capsys, pages["A03"], "-o", out)
    assert code == 0 and said.startswith(f"wrote {out / 'A03.json'}: 1 page,")
    assert (out / NAME).read_bytes() == before


def test_to_refuses_another_papers_edition_a_page_it_holds_and_replace(tmp_path, pages, capsys):
    out = tmp_path / "out"
    assert _ingest(capsys, pages["A01"], "-o", out)[0] == 0
    before = (out / NAME).read_bytes()
    code, said, err = _ingest(capsys, pages["B01"], "-o", out, "--to", NAME)
    assert (code, said) == (2, "")
    assert err == (
        f"broadsheet: {out / NAME}: is another paper's edition: the source names 누리신문\n"
    )
    code, said, err = _ingest(capsys, pages["A01"], "-o", out, "--to", NAME)
    assert (code, said) == (2, "")
    assert err == (
        f"broadsheet: {out / NAME}: cannot take the source's pages: each must print a "
        "number none of its pages prints\n"
    )
    code, _said, err = _ingest(capsys, pages["A03"], "-o", out, "--to", NAME, "--replace")
    assert code == 2
    assert err == "broadsheet: --to adds pages to an edition: it goes without --replace\n"
    code, _said, err = _ingest(capsys, pages["A03"], "-o", out, "--to", "한빛일보-2026-12-10")
    assert code == 2 and err == f"broadsheet: {out / '한빛일보-2026-12-10.json'}: no such file\n"
    assert (out / NAME).read_bytes() == before


def test_to_refuses_an_edition_of_another_day(tmp_path, pages, capsys):
    out = tmp_path / "out"
    assert _ingest(capsys, pages["C01"], "-o", out)[0] == 0
    code, _said, err = _ingest(capsys, pages["A03"], "-o", out, "--to", "한빛일보-2026-12-10")
    assert code == 2
    assert err == (
        f"broadsheet: {out / '한빛일보-2026-12-10.json'}: is the edition of 2026-12-10, "
        "the source is of 2026-12-09\n"
    )


def test_an_inner_pdf_pages_photos_go_to_the_days_editions_folder(tmp_path, capsys, photo_pages):
    front, third = photo_pages(DATE)
    out = tmp_path / "out"
    assert _ingest(capsys, front, "-o", out)[0] == 0
    code, said, _err = _ingest(capsys, third, "-o", out)
    assert code == 0 and said.startswith(f"added page 3 to {out / NAME} (now 2 pages)")
    assert sorted(os.listdir(out)) == sorted([NAME, NAME.removesuffix(".json")])
    data = json.loads((out / NAME).read_bytes())
    srcs = [b["image"]["src"] for p in data["pages"] for it in p["items"]
            for b in it.get("body", []) if b.get("image")]  # fmt: skip
    assert len(srcs) == 2 and all(s.startswith("한빛일보-2026-12-09/") for s in srcs)
    assert all((out / s).is_file() for s in srcs)
