"""`python -m tests.pdf.corpus_score [EDITIONS] [PAGES] [FIRST] [--misses]`: the generated
PDF corpus as the ingest reads it, scored against its truth (8 editions x 14 pages by
default, seeds 0-7, as the figures in docs/pdf-ingest.md and docs/pdf-test-corpus.md):
prints the score table. FIRST: the first edition's seed (EDITIONS seeds from it);
--misses: each edition's first misses before the table."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from reader.sources import ingest, read_source
from tests.ingest.accuracy import Score
from tests.pdf.accuracy import score_pdf
from tests.pdfgen import generate_pdf_edition


def corpus(editions: int = 8, pages: int = 14, first: int = 0, misses: bool = False) -> Score:
    total = Score()
    with tempfile.TemporaryDirectory() as root:
        for seed in range(first, first + editions):
            pdf = generate_pdf_edition(Path(root) / f"hanbit-{seed}.pdf", seed, pages)
            score = score_pdf(ingest(pdf.path), pdf, read_source(pdf.path)[0])
            if misses:
                for miss in score.misses:
                    print(f"seed {seed}: {miss}")
            total.add(score)
    return total


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--misses"]
    print(corpus(*(int(a) for a in args[:3]), misses="--misses" in sys.argv).table())
