"""`python -m tests.pdf.corpus_score [EDITIONS] [PAGES]`: the generated PDF corpus as the
ingest reads it, scored against its truth (8 editions x 14 pages by default, as the
figures in docs/pdf-ingest.md and docs/pdf-test-corpus.md): prints the score table."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from reader.sources import ingest, read_source
from tests.ingest.accuracy import Score
from tests.pdf.accuracy import score_pdf
from tests.pdfgen import generate_pdf_edition


def corpus(editions: int = 8, pages: int = 14) -> Score:
    total = Score()
    with tempfile.TemporaryDirectory() as root:
        for seed in range(editions):
            pdf = generate_pdf_edition(Path(root) / f"hanbit-{seed}.pdf", seed, pages)
            total.add(score_pdf(ingest(pdf.path), pdf, read_source(pdf.path)[0]))
    return total


if __name__ == "__main__":
    print(corpus(*(int(a) for a in sys.argv[1:3])).table())
