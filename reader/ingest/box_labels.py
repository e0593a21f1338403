"""A story's box labelled tight inside it: a line in capitals closed by its stop ('FIRST
GAME.', 'GAMES TODAY.') set with no blank line between it and a table's row set with tabs,
above it or under it, in a story on a page whose items stand apart by blank lines.

Such a page sets a new item's head after a blank line ('STANDING OF THE CLUBS.' over its
rows); a label set tight against the rows of a box score or a fixture list is the story's
own, a subhead over its part. A page set tight throughout (no blank line over the item's
head) sets its heads tight too, so there the line stays a headline.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from reader.ingest.head import is_caps
from reader.ingest.lines import Para

if TYPE_CHECKING:
    from reader.ingest.units import Unit

BOX_LABEL = (
    "not an item: a line in capitals closed by its stop, set tight against a table's row"
    " inside a story whose page parts items by blank lines: the label of the story's box"
)
_LABEL_MAX = 40  # characters: a label is a few words ('SECOND GAME.'), a headline's tier longer


def box_label(current: list[Para], paras: list[Para], k: int) -> bool:
    """Paragraph k, one line in capitals closed by its stop with no blank line over it or
    under it, touches a tab-set row (the line over it or the line under it), and the item
    above it was set apart by a blank line over its head."""
    para = paras[k]
    if not k or para.gap or len(para.lines) != 1:
        return False
    text = para.lines[0].text
    if len(text) > _LABEL_MAX or not text.endswith(".") or "\t" in text or not is_caps(text):
        return False
    above = paras[k - 1].lines[-1].text
    under = paras[k + 1].lines[0].text if k + 1 < len(paras) and not paras[k + 1].gap else ""
    if "\t" not in above and "\t" not in under:
        return False
    return bool(current) and current[0].gap > 0


BOX_SUBHEAD = (
    "a line in capitals closed by its stop, set tight against a table's row under the story's"
    " text: the label of the story's box, a subhead"
)


def box_subheads(units: list[Unit]) -> list[Unit]:
    """Each such label inside a body (text above it, not the item's head) a subhead: one
    pass, each unit read with its neighbours."""
    out: list[Unit] = []
    for i, unit in enumerate(units):
        nxt = units[i + 1] if i + 1 < len(units) else None
        if out and _label_unit(out[-1], unit, nxt):
            unit = replace(unit, kind="subhead", rule=BOX_SUBHEAD)
        out.append(unit)
    return out


def _label_unit(above: Unit, unit: Unit, under: Unit | None) -> bool:
    if unit.kind != "text" or len(unit.lines) != 1 or unit.gap:
        return False
    text = unit.lines[0].text
    if len(text) > _LABEL_MAX or not text.endswith(".") or "\t" in text or not is_caps(text):
        return False
    if above.kind not in ("text", "paragraph") or is_caps(above.lines[-1].text):
        return False  # under a headline's tiers it is one of them
    tab_under = under is not None and not under.gap and "\t" in under.lines[0].text
    return tab_under or "\t" in above.lines[-1].text
