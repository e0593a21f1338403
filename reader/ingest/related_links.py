"""The links a web copy lists under '관련기사' ('▶ 재단 이사장 “채용 절차 적법했다”'): each
is an item of that list (a bullet), not a subhead; its '▶' only carries structure
(docs/representation.md, "Markers that only carry structure"). A pass over to_units'
units (units.py)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.ingest.units import Unit

RELATED_LINK = "a related story's link led by '▶' under '관련기사'"
RELATED_TITLE = "the title '관련기사' over its links ('▶ …'): a subhead, wherever it is set"
TITLE = re.compile(r"^(?:[\[<]\s*)?관련\s?기사(?:\s*[\]>])?$")
LINK = re.compile(r"^[▶▷]\s*\S")


def related_links(units: list[Unit]) -> list[Unit]:
    """The '▶' subheads right under a '관련기사' line made the list's items, and the line
    their subhead, set tight over them or apart (one pass)."""
    out = list(units)
    under = False  # under the title, or under a link of its list
    for k, unit in enumerate(out):
        first = unit.lines[0].text
        if under and unit.kind in ("subhead", "dot") and LINK.match(first):
            title = out[k - 1]
            if title.kind == "text":  # tight over its links, it reads as a paragraph
                out[k - 1] = replace(title, kind="subhead", rule=RELATED_TITLE)
        if under and unit.kind == "subhead" and LINK.match(first) and len(unit.lines) == 1:
            out[k] = replace(unit, kind="dot", rule=RELATED_LINK)
            continue
        under = unit.kind == "text" and len(unit.lines) == 1 and bool(TITLE.match(first))
    return out
