"""A box of cells, each a head over one entry (a fortune box by zodiac sign: the sign in
bold over its fortune, its birth years beside the sign in smaller type): a list of items,
each head an item's headline over its entry, the box's title an item alone. A head is a
line of two sizes headed by its larger type, larger than its entry's, set right over the
entry at its left; a story's subhead in the body's size, or fewer than three cells, are
none."""

from __future__ import annotations

from reader.pdf.parts import Para, Region

_MIN = 3  # cells: two heads over their entries are a story's subheads as well


def cell_items(items: list[Region]) -> list[Region]:
    """The items with each region that is a box of cells read as one item a cell."""
    out: list[Region] = []
    for r in items:
        pairs = _cells(r)
        if pairs is None:
            out.append(r)
            continue
        if r.paras[0].role == "headline":
            out.append(Region("article", [r.paras[0]]))
        out += [Region("article", [Para("headline", h.lines), e]) for h, e in pairs]
    return out


def _cells(r: Region) -> list[tuple[Para, Para]] | None:
    """The region's heads and entries, in reading order, when every paragraph after its
    title is one of them in turn."""
    rest = r.paras[1:] if r.paras and r.paras[0].role == "headline" else r.paras
    if r.kind != "article" or len(rest) < 2 * _MIN or len(rest) % 2:
        return None
    if any(p.role != "body" or not p.lines for p in rest):
        return None
    pairs = list(zip(rest[::2], rest[1::2], strict=True))
    for head, entry in pairs:
        h, e = head.lines[-1], entry.lines[0]
        if len(head.lines) != 1 or h.lead <= e.size:
            return None  # a head is a line headed by type larger than its entry
        if abs(h.x0 - e.x0) > e.size or not 0 <= e.top - h.bottom <= e.size:
            return None  # right over its entry, flush with it
    return pairs
