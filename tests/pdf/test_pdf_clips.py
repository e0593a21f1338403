"""Text a clip hides: a file placed as a form XObject (an advertiser's PDF in its box)
whose lines run past the box, or a box on the page itself whose text runs past its
frame. What the clip hides is never printed and not read; a line the clip's edge cuts
through shows in part and is read; text no clip hides is read wherever it stands."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from tests.pdf.page_one import page_one
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
    return [r.text for r in page_one(path).runs]


def test_lines_a_placed_files_box_hides_are_not_read_and_the_rest_is(tmp_path: Path) -> None:
    runs = _page(tmp_path / "clipped.pdf")
    assert "오려 오시면 할인" not in runs
    assert {
        "달내 한우 직판장",
        "등심 100g 6,900원",
        "달내군 전통시장 소식",
        "군청 앞 정류장",
    } <= set(runs)


def _picture_box(path: Path, clipped: bool) -> tuple[float, ...]:
    from reportlab.lib.utils import ImageReader

    from tests.pdfreal.photos import make_photo

    photo = path.with_suffix(".png")
    make_photo(photo)
    c = canvas.Canvas(str(path), pagesize=(400, 400))
    c.saveState()
    if clipped:  # a frame 200 x 100 at (100, 200): the photo fills it, cropped
        frame = c.beginPath()
        frame.rect(100, 200, 200, 100)
        c.clipPath(frame, stroke=0, fill=0)
    c.drawImage(ImageReader(str(photo)), 100, 150, width=200, height=200)
    c.restoreState()
    c.setFont(faces("cid").sans, 10)
    c.drawString(100, 120, "사진 설명")
    c.showPage()
    c.save()
    (picture,) = page_one(path).pictures
    return tuple(round(v) for v in picture.box)


def test_a_picture_cropped_by_its_frame_is_as_large_as_the_frame(tmp_path: Path) -> None:
    """Layout programs fill a frame with a photo and crop it (Typst's `fit: "cover"`):
    its box is the frame's, so the caption under the frame is under the picture."""
    assert _picture_box(tmp_path / "cropped.pdf", clipped=True) == (100, 100, 300, 200)
    assert _picture_box(tmp_path / "whole.pdf", clipped=False) == (100, 50, 300, 250)


def _clipped_words(path: Path, words: int, points: int, scale: float = 1.0) -> None:
    """A placed form (150 x 100 points, times `scale`) clipping each of `words` words by
    one polygon of `points` points inside its box (a map's outline as a clip), then a line
    wholly below the box."""
    import math

    face = faces("cid").sans
    c = canvas.Canvas(str(path), pagesize=(400 * scale, 400 * scale))
    c.beginForm("map", lowerx=0, lowery=0, upperx=150 * scale, uppery=100 * scale)
    outline = c.beginPath()
    outline.moveTo(145 * scale, 50 * scale)
    for k in range(1, points):
        a = 2 * math.pi * k / points
        outline.lineTo((75 + 70 * math.cos(a)) * scale, (50 + 45 * math.sin(a)) * scale)
    outline.close()
    c.clipPath(outline, stroke=0, fill=0)
    c.setFont(face, 1.5)
    across = int(120 * scale // 6.5)
    for k in range(words):  # rows of words, a row 2.3 sizes under the last
        c.drawString(15 * scale + 6.5 * (k % across), 8 * scale + 3.45 * (k // across), "달내군")
    c.setFont(face, 10)
    c.drawString(10, -40, "오려 오시면 할인")
    c.endForm()
    c.translate(200 * scale, 200 * scale)
    c.doForm("map")
    c.showPage()
    c.save()


def test_clips_too_complex_to_check_leave_the_text_read_and_say_so(tmp_path: Path) -> None:
    """Each of 300 words clipped by a path of 400 points: past a bound on the clip points
    a page reads (a placed ad's clips take tens), its clips are left unread, so the cost
    stays bounded; text is read, even the line the clip hides (nothing lost), and the
    edition says so."""
    from reader.pdf import ingest_pdf

    path = tmp_path / "map.pdf"
    _clipped_words(path, 300, 400)
    done = ingest_pdf(path)
    assert "".join(done.text.split()).count("달") == 300
    assert "오려 오시면 할인" in done.text
    assert done.edition.warnings == [
        "page 1: its text is clipped by paths too complex to check: text they hide may be read"
    ]


def test_words_each_under_a_simple_clip_are_checked_however_many(tmp_path: Path) -> None:
    """4,000 words, each clipped by a path of 30 points (a placed file setting its words
    one by one in a frame with rounded corners): each word reads a few clip points free
    of the page's bound, so they are all checked, nothing warns, and the line below the
    frame is not read."""
    from reader.pdf import ingest_pdf

    path = tmp_path / "rounded.pdf"
    _clipped_words(path, 4_000, 30, scale=4.0)
    done = ingest_pdf(path)
    assert "".join(done.text.split()).count("달내군") == 4_000
    assert "오려 오시면 할인" not in done.text
    assert done.edition.warnings == []


W, H = 400.0, 400.0
# /Rotate (clockwise) -> the matrix that draws the upright page onto the stored one
TURNS = {0: (1, 0, 0, 1, 0, 0), 90: (0, 1, -1, 0, H, 0), 180: (-1, 0, 0, -1, W, H)}


def _boxed_page(path: Path, rotate: int = 0, clip: bool = True) -> list[str]:
    """A box on the page (100 x 60 at 100, 200) clipping its own lines: the fourth
    crosses its foot, the fifth and sixth lie below it, where the story under the box
    begins; `clip=False` sets the same lines without the clip."""
    face = faces("cid").sans
    c = canvas.Canvas(str(path), pagesize=(W, H))
    c.setPageRotation(rotate)
    c.transform(*TURNS[rotate])
    c.setFont(face, 10)
    c.drawString(210, 175, "주차장 200면 늘린다")  # the story under the box
    c.saveState()
    if clip:
        frame = c.beginPath()
        frame.rect(100, 200, 100, 60)
        c.clipPath(frame, stroke=0, fill=0)
    lines = (
        "첫 회의 열려",
        "누구나 지켜볼 수",
        "신청하면 된다",
        "사업 12건을",
        "벌였다 텃밭",
        "문하람 기자",
    )
    for y, line in zip((248, 234, 220, 196, 182, 168), lines, strict=True):
        c.drawString(102, y, line)
    c.restoreState()
    c.showPage()
    c.save()
    return [r.text for r in page_one(path).runs]


@pytest.mark.parametrize("rotate", [0, 90, 180])
def test_lines_a_box_on_the_page_clips_are_not_read(tmp_path: Path, rotate: int) -> None:
    """A box's text run past its frame (its own clip path, no placed file): the lines
    wholly below the frame are never printed, though drawn where the story beside it is; the
    line its foot cuts through shows in part and is read. Stored turned (/Rotate), the
    clip is turned with the page. Near miss: the same lines with no clip are all read."""
    runs = _boxed_page(tmp_path / "boxed.pdf", rotate)
    assert "벌였다 텃밭" not in runs and "문하람 기자" not in runs
    assert {"첫 회의 열려", "누구나 지켜볼 수", "신청하면 된다", "사업 12건을"} <= set(runs)
    assert "주차장 200면 늘린다" in runs
    unclipped = _boxed_page(tmp_path / "open.pdf", rotate, clip=False)
    assert {"벌였다 텃밭", "문하람 기자", "주차장 200면 늘린다"} <= set(unclipped)


def _under_clip(path: Path, clip: bytes) -> list[str]:
    """A page whose line 'Hidden offer' is drawn under the clip path `clip` (a rectangle's
    operands), with a line no clip touches above it."""
    from tests.pdf.handmade import document

    content = (
        b"BT /F1 12 Tf 72 700 Td (Market news) Tj ET "
        b"q " + clip + b" re W n BT /F1 12 Tf 72 400 Td (Hidden offer) Tj ET Q"
    )
    path.write_bytes(
        document(
            [
                b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
                b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
                b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            ]
        )  # fmt: skip
    )
    return [r.text for r in page_one(path).runs]


def test_a_clip_of_no_area_hides_the_text_under_it(tmp_path: Path) -> None:
    """A clip of no area (a point, or a line: '100 402 0 0 re', '72 404 80 0 re') shows
    nothing, whatever it crosses: the line under it is not read. Near miss: a clip 4
    points tall across the line's middle shows a strip of it, and it is read."""
    assert _under_clip(tmp_path / "point.pdf", b"100 402 0 0") == ["Market news"]
    assert _under_clip(tmp_path / "line.pdf", b"72 404 80 0") == ["Market news"]
    strip = _under_clip(tmp_path / "strip.pdf", b"72 402 80 4")
    assert strip == ["Market news", "Hidden offer"]
