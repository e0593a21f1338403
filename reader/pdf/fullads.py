"""A page of one advertiser (a full-page ad): no column of running text in the page's body
type (no block of three lines or more set in it: a page of news has its stories' columns,
a page of photos its captions' and a TV page its schedule's), and a number to call, as
only an advertiser gives. Its pieces (display type, a price table, a map, a picture)
are then one ad, read as a frame's are, not stories of their own."""

from __future__ import annotations

from reader.ingest.ad import has_phone
from reader.pdf.content import Box, Graphic, inside
from reader.pdf.parts import Atom


def one_advertiser(atoms: list[Atom], columns: int, graphics: list[Graphic]) -> Atom | None:
    """The page's atoms (its bands left out) as one frame, when the page is one ad;
    columns: the page's blocks of running text in its body type."""
    if columns or not atoms:
        return None
    inner = [x for a in atoms for x in _opened(a)]
    texts = [
        line.text
        for a in inner
        for b in ([a.block] if a.block is not None else []) + a.captions
        for line in b.lines
    ]
    if not any(has_phone(t) for t in texts):
        return None
    box: Box = (
        min(a.box[0] for a in atoms),
        min(a.box[1] for a in atoms),
        max(a.box[2] for a in atoms),
        max(a.box[3] for a in atoms),
    )
    # the page's rules (a price table's), not its frames' sides: a map's shaded marks
    # drawn as boxes would grid the table with them
    rules = [g.box for g in graphics if g.kind in ("hrule", "vrule") and inside(g.box, box, 2.0)]
    return Atom("frame", box, inner=inner, rules=rules)


def _opened(a: Atom) -> list[Atom]:
    """What an atom holds as a frame reads it: a frame's contents; a table found without
    rules as its title's block and its rows (a frame reads a table's rows alone)."""
    if a.kind == "frame":
        return a.inner
    if a.kind == "table" and a.block is not None:
        return [Atom("block", a.block.box, block=a.block), Atom("table", a.box, rows=a.rows)]
    return [a]
