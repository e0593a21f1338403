"""Where in an article or ad a leaf is, as a reader says it: 'paragraph 6' for 'body.5'.

Leaf paths (reader.model.leaves) are the edition's own addresses; people read
headlines, paragraphs and table rows. A path of a kind not named here is shown as it is.
"""

from __future__ import annotations

from reader.i18n import N_, _

WHOLE = {
    "headline": N_("headline"),
    "subheadline": N_("subheadline"),
    "title": N_("title"),
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


def place_name(path: str) -> str:
    """'paragraph 2' for 'body.1', 'table row 3' for 'blocks.0.rows.2.1'."""
    if path in WHOLE:
        return _(WHOLE[path])
    parts = path.split(".")
    numbers = [int(p) + 1 if p.isdigit() else None for p in parts]
    if len(parts) == 2 and parts[0] in NUMBERED and numbers[1] is not None:
        return _(NUMBERED[parts[0]]).format(number=numbers[1])
    if len(parts) >= 4 and parts[0] == "blocks" and parts[2] in IN_BLOCK and numbers[3]:
        return _(IN_BLOCK[parts[2]]).format(number=numbers[3])
    return path
