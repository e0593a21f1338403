"""A cartoon's panels (cartoons.py) against what a page also frames in a row: a strip
whose speech is flattened to no height reads without a traceback; four coupons, each framed with a
barcode and a drawn mark, stay four ads; a grid of framed photos with a rule under each
picture keeps each photo with its caption. Pages made at test time (figure_pages.py)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from reader.model import Ad, Article
from tests.pdf.figure_pages import HEADLINE, items, sans, story, texts
from tests.pdfreal.photos import make_photo

TITLE = "[달내골 4컷] 새 징검다리"
SPEECH = ("징검다리가 놓인대!", "돌 60개나 놓는대요.", "다리는 왜 또 놓지?", "건너는 재미지!")


def _strip(c: Canvas, heights: tuple[float, ...] = (1, 1, 1, 1)) -> None:
    """A story, and down the right column a titled strip of four framed panels: a drawn
    figure (a head, a body) and a balloon holding its speech in each, set in 7 pt scaled
    to `heights` by the text matrix."""
    story(c)
    c.setFont(sans(), 12)
    c.drawString(330, 712, TITLE)
    for k, (words, height) in enumerate(zip(SPEECH, heights, strict=True)):
        top = 700 - 96 * k
        c.rect(330, top - 90, 140, 90, stroke=1, fill=0)
        c.circle(360, top - 55, 8, stroke=1, fill=0)
        c.line(360, top - 63, 360, top - 85)
        c.roundRect(336, top - 24, 128, 18, 6, stroke=1, fill=0)
        text = c.beginText()
        text.setTextTransform(1, 0, 0, height, 342, top - 18)
        text.setFont(sans(), 7)
        text.textOut(words)
        c.drawText(text)


def test_speech_flattened_to_no_height_reads_without_a_traceback(tmp_path: Path) -> None:
    """A panel's speech whose text matrix scales it to no height (its size reads 0):
    PDFium still reads its words, so the strip is read with them, nothing lost."""
    strip = items(tmp_path / "flat.pdf", lambda c: _strip(c, (1, 0, 1, 1)))[-1]
    assert isinstance(strip, Article) and strip.headline is not None
    assert strip.headline.text == TITLE
    body = " ".join(t for _, t in texts(strip))
    assert all(words in body for words in SPEECH)


def _coupons(c: Canvas) -> None:
    """Four coupons side by side, each framed by a dashed line, with a barcode (thin
    filled bars), a drawn stamp (a stroked circle) and three lines of type in the frame."""
    story(c, lines=20)
    for k in range(4):
        x, y = 40 + 135 * k, 330
        c.setDash(3, 2)
        c.rect(x, y, 125, 90, stroke=1, fill=0)
        c.setDash()
        for j in range(14):
            c.rect(x + 10 + 4 * j, y + 8, 1.2 + (j % 3) * 0.6, 18, stroke=0, fill=1)
        c.circle(x + 100, y + 20, 10, stroke=1, fill=0)
        c.setFont(sans(), 11)
        c.drawString(x + 8, y + 72, "할인 쿠폰")
        c.setFont(sans(), 8)
        c.drawString(x + 8, y + 58, f"돼지고기 {10 * k + 10}% 할인")
        c.drawString(x + 8, y + 46, "12월 31일까지")


def test_framed_coupons_with_barcodes_stay_ads(tmp_path: Path) -> None:
    """A barcode and a stamp are drawn shapes without type, as a cartoon's figures are,
    but a coupon's type stands in its frame, not in a balloon: four ads, none a panel."""
    found = items(tmp_path / "coupons.pdf", _coupons)
    ads = [it for it in found if isinstance(it, Ad)]
    assert [ad.title and ad.title.text for ad in ads] == ["할인 쿠폰"] * 4
    assert [texts(ad) for ad in ads][1] == [
        ("Paragraph", "돼지고기 20% 할인"),
        ("Paragraph", "12월 31일까지"),
    ]
    (lead,) = [it for it in found if isinstance(it, Article)]
    assert lead.headline is not None and lead.headline.text == HEADLINE
    assert not any("할인" in t for _, t in texts(lead))


def _photo_grid(c: Canvas, photo: Path) -> None:
    """Four framed cells in a row, each a picture with a border, a rule under it and a
    caption of two lines (its credit the second)."""
    story(c, lines=20)
    for k in range(4):
        x, y = 40 + 135 * k, 300
        c.rect(x, y, 125, 120, stroke=1, fill=0)
        c.drawImage(ImageReader(str(photo)), x + 5, y + 35, width=115, height=80)
        c.rect(x + 5, y + 35, 115, 80, stroke=1, fill=0)
        c.line(x + 5, y + 31, x + 120, y + 31)
        c.setFont(sans(), 7.5)
        c.drawString(x + 6, y + 20, f"달내천 하구의 큰고니 {k + 1}")
        c.drawString(x + 6, y + 10, "사진=이서진 기자")


def test_a_grid_of_framed_photos_keeps_each_photo_with_its_caption(tmp_path: Path) -> None:
    """A picture's border and the rule under it are shapes without type, but the cell's
    caption stands in its frame, not in a balloon: each photo is read with its caption,
    none of the captions goes to the story beside them."""
    photo = tmp_path / "photo.png"
    make_photo(photo)
    found = items(tmp_path / "grid.pdf", lambda c: _photo_grid(c, photo))
    cells = [texts(it) for it in found if isinstance(it, Ad)]
    assert [[kind for kind, _ in cell] for cell in cells] == [["Photo", "Paragraph"]] * 4
    assert [it.title and it.title.text for it in found if isinstance(it, Ad)] == [
        f"달내천 하구의 큰고니 {k + 1}" for k in range(4)
    ]
    (lead,) = [it for it in found if isinstance(it, Article)]
    assert not any("큰고니" in t for _, t in texts(lead))
