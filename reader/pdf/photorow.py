"""Photos side by side over a story's text (issue #12, round 15).

A photo story sets its pictures in a row across its columns, each with its caption under
it, and its text under them all. Reading order goes down each column, so the first
column's text comes between the first photo and the second. A row of photos (two or
more, their tops level, side by side) whose story reads between them only text standing
wholly under the row is read first, left to right, the text after it. A row with the
story's text beside it (level with it, in columns of its own) is no photo story's: it
stands in the columns' flow, each photo read where its column reaches it.
"""

from __future__ import annotations

from reader.pdf.blocks import Block
from reader.pdf.parts import Atom

_LEVEL = 1.0  # body sizes: the tops of a row's photos lie this near one another

Flow = list[tuple[str, Atom | Block]]


def photo_row_first(flow: Flow, unit: float) -> Flow:
    """The flow with a row of photos read before the text under it."""
    photos = [k for k, (kind, _) in enumerate(flow) if kind == "photo"]
    if len(photos) < 2:
        return flow
    first, last = photos[0], photos[-1]
    row = [flow[k][1] for k in photos]
    tops = [a.box[1] for a in row]
    if max(tops) - min(tops) > _LEVEL * unit or not _side_by_side(row):
        return flow
    foot = max(a.box[3] for a in row)
    if any(kind == "body" and x.box[1] < foot and x.box[3] > min(tops) for kind, x in flow):
        return flow
    inrow = set(photos)
    between = [flow[k] for k in range(first, last + 1) if k not in inrow]
    if not between or any(kind != "body" or x.box[1] < foot for kind, x in between):
        return flow
    ordered = sorted((flow[k] for k in photos), key=lambda e: e[1].box[0])
    return flow[:first] + ordered + between + flow[last + 1 :]


def _side_by_side(row: list[Atom | Block]) -> bool:
    """No two of them overlap across the page."""
    spans = sorted((a.box[0], a.box[2]) for a in row)
    return all(b[0] >= a[1] for a, b in zip(spans, spans[1:], strict=False))
