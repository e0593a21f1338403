"""`python -m tests.pdfgen OUT.pdf [SEED] [PAGES]`: write a generated PDF edition to look at."""

import sys
from pathlib import Path

from tests.pdfgen import generate_pdf_edition

if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: python -m tests.pdfgen OUT.pdf [SEED] [PAGES]")
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    pages = int(sys.argv[3]) if len(sys.argv) > 3 else 12
    pdf = generate_pdf_edition(Path(sys.argv[1]), seed, pages)
    for layout in pdf.pages:
        print(
            f"page {layout.number}: {layout.columns} columns, {layout.fonts} fonts, "
            f"{layout.order} order, {len(layout.item_boxes)} items, {len(layout.ink.pics)} photos"
        )
