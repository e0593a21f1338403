"""A board drawn in ruled lines in a framed column (a 바둑 column's diagram): a grid of
square cells, a few moves' numbers on it and the diagram's name under it. Read as a
chart is, one caption of the column's story, not as a ruled table that makes the column
an ad (boards.py, asked by frames.py). Pages made at test time (figure_pages.py)."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from reader.model import Ad, Article, Table
from reader.pdf.content import Box
from tests.pdf.figure_pages import items, sans, story

TALK = (
    "흑1로 우하귀를 먼저 굳힌 것이 좋은 수다.",
    "백2의 걸침에 흑3으로 좌상귀를 차지했다.",
    "이 대목에서 흑이 주도권을 잡았다는 평가다.",
)


def _column(
    c: Canvas,
    across: float,
    down: float,
    stones: dict[tuple[int, int], str],
    talk: tuple[str, ...] = TALK,
    ruled: int = 9,
) -> None:
    """A story, and beside it a framed column: its title, a grid of nine lines each way
    (`across` by `down` points a cell) with numbers at its crossings, the diagram's name
    under it, three sentences of commentary under that."""
    story(c)
    c.rect(320, 420, 240, 370, stroke=1, fill=0)
    c.setFont(sans(), 12)
    c.drawString(330, 770, "제9기 달내배 결승 1국")
    left, top = 340.0, 750.0
    c.setLineWidth(0.4)
    for k in range(ruled):
        c.line(left, top - down * k, left + across * (ruled - 1), top - down * k)
        c.line(left + across * k, top, left + across * k, top - down * (ruled - 1))
    c.setFont(sans(), 6.5)
    for (col, row), text in stones.items():
        c.drawCentredString(left + across * col, top - down * row - 2.3, text)
    bottom = top - down * (ruled - 1)
    c.setFont(sans(), 7.5)
    c.drawString(left + 30, bottom - 12, "실전보(1∼3)")
    c.setFont(sans(), 8.5)
    for k, line in enumerate(talk):
        c.drawString(330, bottom - 34 - 12 * k, line)


def _column_item(tmp_path: Path, across: float, down: float, stones: dict) -> Article | Ad:
    found = items(tmp_path / "board.pdf", lambda c: _column(c, across, down, stones))
    return next(it for it in found if _box(it)[0] >= 320)


def _box(item: Article | Ad) -> Box:
    title = item.headline if isinstance(item, Article) else item.title
    assert title is not None and title.box is not None
    return title.box


def test_a_board_drawn_in_a_framed_column_is_one_caption_of_its_story(tmp_path: Path) -> None:
    item = _column_item(tmp_path, 14, 14, {(2, 2): "3", (6, 6): "1", (2, 6): "2"})
    assert isinstance(item, Article)
    assert [b.text for b in item.body if b.kind == "caption"] == ["3 2 1 실전보(1∼3)"]
    assert item.body[-1].text == TALK[-1]


def test_a_grid_of_square_cells_each_holding_a_figure_is_a_table(tmp_path: Path) -> None:
    full = {(k, j): str(k + j) for k in range(8) for j in range(8)}
    cells = {(k + 0.5, j + 0.6): v for (k, j), v in full.items()}
    item = _column_item(tmp_path, 14, 14, cells)
    assert isinstance(item, Ad) and any(isinstance(b, Table) for b in item.blocks)


def test_a_grid_of_oblong_cells_is_no_board(tmp_path: Path) -> None:
    item = _column_item(tmp_path, 26, 13, {(2.5, 2.6): "3", (6.5, 6.6): "1", (2.5, 6.6): "2"})
    assert isinstance(item, Ad) and any(isinstance(b, Table) for b in item.blocks)


def test_a_board_in_a_box_of_the_papers_own_keeps_its_numbers(tmp_path: Path) -> None:
    """Near miss: a puzzle's box, a board under its title with a task and a source line,
    is no story (too few sentences) but the paper's own box (frames._own): the board's
    numbers and name, taken out of its blocks, stay in it as the board's caption."""
    talk = ("흑 차례, 백 석 점을 잡아라", "자료: 한국기원")
    stones = {(2, 2): "3", (6, 6): "1", (2, 6): "2"}
    found = items(tmp_path / "puzzle.pdf", lambda c: _column(c, 14, 14, stones, talk))
    item = next(it for it in found if _box(it)[0] >= 320)
    assert isinstance(item, Article)
    assert [b.text for b in item.body if b.kind == "caption"] == ["3 2 1 실전보(1∼3)"]


def test_a_board_in_a_box_of_no_prose_keeps_its_numbers_together(tmp_path: Path) -> None:
    """Near miss: the puzzle's box with its task alone is read as an ad (frames.py): the
    board is one caption of it there too, its numbers not strewn as lines of text."""
    stones = {(2, 2): "3", (6, 6): "1", (2, 6): "2"}
    talk = ("흑 차례, 백 석 점을 잡아라",)
    found = items(tmp_path / "ad.pdf", lambda c: _column(c, 14, 14, stones, talk))
    item = next(it for it in found if _box(it)[0] >= 320)
    assert isinstance(item, Ad)
    text = [b.text for b in item.blocks if not isinstance(b, Table)]
    assert "3 2 1 실전보(1∼3)" in text and "3" not in text


def test_a_grid_of_five_lines_each_way_is_no_board(tmp_path: Path) -> None:
    """Near miss: four cells each way (a small table's rules, boards._LINES) with three
    figures in them is no board: a ruled table, as a grid of oblong cells is."""
    stones = {(1, 1): "3", (3, 3): "1", (1, 3): "2"}
    found = items(tmp_path / "small.pdf", lambda c: _column(c, 14, 14, stones, ruled=5))
    item = next(it for it in found if _box(it)[0] >= 320)
    assert isinstance(item, Ad) and any(isinstance(b, Table) for b in item.blocks)
