"""A rate strip (framing.with_sources, centredrows.py, regionitems' rows): a shaded band,
its title at the left, five cells side by side each a stack of three centred lines (the
name, the rate, the change after '▲' or '▼'), its source line set right under the band.
The source line makes the band the paper's own box, the cells are a table of three rows
(a row a paragraph, cells by tabs, '▲' a sign, no list's mark). A source line farther
under the band leaves it an ad; two rows of cells are no table."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Ad, Article
from reader.pdf import ingest_pdf
from tests.pdf.paper import SANS, Column, Flow, Sheet, width, write

_STORY = (
    "원·달러 환율이 이틀째 올랐다. 9일 서울 외환시장에서 환율은 전날보다 2.3원 오른 "
    "1,312.5원에 거래를 마쳤다. 미국의 금리 인하가 늦어질 것이라는 전망에 달러 값이 "
    "힘을 받았다. 엔화는 약세를 이어 갔다."
)
_ROWS = [
    ["미국 달러", "일본 엔", "유로", "중국 위안", "영국 파운드"],
    ["1,312.50", "874.20", "1,421.80", "181.40", "1,668.90"],
    ["▲2.30", "▼1.60", "▲3.10", "▲0.20", "▼0.70"],
]
_SOURCE = "자료=달내은행(9일 오후 3시 30분 기준)"


def _page(path: Path, under: float = 1, rows: int = 3) -> list[Article | Ad]:
    """The strip at 120-170 under a story, its first `rows` rows of cells, its source
    line `under` points under it."""
    s = Sheet(w=595, h=842)
    s.text(40, 40, "원·달러 환율 이틀째 올라", SANS, 20)
    flow = Flow(s, [Column(40 + 175 * k, 70, 110, 160) for k in range(3)])
    flow.para(_STORY)
    s.frame(40, 120, 555, 166, shade=True)
    s.text(48, 138, "오늘의 환율", SANS, 9.5)
    for k in range(5):
        mid = 160 + 85 * k
        for r, (size, top) in enumerate(((7, 125), (10, 136), (7, 151))[:rows]):
            cell = _ROWS[r][k]
            s.text(mid - width(cell, SANS, size) / 2, top, cell, SANS, size)
    s.text(555 - width(_SOURCE, SANS, 6.5), 166 + under, _SOURCE, SANS, 6.5)
    # a story under the strip: the strip is no running foot
    s.text(40, 200, "설 앞두고 금값 올라", SANS, 14)
    Flow(s, [Column(40, 222, 290, 160)]).para("금 한 돈 값이 45만원을 넘었다. 선물 수요다.")
    items = ingest_pdf(write(path, [s])).edition.pages[0].items
    assert all(isinstance(it, Article | Ad) for it in items)
    return items  # type: ignore[return-value]


def test_a_strip_of_centred_cells_over_its_source_is_a_table(tmp_path: Path) -> None:
    items = _page(tmp_path / "strip.pdf")
    [strip] = [it for it in items if isinstance(it, Article) and it.headline
               and it.headline.text == "오늘의 환율"]  # fmt: skip
    want = [("paragraph", "\t".join(row)) for row in _ROWS] + [("paragraph", _SOURCE)]
    assert [(b.kind, b.text) for b in strip.body] == want
    assert not any(isinstance(it, Ad) for it in items)


@pytest.mark.parametrize(("under", "rows"), [(20, 3), (1, 2)], ids=["source_far", "two_rows"])
def test_a_source_far_under_or_two_rows_is_no_table(
    tmp_path: Path, under: float, rows: int
) -> None:
    items = _page(tmp_path / "apart.pdf", under, rows)
    texts = [b.text for it in items if isinstance(it, Article) for b in it.body]
    assert "\t".join(_ROWS[1]) not in texts
