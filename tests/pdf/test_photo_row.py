"""A photo story's pictures in a row over its text (photorow.py): three photos side by
side under the headline, each with its caption under it, the text in three columns under
them all, are read first, left to right, the text after them (reading order, going down
each column, reads the first column's text between the first photo and the second). A
photo set lower than the others, or one reaching down beside the text, leaves the order
as it was; so does a row with the story's text beside it, level with it in a column of its
own (the generated corpus's photos in the columns' flow, seeds 11, 12, 14 and 20)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Article
from reader.pdf import ingest_pdf
from tests.pdf.paper import SANS, Column, Flow, Sheet, jpeg, write

_TEXT = (
    "설을 닷새 앞둔 9일 달내 5일장이 대목을 맞았다. 새벽부터 장터 골목마다 제수용품과 "
    "설 선물을 사려는 주민들로 붐볐다. 상인들은 사과와 배 값이 지난해보다 조금 내려 "
    "손님이 늘었다고 말했다. 장은 14일에 한 번 더 선다. 군은 장날마다 임시 주차장을 연다."
)
_CAPTIONS = [
    "① 상인들이 사과를 담고 있다.",
    "② 주민들이 곶감을 고르고 있다.",
    "③ 어르신들이 버스에 오른다.",
]


def _page(path: Path, lower: float = 0, taller: float = 0) -> Article:
    """Three photos 120 points wide, the second's top `lower` points lower and its foot
    `lower + taller` points lower than the others'; each column's text starts 12 points
    under its caption."""
    s = Sheet(w=595, h=842)
    s.text(40, 40, "[포토] 설 앞둔 달내 장터, 대목 맞았다", SANS, 20)
    columns = []
    for k, caption in enumerate(_CAPTIONS):
        x, top = 40 + 135 * k, 72 + (lower if k == 1 else 0)
        foot = top + 80 + (taller if k == 1 else 0)
        s.image(x, top, x + 120, foot, jpeg(120, int(foot - top)))
        s.text(x, foot + 3, caption, SANS, 7.5)
        first = foot + 3 + 7.5 + 12
        columns.append(Column(x, first, first + 66, 120))
    flow = Flow(s, columns)
    flow.para(_TEXT)
    items = ingest_pdf(write(path, [s]), pictures=True).edition.pages[0].items
    assert all(isinstance(it, Article) for it in items) and len(items) == 1
    return items[0]  # type: ignore[return-value]


def test_a_row_of_photos_over_a_storys_text_is_read_before_it(tmp_path: Path) -> None:
    story = _page(tmp_path / "row.pdf")
    kinds = [b.kind for b in story.body if b.kind != "photo"]
    assert kinds == ["caption", "caption", "caption", "lead"]
    assert [b.text for b in story.body if b.kind == "caption"] == _CAPTIONS
    assert story.body[-1].text == _TEXT


@pytest.mark.parametrize(("lower", "taller"), [(30, -30), (0, 40)], ids=["lower", "taller"])
def test_a_photo_lower_or_reaching_beside_the_text_keeps_the_order(
    tmp_path: Path, lower: float, taller: float
) -> None:
    story = _page(tmp_path / "apart.pdf", lower, taller)
    kinds = [b.kind for b in story.body if b.kind != "photo"]
    assert kinds[:2] == ["caption", "lead"]


def _row_beside_text(path: Path, first_top: float) -> Article:
    """Two photos over the second and third of three columns (a generated page's shape,
    seed 20 page 2), the first column's text starting at `first_top`; one flow of text
    down the columns, the photos in it."""
    s = Sheet(w=595, h=842)
    s.text(40, 40, "설 앞둔 달내 장터, 대목 맞았다", SANS, 20)
    columns = [Column(40, first_top, 340, 120)]
    for k, caption in enumerate(_CAPTIONS[:2]):
        x = 175 + 135 * k
        s.image(x, 72, x + 120, 152, jpeg(120, 80))
        s.text(x, 155, caption, SANS, 7.5)
        columns.append(Column(x, 174.5, 340, 120))
    flow = Flow(s, columns)
    for _ in range(3):
        flow.para(_TEXT)
    items = ingest_pdf(write(path, [s]), pictures=True).edition.pages[0].items
    assert all(isinstance(it, Article) for it in items) and len(items) == 1
    return items[0]  # type: ignore[return-value]


def test_a_row_with_the_storys_text_beside_it_is_read_in_its_columns(tmp_path: Path) -> None:
    story = _row_beside_text(tmp_path / "beside.pdf", 72)
    kinds = [b.kind for b in story.body if b.kind != "photo"]
    assert kinds == ["lead", "paragraph", "caption", "paragraph", "caption"]
    assert [b.text for b in story.body if b.kind == "caption"] == _CAPTIONS[:2]


def test_a_row_with_the_storys_text_under_its_foot_is_read_first(tmp_path: Path) -> None:
    story = _row_beside_text(tmp_path / "under.pdf", 174.5)
    kinds = [b.kind for b in story.body if b.kind != "photo"]
    assert kinds == ["lead", "paragraph", "caption", "caption", "paragraph"]
    assert [b.text for b in story.body if b.kind == "caption"] == _CAPTIONS[:2]
