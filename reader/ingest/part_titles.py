"""A part's title in an English column: a short line closed by its stop ('Oatmeal Bread.',
'Corn Meal Muffins.'), set after a blank line and tight over the text it titles, two or
more in one item. An old page titles each recipe so; each is its part's subhead, never the
column's deck (a deck stands under its headline, a blank line under it). One such line
alone may be a box's or a story's head, and is left to the rules on heads."""

from __future__ import annotations

import re

from reader.ingest.head import score_line
from reader.ingest.pieces import Piece

# One to four words, each capitalised, and the stop: 'Corn Meal Muffins.', 'SAILED.'.
_PART_TITLE = re.compile(
    r"^[A-Z][A-Za-z'’-]*+(?: (?:of|and|the|a|in|for|[A-Z][A-Za-z'’-]*+)){0,3}\.$"
)
_TITLE_MAX = 30  # characters
PART_TITLE = "article: a part's title closed by its stop, tight over its text ('Oatmeal Bread.')"


def part_title(p: Piece, nxt: Piece | None) -> bool:
    """p, one short line after a blank line, titles the text set tight under it."""
    if not p.unit.gap or p.kind != "text" or nxt is None or len(p.unit.lines) != 1:
        return False  # cheap tests first: most pieces run on tight under the one above
    if len(p.text) > _TITLE_MAX or not p.text.endswith(".") or not _PART_TITLE.match(p.text):
        return False
    if nxt.kind != "text" or nxt.unit.gap or score_line(nxt.text):
        return False  # a division's scores under 'Upper Division.' are rows (body.py)
    return len(nxt.unit.lines) > 1 or nxt.chunk.terminated


_PARTS = 2  # titled parts in one item: one alone is no run of parts


def part_titles(pieces: list[Piece]) -> set[int]:
    """Where an item's parts are titled, two or more of them (its first piece, the
    headline, is none): the source offsets those titles start at."""
    found = {
        p.chunk.spans[0][0]
        for p, nxt in zip(pieces[1:], pieces[2:], strict=False)
        if part_title(p, nxt) and p.chunk.spans
    }
    return found if len(found) >= _PARTS else set()
