"""Made-up pages for the PDF rules' growth bench (pdf_rules_growth.py times them), each read
as a file: a placed form clipping n words by one path (round 6); a page of n boxes clipping
their words, of n words turned a quarter, of n lines run past its edge (round 7); of n
framed boxes with title bars (round 13)."""

from __future__ import annotations

import math
from collections.abc import Callable

from tests.bench.growth_table import from_file
from tests.pdf.handmade import document
from tests.pdf.page_one import page_one


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
    return _reading(pdf, f"clipped-{n}.pdf")


def _page(content: bytes, name: str) -> Callable[[], object]:
    pdf = document([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font "
        b"<< /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ])  # fmt: skip
    return _reading(pdf, name)


def _reading(pdf: bytes, name: str) -> Callable[[], object]:
    """Reading the first page of `pdf`, written under `name` in a folder of its own."""
    return from_file(pdf, name, page_one)


def page_clipped(n: int) -> Callable[[], object]:
    """A page of n boxes, each clipping its two words: one inside it, one below it."""
    boxes = []
    for k in range(n):
        x, y = 5 + k % 40 * 14, 20 + k // 40 * 8
        boxes.append(b"q %d %d 13 4 re W n BT /F1 2 Tf %d %d Td (ab) Tj 0 -3 Td (cd) Tj ET Q"
                     % (x, y, x + 1, y + 1))  # fmt: skip
    return _page(b" ".join(boxes), f"boxes-{n}.pdf")


def page_turned(n: int) -> Callable[[], object]:
    """A page of n words each turned a quarter (a credit up a photo's side)."""
    word = b"BT /F1 3 Tf 0 1 -1 0 %d %d Tm (credit) Tj ET"
    words = b" ".join(word % (5 + k % 100 * 5, 20 + k // 100 * 20) for k in range(n))
    return _page(words, f"turned-{n}.pdf")


def page_past_edge(n: int) -> Callable[[], object]:
    """A page of n lines each run on past its right edge (a spread's headline, its rest
    on the facing page), and n words wholly past it."""
    line = b"BT /F1 4 Tf %d %d Td (abcd efgh ijkl mnop) Tj ET BT /F1 4 Tf 600 %d Td (qrst) Tj ET"
    words = b" ".join(line % (560 + k % 5, 20 + k % 200 * 4, 20 + k % 200 * 4) for k in range(n))
    return _page(words, f"past-{n}.pdf")


def page_title_bars(n: int) -> Callable[[], object]:
    """A page of n framed boxes, each with a title bar (a filled band) across its top and
    a word on it, and n bands outside any frame."""
    box = b"%d %d 13 9 re S %d %d 12 3 re f BT /F1 2 Tf %d %d Td (ab) Tj ET %d %d 12 3 re f"
    boxes = b" ".join(
        box % (x, y, x + 0.5, y + 5.5, x + 1, y + 6, x, y - 4)
        for x, y in ((5 + k % 40 * 14, 20 + k // 40 * 16) for k in range(n))
    )
    return _page(boxes, f"bars-{n}.pdf")
