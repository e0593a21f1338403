"""Text a clip hides: a file placed as a form XObject (an advertiser's PDF in its box)
whose lines run past the box. What the box hides is never printed and not read; a line
the box's edge cuts through shows in part and is read; text on the page itself is read
wherever it stands."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen import canvas

from reader.pdf.document import open_pdf
from reader.pdf.extract import read_page
from tests.pdfgen.fonts import faces


def _page(path: Path) -> list[str]:
    face = faces("cid").sans
    c = canvas.Canvas(str(path), pagesize=(400, 400))
    c.beginForm("ad", lowerx=0, lowery=0, upperx=150, uppery=100)
    c.setFont(face, 10)
    c.drawString(10, 60, "달내 한우 직판장")  # inside the box
    c.drawString(10, -3, "등심 100g 6,900원")  # across its foot: its top shows
    c.drawString(10, -40, "오려 오시면 할인")  # wholly below it: never printed
    c.endForm()
    c.saveState()
    c.translate(200, 200)
    c.doForm("ad")
    c.restoreState()
    c.setFont(face, 10)
    c.drawString(10, 300, "달내군 전통시장 소식")  # the page's own text, no clip
    c.drawString(200, 160, "군청 앞 정류장")  # on the page, where the hidden line lies
    c.showPage()
    c.save()
    doc = open_pdf(path)
    try:
        return [r.text for r in read_page(doc, 0, 1, False).runs]
    finally:
        doc.close()


def test_lines_a_placed_files_box_hides_are_not_read_and_the_rest_is(tmp_path: Path) -> None:
    runs = _page(tmp_path / "clipped.pdf")
    assert "오려 오시면 할인" not in runs
    assert {
        "달내 한우 직판장",
        "등심 100g 6,900원",
        "달내군 전통시장 소식",
        "군청 앞 정류장",
    } <= set(runs)
