"""Display type drawn as vector outlines, no text (some Korean e-editions ship their
headlines so): a row of filled glyph shapes, headline-tall, with no text in them. The
story under it is read without a headline, and the page says so; its deck stays a deck."""

from __future__ import annotations

from reader.pdf.blocks import Block
from reader.pdf.content import Box, Graphic

_HEAD = 1.35  # the row's height, to the body's size: a headline's tier or more
_TALLEST = 8.0  # taller rows, to the body's size, are drawings, not type
_GLYPHS = 3  # shapes in the row: fewer are a mark, a bullet, an icon
_SHORT = 0.3  # a shape this share of the row's height or more is a glyph of it


def outlined_heads(graphics: list[Graphic], blocks: list[Block], body: float) -> list[Box]:
    """The boxes of rows of glyph outlines: filled shapes side by side on one band, each
    at most the row's height apart from the next, holding no text."""
    shapes = sorted(
        (g.box for g in graphics if g.kind == "shade" and not _holds_text(g.box, blocks)),
        key=lambda b: b[0],
    )
    rows: list[list[Box]] = []
    for s in shapes:
        for row in rows:
            last = row[-1]
            height = max(r[3] for r in row) - min(r[1] for r in row)
            mid = (s[1] + s[3]) / 2
            if min(r[1] for r in row) <= mid <= max(r[3] for r in row) and s[0] - last[2] <= height:
                row.append(s)
                break
        else:
            rows.append([s])
    found = []
    for row in rows:
        top, bottom = min(r[1] for r in row), max(r[3] for r in row)
        tall = [r for r in row if r[3] - r[1] >= _SHORT * (bottom - top)]
        if len(tall) >= _GLYPHS and _HEAD * body <= bottom - top <= _TALLEST * body:
            found.append((row[0][0], top, max(r[2] for r in row), bottom))
    return found


def _holds_text(box: Box, blocks: list[Block]) -> bool:
    return any(
        b.x0 < box[2] and box[0] < b.x1 and b.top < box[3] and box[1] < b.bottom for b in blocks
    )
