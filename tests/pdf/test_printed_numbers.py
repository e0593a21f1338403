"""A PDF page's printed number (reader/pdf/page_folio.py): read off its running head or
foot, the front page under the nameplate is page 1; made-up pages of tests/pdf's
builders, with near misses that print no number."""

from __future__ import annotations

from pathlib import Path

from reader.pdf import ingest_pdf
from reader.pdf.page_folio import front_number
from tests.pdf.paper import SANS, Sheet, write
from tests.pdf.test_folio_masthead import H, M, W, _front, _inner, _story


def _printed(tmp_path: Path, *sheets: Sheet) -> list[str | None]:
    done = ingest_pdf(write(tmp_path / "pages.pdf", list(sheets)))
    return [p.printed for p in done.edition.pages]


def _unnumbered(foot: str | None = None) -> Sheet:
    """An inner page without a running head, its story from the top; `foot`: a running
    foot's line under a rule."""
    s = Sheet(W, H)
    _story(s, 40, "장터 살리기 다시 이어진다")
    if foot:
        s.hrule(M, W - M, H - M - 16)
        s.text(W / 2 - 10, H - M - 10, foot, SANS, 8)
    return s


def test_an_inner_pages_running_head_gives_its_number(tmp_path: Path) -> None:
    assert _printed(tmp_path, _inner(14, "문화", "2026년 12월 8일 화요일")) == ["14"]


def test_the_front_page_under_the_nameplate_is_page_one(tmp_path: Path) -> None:
    assert _printed(tmp_path, _front(), _inner(3, "사회", "2026년 12월 9일 수요일")) == ["1", "3"]


def test_a_number_set_off_by_dashes_in_the_running_foot(tmp_path: Path) -> None:
    assert _printed(tmp_path, _unnumbered(foot="- 6 -")) == ["6"]


def test_a_page_printing_no_number_has_none(tmp_path: Path) -> None:
    """Near miss: section and date, no number, and no nameplate: not page 1 either."""
    assert _printed(tmp_path, _unnumbered()) == [None]


def test_the_front_number_read_before_assembly_is_the_pages(tmp_path: Path) -> None:
    """What an ingest is told of its first page (to refuse early) is what it keeps."""
    from reader.pdf.document import lay_out
    from reader.pdf.words import EditionWords

    for sheet, number in ((_inner(14, "문화", None), "14"), (_front(), "1"), (_unnumbered(), None)):
        path = write(tmp_path / "one.pdf", [sheet])
        [layout] = lay_out([(str(path), 0, 0, False, True)], None, EditionWords().add)
        assert front_number(layout) == number
