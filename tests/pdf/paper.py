"""A small newspaper typesetter on reportlab, for the PDF ingest's own tests.

Drawing calls are collected first and written in a chosen order ("reading",
"reverse" or "shuffled"), because producers write text in very different orders
and the ingest must read by position only. Fonts: reportlab's Korean CID fonts
(no font file), or the TrueType Vera it ships (embedded as a subset with a
ToUnicode map) for Latin text. Coordinates are points from the top-left.
"""

from __future__ import annotations

import io
import random
import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

SERIF = "HYSMyeongJo-Medium"
SANS = "HYGothic-Medium"
LATIN = "Vera"
LATIN_BOLD = "VeraBd"


def register_fonts() -> None:
    for name in (SERIF, SANS):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(name))
    for name, file in ((LATIN, "Vera.ttf"), (LATIN_BOLD, "VeraBd.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, file))


def width(text: str, font: str, size: float) -> float:
    register_fonts()
    return pdfmetrics.stringWidth(text, font, size)


@dataclass
class Sheet:
    """One page's drawing operations."""

    w: float = 842.0
    h: float = 1191.0
    ops: list[tuple[object, ...]] = field(default_factory=list)

    def text(self, x: float, top: float, s: str, font: str, size: float) -> float:
        """Draw s with its top at `top`; returns the baseline."""
        base = top + size * 0.88
        self.ops.append(("text", x, base, s, font, size))
        return base

    def justified(
        self, x: float, top: float, s: str, font: str, size: float, measure: float
    ) -> None:
        """Draw s spread to `measure` by the gap between its glyphs (Tc), as a justified
        Korean line is set."""
        spread = (measure - width(s, font, size)) / max(len(s) - 1, 1)
        self.ops.append(("text", x, top + size * 0.88, s, font, size, spread))

    def hrule(self, x0: float, x1: float, y: float, w: float = 0.6) -> None:
        self.ops.append(("line", x0, y, x1, y, w))

    def vrule(self, x: float, y0: float, y1: float, w: float = 0.6) -> None:
        self.ops.append(("line", x, y0, x, y1, w))

    def frame(self, x0: float, y0: float, x1: float, y1: float, shade: bool = False) -> None:
        self.ops.append(("rect", x0, y0, x1, y1, shade))

    def image(self, x0: float, y0: float, x1: float, y1: float, data: bytes) -> None:
        self.ops.append(("image", x0, y0, x1, y1, data))


def write(path: Path, sheets: Sequence[Sheet], order: str = "reading", seed: int = 0) -> Path:
    register_fonts()
    rng = random.Random(seed)
    c = canvas.Canvas(str(path), pagesize=(sheets[0].w, sheets[0].h))
    for sheet in sheets:
        c.setPageSize((sheet.w, sheet.h))
        ops = list(sheet.ops)
        # Graphics go first or last as a whole: a frame drawn over its text would hide it.
        graphics = [o for o in ops if o[0] != "text"]
        texts = [o for o in ops if o[0] == "text"]
        if order == "reverse":
            texts.reverse()
        elif order == "shuffled":
            rng.shuffle(texts)
        for op in graphics + texts:
            _draw(c, sheet.h, op)
        c.showPage()
    c.save()
    return path


def _draw(c: canvas.Canvas, h: float, op: tuple[object, ...]) -> None:
    kind = op[0]
    if kind == "text":
        _, x, base, s, font, size, *spread = op
        c.setFont(str(font), float(size))  # type: ignore[arg-type]
        c.drawString(float(x), h - float(base), str(s), charSpace=float(sum(spread)))  # type: ignore[arg-type]
    elif kind == "line":
        _, x0, y0, x1, y1, w = op
        c.setLineWidth(float(w))  # type: ignore[arg-type]
        c.line(float(x0), h - float(y0), float(x1), h - float(y1))  # type: ignore[arg-type]
    elif kind == "rect":
        _, x0, y0, x1, y1, shade = op
        if shade:
            c.setFillGray(0.9)
        c.rect(float(x0), h - float(y1), float(x1) - float(x0), float(y1) - float(y0),  # type: ignore[arg-type]
               stroke=0 if shade else 1, fill=1 if shade else 0)  # fmt: skip
        c.setFillGray(0)
    elif kind == "image":
        _, x0, y0, x1, y1, data = op
        img = ImageReader(io.BytesIO(data))  # type: ignore[arg-type]
        c.drawImage(img, float(x0), h - float(y1), float(x1) - float(x0), float(y1) - float(y0))  # type: ignore[arg-type]


def png(w: int, h: int, seed: int = 1) -> bytes:
    """A small RGB picture (a gradient), as PNG bytes."""
    rows = b"".join(
        b"\x00" + b"".join(bytes((x * 255 // w, y * 255 // h, (seed * 40) % 256)) for x in range(w))
        for y in range(h)
    )

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    head = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", head)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def jpeg(w: int, h: int) -> bytes:
    from PIL import Image

    img = Image.new("RGB", (w, h), (120, 160, 200))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    return out.getvalue()


# --- typesetting ----------------------------------------------------------------


def wrap(text: str, font: str, size: float, measure: float, first_indent: float = 0.0,
         fill: bool = False) -> list[str]:  # fmt: skip
    """Lines of a paragraph: broken at spaces (a word wider than the line is cut), or,
    with fill=True, filled to the edge and cut anywhere (Korean typesetting)."""
    lines: list[str] = []
    room = measure - first_indent
    rest = text
    while rest:
        if width(rest, font, size) <= room:
            lines.append(rest)
            break
        cut = 1
        while cut < len(rest) and width(rest[: cut + 1], font, size) <= room:
            cut += 1
        if not fill:
            space = rest.rfind(" ", 0, cut + 1)
            if space > 0:
                cut = space
        lines.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
        room = measure
    return lines


@dataclass
class Column:
    x: float
    top: float
    bottom: float
    measure: float


@dataclass
class Flow:
    """Paragraphs set into a sequence of column slots, top to bottom, left to right."""

    sheet: Sheet
    columns: list[Column]
    font: str = SERIF
    size: float = 9.0
    leading: float = 13.0
    col: int = 0
    y: float = -1.0
    cuts: list[str] = field(default_factory=list)  # words cut at a line's end: "left|right"

    def __post_init__(self) -> None:
        self.y = self.columns[0].top

    def _room(self) -> bool:
        while (
            self.col < len(self.columns) and self.y + self.leading > self.columns[self.col].bottom
        ):
            self.col += 1
            if self.col < len(self.columns):
                self.y = self.columns[self.col].top
        return self.col < len(self.columns)

    def para(self, text: str, indent: bool = True, right: bool = False, font: str | None = None,
             size: float | None = None, fill_breaks: bool = True) -> None:  # fmt: skip
        font, size = font or self.font, size or self.size
        rest = text
        first = True
        while rest and self._room():
            c = self.columns[self.col]
            ind = size if indent and first else 0.0
            # The last line a column holds is filled to its edge, as papers do.
            last = self.y + 2 * self.leading > c.bottom
            line = wrap(rest, font, size, c.measure, ind, fill=last and fill_breaks)[0]
            x = c.x + ind
            if right:
                x = c.x + c.measure - width(line, font, size)
            self.sheet.text(x, self.y, line, font, size)
            self.y += self.leading
            after = rest[len(line) :]
            if after and not after[0].isspace() and not line.endswith(" "):
                self.cuts.append(line.split()[-1] + "|" + after.split()[0])
            rest = after.lstrip()
            first = False
        if rest:
            raise ValueError("the columns are full")

    def obstacle(self, height: float) -> tuple[float, float, float]:
        """Room for a picture in the current column: (x, top, measure)."""
        if not self._room() or self.y + height > self.columns[self.col].bottom:
            self.col += 1
            self.y = self.columns[self.col].top
        c = self.columns[self.col]
        top = self.y
        self.y += height
        return c.x, top, c.measure
