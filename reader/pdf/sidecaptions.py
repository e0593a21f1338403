"""A caption set beside its photo: in a narrow column a gutter from the picture's right or
left side, flush with its foot (or its top), in a caption's type (smaller than the body),
its credit under it. Photos with no caption under them ask the blocks beside them."""

from __future__ import annotations

from reader.pdf.beside import Beside
from reader.pdf.blocks import Block
from reader.pdf.content import union
from reader.pdf.parts import SMALLER, Atom, Style

_GUTTER = 1.5  # body sizes between the picture and its caption's column
_FLUSH = 1.0  # body sizes: the caption's foot (or top) so near the picture's
_APART = 2.0  # body sizes: small type nearer over or under the picture runs on its column


def side_captions(
    photos: list[Atom], blocks: list[Block], style: Style
) -> tuple[list[Atom], list[Block]]:
    """Photos with no caption under them given the caption set beside them; the blocks
    left."""
    unit = style.size
    small = [b for b in blocks if b.size < SMALLER * unit]
    bare = {id(a) for a in photos if a.picture is not None and not a.captions}
    if not small or not bare or unit <= 0:
        return photos, blocks
    index = Beside(small, _GUTTER * unit)
    taken: set[int] = set()
    out: list[Atom] = []
    for atom in photos:
        caption = _beside(atom, index, unit, taken) if id(atom) in bare else []
        if not caption:
            out.append(atom)
            continue
        taken.update(id(b) for b in caption)
        box = union([atom.box, *(b.box for b in caption)])
        out.append(Atom("photo", box, picture=atom.picture, captions=caption, label=atom.label))
    return out, [b for b in blocks if id(b) not in taken]


def _beside(atom: Atom, index: Beside, unit: float, taken: set[int]) -> list[Block]:
    """The small blocks in one column beside the picture, within its height, the lowest
    flush with its foot or the highest with its top; from the top. A column that runs on
    over or under the picture (briefs in small type beside it) is none: a caption stands
    beside its photo alone."""
    assert atom.picture is not None
    x0, y0, x1, y1 = atom.picture.box
    reach = (x0, y0 - _APART * unit, x1, y1 + _APART * unit)
    for right in (True, False):
        level = [b for b in index.of(reach, right) if id(b) not in taken]
        column = [b for b in level if b.top >= y0 - 2 and b.bottom <= y1 + 2]
        if not column or len(column) < len(level):
            continue
        if abs(column[-1].bottom - y1) <= _FLUSH * unit or abs(column[0].top - y0) <= _FLUSH * unit:
            return column
    return []
