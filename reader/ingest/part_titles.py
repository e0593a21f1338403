"""A part's title in an English column: a short line closed by its stop ('Oatmeal Bread.',
'Corn Meal Muffins.'), set after a blank line and tight over the text it titles, two or
more in one item. An old page titles each recipe so; each is its part's subhead, never the
column's deck (a deck stands under its headline, a blank line under it). A page set with
no blank line sets the same titles tight: each stands alone under the headline or under a
closed sentence ('ARRIVED.' … 'SAILED.' over a shipping list's rows). One such line
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
PART_TITLE_TIGHT = (
    "article: a part's title closed by its stop, set tight under the headline or a closed"
    " sentence, over its text ('ARRIVED.' ... 'SAILED.'); the first is no deck"
)


def part_title(p: Piece, nxt: Piece | None, above: Piece, first: bool) -> bool:
    """p, one short line after a blank line, titles the text set tight under it. Set
    tight itself, it stands under the headline (first) or under a closed sentence."""
    if p.kind != "text" or nxt is None or len(p.unit.lines) != 1:
        return False  # cheap tests first
    if not p.unit.gap and not first and not (above.kind == "text" and above.chunk.terminated):
        return False  # most pieces run on tight under the one above
    if len(p.text) > _TITLE_MAX or not p.text.endswith(".") or not _PART_TITLE.match(p.text):
        return False
    if nxt.kind != "text" or nxt.unit.gap or score_line(nxt.text):
        return False  # a division's scores under 'Upper Division.' are rows (body.py)
    if not p.unit.gap and (
        _PART_TITLE.match(nxt.text) or not first and _PART_TITLE.match(above.text)
    ):
        return False  # a run of such lines is a list of names, titling nothing
    return len(nxt.unit.lines) > 1 or nxt.chunk.terminated


_PARTS = 2  # titled parts in one item: one alone is no run of parts


def part_titles(pieces: list[Piece]) -> dict[int, str]:
    """Where an item's parts are titled, two or more of them (its first piece, the
    headline, is none): the source offsets those titles start at, with the rule."""
    found = [
        k
        for k, (p, nxt) in enumerate(zip(pieces[1:], pieces[2:], strict=False), 1)
        if part_title(p, nxt, pieces[k - 1], k == 1) and pieces[k].chunk.spans
    ]
    if not pieces:
        return {}  # an item of no pieces (the PDF path builds some): no parts to title
    if 1 not in found and _PART_TITLE.match(pieces[0].text):
        # An item whose headline is shaped like the titles set tight under its text was
        # cut at one of a list's groups ('DIED OF WOUNDS.' over names, then 'DIED OF
        # DISEASE.'): where its parts begin is in doubt, and the rules on heads read it.
        found = [k for k in found if pieces[k].unit.gap]
    if len(found) < _PARTS:
        return {}
    rules = {k: PART_TITLE if pieces[k].unit.gap else PART_TITLE_TIGHT for k in found}
    return {pieces[k].chunk.spans[0][0]: rules[k] for k in found}
