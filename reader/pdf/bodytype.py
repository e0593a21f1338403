"""Where a page's body type is judged: outside the boxes drawn on it. A box (a fortune
column, a weather box, an ad) is set apart from the running text and often in smaller
type; when it holds more characters than the stories beside it, its size would become
the body's and the stories' type would read as decks."""

from __future__ import annotations

from reader.pdf.blocks import Block
from reader.pdf.content import Graphic
from reader.pdf.within import holders

_RUN = 3  # lines: a column's run of text outside the boxes, where the body is judged


def unboxed(blocks: list[Block], graphics: list[Graphic]) -> list[Block]:
    """The blocks inside no stroked frame, when one of them runs three lines deep (a
    page all of boxes, or framed by its border, keeps every block)."""
    frames = [g.box for g in graphics if g.kind == "frame"]
    if not frames:
        return blocks
    boxed = {i for i, _ in holders([b.box for b in blocks], frames, 1.0)}
    out = [b for i, b in enumerate(blocks) if i not in boxed]
    return out if any(len(b.lines) >= _RUN for b in out) else blocks
