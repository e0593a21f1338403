"""`python -m tests.pdfgen OUT.pdf [SEED] [PAGES]`: write a generated PDF edition to look at."""

import argparse
from pathlib import Path

from tests.pdfgen import generate_pdf_edition

if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m tests.pdfgen", description=__doc__)
    parser.add_argument("out", type=Path, help="the PDF to write")
    parser.add_argument("seed", type=int, nargs="?", default=0)
    parser.add_argument("pages", type=int, nargs="?", default=12)
    args = parser.parse_args()
    pdf = generate_pdf_edition(args.out, args.seed, args.pages)
    for layout in pdf.pages:
        print(
            f"page {layout.number}: {layout.columns} columns, {layout.fonts} fonts, "
            f"{layout.order} order, {len(layout.item_boxes)} items, {len(layout.ink.pics)} photos"
        )
