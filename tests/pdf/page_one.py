"""The content of a test PDF's first page as the ingest reads it (reader.pdf's read_page),
the document opened and closed around it."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from reader.pdf.content import PageContent
from reader.pdf.document import open_pdf
from reader.pdf.extract import read_page


def page_one(pdf: Path | bytes) -> PageContent:
    """Page 1 of the PDF at a path (opened as the ingest opens it) or in bytes."""
    doc = open_pdf(pdf) if isinstance(pdf, Path) else pdfium.PdfDocument(pdf)
    try:
        return read_page(doc, 0, 1, False)
    finally:
        doc.close()
