"""A PDF whose fonts are not embedded gives the same edition whatever fonts the machine
has (issue #12): PDFium draws such a font with a system font it finds, and a reader's
machine has Korean fonts where CI has none. Each ingest runs in a fresh process with
PDFium's font lookup answered by one font file, or by none (tests/pdfingest/fontenv.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import msgspec
import pypdfium2 as pdfium
import pytest
from reportlab.pdfgen import canvas

from reader.pdf.extract import read_page
from tests.pdfgen import generate_pdf_edition
from tests.pdfgen.fonts import faces, ttf_path
from tests.pdfingest.seed_pdf import seed_pdf

ROOT = Path(__file__).resolve().parents[2]


def _ingest(pdf: Path, font: Path | None) -> dict:
    out = pdf.with_name(f"{pdf.stem}-{'none' if font is None else font.stem}.json")
    subprocess.run(
        [sys.executable, "-m", "tests.pdfingest.fontenv", str(font or "-"), str(pdf), str(out)],
        cwd=ROOT,
        check=True,
    )
    return msgspec.json.decode(out.read_bytes())


def _seed(folder: Path) -> Path:
    return seed_pdf(folder / "seed.pdf", "shuffled")[0]


def _edition(folder: Path) -> Path:
    return generate_pdf_edition(folder / "cid.pdf", 3, 4, fonts="cid").path


@pytest.mark.parametrize("make", [_seed, _edition], ids=["seed page", "generated edition"])
def test_same_edition_with_a_korean_font_and_with_none(make, tmp_path: Path) -> None:
    pdf = make(tmp_path)
    bare, korean = _ingest(pdf, None), _ingest(pdf, ttf_path())
    # The lookup really changed what PDFium measures: the first glyph's outline box.
    assert bare["glyph"] != korean["glyph"]
    assert bare["edition"] == korean["edition"]


def test_type_set_small_and_scaled_by_the_text_matrix_reads_at_its_printed_size(
    tmp_path: Path,
) -> None:
    """Some producers set every line in 1 pt type and scale it with the text matrix:
    sizes (and so the body, headline and caption tiers) are the printed ones."""
    f = faces("cid")
    path = tmp_path / "scaled.pdf"
    c = canvas.Canvas(str(path), pagesize=(300, 200))
    c.setFont(f.body, 10)
    c.drawString(20, 150, "한국 뉴스")
    text = c.beginText()
    text.setFont(f.body, 1)
    text.setTextTransform(10, 0, 0, 10, 20, 100)
    text.textOut("한국 뉴스")
    c.drawText(text)
    c.save()
    doc = pdfium.PdfDocument(str(path))
    try:
        plain, scaled = read_page(doc, 0, 1, False).runs
    finally:
        doc.close()
    assert (plain.size, plain.text) == (scaled.size, scaled.text) == (10.0, "한국 뉴스")
    assert (scaled.x0, scaled.x1) == pytest.approx((plain.x0, plain.x1))
    assert scaled.base - plain.base == 50
