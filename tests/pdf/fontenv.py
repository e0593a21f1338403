"""PDFium's font lookup pointed at one font file, or at none: the two machines a PDF whose
fonts are not embedded meets (a reader's, with Korean fonts installed; CI's, without).

PDFium substitutes a system font for a font the PDF names but does not embed, and keeps
what it found for the life of the process; so each lookup gets a fresh process:
`python -m tests.pdf.fontenv FONT|- PDF OUT [bare]` makes FONT ('-': no font at all)
the machine's fonts, as PDFium's own lookup finds them when the library starts; then,
as importing reader.pdf does, puts broadsheet's last-resort font over them (`bare`: not,
to show what the machine alone gives). It ingests PDF and writes to OUT the edition, the
characters of the first page as PDFium extracts them, and the box PDFium draws around the
first glyph (its outline in the font it used).
"""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path
from typing import Any

import msgspec
import pypdfium2 as pdfium
import pypdfium2.raw as raw

from reader.pdf import ingest_pdf, lastresort

HANGEUL = 129  # FXFONT_HANGEUL_CHARSET

_keep: list[Any] = []  # the callbacks and the struct must outlive every document


def use_font(font: Path | None) -> None:
    """Answer every font request PDFium makes in this process with font (None: none)."""
    data = font.read_bytes() if font is not None else b""
    info = lastresort.font_info(b"Substitute", data, HANGEUL, lambda _c: True, lambda _f: True)
    _keep.append(info)
    raw.FPDF_SetSystemFontInfo(ctypes.byref(info))


def first_page(pdf: Path) -> tuple[str, list[float]]:
    """The first page's text as PDFium extracts it, and its first glyph's box."""
    doc = pdfium.PdfDocument(str(pdf))
    try:
        tp = doc[0].get_textpage()
        box = [ctypes.c_double() for _ in range(4)]
        raw.FPDFText_GetCharBox(tp.raw, 0, *box)
        return tp.get_text_range(), [round(b.value, 2) for b in box]
    finally:
        doc.close()


def main(argv: list[str]) -> None:
    font, pdf, out, *bare = argv
    use_font(None if font == "-" else Path(font))
    if not bare:
        lastresort.install()
    done = ingest_pdf(Path(pdf), pictures=True)
    text, glyph = first_page(Path(pdf))
    Path(out).write_bytes(msgspec.json.encode({"edition": done.edition, "text": text,
                                               "glyph": glyph}))  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1:])
