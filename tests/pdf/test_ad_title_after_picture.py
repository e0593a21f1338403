"""A coupon's QR code and the label under it, set at the ad's left before its title, do not
open the ad: its title in display type is its title (frames.py; page 62 of tests/pdfreal
read the code's label as the title)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from reader.model import Ad
from reader.pdf import ingest_pdf
from tests.pdfgen.fonts import faces
from tests.pdfreal.photos import make_code

STORY = (
    "코로나 이후 손님이 끊겼던 동네 목욕탕에 다시 사람이 몰린다. 집 보일러를 덜 돌리려는 "
    "주민들이 새벽부터 목욕탕을 찾는다. 달내읍의 한 목욕탕 주인은 지난해 이맘때보다 손님이 "
    "30%쯤 늘었다고 말했다. 그러나 목욕탕들도 연료비가 올라 속을 앓는다."
)
TEXT = ("이 쿠폰을 오려 오시면", "목욕 요금을 20% 깎아", "드립니다.", "문의 055-940-2580")


def _ad(tmp: Path, opener: str = "") -> Ad:
    """A story, and under it a coupon framed: the code at its left with '길 안내' under it,
    the title (two lines, 12 pt) at its right over its text (7 pt), `opener` (7 pt) over
    the title when given."""
    code = tmp / "qr_code.png"
    make_code(code)
    c = Canvas(str(tmp / "page.pdf"), pagesize=(595, 842))
    font = faces("ttf").body
    c.setFont(font, 18)
    c.drawString(40, 790, "겨울 목욕탕 손님 다시 늘었다")
    c.setFont(font, 9)
    y = 765.0
    for k in range(0, len(STORY), 26):
        c.drawString(40, y, STORY[k : k + 26])
        y -= 13
    c.rect(40, 540, 200, 110)
    c.drawImage(ImageReader(str(code)), 46, 580, width=60, height=60)
    c.setFont(font, 5.5)
    c.drawString(62, 572, "길 안내")
    c.setFont(font, 7)
    if opener:
        c.drawString(114, 638, opener)
    c.setFont(font, 12)
    c.drawString(114, 622, "달내온천탕")
    c.drawString(114, 608, "새해 할인권")
    c.setFont(font, 7)
    y = 594.0
    for line in TEXT:
        c.drawString(114, y, line)
        y -= 9
    c.showPage()
    c.save()
    (ad,) = [it for it in ingest_pdf(tmp / "page.pdf").edition.pages[0].items if isinstance(it, Ad)]
    return ad


def test_a_title_after_a_picture_and_its_label_is_the_ads_title(tmp_path: Path) -> None:
    ad = _ad(tmp_path)
    assert ad.title is not None and ad.title.text == "달내온천탕 새해 할인권"


def test_a_display_line_after_a_line_of_text_is_not_moved_first(tmp_path: Path) -> None:
    """Text read before it (a line of the ad's text over it) leaves the order as read."""
    ad = _ad(tmp_path, opener="단 한 달!")
    assert ad.title is not None and ad.title.text != "달내온천탕 새해 할인권"
