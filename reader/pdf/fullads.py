"""A page of one advertiser (a full-page ad): no column of running text in the page's body
type (no block of three lines or more set in it: a page of news has its stories' columns,
a page of photos its captions' and a TV page its schedule's), and a number to call, as
only an advertiser gives. Its pieces (display type, a price table, a map, a picture)
are then one ad, read as a frame's are, not stories of their own. Two pages look so and are
none: a page of small ads, each framed with its own number (many advertisers, an ad a
frame already), and a page of photos, each over its caption of a line (a tip line's
number is the paper's)."""

from __future__ import annotations

from collections.abc import Iterator

from reader.ingest.ad import has_phone
from reader.pdf.content import Box, Graphic, inside
from reader.pdf.parts import Atom


def one_advertiser(atoms: list[Atom], columns: int, graphics: list[Graphic]) -> Atom | None:
    """The page's atoms (its bands left out) as one frame, when the page is one ad;
    columns: the page's blocks of running text in its body type."""
    if columns or not atoms:
        return None
    if sum(1 for a in atoms if a.kind == "photo" and a.captions) >= 2:
        return None  # a page of photos, each captioned
    if sum(1 for a in atoms if a.kind == "frame" and _calls(a.inner)) >= 2:
        return None  # small ads, each framed with its number
    inner = [x for a in atoms for x in _opened(a)]
    if not _calls(inner):
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


def _calls(atoms: list[Atom]) -> bool:
    """Does a line of these atoms give a number to call?"""
    return any(has_phone(t) for t in _texts(atoms))


def _texts(atoms: list[Atom]) -> Iterator[str]:
    for a in atoms:
        for b in ([a.block] if a.block is not None else []) + a.captions:
            yield from (line.text for line in b.lines)


def _opened(a: Atom) -> list[Atom]:
    """What an atom holds as a frame reads it: a frame's contents; a table found without
    rules as its title's block and its rows (a frame reads a table's rows alone)."""
    if a.kind == "frame":
        return a.inner
    if a.kind == "table" and a.block is not None:
        return [Atom("block", a.block.box, block=a.block), Atom("table", a.box, rows=a.rows)]
    return [a]
