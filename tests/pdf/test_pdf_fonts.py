"""A PDF whose fonts are not embedded gives the same edition whatever fonts the machine
has (issue #12): PDFium would draw such a font with a system font it finds, and a
reader's machine has Korean fonts where CI has none; broadsheet gives it its last-resort
font instead (reader/pdf/lastresort.py). Each ingest runs in a fresh process with the
machine's fonts one font file, or none (tests/pdf/fontenv.py)."""

from __future__ import annotations

import ctypes
import subprocess
import sys
from pathlib import Path

import msgspec
import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pytest
from reportlab.pdfgen import canvas

from reader.model import Edition, leaves
from reader.pdf import lastresort
from reader.pdf.document import POOL_PAGES
from tests.pdf.page_one import page_one
from tests.pdfgen import PdfEdition, generate_pdf_edition
from tests.pdfgen.fonts import faces, ttf_path
from tests.pdfgen.seed import write_seed_pdf

ROOT = Path(__file__).resolve().parents[2]


def _ingest(pdf: Path, font: Path | None, bare: bool = False) -> dict:
    """The edition (and first glyph) of pdf on a machine whose fonts are font (None: none),
    with broadsheet's last-resort font, or without it (bare)."""
    out = pdf.with_name(f"{pdf.stem}-{'none' if font is None else font.stem}-{bare}.json")
    args = [str(font or "-"), str(pdf), str(out)] + (["bare"] if bare else [])
    subprocess.run([sys.executable, "-m", "tests.pdf.fontenv", *args], cwd=ROOT, check=True)
    return msgspec.json.decode(out.read_bytes())


def _seed(folder: Path) -> Path:
    return write_seed_pdf(folder / "seed.pdf", "cid", "shuffled").path


def _edition(folder: Path) -> Path:
    return generate_pdf_edition(folder / "cid.pdf", 3, 4, fonts="cid").path


@pytest.mark.parametrize("make", [_seed, _edition], ids=["seed page", "generated edition"])
def test_same_edition_with_a_korean_font_and_with_none(make, tmp_path: Path) -> None:
    pdf = make(tmp_path)
    bare, korean = _ingest(pdf, None), _ingest(pdf, ttf_path())
    assert bare["edition"] == korean["edition"]
    # Both drew the first glyph with the last-resort font, not with the machine's.
    assert bare["glyph"] == korean["glyph"]


# Runs whose text a leaf holds as printed (markers, labels and contacts aside).
AS_PRINTED = ("headline", "deck", "lead", "paragraph", "ad-cell")


def _page_leaves(edition: dict, page: int) -> list[tuple[str, str]]:
    got = msgspec.convert(edition, Edition)
    return [(leaf.path, leaf.text) for p, item in got.items() if p.number == page
            for leaf in leaves(item)]  # fmt: skip


def _lost(pdf: PdfEdition, edition: dict, page: int) -> list[str]:
    """The printed runs of a page that no leaf holds, spacing aside."""
    held = "".join("".join(text.split()) for _, text in _page_leaves(edition, page))
    runs = pdf.pages[page - 1].ink.runs
    return [r.text for r in runs if r.role in AS_PRINTED and "".join(r.text.split()) not in held]


def test_a_lone_glyph_is_read_with_korean_fonts_and_without(tmp_path: Path) -> None:
    """Pages drawn glyph by glyph (many lines a text object a glyph), with one-glyph table
    cells ('금', '토' on page 2 of seed 1); enough pages for worker processes to read them."""
    pdf = generate_pdf_edition(tmp_path / "lone.pdf", 1, POOL_PAGES, fonts="cid", order="glyphs")
    pages = range(1, POOL_PAGES + 1)
    for font in (None, ttf_path()):
        edition = _ingest(pdf.path, font)["edition"]
        assert [_lost(pdf, edition, n) for n in pages] == [[] for _ in pages]
        cells = [text for path, text in _page_leaves(edition, 2) if ".rows." in path]
        assert "금" in cells and "토" in cells
    # Without the last-resort font, the machine without Korean fonts loses them.
    bare = _ingest(pdf.path, None, bare=True)["edition"]
    assert all(_lost(pdf, bare, n) for n in pages)


def test_the_last_resort_font_draws_every_syllable_and_letter(tmp_path: Path) -> None:
    """Each Hangul syllable and Latin letter set alone in a CID font the PDF does not
    embed is extracted, with the last-resort font's bar as its box."""
    chars = [chr(c) for c in range(0xAC00, 0xD7A4)]
    chars += [chr(c) for c in range(ord("A"), ord("Z") + 1)]
    chars += [chr(c) for c in range(ord("a"), ord("z") + 1)]
    path, per_row, size = tmp_path / "every.pdf", 120, 10.0
    c = canvas.Canvas(str(path), pagesize=(per_row * 12 + 40, len(chars) // per_row * 12 + 60))
    c.setFont(faces("cid").body, size)
    for i, ch in enumerate(chars):
        c.drawString(20 + i % per_row * 12, 20 + i // per_row * 12, ch)  # a text object each
    c.save()
    doc = pdfium.PdfDocument(str(path))
    try:
        tp = doc[0].get_textpage()
        text = tp.get_text_range()
        got = [ch for ch in text if not ch.isspace()]
        boxes = [tp.get_charbox(i) for i in range(tp.count_chars()) if not text[i].isspace()]
    finally:
        doc.close()
    assert sorted(got) == sorted(chars)
    em = (lastresort.ASCENT - lastresort.DESCENT) / lastresort.UNITS * size
    bar = lastresort.BAR / lastresort.UNITS * size
    for left, bottom, right, top in boxes:
        assert (right - left, top - bottom) == pytest.approx((bar, em), abs=0.2)


def test_pdfium_loads_the_last_resort_font() -> None:
    doc = pdfium.PdfDocument.new()
    try:
        data = (ctypes.c_ubyte * len(lastresort.FONT)).from_buffer_copy(lastresort.FONT)
        font = raw.FPDFText_LoadFont(doc.raw, data, len(data), raw.FPDF_FONT_TRUETYPE, 1)
        assert font
        try:
            name = ctypes.create_string_buffer(64)
            n = raw.FPDFFont_GetBaseFontName(font, name, len(name))
            assert name.raw[: n - 1] == lastresort.NAME
        finally:
            raw.FPDFFont_Close(font)
    finally:
        doc.close()


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
    plain, scaled = page_one(path).runs
    assert (plain.size, plain.text) == (scaled.size, scaled.text) == (10.0, "한국 뉴스")
    assert (scaled.x0, scaled.x1) == pytest.approx((plain.x0, plain.x1))
    assert scaled.base - plain.base == 50
