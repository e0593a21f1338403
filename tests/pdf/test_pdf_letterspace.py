"""Letter-spaced lines read without false spaces (issue #12): producers set Korean text
with tracking (Tc) or place each glyph by its own position, and PDFium adds a space at
every gap it finds wide; a word space is judged against the line's own letter gap
(reader/pdf/wordspace.py). Each line must read exactly as set, word spaces included."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.pdfgen import canvas

from reader.pdf.extract import read_page
from reader.pdf.lines import make_lines
from tests.pdfgen.fonts import char_width, faces

TRACKING = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.29, 0.35)  # em between glyphs
LINES = (
    "탄소중립 정책을 정부가 발표했다",
    "이 법안은 곧 국회를 통과할 것이다",
    "Net zero policy is on the way",
    "서울 2026년 2월 4일 K-컬처 축제",
)
SIZE = 10.0
PITCH = 24.0  # between baselines


def _write(path: Path, kind: str, mode: str) -> list[str]:
    """One line of each text at each tracking, set by Tc ("tc"), placed glyph by glyph
    with its spaces drawn ("glyphs"), or glyph by glyph with no space glyph ("places")."""
    font = faces(kind).body
    c = canvas.Canvas(str(path), invariant=1)
    c.setPageSize((600, PITCH * (len(TRACKING) * len(LINES) + 2)))
    want, y = [], PITCH
    for track in TRACKING:
        for line in LINES:
            t = c.beginText()
            t.setFont(font, SIZE)
            if mode == "tc":
                t.setCharSpace(track * SIZE)
                t.setTextOrigin(40, y)
                t.textOut(line)
            else:
                x = 40.0
                for ch in line:
                    if ch != " " or mode == "glyphs":
                        t.setTextOrigin(x, y)
                        t.textOut(ch)
                    x += (char_width(ch, font) + track) * SIZE
            c.drawText(t)
            want.append(line)
            y += PITCH
    c.showPage()
    c.save()
    return want[::-1]  # top to bottom


@pytest.mark.parametrize("mode", ["tc", "glyphs", "places"])
@pytest.mark.parametrize("kind", ["cid", "ttf"])
def test_letter_spaced_lines_read_exactly(tmp_path: Path, kind: str, mode: str) -> None:
    pdf = tmp_path / f"{kind}-{mode}.pdf"
    want = _write(pdf, kind, mode)
    doc = pdfium.PdfDocument(pdf)
    try:
        content = read_page(doc, 0, 1, pictures=False)
    finally:
        doc.close()
    got = [line.text for line in make_lines(content.runs, content.graphics)]
    assert got == want
