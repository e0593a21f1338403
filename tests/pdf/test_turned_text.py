"""Type set turned a quarter: read along its baseline as one run (PDFium places each
glyph on the turned baseline, and a page read across took them for a run each); and a
photo's credit so set along the picture's side is its caption's last line."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from reader.model import Article
from reader.pdf import ingest_pdf
from tests.pdf.page_one import page_one
from tests.pdfgen.fonts import faces
from tests.pdfreal.photos import make_photo

BODY = (
    "달내시장의 낡은 아케이드 지붕이 15년 만에 새것으로 바뀐다. 달내군은 내년 3월부터 "
    "시장 통로 240m의 지붕을 걷어 내고 빛이 드는 새 지붕을 씌운다고 28일 밝혔다."
)


def _turned(c: canvas.Canvas, x: float, y: float, angle: int, size: float, text: str) -> None:
    c.saveState()
    c.translate(x, y)
    c.rotate(angle)
    c.setFont(faces("cid").sans, size)
    c.drawString(0, 0, text)
    c.restoreState()


def test_text_turned_a_quarter_reads_along_its_baseline(tmp_path: Path) -> None:
    """A credit turned to read upwards, a label turned to read downwards: each one run
    in its own order, not a run a glyph; upright text beside them reads as before."""
    path = tmp_path / "turned.pdf"
    c = canvas.Canvas(str(path), pagesize=(400, 400))
    _turned(c, 300, 100, 90, 6, "사진=문하람 기자")
    _turned(c, 350, 300, -90, 8, "달내일보 2026")
    c.setFont(faces("cid").sans, 9)
    c.drawString(40, 200, "달내군 전통시장 소식")
    c.showPage()
    c.save()
    runs = page_one(path).runs
    got = sorted((r.text, r.turned, r.size) for r in runs)
    assert got == [
        ("달내군 전통시장 소식", False, 9.0),
        ("달내일보 2026", True, 8.0),
        ("사진=문하람 기자", True, 6.0),
    ]
    credit = next(r for r in runs if r.text.startswith("사진"))
    assert credit.x1 <= 300 + 1 and credit.bottom - credit.top > 5 * 6  # up the page


def _photo_page(path: Path, credit_x: float, credit_size: float) -> Article:
    """A photo (200 x 120 at 40, 60 from the top), its caption under it, a credit turned
    along the line x = credit_x, and a story's column under them."""
    photo = path.with_suffix(".png")
    make_photo(photo)
    face = faces("cid")
    c = canvas.Canvas(str(path), pagesize=(400, 400))
    c.drawImage(ImageReader(str(photo)), 40, 220, width=200, height=120)
    _turned(c, credit_x, 222, 90, credit_size, "사진=문하람 기자")
    c.setFont(face.sans, 7.5)
    c.drawString(40, 210, "28일 상인들이 양동이를 받쳐 두고 있다.")
    c.setFont(face.body, 9)
    words, line, y = BODY.split(), "", 190.0
    for word in words:  # a column 200 points wide
        if c.stringWidth(f"{line} {word}".strip(), face.body, 9) > 200:
            c.drawString(40, y, line)
            line, y = word, y - 14
        else:
            line = f"{line} {word}".strip()
    c.drawString(40, y, line)
    c.showPage()
    c.save()
    (story,) = ingest_pdf(path).edition.articles()
    assert isinstance(story, Article)
    return story


def test_a_credit_turned_along_a_photos_side_is_its_captions_last_line(tmp_path: Path) -> None:
    """6 pt turned, a point right of the picture, within its height: the caption's
    credit line. Near misses: the same line 60 points away from the picture, or set in
    the body's size (a vertical head, not a credit), is no part of the caption."""
    story = _photo_page(tmp_path / "credit.pdf", 246, 6)
    captions = [b.text for b in story.body if b.kind == "caption"]
    assert captions == ["28일 상인들이 양동이를 받쳐 두고 있다.\n사진=문하람 기자"]
    for x, size in ((300, 6), (248, 9)):
        story = _photo_page(tmp_path / f"apart{x}.pdf", x, size)
        captions = [b.text for b in story.body if b.kind == "caption"]
        assert captions == ["28일 상인들이 양동이를 받쳐 두고 있다."]


def test_text_turned_inside_a_placed_file_stands_where_the_page_shows_it(tmp_path: Path) -> None:
    """A placed file (a form XObject drawn 200 points in) holding a turned line: its run
    stands where the page shows it, not where the file's own space puts it."""
    path = tmp_path / "placed.pdf"
    c = canvas.Canvas(str(path), pagesize=(400, 400))
    c.beginForm("ad", lowerx=0, lowery=0, upperx=100, uppery=100)
    _turned(c, 90, 10, 90, 6, "사진=문하람 기자")
    c.endForm()
    c.saveState()
    c.translate(200, 100)
    c.doForm("ad")
    c.restoreState()
    c.showPage()
    c.save()
    (run,) = page_one(path).runs
    assert run.text == "사진=문하람 기자" and run.turned and run.size == 6.0
    assert 284 <= run.x0 < run.x1 <= 292 and 240 < run.top < run.bottom <= 290


def _runs(path: Path, draw: list[tuple[float, float, float, str]]) -> list[tuple[str, bool]]:
    """The runs of a page of 8 pt lines, each (x, y, angle in degrees, text)."""
    c = canvas.Canvas(str(path), pagesize=(400, 400))
    for x, y, angle, text in draw:
        c.saveState()
        c.translate(x, y)
        c.rotate(angle)
        c.setFont(faces("cid").sans, 8)
        c.drawString(0, 0, text)
        c.restoreState()
    c.showPage()
    c.save()
    return sorted((r.text, r.turned) for r in page_one(path).runs)


@pytest.mark.parametrize("angle", [30, 45, 135, 180, 225, 315])
def test_text_set_at_a_slant_reads_along_its_baseline(tmp_path: Path, angle: int) -> None:
    """A label set at any slant (a chart's axis label at 45 degrees, a stamp, type upside
    down) is one run along its baseline, in its own order, its words apart: it was a run
    a glyph or two ('사', '진=문', '하람' ...), read in any order."""
    got = _runs(tmp_path / "slant.pdf", [(200, 200, angle, "사진=문하람 기자")])
    assert got == [("사진=문하람 기자", True)]


def test_text_tilted_a_few_degrees_reads_as_the_line_it_stands_in(tmp_path: Path) -> None:
    """Near miss: words tilted 2 degrees (a scan's skew under its text layer), each its own
    text object, are no turned type: they join one line as upright words do."""
    from reader.pdf.lines import make_lines

    path = tmp_path / "tilt.pdf"
    c = canvas.Canvas(str(path), pagesize=(400, 400))
    for x, word in ((100, "달내군"), (131, "전통시장"), (173, "소식")):
        c.saveState()
        c.translate(x, 200 + (x - 100) * 0.035)
        c.rotate(2)
        c.setFont(faces("cid").sans, 9)
        c.drawString(0, 0, word)
        c.restoreState()
    c.showPage()
    c.save()
    runs = page_one(path).runs
    assert not any(r.turned for r in runs)
    assert [x.text for x in make_lines(runs, [])] == ["달내군 전통시장 소식"]
