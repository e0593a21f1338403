"""How the PDF layout rules of round 6 grow: each rule alone on n and on 4n objects.

Run: python -m tests.bench.pdf_rules_growth. Prints figures; asserts nothing.

A chart's bars and labels, a cartoon's panels, a table without rules, display type on
photos, and the clips of a placed file's words are each timed on made-up input of n and
4n objects (the least of a few runs, CPU time): linear work takes about four times as
long at 4n, quadratic sixteen. Comparing two sizes of one shape in one run keeps the
figure honest on a shared, noisy machine. Figures: docs/pdf-ingest.md, "Growth".
"""

from __future__ import annotations

import math
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reader.pdf.blocks import Block
from reader.pdf.cartoons import strip_panels
from reader.pdf.charts import charts
from reader.pdf.content import Graphic, Picture
from reader.pdf.document import open_pdf
from reader.pdf.extract import read_page
from reader.pdf.gridless import gridless_table
from reader.pdf.lines import Line
from reader.pdf.onphoto import heads_first
from reader.pdf.parts import Atom
from tests.pdf.handmade import document

RUNS = 3
BODY = 9.0


def _line(x: float, base: float, text: str, size: float = 7.0, width: float = 0.0) -> Line:
    x1 = x + (width or size * len(text))
    return Line(x, base - 0.88 * size, x1, base + 0.12 * size, base, size, "Sans", text, x1, 1)


def bars_apart(n: int) -> Callable[[], object]:
    """n filled boxes, no two from one edge: each is compared with the others."""
    boxes = [
        Graphic("shade", (10.0 + 3 * k, 10.0 + 3 * k, 30.0 + 3 * k + k % 7, 17.0 + 3 * k))
        for k in range(n)
    ]
    return lambda: charts(boxes, [Block([_line(0, 5, "라벨")])], BODY)


def labels_chained(n: int) -> Callable[[], object]:
    """Three bars, and n lines of small type over them, each near the next, listed from
    the farthest: the chart grows through them."""
    bars = [
        Graphic("shade", (100.0, 2000.0 + 10 * k, 130.0 + 10 * k, 2007.0 + 10 * k))
        for k in range(3)
    ]
    lines = [Block([_line(100, 2000 - 8 * (n - k), "작은 글자 줄", 6.5)]) for k in range(n)]
    return lambda: charts(bars, lines, BODY)


def framed_cells(n: int) -> Callable[[], object]:
    """n framed cells in a grid, a digit in each (a calendar): no cartoon."""
    side = int(n**0.5) + 1
    boxes = [
        (10.0 + 20 * (k % side), 10.0 + 20 * (k // side), 28.0 + 20 * (k % side),
         28.0 + 20 * (k // side))
        for k in range(n)
    ]  # fmt: skip
    text = [Block([_line(b[0] + 2, b[1] + 9, "1", 6)]) for b in boxes]
    return lambda: strip_panels(boxes, [Graphic("frame", b) for b in boxes], text, BODY)


def table_rows(n: int) -> Callable[[], object]:
    """A quotation table of n rows and five columns in 7 pt."""
    cells = ((0, "서해조선"), (80, "48,350"), (160, "▲1,880"), (240, "+4.05%"), (320, "1,204"))
    blocks = [Block([_line(x, 100 + 9 * k, t) for k in range(n)]) for x, t in cells]
    return lambda: gridless_table(blocks, BODY)


def table_columns(n: int) -> Callable[[], object]:
    """Ten rows of n cells each in 2 pt (a row's cells compared with the row above's)."""
    blocks = [
        Block([_line(4.0 * c, 100 + 3 * k, "1", 2.0, 2.0) for k in range(10)]) for c in range(n)
    ]
    return lambda: gridless_table(blocks, BODY)


def photos_headed(n: int) -> Callable[[], object]:
    """n photos, each with a headline on it and its text under it."""
    atoms = []
    for k in range(n):
        photo = Atom("photo", (30.0, 100.0 * k, 400.0, 100.0 * k + 60))
        photo.picture = Picture(photo.box, 360, 240, "jpg")
        for top, size in ((100.0 * k + 20, 26.0), (100.0 * k + 70, BODY)):
            line = _line(40.0, top + 0.88 * size, "제목", size)
            atoms.append(Atom("block", line.box, block=Block([line])))
        atoms.insert(-2, photo)
    return lambda: heads_first(atoms, BODY)


def clipped_words(n: int) -> Callable[[], object]:
    """A placed form clipping each of n words by one path of 400 points."""
    points = [(75 + 70 * math.cos(2 * math.pi * k / 400), 50 + 45 * math.sin(math.pi * k / 200))
              for k in range(400)]  # fmt: skip
    clip = b"%.2f %.2f m " % points[0] + b" ".join(b"%.2f %.2f l" % p for p in points[1:])
    words = b" ".join(
        b"BT /F1 2 Tf %d %d Td (ab) Tj ET" % (5 + k % 70 * 2, 5 + k // 70 % 90) for k in range(n)
    )
    form = b"q " + clip + b" h W n " + words + b" Q"
    page = b"BT /F1 10 Tf 40 780 Td (A page of news.) Tj ET q 1 0 0 1 300 200 cm /Fm1 Do Q"
    pdf = document([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font "
        b"<< /F1 5 0 R >> /XObject << /Fm1 6 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(page) + page + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 150 100] /Resources << /Font "
        b"<< /F1 5 0 R >> >> /Length %d >>\nstream\n" % len(form) + form + b"\nendstream",
    ])  # fmt: skip
    folder = tempfile.TemporaryDirectory()  # removed with the closure that holds it
    path = Path(folder.name) / f"clipped-{n}.pdf"
    path.write_bytes(pdf)

    def read() -> object:
        assert folder.name  # the closure keeps the folder until the shape is timed
        doc = open_pdf(path)
        try:
            return read_page(doc, 0, 1, False)
        finally:
            doc.close()

    return read


SHAPES: dict[str, tuple[Callable[[int], Callable[[], object]], int]] = {
    "chart: boxes from no common edge": (bars_apart, 2000),
    "chart: labels chained from the bars": (labels_chained, 400),
    "cartoon: framed cells": (framed_cells, 250),
    "table without rules: rows": (table_rows, 300),
    "table without rules: cells a row": (table_columns, 100),
    "photos with headlines on them": (photos_headed, 250),
    "clips: words under a 400-point clip": (clipped_words, 1000),
}


def _least(run: Callable[[], object]) -> float:
    best = math.inf
    for _ in range(RUNS):
        t0 = time.process_time()
        run()
        best = min(best, time.process_time() - t0)
    return best


def main() -> int:
    print(f"{'shape':40} {'n':>6} {'time n':>9} {'time 4n':>9} {'ratio':>6}")
    for name, (make, n) in SHAPES.items():
        small, large = _least(make(n)), _least(make(4 * n))
        ratio = large / small if small > 0 else math.inf
        print(f"{name:40} {n:6} {small:8.3f}s {large:8.3f}s {ratio:6.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
