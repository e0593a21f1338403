"""A kicker set reversed on a band of its own over its headline ('이슈 분석' white on blue),
in the body's size: the story's subheadline, not the last paragraph of the story above it
(kickers.py, asked where articles.py meets a headline)."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from reader.model import Article
from reader.pdf import ingest_pdf
from tests.pdfgen.fonts import faces

FIRST = (
    "달내군 보건소가 독감 환자가 늘자 다음 달 말까지 토요일 오전에도 예방접종을 한다. "
    "평일에 짬을 내기 어려운 직장인과 학생들을 위해서다. 접종은 보건소 1층에서 받는다."
)
SECOND = (
    "전통시장 상인들이 내는 카드 수수료가 대형 매장보다 여전히 높다. 매출이 적은 가게일수록 "
    "수수료 인하 혜택을 받을 서류를 챙기기 어렵기 때문이다. 군은 돕는 창구를 연다."
)


def _lines(c: Canvas, text: str, y: float) -> float:
    for k in range(0, len(text), 24):
        c.drawString(40, y, text[k : k + 24])
        y -= 13
    return y


def _page(path: Path, band: bool, gap: float = 4.0) -> list[Article]:
    c = Canvas(str(path), pagesize=(595, 842))
    font = faces("ttf").body
    c.setFont(font, 20)
    c.drawString(40, 780, "달내 보건소, 주말에도 접종")
    c.setFont(font, 9)
    y = _lines(c, FIRST, 752) - 10
    if band:  # the label white on a band of colour, the band its own height
        c.setFillColorRGB(0.12, 0.3, 0.6)
        c.rect(40, y - 3.5, 46, 13, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
    c.drawString(42, y, "이슈 분석")
    c.setFillColorRGB(0, 0, 0)
    c.setFont(font, 15)
    y -= 3.5 + gap + 12
    c.drawString(40, y, "전통시장 카드 수수료, 왜 아직 높나")
    c.setFont(font, 9)
    _lines(c, SECOND, y - 20)
    c.showPage()
    c.save()
    items = ingest_pdf(path).edition.pages[0].items
    assert all(isinstance(it, Article) for it in items)
    return items  # type: ignore[return-value]


def test_a_kicker_reversed_on_colour_in_the_body_size_is_its_storys_subheadline(
    tmp_path: Path,
) -> None:
    first, second = _page(tmp_path / "band.pdf", band=True)
    assert second.headline is not None and second.headline.text.startswith("전통시장")
    assert second.subheadline is not None and second.subheadline.text == "이슈 분석"
    assert all("이슈 분석" not in b.text for b in first.body)


def test_the_same_line_without_a_band_is_no_kicker(tmp_path: Path) -> None:
    items = _page(tmp_path / "plain.pdf", band=False)
    assert all(it.subheadline is None for it in items)
    assert any("이슈 분석" in b.text for it in items for b in it.body)


def test_a_band_far_over_the_headline_is_no_kicker(tmp_path: Path) -> None:
    items = _page(tmp_path / "far.pdf", band=True, gap=30.0)
    assert all(it.subheadline is None for it in items)
