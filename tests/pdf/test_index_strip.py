"""A front's index of inner pages set as a strip (indexstrip.py): a shaded label at the
row's left ('오늘의 주요 기사') and, level with it at its right, cells each the page and
its section over a headline ('3면 사회' over '달내천 물길 …') are one item, the label its
headline and each cell an entry. Cells without page numbers, a label giving a phone, or
cells set lower than the label stay as they were read: an ad and a story without a head."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Ad, Article
from reader.pdf import ingest_pdf
from tests.pdf.paper import SANS, SERIF, Column, Flow, Sheet, write

_STORY = (
    "설 연휴 달내역에 임시 열차가 다닌다. 달내군은 11일부터 14일까지 서울과 달내를 "
    "오가는 열차가 하루 네 번 더 선다고 9일 밝혔다. 임시 열차는 오전 7시와 오후 1시, "
    "6시, 9시에 서울역을 떠난다. 표는 10일 오전 9시부터 판다."
)
_CELLS = [
    ("3면 사회", "달내천 물길 다시 연다"),
    ("8면 경제", "환율 이틀째 올라"),
    ("12면 포토", "설 앞둔 장터 대목"),
]


def _page(path: Path, pages: bool = True, phone: bool = False, lower: float = 0) -> list:
    """A story over a strip: the label (two lines, a third '055-940-1000' with `phone`)
    on a shaded box, three cells at its right `lower` points lower, their first lines
    the page and section (or the section alone without `pages`)."""
    s = Sheet(w=595, h=842)
    s.text(40, 40, "설 연휴 ‘달내역 임시 열차’ 뜬다", SANS, 20)
    flow = Flow(s, [Column(40, 75, 150, 160), Column(215, 75, 150, 160)])
    flow.para(_STORY)
    s.hrule(40, 555, 176)
    s.frame(40, 180, 112, 214, shade=True)
    label = ["오늘의", "주요 기사"] + (["055-940-1000"] if phone else [])
    for k, text in enumerate(label):
        s.text(46, 184 + 9 * k, text, SANS, 8)
    for k, (page, head) in enumerate(_CELLS):
        x = 124 + 145 * k
        s.vrule(x - 7, 180 + lower, 214 + lower)
        s.text(x, 186 + lower, page if pages else page.split()[1], SANS, 8)
        s.text(x, 197 + lower, head, SERIF, 8.5)
    s.hrule(40, 555, 218 + lower)
    # a story under the strip: the strip is no running foot
    s.text(40, 236 + lower, "달내봉 눈꽃 축제 15일까지", SANS, 14)
    under = Flow(s, [Column(40, 258 + lower, 320 + lower, 160)])
    under.para("달내봉 눈꽃 축제가 15일까지 열린다. 정상 가는 길에 매트를 깔았다.")
    return ingest_pdf(write(path, [s])).edition.pages[0].items


def test_a_label_beside_cells_of_page_numbers_is_an_index(tmp_path: Path) -> None:
    items = _page(tmp_path / "index.pdf")
    assert [type(it) for it in items] == [Article, Article, Article]
    index = items[1]
    assert index.headline is not None and index.headline.text == "오늘의 주요 기사"
    assert [(b.kind, b.text) for b in index.body] == [("bullet", " ".join(c)) for c in _CELLS]


@pytest.mark.parametrize(
    ("pages", "phone", "lower"),
    [(False, False, 0), (True, True, 0), (True, False, 40)],
    ids=["no_pages", "phone", "lower"],
)
def test_cells_without_pages_a_label_with_a_phone_or_cells_lower_stay_apart(
    tmp_path: Path, pages: bool, phone: bool, lower: float
) -> None:
    items = _page(tmp_path / "apart.pdf", pages, phone, lower)
    assert any(isinstance(it, Ad) for it in items)
    assert not any(
        isinstance(it, Article) and it.headline and it.headline.text == "오늘의 주요 기사"
        for it in items
    )
