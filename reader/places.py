"""Where in an article or ad a leaf is, as a reader says it: 'paragraph 6' for 'body.5'.

Leaf paths (reader.model.leaves) are the edition's own addresses; people read
headlines, paragraphs and table rows. A path of a kind not named here is shown as it is.
Given the ad, a place in it is named by what the ad says there: the table row by its
first cell, a list entry or a line by the heading above it. Given the article, a photo's
caption is named as one, and paragraphs are counted as a reader counts them, without the
photos and captions between them. The reader's search rows and `broadsheet search` both
name places here.
"""

from __future__ import annotations

from reader.i18n import N_, _
from reader.model import Ad, Article, Heading, ListBlock, Table
from reader.printable import cut_to_width

_CELLS = 24
"""Cells of an ad's table row label or heading; longer is cut (the snippet is beside it)."""

WHOLE = {
    "headline": N_("headline"),
    "subheadline": N_("subheadline"),
    "title": N_("title"),
    "jump_from": N_("jump line"),
    "jump_on": N_("jump line"),
}
NUMBERED = {
    "body": N_("paragraph {number}"),
    "deck": N_("point {number}"),
    "byline": N_("byline {number}"),
    "blocks": N_("line {number}"),
}
# An ad's block holds lists and tables: 'blocks.2.rows.3.1' is a row of a table.
IN_BLOCK = {
    "items": N_("list item {number}"),
    "header": N_("table heading"),
    "rows": N_("table row {number}"),
}


def place_name(path: str, item: Article | Ad | None = None) -> str:
    """'paragraph 2' for 'body.1', 'table row 3' for 'blocks.0.rows.2.1'; in an ad (given
    as `item`), 'VVIP (A형)' for that row when its first cell says so."""
    if isinstance(item, Ad) and (named := _in_ad(item, path)) is not None:
        return named
    if isinstance(item, Article) and (named := _in_article(item, path)) is not None:
        return named
    if path in WHOLE:
        return _(WHOLE[path])
    parts = path.split(".")
    numbers = [int(p) + 1 if p.isdigit() else None for p in parts]
    if len(parts) == 2 and parts[0] in NUMBERED and numbers[1] is not None:
        return _(NUMBERED[parts[0]]).format(number=numbers[1])
    if len(parts) >= 4 and parts[0] == "blocks" and parts[2] in IN_BLOCK and numbers[3]:
        return _(IN_BLOCK[parts[2]]).format(number=numbers[3])
    return path


_UNSEEN = frozenset({"photo", "caption"})
"""Blocks a reader does not count as paragraphs: the picture, and the caption under it."""


def _in_article(article: Article, path: str) -> str | None:
    """The body block or byline at `path` as a reader finds it; None for another path."""
    parts = path.split(".")
    if len(parts) != 2 or not parts[1].isdigit():
        return None
    if parts[0] == "byline" and len(article.bylines) == 1:
        return _("byline")  # the only one: no number to count
    if parts[0] != "body":
        return None
    at = int(parts[1])
    if at >= len(article.body):
        return None
    if article.body[at].kind == "caption":
        return _("photo caption")
    number = sum(block.kind not in _UNSEEN for block in article.body[: at + 1])
    return _(NUMBERED["body"]).format(number=number)


def _in_ad(ad: Ad, path: str) -> str | None:
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
            label = _("table row {number}").format(number=row + 1)
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
