"""A table without rules whose last row leaves a cell empty (a box score's total row
'합계', no minutes in it): a row of the table with an empty slot, its figures each in
their column, not a line of text with the figures run together (emptycells.py, asked by
gridless.py). Pages made at test time (figure_pages.py)."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from reader.ingest.coverage import coverage_problems
from reader.model import Article
from reader.pdf import ingest_pdf
from tests.pdf.figure_pages import items, sans, story, texts

ROWS = [
    ["선수", "출전", "득점", "리바", "어시"],
    ["하도겸", "43분", "31", "12", "3"],
    ["남궁율", "40분", "22", "4", "9"],
    ["채로운", "36분", "17", "6", "2"],
    ["봉시우", "30분", "14", "8", "1"],
]
STEP = 10.0


def _box_score(c: Canvas, last: list[str], below: float = STEP) -> None:
    """A story, and beside it a box score in 7.5 pt: its title, its rows (names flush
    left, figures flush right), then `last` `below` points under the last row ('' an
    empty cell)."""
    story(c)
    c.setFont(sans(), 9)
    c.drawString(330, 760, "달내 썬더스 주요 선수 기록")
    c.setFont(sans(), 7.5)
    y = 745.0
    for n, row in enumerate([*ROWS, last]):
        if n == len(ROWS):
            y += STEP - below
        c.drawString(330, y, row[0])
        for k, cell in enumerate(row[1:]):
            c.drawRightString(400 + 32 * k, y, cell)
        y -= STEP


def _rows(tmp_path: Path, last: list[str], below: float = STEP) -> list[str]:
    found = items(tmp_path / "box.pdf", lambda c: _box_score(c, last, below))
    table = next(it for it in found if it.headline and it.headline.text.startswith("달내 썬더스"))
    assert isinstance(table, Article)
    return [t for _, t in texts(table)]


def test_a_total_row_with_an_empty_cell_is_a_row_of_its_table(tmp_path: Path) -> None:
    rows = _rows(tmp_path, ["합계", "", "84", "30", "15"])
    assert rows[-1] == "합계\t\t84\t30\t15"
    assert rows[1] == "하도겸\t43분\t31\t12\t3"


def test_two_rows_each_with_empty_cells_both_join(tmp_path: Path) -> None:
    def draw(c: Canvas) -> None:
        _box_score(c, ["합계", "", "84", "30", "15"])
        c.setFont(sans(), 7.5)
        y = 745.0 - STEP * (len(ROWS) + 1)
        c.drawString(330, y, "평균")
        c.drawRightString(400 + 32, y, "21")

    found = items(tmp_path / "two.pdf", draw)
    table = next(it for it in found if it.headline and it.headline.text.startswith("달내 썬더스"))
    assert [t for _, t in texts(table)][-2:] == ["합계\t\t84\t30\t15", "평균\t\t21\t\t"]


def test_a_line_off_the_rows_step_is_no_row(tmp_path: Path) -> None:
    """The same figures two steps down (a blank line between: another block) stay out."""
    rows = _rows(tmp_path, ["합계", "", "84", "30", "15"], below=2.6 * STEP)
    assert not any(r.startswith("합계\t") for r in rows)


def test_a_line_across_the_columns_under_the_rows_is_no_row(tmp_path: Path) -> None:
    """A note under the table whose pieces each span two columns is no row of it."""

    def draw(c: Canvas) -> None:
        _box_score(c, ["", "", "", "", ""])
        c.setFont(sans(), 7.5)
        y = 745.0 - STEP * len(ROWS)
        c.drawString(330, y, "자료=한국농구연맹")
        c.drawString(395, y, "※ 연장 포함 기록")

    path = tmp_path / "note.pdf"
    c = Canvas(str(path), pagesize=(595, 842))
    draw(c)
    c.showPage()
    c.save()
    done = ingest_pdf(path)
    table = next(
        it
        for it in done.edition.pages[0].items
        if it.headline and it.headline.text.startswith("달내 썬더스")
    )
    assert isinstance(table, Article)
    assert not any("자료" in t and "\t" in t for _, t in texts(table))
    assert not coverage_problems(done.edition, done.text)


def test_a_piece_spanning_two_columns_under_the_rows_is_no_row(tmp_path: Path) -> None:
    """Near miss: on the rows' step, a name and a note whose one piece stands under two
    columns ('연장 포함 총득점' across 득점 and 리바): no row, whatever its step."""

    def draw(c: Canvas) -> None:
        _box_score(c, ["", "", "", "", ""])
        c.setFont(sans(), 7.5)
        y = 745.0 - STEP * len(ROWS)
        c.drawString(330, y, "합계")
        c.drawString(405, y, "연장 포함 총득점")

    found = items(tmp_path / "span.pdf", draw)
    table = next(it for it in found if it.headline and it.headline.text.startswith("달내 썬더스"))
    assert not any(t.startswith("합계\t") for _, t in texts(table))
    assert any("연장 포함 총득점" in t for _, t in texts(table))
