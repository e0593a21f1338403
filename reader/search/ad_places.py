"""Where in an ad a hit is, for its row in the list of hits: an ad's hits all share its
name, so the row also names the table row (its first cell), the list entry or the
heading the hit falls under."""

from __future__ import annotations

from reader.i18n import _
from reader.model import Ad, Heading, ListBlock, Table
from reader.printable import cut_to_width

_CELLS = 24
"""Cells of a table row's label or a heading; longer is cut (the snippet is beside it)."""


def ad_place(ad: Ad, path: str) -> str | None:
    """Where the leaf at `path` sits in the ad; None for its title or an unknown path."""
    parts = path.split(".")
    if parts[0] != "blocks" or len(parts) < 2 or not parts[1].isdigit():
        return None
    at = int(parts[1])
    if at >= len(ad.blocks):
        return None
    block = ad.blocks[at]
    heading = _heading_above(ad, at)
    if isinstance(block, Table) and len(parts) >= 4 and parts[2] == "rows":
        row = int(parts[3])
        cells = block.rows[row] if row < len(block.rows) else []
        label = " ".join(cells[0].text.split()) if cells else ""
        if not label or (len(parts) > 4 and parts[4] == "0"):  # the hit is the label itself
            label = _("table row {n}").format(n=row + 1)
        return cut_to_width(label, _CELLS)
    if isinstance(block, Table):
        return _("table heading")
    if isinstance(block, ListBlock) and len(parts) >= 4:
        entry = _("entry {n}").format(n=int(parts[3]) + 1)
        return f"{cut_to_width(heading, _CELLS)} · {entry}" if heading else entry
    if isinstance(block, Heading):
        return _("heading")
    return cut_to_width(heading, _CELLS) if heading else None


def _heading_above(ad: Ad, at: int) -> str | None:
    for block in reversed(ad.blocks[:at]):
        if isinstance(block, Heading):
            return " ".join(block.text.split())
    return None
