"""The real-engine PDF fixtures' own text, scored as a hand-made set (issue #14).

tests/pdfreal/fixtures holds pages laid out by real engines (Chromium, Typst, LibreOffice,
fpdf2, reportlab), each with a truth written from its source. PDFium's text of a page, taken
as a plain-text extraction takes it (every character in the file's order, pages joined by
form feeds as pdftotext joins them), is the kind of text the held-out national dailies come
as; the text ingest is scored on it against the same truth (photos aside: plain text has
none). The wrapping is the engines', not a script's.

A fixture whose number is a multiple of three is held out: rounds of text rules develop on
the others (`pdftext`) and measure the holdout (`pdftext-holdout`) only to report it.
"""

from __future__ import annotations

import json

import pypdfium2 as pdfium

from tests.ingest.handmade_set import HandmadePage
from tests.pdfreal.report import FIXTURES


def extracted_text(pdf) -> str:
    doc = pdfium.PdfDocument(str(pdf))
    try:
        pages = []
        for page in doc:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n"))
            textpage.close()
            page.close()
        return "\f".join(pages)
    finally:
        doc.close()


def held_out(name: str) -> bool:
    return int(name[:2]) % 3 == 0


def text_pages(holdout: bool = False) -> list[HandmadePage]:
    out = []
    for spec in sorted(FIXTURES.glob("*.json")):
        if held_out(spec.stem) != holdout:
            continue
        expected = json.loads(spec.read_text(encoding="utf-8"))
        out.append(HandmadePage(spec.stem, extracted_text(spec.with_suffix(".pdf")), expected))
    return out
