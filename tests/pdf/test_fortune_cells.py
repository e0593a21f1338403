"""A fortune box of cells (cells.py): each cell a sign in larger type with its birth years
beside it in smaller type, one line, over its fortune; the box read as one item a cell,
its title an item alone, the cells down the first column, then the second. Heads set in
one size with their years, or two cells only, are no list of items."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Ad, Article
from reader.pdf import ingest_pdf
from tests.pdf.paper import SANS, SERIF, Column, Flow, Sheet, width, write

_STORY = (
    "설을 앞두고 달내 전통시장이 16일까지 장보기 행사를 연다. 시장에서 쓰는 온누리상품권을 "
    "10% 싸게 살 수 있고, 3만원 넘게 사면 떡국 떡 한 봉지를 준다. 시장 상인회는 제수용 "
    "과일과 나물, 생선을 미리 묶어 파는 차례상 꾸러미도 내놓았다."
)
_CELLS = [
    ("쥐띠", "48·60·72·84년생", "반가운 소식이 온다."),
    ("소띠", "49·61·73·85년생", "건강을 살펴라."),
    ("범띠", "50·62·74·86년생", "오랜 벗을 만난다."),
    ("말띠", "54·66·78·90년생", "욕심을 버리면 일이 풀린다."),
    ("양띠", "55·67·79·91년생", "남의 말에 귀 기울여라."),
    ("닭띠", "57·69·81·93년생", "서두르면 그르친다."),
]


def _items(path: Path, cells: list[tuple[str, str, str]], sign: float) -> list[Article | Ad]:
    """A story beside a framed box of cells in two columns, each sign set in `sign` pt
    and its years in 6.5 pt on one baseline, its fortune in 7.5 pt under them."""
    s = Sheet(w=595, h=842)
    s.text(40, 40, "설 앞두고 전통시장 장보기 행사", SANS, 20)
    flow = Flow(s, [Column(40, 80, 200, 150)])
    flow.para(_STORY)
    s.frame(330, 60, 560, 200)
    s.text(340, 66, "오늘의 운세", SANS, 11)
    half = (len(cells) + 1) // 2
    for k, (name, years, fortune) in enumerate(cells):
        x, top = 340 + 110 * (k // half), 90 + 34 * (k % half)
        base = s.text(x, top, name, SANS, sign)
        s.text(x + width(name, SANS, sign) + 3, base - 0.88 * 6.5, years, SANS, 6.5)
        s.text(x, base + 3, fortune, SERIF, 7.5)
    return ingest_pdf(write(path, [s])).edition.pages[0].items  # type: ignore[return-value]


def test_a_box_of_cells_each_a_head_over_one_entry_is_a_list_of_items(tmp_path: Path) -> None:
    items = _items(tmp_path / "cells.pdf", _CELLS, 8.5)
    assert all(isinstance(it, Article) for it in items)
    heads = [it.headline.text if it.headline else None for it in items]  # type: ignore[union-attr]
    assert heads[1:] == ["오늘의 운세"] + [f"{n} {y}" for n, y, _ in _CELLS]
    assert [[b.text for b in it.body] for it in items[2:]]  # type: ignore[union-attr] == [[f] for _, _, f in _CELLS]


@pytest.mark.parametrize(
    ("cells", "sign"), [(_CELLS, 6.5), (_CELLS[:2], 8.5)], ids=["one_size", "two_cells"]
)
def test_heads_of_one_size_or_two_cells_are_no_list(
    tmp_path: Path, cells: list[tuple[str, str, str]], sign: float
) -> None:
    items = _items(tmp_path / "one.pdf", cells, sign)
    heads = [it.headline.text for it in items if isinstance(it, Article) and it.headline]
    assert not any(h.startswith("쥐띠") for h in heads)
