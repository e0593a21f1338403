"""A shipping list in an article's pieces: its ships' lines entries under their group
labels (reader/ingest/vessels.py reads the lines)."""

from __future__ import annotations

from reader.ingest.pieces import Piece
from reader.ingest.vessels import VESSEL_GROUP, VESSEL_ROW, vessel_group, vessel_row


def ship_list(pieces: list[Piece]) -> list[Piece]:
    """The pieces, a shipping list's lines (two or more) read as entries under their group
    labels; a ship named once in a story's sentence is none."""
    if sum(p.kind == "text" and vessel_row(p.text) for p in pieces) < 2:
        return pieces
    out = []
    for i, p in enumerate(pieces):
        nxt = pieces[i + 1] if i + 1 < len(pieces) else None
        if p.kind == "text" and vessel_row(p.text):
            p = Piece("bullet", p.chunk, p.unit, rule=VESSEL_ROW)
        elif p.kind == "text" and vessel_group(p.text) and nxt and vessel_row(nxt.text):
            p = Piece("subhead", p.chunk, p.unit, rule=VESSEL_GROUP)
        out.append(p)
    return out
