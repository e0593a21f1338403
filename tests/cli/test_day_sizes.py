"""A date-only PDF page printed at a size none of the day's edition's pages has (another
paper's format) is not joined to it by itself: written on its own with the `--to` that
adds it, which still does (reader/day_editions.py, sized_apart)."""

from __future__ import annotations

import os
from pathlib import Path

from reader import store
from tests.cli.test_day_editions import INNER
from tests.cli.test_ingest_pages import DATE, NAME, _ingest, page_files
from tests.pdf.paper import write
from tests.pdf.test_folio_masthead import H, W, _front, _inner


def _front_in(tmp_path: Path, capsys, inner_size: tuple[float, float]) -> Path:
    """The front page ingested in `out`, and A03.pdf: page 3 dated alone, at that size."""
    inner = _inner(3, "사회", DATE)
    inner.w, inner.h = inner_size
    write(tmp_path / "A01.pdf", [_front()])
    write(tmp_path / "A03.pdf", [inner])
    out = tmp_path / "out"
    assert _ingest(capsys, tmp_path / "A01.pdf", "-o", out)[0] == 0
    return out


def test_a_page_of_the_papers_size_joins_its_edition(tmp_path, capsys):
    """Near miss: a point wider (a format in millimetres rounded otherwise) is its size."""
    out = _front_in(tmp_path, capsys, (W + 1, H))
    code, said, _err = _ingest(capsys, tmp_path / "A03.pdf", "-o", out)
    assert code == 0 and said.startswith(f"added page 3 to {out / NAME} (now 2 pages)")
    assert sorted(os.listdir(out)) == [NAME]


def test_a_page_of_another_size_is_written_on_its_own_and_to_adds_it(tmp_path, capsys):
    out = _front_in(tmp_path, capsys, (612, 792))  # US Letter beside the front's A4
    source = tmp_path / "A03.pdf"
    code, said, err = _ingest(capsys, source, "-o", out)
    assert code == 0 and said.startswith(f"wrote {out / 'A03.json'}: 1 page,")
    assert err == (
        f"broadsheet: {source}: the masthead gives the date alone, and the folder's one "
        f"edition of 2026-12-09, 한빛일보-2026-12-09, prints its pages at another size, as "
        f"another paper would: written on its own; to add it to that edition: broadsheet "
        f"ingest {source} -o {out} --to '한빛일보-2026-12-09'\n"
    )
    assert [p.printed for p in store.load(out / NAME).pages] == ["1"]
    code, said, _err = _ingest(capsys, source, "-o", out, "--to", NAME.removesuffix(".json"))
    assert code == 0 and said.startswith(f"added page 3 to {out / NAME} (now 2 pages)")
    assert [p.size for p in store.load(out / NAME).pages] == [(W, H), (612, 792)]


def test_page_text_has_no_size_and_joins_a_pdf_edition_as_before(tmp_path, capsys):
    out = _front_in(tmp_path, capsys, (W, H))
    text = page_files(tmp_path, {"A03": INNER})["A03"]
    code, said, _err = _ingest(capsys, text, "-o", out)
    assert code == 0 and said.startswith(f"added page 3 to {out / NAME} (now 2 pages)")
