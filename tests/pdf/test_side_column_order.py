"""A side column's story read after the band beside it (layout.rows): a lead over three
columns with two stories under it, a story in the fourth column as high as the lead and
nothing under it in its column (page 63 of tests/pdfreal) reads lead, the two stories
under it, then the side column's, as a reader takes the lead's band first. Near miss: a
story under the side column's in its column keeps the page row by row, and so does a
side column's story standing alone in the top row, higher than the lead."""

from __future__ import annotations

from pathlib import Path

from reader.model import Article
from reader.pdf import ingest_pdf
from tests.pdf.paper import SANS, SERIF, Column, Flow, Sheet, write

W, H, M = 595.0, 842.0, 36.0
MEASURE, STEP = 120.0, 133.0  # a column's measure, and from one column's left to the next
TEXT = (
    "군은 다음 달부터 읍내 공영주차장 다섯 곳을 평일 저녁과 주말에 무료로 연다고 밝혔다. "
    "주차장 이용객은 지난해보다 두 배 가까이 늘었고 상인들은 손님이 늘 것으로 기대했다. "
)


def _story(s: Sheet, head: str, col: int, span: int, top: float, bottom: float) -> None:
    """A story: its headline over `span` columns from column `col`, its text under it."""
    s.text(M + col * STEP, top, head, SANS, 16 if span > 1 else 13)
    cols = [Column(M + (col + i) * STEP, top + 30, bottom, MEASURE) for i in range(span)]
    flow = Flow(s, cols, font=SERIF, size=9, leading=13)
    for _ in range(span):
        flow.para(TEXT, fill_breaks=False)


def _order(tmp: Path, below_side: bool, lead: float = 60) -> list[str]:
    """The page's headlines in order (lead: the lead's top; the side column's is 60)."""
    s = Sheet(W, H)
    _story(s, "폐교 세 곳 청년 임대주택으로", 0, 3, lead, 300)
    _story(s, "장 보러 가는 길", 0, 2, 330, 480)
    _story(s, "얼음 썰매장 개장", 2, 1, 330, 480)
    _story(s, "설 연휴 쓰레기 수거 쉰다", 3, 1, 60, 250)
    s.vrule(M + 3 * STEP - 6.5, 56, 490)  # the rule down the side column
    if below_side:
        _story(s, "보건소 야간 진료 늘린다", 3, 1, 330, 480)
    done = ingest_pdf(write(tmp / "page.pdf", [s]))
    return [it.headline.text for _, it in done.edition.items()
            if isinstance(it, Article) and it.headline]  # fmt: skip


def test_a_side_columns_story_is_read_after_the_band_beside_it(tmp_path: Path) -> None:
    assert _order(tmp_path, below_side=False) == [
        "폐교 세 곳 청년 임대주택으로",
        "장 보러 가는 길",
        "얼음 썰매장 개장",
        "설 연휴 쓰레기 수거 쉰다",
    ]


def test_a_story_under_the_side_columns_keeps_the_rows(tmp_path: Path) -> None:
    assert _order(tmp_path, below_side=True) == [
        "폐교 세 곳 청년 임대주택으로",
        "설 연휴 쓰레기 수거 쉰다",
        "장 보러 가는 길",
        "얼음 썰매장 개장",
        "보건소 야간 진료 늘린다",
    ]


def test_a_side_columns_story_alone_in_the_top_row_is_read_first(tmp_path: Path) -> None:
    assert _order(tmp_path, below_side=False, lead=100) == [
        "설 연휴 쓰레기 수거 쉰다",
        "폐교 세 곳 청년 임대주택으로",
        "장 보러 가는 길",
        "얼음 썰매장 개장",
    ]
