"""A boxed column's title bar ('기자수첩' white on a band across the box's top, the band
padding its type): the column's subheadline, the gap to the headline measured from the
band's foot (kickers.py; frames.py hands a box its bands). Not an item of its own."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from reader.model import Article
from reader.pdf import ingest_pdf
from tests.pdfgen.fonts import faces

STORY = (
    "달내군의 초등학교 돌봄교실에 들어가지 못한 아이가 140명에 이른다. 지난해의 두 배다. "
    "군은 다음 달까지 마을 회관 세 곳에 돌봄터를 열기로 했다. 한 곳에 아이 20명씩을 맡는다."
)
BOXED = (
    "돌봄교실 대기 명단을 받아 든 날, 한 어머니에게서 전화가 왔다. 대기 아동 140명은 숫자로만 "
    "보면 크지 않다. 그러나 그 숫자 하나하나가 빈집에서 부모를 기다리는 아이다. 셈을 다시 "
    "해야 한다."
)


def _lines(c: Canvas, text: str, x: float, y: float, width: int) -> None:
    for k in range(0, len(text), width):
        c.drawString(x, y, text[k : k + width])
        y -= 13


def _page(path: Path, band: str, foot_gap: float = 8.0) -> list[Article]:
    """band: 'bar' (the label white on a band 24 pt tall, its type 11 pt above the band's
    foot), 'tall' (the same band over a headline further below), 'none' (the label black,
    no band)."""
    c = Canvas(str(path), pagesize=(595, 842))
    font = faces("ttf").body
    c.setFont(font, 20)
    c.drawString(40, 780, "방과 후 돌봄 대기 아동 140명")
    c.setFont(font, 9)
    _lines(c, STORY, 40, 752, 24)
    c.rect(300, 500, 255, 290, stroke=1, fill=0)  # the box's frame
    foot = 756.0
    if band != "none":
        c.rect(301, foot, 253, 24, stroke=0, fill=1)  # the title bar across its top
        c.setFillColorRGB(1, 1, 1)
    c.setFont(font, 10)
    c.drawString(306, foot + 11, "기자수첩")
    c.setFillColorRGB(0, 0, 0)
    c.setFont(font, 14)
    head = foot - (foot_gap if band != "tall" else 2.2 * 14) - 12.5  # its type's top
    c.drawString(306, head, "숫자 뒤에 있는 아이들의 얼굴")
    c.setFont(font, 9)
    _lines(c, BOXED, 306, head - 24, 24)
    c.showPage()
    c.save()
    items = ingest_pdf(path).edition.pages[0].items
    assert all(isinstance(it, Article) for it in items)
    return items  # type: ignore[return-value]


def test_a_boxed_columns_title_bar_is_its_subheadline(tmp_path: Path) -> None:
    items = _page(tmp_path / "bar.pdf", "bar")
    assert [it.headline.text if it.headline else None for it in items] == [
        "방과 후 돌봄 대기 아동 140명",
        "숫자 뒤에 있는 아이들의 얼굴",
    ]
    assert items[1].subheadline is not None and items[1].subheadline.text == "기자수첩"


def test_a_band_further_than_a_headlines_size_over_it_heads_nothing(tmp_path: Path) -> None:
    items = _page(tmp_path / "tall.pdf", "tall")
    assert all(it.subheadline is None for it in items)
    assert any(it.headline is not None and it.headline.text == "기자수첩" for it in items)


def test_the_same_label_without_its_band_is_no_kicker(tmp_path: Path) -> None:
    items = _page(tmp_path / "none.pdf", "none")
    assert all(it.subheadline is None for it in items)
    assert any(it.headline is not None and it.headline.text == "기자수첩" for it in items)
