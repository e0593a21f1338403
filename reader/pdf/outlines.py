"""Display type drawn as vector outlines, no text (some Korean e-editions ship their
headlines so): a row of filled glyph shapes (paths of more segments than a box's, so a
bar chart's bars are none), headline-tall, with no text in them. The
story under it is read without a headline, and the page says so; its deck stays a deck."""

from __future__ import annotations

from dataclasses import dataclass

from reader.pdf.blocks import Block
from reader.pdf.content import Box, Graphic

_HEAD = 1.35  # the row's height, to the body's size: a headline's tier or more
_TALLEST = 8.0  # taller rows, to the body's size, are drawings, not type
_GLYPHS = 3  # shapes in the row: fewer are a mark, a bullet, an icon
_SHORT = 0.3  # a shape this share of the row's height or more is a glyph of it
_OVER = 0.25  # of the row's height: the most a glyph's box reaches back over the last


@dataclass
class _Row:
    top: float
    bottom: float
    right: float
    shapes: list[Box]

    def add(self, s: Box) -> None:
        self.top, self.bottom = min(self.top, s[1]), max(self.bottom, s[3])
        self.right = max(self.right, s[2])
        self.shapes.append(s)


def outlined_heads(graphics: list[Graphic], blocks: list[Block], body: float) -> list[Box]:
    """The boxes of rows of glyph outlines: filled shapes side by side on one band, each
    at most the row's height apart from the next, holding no text."""
    low, high = _SHORT * _HEAD * body, _TALLEST * body
    shapes = sorted(
        (g.box for g in graphics if g.outline and low <= g.box[3] - g.box[1] <= high),
        key=lambda b: b[0],
    )
    # Shapes come left to right, so a row the next shape starts more than its height
    # beyond can take no more and is closed.
    open_rows: list[_Row] = []
    rows: list[_Row] = []
    for s in shapes:
        mid = (s[1] + s[3]) / 2
        still: list[_Row] = []
        for row in open_rows:
            (still if s[0] - row.right <= row.bottom - row.top else rows).append(row)
        open_rows = still
        # glyphs advance: the next starts near the row's right end, not over its shapes
        found_row = next(
            (
                r
                for r in open_rows
                if r.top <= mid <= r.bottom and s[0] >= r.right - _OVER * (r.bottom - r.top)
            ),
            None,
        )
        if found_row is None:
            open_rows.append(_Row(s[1], s[3], s[2], [s]))
        else:
            found_row.add(s)
    found = []
    for row in rows + open_rows:
        top, bottom = row.top, row.bottom
        tall = [r for r in row.shapes if r[3] - r[1] >= _SHORT * (bottom - top)]
        box = (row.shapes[0][0], top, row.right, bottom)
        if len(tall) >= _GLYPHS and _HEAD * body <= bottom - top <= high:
            if not _holds_text(box, blocks):
                found.append(box)
    return found


def _holds_text(box: Box, blocks: list[Block]) -> bool:
    return any(
        b.x0 < box[2] and box[0] < b.x1 and b.top < box[3] and box[1] < b.bottom for b in blocks
    )
