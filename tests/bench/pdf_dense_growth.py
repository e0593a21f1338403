"""How the PDF ingest grows on pages of many small things: n and 4n of them.

Run: python -m tests.bench.pdf_dense_growth. Prints figures; asserts nothing.

Reading order alone down a column of lines and over a grid of small boxes; then a page of
a story and n small things beside it, ingested whole: portraits drawn one over another
(each with a credit turned up its side), product shots with a caption each, pictograms
before figures, small drawings (boxes, circles, lines); a page of stock prices (eight tables
without rules side by side, n rows each). Each the least CPU time of a few
runs: linear work takes about four times as long at 4n, quadratic sixteen. Figures:
docs/pdf-ingest.md, "Dense pages".
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable

from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from reader.pdf import ingest_pdf
from reader.pdf.content import Box
from reader.pdf.order import xy_order
from tests.bench.growth_table import from_file, print_growth
from tests.pdf.figure_pages import sans, stock_prices, story

RUNS = 3


def column_order(n: int) -> Callable[[], object]:
    """n one-line blocks one under another, a line apart (a listing's column)."""
    boxes = [(10.0, 12.0 * k, 90.0, 12.0 * k + 9) for k in range(n)]
    return lambda: xy_order(boxes, _same)


def grid_order(n: int) -> Callable[[], object]:
    """n small boxes in a square grid (a page of icons)."""
    side = math.isqrt(n - 1) + 1
    boxes = [(12.0 * (k % side), 12.0 * (k // side), 12.0 * (k % side) + 8,
              12.0 * (k // side) + 8) for k in range(n)]  # fmt: skip
    return lambda: xy_order(boxes, _same)


def _same(box: Box) -> Box:
    return box


def _draw(c: Canvas, kind: str, k: int, x: float, y: float, icon: ImageReader) -> None:
    if kind == "portraits":  # all in one box, each credited up its right side
        c.drawImage(icon, 300, 300, 120, 160)
        c.saveState()
        c.translate(423, 320)
        c.rotate(90)
        c.setFont(sans(), 6)
        c.drawString(0, 0, "사진=문하람")
        c.restoreState()
    elif kind == "products":
        c.drawImage(icon, x, y + 10, 40, 40)
        c.setFont(sans(), 6)
        c.drawString(x, y + 2, "상품 9,900원")
    elif kind == "pictograms":
        c.drawImage(icon, x, y, 4, 4)
        c.setFont(sans(), 3)
        c.drawString(x + 5, y + 0.5, "1")
    elif k % 3 == 0:
        c.rect(x, y, 7, 7, fill=1, stroke=0)
    elif k % 3 == 1:
        c.circle(x + 4, y + 4, 3.5, fill=1, stroke=1)
    else:
        c.line(x, y, x + 8, y + 8)


def dense_page(kind: str) -> Callable[[int], Callable[[], object]]:
    """A page of a story and n small things of a kind in a grid beside it."""

    def make(n: int) -> Callable[[], object]:
        side = math.isqrt(n - 1) + 1
        pitch = 60 if kind == "products" else 12
        out = io.BytesIO()
        c = Canvas(out, pagesize=(max(595, pitch * side + 340), max(842, pitch * side + 100)))
        story(c)
        png = io.BytesIO()
        Image.new("RGB", (24, 24), (200, 30, 30)).save(png, "PNG")
        icon = ImageReader(io.BytesIO(png.getvalue()))
        for k in range(n):
            _draw(c, kind, k, 300 + pitch * (k % side), 60 + pitch * (k // side), icon)
        c.showPage()
        c.save()
        return _ingesting(out.getvalue(), f"{kind}-{n}.pdf")

    return make


def _ingesting(pdf: bytes, name: str) -> Callable[[], object]:
    """Ingesting `pdf`, written under `name` in a folder of its own."""
    return from_file(pdf, name, ingest_pdf)


def quote_page(rows: int) -> Callable[[], object]:
    """A page of stock prices: eight tables without rules side by side, `rows` rows each."""
    out = io.BytesIO()
    c = Canvas(out, pagesize=(842, 1191))
    stock_prices(c, rows=rows)
    c.showPage()
    c.save()
    return _ingesting(out.getvalue(), f"quotes-{rows}.pdf")


SHAPES: dict[str, tuple[Callable[[int], Callable[[], object]], int]] = {
    "reading order: a column of lines": (column_order, 200),
    "reading order: a grid of small boxes": (grid_order, 1250),
    "page: portraits one over another": (dense_page("portraits"), 1250),
    "page: product shots and captions": (dense_page("products"), 1250),
    "page: pictograms and figures": (dense_page("pictograms"), 1250),
    "page: small drawings": (dense_page("drawings"), 1250),
    "page: stock prices, 8 tables (n rows each)": (quote_page, 15),
}


def main() -> int:
    return print_growth(SHAPES, RUNS)


if __name__ == "__main__":
    raise SystemExit(main())
