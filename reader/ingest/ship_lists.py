"""A shipping list in an article's pieces: its ships' lines entries under their group
labels (reader/ingest/carriers.py reads the lines)."""

from __future__ import annotations

from reader.ingest.carriers import CARRIER_GROUP, CARRIER_ROW, carrier_group, carrier_row
from reader.ingest.pieces import Piece


def ship_list(pieces: list[Piece]) -> list[Piece]:
    """The pieces, a shipping list's lines (two or more) read as entries under their group
    labels; a ship named once in a story's sentence is none. A train's line ('No. 2, …
    11:00 a.m.') is one only under a direction: a programme's numbered items are not."""
    trains = any(p.kind == "text" and carrier_group(p.text) for p in pieces)
    if sum(p.kind == "text" and carrier_row(p.text, trains) for p in pieces) < 2:
        return pieces
    out = []
    for i, p in enumerate(pieces):
        nxt = pieces[i + 1] if i + 1 < len(pieces) else None
        if p.kind == "text" and carrier_row(p.text, trains):
            p = Piece("bullet", p.chunk, p.unit, rule=CARRIER_ROW)
        elif p.kind == "text" and carrier_group(p.text) and nxt and carrier_row(nxt.text):
            p = Piece("subhead", p.chunk, p.unit, rule=CARRIER_GROUP)
        out.append(p)
    return out
