"""Generated PDF editions, made once a test session in a temporary folder."""

from __future__ import annotations

import pytest

from tests.pdfgen import PdfEdition, generate_pdf_edition

# 8 editions of 14 pages: 112 pages, both font kinds, every text order.
SEEDS = range(8)
PAGES = 14


@pytest.fixture(scope="session")
def pdf_editions(tmp_path_factory) -> list[PdfEdition]:
    root = tmp_path_factory.mktemp("pdfgen")
    return [generate_pdf_edition(root / f"hanbit-{seed}.pdf", seed, PAGES) for seed in SEEDS]
